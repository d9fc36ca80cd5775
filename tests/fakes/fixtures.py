"""Pytest fixtures that start the fakes and point the settings at them (a pytest plugin,
loaded by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .smtp import FakeSmtp
from .telegram import FakeTelegram
from .zalo import FakeZalo


@pytest.fixture
def fake_telegram(settings) -> Iterator[FakeTelegram]:
    """A fresh fake Bot API server; TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL point at it."""
    with FakeTelegram() as fake:
        settings.TELEGRAM_BOT_TOKEN = fake.token
        settings.TELEGRAM_API_URL = fake.url
        yield fake


@pytest.fixture
def fake_smtp(settings) -> Iterator[FakeSmtp]:
    """A loopback SMTP server; Django's SMTP backend points at it with a 1 s timeout."""
    with FakeSmtp() as fake:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = fake.port
        settings.EMAIL_HOST_USER = ""
        settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 1
        yield fake


@pytest.fixture
def fake_zalo(settings) -> Iterator[FakeZalo]:
    """A fresh fake Zalo (OA API, ZNS, OAuth v4); every ZALO_* setting points at it, with
    1 s timeouts so a slow reply (1.5 s) times out."""
    with FakeZalo(slow_seconds=1.5) as fake:
        settings.ZALO_OPENAPI_URL = fake.url
        settings.ZALO_BUSINESS_API_URL = fake.url
        settings.ZALO_OAUTH_URL = fake.url
        settings.ZALO_APP_ID = fake.app_id
        settings.ZALO_APP_SECRET = fake.app_secret
        settings.ZALO_OA_SECRET_KEY = fake.oa_secret_key
        settings.ZALO_CONNECT_TIMEOUT = 1.0
        settings.ZALO_READ_TIMEOUT = 1.0
        yield fake
