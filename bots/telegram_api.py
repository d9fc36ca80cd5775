"""The Bot API client the webhook and polling commands use: the Telegram adapter itself,
which offers set_webhook, delete_webhook, get_webhook_info and get_updates."""

from __future__ import annotations

from django.conf import settings

from .channels.base import ConfigurationError
from .channels.telegram import TelegramChannel


def bot_api() -> TelegramChannel:
    """The adapter for the configured bot; a missing token is a set-up error to report."""
    if not settings.TELEGRAM_BOT_TOKEN:
        raise ConfigurationError("TELEGRAM_BOT_TOKEN is not set.", channel="telegram")
    return TelegramChannel()
