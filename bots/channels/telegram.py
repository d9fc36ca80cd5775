"""Telegram Bot API adapter on python-telegram-bot, callable from synchronous code (views,
commands, Django-Q tasks).

PTB is asyncio-only and its HTTP client belongs to the event loop that opened it, so every
call opens its own client inside its own loop and closes it before returning: no client
outlives its loop, and nothing fails later with "Event loop is closed".
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import json
import ssl
import threading
import time
import warnings
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import certifi
from django.conf import settings
from django.utils.translation import gettext
from telegram import Bot, TelegramObject
from telegram.constants import MessageLimit
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from .base import (
    Channel,
    ChannelError,
    ConfigurationError,
    CredentialError,
    DeliveryResult,
    Message,
    RecipientError,
    RetryableError,
    check_text,
)
from .outbox import OutboxChannel

T = TypeVar("T")

CHANNEL = "telegram"

# Fragments of Bot API 400 descriptions that mean "this chat cannot be reached", as opposed
# to a fault of the request itself (empty or over-long text, bad markup), which staff fix.
RECIPIENT_BAD_REQUESTS = (
    "chat not found",
    "user not found",
    "chat_id is empty",
    "peer_id_invalid",
    "group chat was deactivated",
    "have no rights to send a message",
    "not enough rights to send text messages",
)


class Pacer:
    """Keeps this process under Telegram's flood limits: about one message a second per chat
    and thirty a second overall. Other processes are not seen; their excess comes back as 429
    with `retry_after`, which the caller honours."""

    def __init__(self, per_chat: float = 1.0, overall: float = 1 / 30) -> None:
        self.per_chat = per_chat
        self.overall = overall
        self._lock = threading.Lock()
        self._next_any = 0.0
        self._next_chat: dict[str, float] = {}

    def wait(self, chat_id: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_any, self._next_chat.get(chat_id, 0.0))
            self._next_any = start + self.overall
            self._next_chat[chat_id] = start + self.per_chat
            if len(self._next_chat) > 10_000:
                self._next_chat = {k: v for k, v in self._next_chat.items() if v > now}
        if start > now:
            time.sleep(start - now)

    def refused(self, chat_id: str, retry_after: float | None) -> None:
        """Telegram answered 429: that send was not a message, so its place in the overall
        spacing goes back; the chat itself waits as long as Telegram asked."""
        with self._lock:
            now = time.monotonic()
            self._next_any = max(now, self._next_any - self.overall)
            if retry_after:
                self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), now + retry_after)


PACER = Pacer()


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle takes tens of milliseconds of CPU,
    more than a send itself, and a context is safe to share between threads."""
    return ssl.create_default_context(cafile=certifi.where())


def run_sync(call: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion from synchronous code.

    Inside a running event loop (an async view) `asyncio.run` is refused, so the coroutine
    gets a fresh loop in a helper thread instead.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(call())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="telegram") as pool:
        return pool.submit(lambda: asyncio.run(call())).result()


class TelegramChannel:
    """Sends through the Bot API and offers the bot's housekeeping calls (getMe, webhooks,
    polling) as plain synchronous methods returning Bot API dictionaries."""

    name = CHANNEL
    max_length = MessageLimit.MAX_TEXT_LENGTH  # 4096

    def __init__(
        self,
        token: str | None = None,
        api_url: str | None = None,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self.token = settings.TELEGRAM_BOT_TOKEN if token is None else token
        self.api_url = (api_url or settings.TELEGRAM_API_URL).rstrip("/")
        self.connect_timeout = connect_timeout or settings.TELEGRAM_CONNECT_TIMEOUT
        self.read_timeout = read_timeout or settings.TELEGRAM_READ_TIMEOUT
        self.pacer = pacer or PACER
        if not self.token:
            raise ConfigurationError(
                gettext("TELEGRAM_BOT_TOKEN is not set; Telegram messages cannot be sent."),
                channel=CHANNEL,
            )

    # --- sending ---------------------------------------------------------------------------

    def send(self, message: Message) -> DeliveryResult:
        check_text(message, channel=CHANNEL, max_length=self.max_length)
        chat_id = message.recipient.strip()
        self.pacer.wait(chat_id)
        try:
            sent = self._call(lambda bot: bot.send_message(chat_id=chat_id, text=message.text))
        except RetryableError as error:
            if error.code == 429:
                self.pacer.refused(chat_id, error.retry_after)
            raise
        # Only what the ledger needs: the chat's names and the text stay out of our records.
        return DeliveryResult(
            channel=CHANNEL,
            provider_message_id=str(sent.message_id),
            raw={
                "message_id": sent.message_id,
                "chat_id": sent.chat.id,
                "date": int(sent.date.timestamp()),
            },
        )

    # --- bot housekeeping --------------------------------------------------------------------

    def get_me(self) -> dict[str, Any]:
        """The bot's own user (id, username): checks the token and names the t.me links."""
        return plain(self._call(lambda bot: bot.get_me()))

    def set_webhook(
        self,
        url: str,
        secret_token: str,
        *,
        allowed_updates: list[str] | None = None,
        drop_pending_updates: bool = False,
    ) -> bool:
        """Ask Telegram to POST updates to `url` with the secret in
        X-Telegram-Bot-Api-Secret-Token."""
        return self._call(
            lambda bot: bot.set_webhook(
                url=url,
                secret_token=secret_token,
                allowed_updates=allowed_updates,
                drop_pending_updates=drop_pending_updates,
            )
        )

    def delete_webhook(self, *, drop_pending_updates: bool = False) -> bool:
        """Stop webhook delivery, so getUpdates (polling) may be used."""
        return self._call(lambda bot: bot.delete_webhook(drop_pending_updates=drop_pending_updates))

    def get_webhook_info(self) -> dict[str, Any]:
        return plain(self._call(lambda bot: bot.get_webhook_info()))

    def get_updates(
        self, offset: int | None = None, timeout: int = 0, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Updates as the webhook would receive them (raw dictionaries), waiting up to
        `timeout` seconds for one to arrive. Passing `offset` = last update_id + 1 confirms
        the earlier ones, which Telegram then forgets."""
        updates = self._call(
            lambda bot: bot.get_updates(
                offset=offset,
                timeout=timeout,
                limit=limit,
                read_timeout=timeout + self.read_timeout,
            )
        )
        return [plain(update) for update in updates]

    # --- plumbing ----------------------------------------------------------------------------

    def _call(self, method: Callable[[Bot], Awaitable[T]]) -> T:
        async def session() -> T:
            request = HTTPXRequest(
                connection_pool_size=1,
                connect_timeout=self.connect_timeout,
                read_timeout=self.read_timeout,
                write_timeout=self.read_timeout,
                pool_timeout=self.connect_timeout,
                httpx_kwargs={"verify": tls_context()},
            )
            async with request:
                bot = Bot(
                    self.token,
                    base_url=f"{self.api_url}/bot",
                    base_file_url=f"{self.api_url}/file/bot",
                    request=request,
                    get_updates_request=request,
                )
                return await method(bot)

        try:
            return run_sync(session)
        except TelegramError as error:
            raise classify(error, token=self.token) from error


def classify(error: TelegramError, *, token: str = "") -> ChannelError:
    """Turn a PTB exception into the project's error kinds (see bots/channels/base.py).

    Order matters: BadRequest and TimedOut are subclasses of NetworkError.
    """
    text = str(error.message)
    if token:
        text = text.replace(token, "<token>")  # never put the secret into logs or the ledger
    lowered = text.lower()
    if isinstance(error, RetryAfter):
        with warnings.catch_warnings():
            # PTB warns that `retry_after` becomes a timedelta; both forms are handled below.
            warnings.simplefilter("ignore", PTBDeprecationWarning)
            seconds = retry_after_seconds(error.retry_after)
        message = gettext("Telegram asks to wait %(seconds)s s before sending again.") % {
            "seconds": f"{seconds:g}"
        }
        return RetryableError(message, channel=CHANNEL, code=429, retry_after=seconds)
    if isinstance(error, ChatMigrated):
        message = gettext("The Telegram group moved to a new chat id %(chat_id)s.") % {
            "chat_id": error.new_chat_id
        }
        return RecipientError(
            message, channel=CHANNEL, code=400, raw={"migrate_to_chat_id": error.new_chat_id}
        )
    if isinstance(error, Forbidden):
        if "blocked" in lowered:
            message = gettext("The recipient has blocked the bot on Telegram.")
        elif "deactivated" in lowered:
            message = gettext("The recipient's Telegram account is deactivated.")
        elif "can't initiate" in lowered:
            message = gettext("The recipient has never started the bot on Telegram.")
        else:
            message = gettext("Telegram refuses messages to this chat: %(reason)s") % {
                "reason": text
            }
        return RecipientError(message, channel=CHANNEL, code=403, raw={"description": text})
    if isinstance(error, InvalidToken | EndPointNotFound):
        message = gettext(
            "Telegram rejected the bot token (%(reason)s): check TELEGRAM_BOT_TOKEN and "
            "TELEGRAM_API_URL."
        ) % {"reason": text}
        return CredentialError(message, channel=CHANNEL, code=401, raw={"description": text})
    if isinstance(error, Conflict):
        message = gettext("Telegram refused the call: %(reason)s") % {"reason": text}
        return ConfigurationError(message, channel=CHANNEL, code=409, raw={"description": text})
    if isinstance(error, BadRequest):
        if any(fragment in lowered for fragment in RECIPIENT_BAD_REQUESTS):
            message = gettext("Telegram cannot reach this chat: %(reason)s") % {"reason": text}
            return RecipientError(message, channel=CHANNEL, code=400, raw={"description": text})
        message = gettext("Telegram refused the request: %(reason)s") % {"reason": text}
        return ConfigurationError(message, channel=CHANNEL, code=400, raw={"description": text})
    if isinstance(error, TimedOut):
        # The message may still have been delivered: a retry must go through the ledger's
        # idempotency record.
        message = gettext("Telegram did not answer in time.")
        return RetryableError(message, channel=CHANNEL, raw={"description": text})
    if isinstance(error, NetworkError):
        message = gettext("Telegram could not be reached or failed: %(reason)s") % {"reason": text}
        return RetryableError(message, channel=CHANNEL, raw={"description": text})
    message = gettext("Telegram returned an unexpected error: %(reason)s") % {"reason": text}
    return RetryableError(message, channel=CHANNEL, raw={"description": text})


def plain(value: TelegramObject) -> dict[str, Any]:
    """A PTB object as plain JSON data (enums as strings), like a webhook's payload."""
    return json.loads(value.to_json())


def retry_after_seconds(value: int | float | datetime.timedelta) -> float:
    """PTB gives seconds, or a timedelta when PTB_TIMEDELTA is set (v22.2+)."""
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    return float(value)


def telegram_or_outbox() -> Channel:
    """The registry's factory for "telegram": the Bot API when a token is set, otherwise the
    test outbox standing in for it (same length limit, so texts are checked alike)."""
    if settings.TELEGRAM_BOT_TOKEN:
        return TelegramChannel()
    return OutboxChannel(stands_in_for=CHANNEL, max_length=TelegramChannel.max_length)
