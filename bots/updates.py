"""What a Telegram update or a Zalo event says, checked: the webhook refuses one it cannot
read (400) before storing it, and the worker reads the stored one the same way."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .models.linking import ChatChannel

#: Longest key InboundUpdate.external_id holds; longer composite keys are hashed.
MAX_KEY = 128


class MalformedUpdate(ValueError):
    """The body is JSON but not an update we can read; the message says which part."""


class Kind:
    TEXT = "text"  # a text message: commands, codes
    FOLLOW = "follow"
    UNFOLLOW = "unfollow"
    INTERACTION = "interaction"  # a photo, a sticker, a form: the user wrote, nothing to answer
    OTHER = "other"  # receipts, echoes of our own messages, edits: nothing to keep


@dataclass(frozen=True)
class InboundEvent:
    channel: str
    key: str
    event: str
    kind: str
    external_id: str = ""
    text: str = ""


def _key(*parts: str) -> str:
    key = ":".join(parts)
    return key if len(key) <= MAX_KEY else hashlib.sha256(key.encode()).hexdigest()


def _object(data: object, name: str) -> dict:
    if not isinstance(data, dict):
        raise MalformedUpdate(f"{name} is not an object")
    return data


def _id(value: object, name: str) -> str:
    """Provider ids: Telegram sends integers, Zalo strings of digits."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise MalformedUpdate(f"{name} is missing")
    text = str(value).strip()
    if not text or len(text) > 64:
        raise MalformedUpdate(f"{name} is missing or too long")
    return text


def telegram_event(data: object) -> InboundEvent:
    """An Update: https://core.telegram.org/bots/api#update (one optional field besides
    update_id says what happened)."""
    data = _object(data, "the update")
    update_id = data.get("update_id")
    if isinstance(update_id, bool) or not isinstance(update_id, int) or update_id < 0:
        raise MalformedUpdate("update_id is missing or not a number")
    kinds = [name for name in data if name != "update_id"]
    if not kinds:
        raise MalformedUpdate("the update carries nothing")
    key = str(update_id)
    if "message" not in data:
        return InboundEvent(ChatChannel.TELEGRAM, key, kinds[0][:40], Kind.OTHER)
    message = _object(data["message"], "message")
    chat = _object(message.get("chat"), "message.chat")
    chat_id = _id(chat.get("id"), "message.chat.id")
    text = message.get("text")
    if isinstance(text, str):
        return InboundEvent(ChatChannel.TELEGRAM, key, "message", Kind.TEXT, chat_id, text)
    return InboundEvent(ChatChannel.TELEGRAM, key, "message", Kind.INTERACTION, chat_id)


def zalo_event(data: object) -> InboundEvent:
    """An Official Account webhook event, identified by its msg_id, or for events without
    one (follow, unfollow, a submitted form) by its name, user and timestamp."""
    data = _object(data, "the event")
    name = data.get("event_name")
    if not isinstance(name, str) or not name:
        raise MalformedUpdate("event_name is missing")
    timestamp = _id(data.get("timestamp"), "timestamp")
    if name in {"follow", "unfollow"}:
        follower = _id(_object(data.get("follower"), "follower").get("id"), "follower.id")
        kind = Kind.FOLLOW if name == "follow" else Kind.UNFOLLOW
        return InboundEvent(ChatChannel.ZALO, _key(name, follower, timestamp), name, kind, follower)
    if not name.startswith("user_") or name in {"user_received_message", "user_seen_message"}:
        # The OA's own messages echoed, receipts, anonymous visitors: nobody to answer.
        return InboundEvent(ChatChannel.ZALO, _key(name, timestamp), name[:40], Kind.OTHER)
    sender = _id(_object(data.get("sender"), "sender").get("id"), "sender.id")
    message = data.get("message")
    if name == "user_send_text":
        message = _object(message, "message")
        text = message.get("text")
        if not isinstance(text, str):
            raise MalformedUpdate("message.text is missing")
        msg_id = _id(message.get("msg_id"), "message.msg_id")
        return InboundEvent(ChatChannel.ZALO, _key("msg", msg_id), name, Kind.TEXT, sender, text)
    if isinstance(message, dict) and message.get("msg_id"):
        key = _key("msg", _id(message["msg_id"], "message.msg_id"))
    else:
        key = _key(name, sender, timestamp)
    return InboundEvent(ChatChannel.ZALO, key, name[:40], Kind.INTERACTION, sender)


def parse_event(channel: str, data: object) -> InboundEvent:
    if channel == ChatChannel.TELEGRAM:
        return telegram_event(data)
    if channel == ChatChannel.ZALO:
        return zalo_event(data)
    raise MalformedUpdate(f"unknown channel {channel!r}")
