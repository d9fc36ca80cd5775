"""The embedded default channel: keeps each message in the database for staff to read in the
admin's test outbox, so the whole notice flow runs without any provider account."""

from __future__ import annotations

from django.utils.translation import gettext

from .base import ConfigurationError, DeliveryResult, Message, check_text

# Long enough for any provider's text; the stand-in takes the real channel's limit when known.
DEFAULT_MAX_LENGTH = 100_000
KEY_LENGTH = 200  # OutboxMessage.idempotency_key


class OutboxChannel:
    """Stores messages instead of sending them.

    `stands_in_for` names the channel whose messages it keeps ("telegram" when no bot token
    is set), so staff can tell what each provider would have received.
    """

    name = "outbox"

    def __init__(self, stands_in_for: str = "outbox", max_length: int = DEFAULT_MAX_LENGTH):
        self.stands_in_for = stands_in_for
        self.max_length = max_length

    def send(self, message: Message) -> DeliveryResult:
        from bots.models import OutboxMessage

        check_text(
            message, channel=self.stands_in_for, max_length=self.max_length, allow_template=True
        )
        if len(message.idempotency_key) > KEY_LENGTH or len(message.recipient) > 255:
            text = gettext("The idempotency key or the recipient is too long for the outbox.")
            raise ConfigurationError(text, channel=self.stands_in_for)
        fields = {
            "recipient": message.recipient.strip(),
            "subject": message.subject[:255],
            "text": message.text,
            "template_id": message.template_id,
            "template_data": message.template_data,
            "metadata": message.metadata,
        }
        if message.idempotency_key:
            # A retried task sends the same key again: hand back the first row, store nothing.
            row, created = OutboxMessage.objects.get_or_create(
                channel=self.stands_in_for,
                idempotency_key=message.idempotency_key,
                defaults=fields,
            )
        else:
            row, created = OutboxMessage.objects.create(channel=self.stands_in_for, **fields), True
        return DeliveryResult(
            channel=self.name,
            provider_message_id=str(row.pk),
            raw={"outbox_id": row.pk, "stands_in_for": self.stands_in_for, "repeat": not created},
        )
