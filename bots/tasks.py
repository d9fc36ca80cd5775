"""Background jobs of the chat channels, run by the Django-Q worker: answering a stored
webhook update, a sweep that picks up updates whose hand-off to the worker was lost and
deletes old ones (they hold message text), and renewing the Zalo access token."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from . import inbound, linking
from .channels import zalo_tokens
from .channels.base import ChannelError, Message
from .delivery import OptedOutError, send_message
from .models import InboundUpdate
from .updates import InboundEvent, Kind, MalformedUpdate, parse_event

logger = logging.getLogger(__name__)
Status = InboundUpdate.Status

#: An update still "received" this long after it arrived lost its task; the sweep runs it.
LOST_AFTER = timedelta(minutes=2)


def store_update(event: InboundEvent, payload: dict) -> InboundUpdate | None:
    """Keep the update once; None when the provider (or someone replaying it) sent it before."""
    with transaction.atomic():
        row, created = InboundUpdate.objects.get_or_create(
            channel=event.channel,
            external_id=event.key,
            defaults={"event": event.event, "payload": payload},
        )
    return row if created else None


def enqueue_update(update: InboundUpdate) -> None:
    """Hand the update to the worker. `Q_CLUSTER["sync"]` is read at call time so tests and a
    one-process setup answer in-process."""
    from django_q.tasks import async_task

    options = {"task_name": f"bots-inbound-{update.pk}", "timeout": 60}
    if settings.Q_CLUSTER.get("sync"):
        options["sync"] = True
    async_task("bots.tasks.process_inbound_update", update.pk, q_options=options)


def process_inbound_update(update_id: int) -> str:
    """Answer one stored update: run its command and send the reply through the channel.

    The row is claimed first, so a task the broker hands out twice does its work once.
    """
    claimed = InboundUpdate.objects.filter(pk=update_id, status=Status.RECEIVED).update(
        status=Status.PROCESSING
    )
    if not claimed:
        return "skipped"
    update = InboundUpdate.objects.get(pk=update_id)
    try:
        event = parse_event(update.channel, update.payload)
        with translation.override(settings.LANGUAGE_CODE):
            reply = answer(event)
            sent = _send_reply(update, event, reply)
    except (MalformedUpdate, ChannelError) as error:
        _finish(update, Status.FAILED, str(error))
        logger.warning("Inbound %s update %s not answered: %s", update.channel, update.pk, error)
        return "failed"
    except Exception as error:
        _finish(update, Status.FAILED, f"{type(error).__name__}: {error}")
        raise
    _finish(update, Status.DONE if sent else Status.IGNORED)
    return "answered" if sent else "no reply"


def answer(event: InboundEvent) -> inbound.Reply | None:
    """What the portal says back to an event, after recording what it tells about the chat."""
    if event.kind == Kind.FOLLOW:
        linking.record_follow(event.external_id, followed=True)
        return inbound.Reply(inbound.welcome_follower())
    if event.kind == Kind.UNFOLLOW:
        linking.record_follow(event.external_id, followed=False)
        return None
    if event.kind == Kind.OTHER:
        return None
    identity = linking.touch_identity(event.channel, event.external_id)
    if event.kind != Kind.TEXT:
        return None
    command, args = inbound.parse(event.channel, event.text)
    message = inbound.InboundMessage(
        channel=event.channel,
        external_id=event.external_id,
        identity=identity,
        text=event.text,
        command=command,
        args=args,
    )
    try:
        return inbound.dispatch(message)
    except Exception:
        logger.exception("Command %r failed on %s", command, event.channel)
        return inbound.Reply(
            gettext("Sorry, that could not be done just now. Please try again later.")
        )


def _send_reply(update: InboundUpdate, event: InboundEvent, reply: inbound.Reply | None) -> bool:
    if reply is None or not reply.text:
        return False
    message = Message(
        recipient=event.external_id, text=reply.text, idempotency_key=f"bots-reply-{update.pk}"
    )
    try:
        send_message(event.channel, message, confirming_opt_out=reply.confirms_opt_out)
    except OptedOutError:
        return False  # the chat opted out: it gets no answer but the /stop confirmation
    return True


def _finish(update: InboundUpdate, status: str, error: str = "") -> None:
    # Processed rows keep only what de-duplication needs: the text is not kept longer.
    payload = {} if status in {Status.DONE, Status.IGNORED} else update.payload
    InboundUpdate.objects.filter(pk=update.pk).update(
        status=status, error=error[:500], processed_at=timezone.now(), payload=payload
    )


def sweep_inbound_updates() -> str:
    """Run updates whose task was lost; delete updates older than the retention period."""
    now = timezone.now()
    lost = InboundUpdate.objects.filter(status=Status.RECEIVED, received_at__lt=now - LOST_AFTER)
    count = 0
    for pk in lost.values_list("pk", flat=True)[:100]:
        try:
            process_inbound_update(pk)
        except Exception:
            logger.exception("Inbound update %s failed", pk)
        count += 1
    cutoff = now - timedelta(days=settings.BOTS_INBOUND_RETENTION_DAYS)
    deleted, _ = InboundUpdate.objects.filter(received_at__lt=cutoff).delete()
    return f"{count} answered late, {deleted} deleted"


def refresh_zalo_token() -> str:
    """Renew the Zalo access token before it expires, so sends never wait for a refresh.

    A refusal raises (the failed task shows in the admin; staff were mailed by the store).
    """
    before = zalo_tokens.get_grant()
    if before is None:
        return "Zalo OA not connected: nothing to refresh."
    grant = zalo_tokens.refresh_if_due()
    expires = timezone.localtime(grant.access_expires_at).strftime("%d/%m/%Y %H:%M")
    if grant.version != before.version:
        return f"Zalo access token refreshed; valid until {expires}."
    return f"Zalo access token still valid until {expires}."
