"""The one way a message leaves for a chat: refuse chats that opted out or unfollowed, then
hand the message to the channel's adapter. The notices ledger calls `send_message` (or
`ensure_may_send` before its own send), so /stop holds everywhere."""

from __future__ import annotations

from .channels.base import DeliveryResult, Message, RecipientError
from .channels.registry import get_channel
from .models import ChatIdentity

#: Channels whose recipient is a ChatIdentity's external id; others (e-mail, ZNS by phone)
#: carry consent in the app that owns the contact.
IDENTITY_CHANNELS = {"telegram", "zalo"}


class OptedOutError(RecipientError):
    """The chat asked for no more messages (/stop, the Zalo keyword) or unfollowed the OA."""


def is_opted_out(channel: str, external_id: str) -> bool:
    """True when the chat opted out on this channel: nothing may be sent to it."""
    return ChatIdentity.objects.filter(
        channel=channel, external_id=str(external_id), opted_out_at__isnull=False
    ).exists()


def ensure_may_send(channel: str, recipient: str) -> None:
    """Raise OptedOutError if the chat opted out or (Zalo) no longer follows the OA."""
    if channel not in IDENTITY_CHANNELS:
        return
    identity = (
        ChatIdentity.objects.filter(channel=channel, external_id=str(recipient))
        .only("opted_out_at", "unfollowed_at")
        .first()
    )
    if identity is None:
        return
    if identity.opted_out_at is not None:
        raise OptedOutError("The recipient opted out of this channel.", channel=channel)
    if identity.unfollowed_at is not None:
        message = "The recipient no longer follows the Official Account."
        raise OptedOutError(message, channel=channel)


def send_message(
    channel: str, message: Message, *, confirming_opt_out: bool = False
) -> DeliveryResult:
    """Send through the registered adapter unless the chat opted out.

    `confirming_opt_out` lets exactly one kind of message through to such a chat: the reply
    that confirms its /stop.
    """
    if not confirming_opt_out:
        ensure_may_send(channel, message.recipient)
    return get_channel(channel).send(message)
