"""E-mail through Django's mail backend (SMTP in production), with SMTP failures sorted into
the channel error kinds. The opt-out footer is the caller's: it knows the contact."""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.mail.message import make_msgid
from django.core.validators import validate_email
from django.utils.translation import gettext

from .base import (
    ChannelError,
    ConfigurationError,
    CredentialError,
    DeliveryResult,
    Message,
    RecipientError,
    RetryableError,
    check_text,
)

CHANNEL = "email"


class EmailChannel:
    """Sends `subject` and `text` as a plain-text e-mail from DEFAULT_FROM_EMAIL."""

    name = CHANNEL
    max_length = 100_000

    def __init__(self, from_email: str | None = None) -> None:
        self.from_email = from_email or settings.DEFAULT_FROM_EMAIL

    def send(self, message: Message) -> DeliveryResult:
        check_text(message, channel=CHANNEL, max_length=self.max_length)
        address = message.recipient.strip()
        try:
            validate_email(address)
        except ValidationError:
            text = gettext("%(address)s is not a valid e-mail address.") % {"address": address}
            raise RecipientError(text, channel=CHANNEL) from None
        subject = " ".join((message.subject or settings.WAGTAIL_SITE_NAME).split())
        message_id = self._message_id(message)
        email = EmailMessage(
            subject=subject,
            body=message.text,
            from_email=self.from_email,
            to=[address],
            headers={"Message-ID": message_id},
        )
        try:
            with get_connection(fail_silently=False) as connection:
                sent = connection.send_messages([email])
        except ChannelError:
            raise
        except Exception as error:
            raise classify(error) from error
        if not sent:
            raise RetryableError(gettext("The mail server accepted nothing."), channel=CHANNEL)
        return DeliveryResult(channel=CHANNEL, provider_message_id=message_id)

    def _message_id(self, message: Message) -> str:
        """A repeat of the same send carries the same Message-ID, so mail programs that see
        both can tell it is one message."""
        domain = self.from_email.rsplit("@", 1)[-1].strip("> ") or None
        if message.idempotency_key:
            digest = hashlib.sha256(message.idempotency_key.encode()).hexdigest()[:32]
            return f"<{digest}@{domain or 'localhost'}>"
        return make_msgid(domain=domain)


def classify(error: Exception) -> ChannelError:
    """SMTP 4xx replies and network trouble are worth retrying; a 5xx refusal of the recipient
    means this address cannot be used; refused credentials and server setup need staff."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        reply = "; ".join(
            f"{code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
            for code, reply in error.recipients.values()
        )
        text = gettext("The mail server refused the recipient: %(reply)s") % {"reply": reply}
        if codes and all(400 <= code < 500 for code in codes):
            return RetryableError(text, channel=CHANNEL, code=codes[0])
        return RecipientError(text, channel=CHANNEL, code=codes[0] if codes else None)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        text = gettext("The mail server refused our login (%(code)s): check EMAIL_URL.") % {
            "code": error.smtp_code
        }
        return CredentialError(text, channel=CHANNEL, code=error.smtp_code)
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        text = gettext("The mail server could not be reached: %(reason)s") % {"reason": error}
        return RetryableError(text, channel=CHANNEL)
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error
        reply = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        text = gettext("The mail server answered %(code)s: %(reply)s") % {
            "code": error.smtp_code,
            "reply": reply,
        }
        if 400 <= error.smtp_code < 500:
            return RetryableError(text, channel=CHANNEL, code=error.smtp_code)
        return ConfigurationError(text, channel=CHANNEL, code=error.smtp_code)
    if isinstance(error, ssl.SSLError):
        text = gettext("The TLS connection to the mail server failed: %(reason)s") % {
            "reason": error
        }
        return ConfigurationError(text, channel=CHANNEL)
    if isinstance(error, socket.timeout | TimeoutError | ConnectionError | OSError):
        text = gettext("The mail server could not be reached: %(reason)s") % {"reason": error}
        return RetryableError(text, channel=CHANNEL)
    if isinstance(error, smtplib.SMTPException):
        text = gettext("The mail server refused the message: %(reason)s") % {"reason": error}
        return ConfigurationError(text, channel=CHANNEL)
    raise error
