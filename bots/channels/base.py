"""The contract every channel adapter keeps, so callers (the notices ledger) can decide
what to do with a failure without knowing which provider produced it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from django.utils.translation import gettext


class ErrorKind(StrEnum):
    # Try the same message again later (rate limit, provider 5xx, timeout).
    RETRYABLE = "retryable"
    # This recipient cannot get it on this channel: blocked, not a follower, never started
    # the bot, invalid phone. Try the contact's next channel.
    RECIPIENT = "recipient"
    # Our token is invalid or expired: no message on this channel can go until staff act.
    CREDENTIAL = "credential"
    # The channel is not set up (missing setting, unknown template): a staff fix.
    CONFIGURATION = "configuration"


@dataclass(frozen=True)
class Message:
    """One message to one recipient on one channel.

    `recipient` is the channel's own address: a Telegram chat id, a Zalo user id, a phone
    number in 84… form for ZNS, an e-mail address. `template_id` and `template_data` are for
    providers that send approved templates (Zalo ZNS); `text` is used everywhere else.
    `idempotency_key` lets a provider (and the outbox) recognise a repeat of the same send.
    """

    recipient: str
    text: str = ""
    subject: str = ""
    template_id: str = ""
    template_data: dict[str, Any] = field(default_factory=dict)
    idempotency_key: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryResult:
    """A send the provider accepted."""

    channel: str
    provider_message_id: str
    raw: dict[str, Any] = field(default_factory=dict)


class ChannelError(Exception):
    """A send the provider refused or that never reached it; `kind` says what to do next."""

    kind: ErrorKind = ErrorKind.RETRYABLE

    def __init__(
        self,
        message: str,
        *,
        channel: str = "",
        code: str | int | None = None,
        retry_after: float | None = None,
        raw: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.channel = channel
        self.code = code
        self.retry_after = retry_after
        self.raw = raw or {}


class RetryableError(ChannelError):
    kind = ErrorKind.RETRYABLE


class RecipientError(ChannelError):
    kind = ErrorKind.RECIPIENT


class CredentialError(ChannelError):
    kind = ErrorKind.CREDENTIAL


class ConfigurationError(ChannelError):
    kind = ErrorKind.CONFIGURATION


@runtime_checkable
class Channel(Protocol):
    """A transport. `name` is stable ("telegram", "zalo", "zalo_zns", "email", "outbox")."""

    name: str
    max_length: int

    def send(self, message: Message) -> DeliveryResult:
        """Deliver or raise a ChannelError subclass; never return on failure."""
        ...


def check_text(
    message: Message, *, channel: str, max_length: int, allow_template: bool = False
) -> None:
    """Refuse before calling a provider what it would refuse anyway: no recipient, no text,
    text longer than the channel takes. A staff fix, so retrying would only fail again."""
    if not message.recipient.strip():
        raise RecipientError(gettext("The message has no recipient."), channel=channel)
    if not message.text.strip() and not (allow_template and message.template_id):
        raise ConfigurationError(gettext("The message has no text."), channel=channel)
    if len(message.text) > max_length:
        text = gettext(
            "The message is %(length)d characters long; %(channel)s accepts at most %(limit)d."
        )
        values = {"length": len(message.text), "channel": channel, "limit": max_length}
        raise ConfigurationError(text % values, channel=channel)
