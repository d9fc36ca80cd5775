"""Fixtures of the bots tests: a recording channel in place of Telegram and Zalo, webhook
secrets, helpers that post updates the way the providers do, and a Zalo grant the loopback
fake issued."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.utils import timezone

from bots.channels import registry
from bots.channels.base import DeliveryResult, Message, RecipientError
from bots.channels.registry import register_channel

TELEGRAM_SECRET = "test-secret_TOKEN-42"
ZALO_APP_ID = "360846524940903967"
ZALO_KEY = "oa-secret-key-for-tests"
TELEGRAM_URL = "/bots/telegram/webhook/"
ZALO_URL = "/bots/zalo/webhook/"


@dataclass
class RecordingChannel:
    """Keeps what it is asked to send; `refuse` makes it fail as a provider would."""

    name: str
    max_length: int = 4096
    sent: list[Message] = field(default_factory=list)
    refuse: bool = False

    def send(self, message: Message) -> DeliveryResult:
        if self.refuse:
            raise RecipientError("Forbidden: bot was blocked by the user", channel=self.name)
        self.sent.append(message)
        return DeliveryResult(self.name, f"{self.name}-{len(self.sent)}")

    def texts(self, recipient: str | None = None) -> list[str]:
        return [m.text for m in self.sent if recipient is None or m.recipient == recipient]


@pytest.fixture
def channels():
    """Recording channels registered as "telegram" and "zalo" through the public registry;
    whatever was registered before comes back afterwards."""
    recorders = {name: RecordingChannel(name) for name in ("telegram", "zalo")}
    previous = {name: registry._factories.get(name) for name in recorders}
    for name, recorder in recorders.items():
        register_channel(name, lambda recorder=recorder: recorder)
    yield recorders
    for name, factory in previous.items():
        if factory is None:
            registry._factories.pop(name, None)
        else:
            register_channel(name, factory)


@pytest.fixture
def bot_settings(settings):
    settings.TELEGRAM_WEBHOOK_SECRET = TELEGRAM_SECRET
    settings.TELEGRAM_BOT_USERNAME = "spcncl_test_bot"
    settings.ZALO_OA_SECRET_KEY = ZALO_KEY
    settings.ZALO_APP_ID = ZALO_APP_ID
    settings.ZALO_OA_ID = "388613280878808645"
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    settings.LANGUAGE_CODE = "vi"
    return settings


class TelegramSender:
    """Posts updates as Telegram does: JSON body, the secret token header, rising update ids."""

    def __init__(self, client):
        self.client = client
        self.update_id = 500_000

    def update(self, chat_id: int, text: str) -> dict:
        self.update_id += 1
        message = {
            "message_id": self.update_id,
            "date": int(time.time()),
            "from": {"id": chat_id, "is_bot": False, "first_name": "An", "language_code": "vi"},
            "chat": {"id": chat_id, "first_name": "An", "type": "private"},
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
        return {"update_id": self.update_id, "message": message}

    def post(self, payload, *, secret: str | None = TELEGRAM_SECRET, **extra):
        body = payload if isinstance(payload, bytes | str) else json.dumps(payload)
        headers = {} if secret is None else {"HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN": secret}
        return self.client.post(
            TELEGRAM_URL, data=body, content_type="application/json", **headers, **extra
        )

    def send(self, chat_id: int, text: str):
        return self.post(self.update(chat_id, text))


def zalo_mac(body: bytes, app_id: str = ZALO_APP_ID, timestamp: str = "", key: str = ZALO_KEY):
    """Zalo's signature written out again here, independent of the code under test."""
    return (
        "mac="
        + hashlib.sha256(
            f"{app_id}".encode() + body + timestamp.encode() + key.encode()
        ).hexdigest()
    )


class ZaloSender:
    """Posts Official Account events signed as Zalo signs them."""

    def __init__(self, client):
        self.client = client
        self.msg_id = 9_000

    @staticmethod
    def now_ms(offset_seconds: float = 0) -> str:
        return str(int((time.time() + offset_seconds) * 1000))

    def text_event(self, user_id: str, text: str, **overrides) -> dict:
        self.msg_id += 1
        event = {
            "app_id": ZALO_APP_ID,
            "sender": {"id": user_id},
            "recipient": {"id": "388613280878808645"},
            "user_id_by_app": "552177279717587730",
            "event_name": "user_send_text",
            "message": {"text": text, "msg_id": f"96d3cdf3af15{self.msg_id}"},
            "timestamp": self.now_ms(),
        }
        event.update(overrides)
        return event

    def follow_event(self, user_id: str, event_name: str = "follow") -> dict:
        return {
            "oa_id": "388613280878808645",
            "follower": {"id": user_id},
            "user_id_by_app": "552172779717587730",
            "event_name": event_name,
            "source": "oa_profile",
            "app_id": ZALO_APP_ID,
            "timestamp": self.now_ms(),
        }

    def post(self, event, *, signature: str | None = None, body: bytes | None = None):
        body = body if body is not None else json.dumps(event, ensure_ascii=False).encode()
        if signature is None and isinstance(event, dict):
            signature = zalo_mac(body, str(event.get("app_id")), str(event.get("timestamp")))
        headers = {"HTTP_X_ZEVENT_SIGNATURE": signature} if signature else {}
        return self.client.post(ZALO_URL, data=body, content_type="application/json", **headers)

    def send(self, user_id: str, text: str):
        return self.post(self.text_event(user_id, text))


@pytest.fixture
def telegram(client, bot_settings, channels):
    return TelegramSender(client)


@pytest.fixture
def zalo(client, bot_settings, channels):
    return ZaloSender(client)


@pytest.fixture
def zalo_grant(fake_zalo):
    """A connected OA: the stored grant holds a token pair the fake issued, as after consent."""
    from bots.models import ZaloGrant

    access, refresh = fake_zalo.issue_tokens()
    return ZaloGrant.objects.create(
        app_id=fake_zalo.app_id,
        oa_id=fake_zalo.oa_id,
        access_token=access,
        refresh_token=refresh,
        access_expires_at=timezone.now() + timedelta(hours=25),
        refresh_expires_at=timezone.now() + timedelta(days=90),
        version=1,
    )
