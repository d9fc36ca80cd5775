"""A few Bot API calls for the webhook and polling commands, made with requests.

The Telegram channel adapter may offer the same helpers with the same signatures
(set_webhook, delete_webhook, get_webhook_info, get_updates); `bot_api()` prefers them.
"""

from __future__ import annotations

from typing import Any

import requests
from django.conf import settings

from .channels.base import ConfigurationError, CredentialError, RetryableError
from .channels.registry import get_channel

CONNECT_TIMEOUT = 5
HELPERS = ("set_webhook", "delete_webhook", "get_webhook_info", "get_updates")


class TelegramApiError(RetryableError):
    """The Bot API answered ok=false; `code` is its error_code (409: a webhook is set)."""


class BotApi:
    def __init__(self, token: str | None = None, api_url: str | None = None) -> None:
        self.token = token if token is not None else settings.TELEGRAM_BOT_TOKEN
        self.api_url = (api_url or settings.TELEGRAM_API_URL).rstrip("/")
        if not self.token:
            raise ConfigurationError("TELEGRAM_BOT_TOKEN is not set.", channel="telegram")

    def call(self, method: str, read_timeout: float = 20, **params: Any) -> Any:
        url = f"{self.api_url}/bot{self.token}/{method}"
        try:
            response = requests.post(url, json=params, timeout=(CONNECT_TIMEOUT, read_timeout))
            body = response.json()
        except requests.RequestException as error:
            raise RetryableError(f"{method}: {error}", channel="telegram") from error
        except ValueError as error:
            message = f"{method}: HTTP {response.status_code} without JSON"
            raise RetryableError(message, channel="telegram") from error
        if isinstance(body, dict) and body.get("ok"):
            return body.get("result")
        body = body if isinstance(body, dict) else {}
        code = body.get("error_code", response.status_code)
        description = body.get("description") or f"HTTP {response.status_code}"
        error_class = CredentialError if code in (401, 404) else TelegramApiError
        raise error_class(f"{method}: {description}", channel="telegram", code=code, raw=body)

    def set_webhook(
        self,
        url: str,
        secret_token: str,
        *,
        allowed_updates: list[str] | None = None,
        drop_pending_updates: bool = False,
    ) -> Any:
        params = {"url": url, "secret_token": secret_token}
        if allowed_updates is not None:
            params["allowed_updates"] = allowed_updates
        return self.call("setWebhook", drop_pending_updates=drop_pending_updates, **params)

    def delete_webhook(self, *, drop_pending_updates: bool = False) -> Any:
        return self.call("deleteWebhook", drop_pending_updates=drop_pending_updates)

    def get_webhook_info(self) -> dict:
        return self.call("getWebhookInfo")

    def get_updates(self, offset: int | None = None, timeout: int = 0, limit: int = 100) -> list:
        params = {"timeout": timeout, "limit": limit}
        if offset is not None:
            params["offset"] = offset
        return self.call("getUpdates", read_timeout=timeout + 10, **params)


def bot_api() -> Any:
    """The Telegram adapter when it offers the helpers, else the small client above."""
    try:
        channel = get_channel("telegram")
    except ConfigurationError:
        channel = None
    if channel is not None and all(hasattr(channel, name) for name in HELPERS):
        return channel
    return BotApi()
