"""Pytest fixtures that start the fakes and point the settings at them (a pytest plugin,
loaded by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .smtp import FakeSmtp
from .telegram import FakeTelegram


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
