"""The worker side of the ledger: claim due rows, send each outside any transaction, record
what the provider answered, and decide what happens next.

Crash safety. A row is claimed by moving it to "sending" with a fresh `lease_token` and a
`lease_until` (NOTICES_LEASE_SECONDS ahead) in a short transaction (PostgreSQL: `SELECT … FOR
UPDATE SKIP LOCKED`, so two workers never wait on or take the same row; SQLite: writers are
serialised and the claim is a compare-and-set on state and token). The send happens after that
transaction commits (the Zalo token store refuses to run inside someone else's transaction).
The outcome is written only where the token still matches. A worker killed between claim and
record leaves the row "sending"; once the lease passes another worker claims it and sends it
again with the same idempotency key, which the outbox and ZNS deduplicate. Telegram has no
such key: a message whose worker died after Telegram accepted it but before the record can be
sent twice; the window is the few milliseconds between the answer and the record.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Min, Q
from django.utils import timezone

from bots.channels.base import ChannelError, ErrorKind, Message
from bots.delivery import OptedOutError, send_message
from outreach.campaigns.chat import contact_addresses

from .addresses import may_send
from .audience import firm_moved_on, new_delivery
from .models import (
    Delivery,
    DeliveryAttempt,
    DeliveryState,
    Notice,
    NoticeState,
    SkipReason,
)

logger = logging.getLogger(__name__)

#: No window may reach into the night: nothing leaves before 07:00 or after 21:00.
EARLIEST, LATEST = clock(7, 0), clock(21, 0)
RETRY_MAX_SECONDS = 3600
BATCH = 5
#: A worker with nothing due waits this long at most for the next row before it stops.
IDLE_WAIT_SECONDS = 10.0


# --- the send window ------------------------------------------------------------------------


def send_window() -> tuple[clock, clock]:
    """NOTICES_SEND_WINDOW ("08:00-20:00") as two times; refused if it reaches into the night."""
    raw = settings.NOTICES_SEND_WINDOW
    try:
        start_text, end_text = raw.replace(" ", "").split("-")
        start, end = clock.fromisoformat(start_text), clock.fromisoformat(end_text)
    except ValueError:
        raise ImproperlyConfigured(
            f"NOTICES_SEND_WINDOW {raw!r} is not like 08:00-20:00."
        ) from None
    if not (EARLIEST <= start < end <= LATEST):
        raise ImproperlyConfigured(
            f"NOTICES_SEND_WINDOW {raw!r} must start before it ends, within 07:00-21:00."
        )
    return start, end


def window_zone() -> ZoneInfo:
    """The zone of the send window and of a reminder's day: Hà Nội's (NOTICES_TIME_ZONE)."""
    return ZoneInfo(settings.NOTICES_TIME_ZONE)


def in_window(now: datetime) -> bool:
    start, end = send_window()
    local = timezone.localtime(now, window_zone()).time()
    return start <= local < end


def next_window_start(now: datetime, *, next_day: bool = False) -> datetime:
    """The next moment messages may leave (now, when inside the window and not `next_day`)."""
    start, _end = send_window()
    local = timezone.localtime(now, window_zone())
    if not next_day and in_window(now):
        return now
    day = local.date()
    if next_day or local.time() >= start:
        day += timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, start), window_zone())


# --- rate limits shared by the workers --------------------------------------------------------


def rate_limits() -> dict[str, tuple[int, float]]:
    """NOTICES_RATE_LIMITS as {channel: (messages, period in seconds)}."""
    limits = {}
    for part in settings.NOTICES_RATE_LIMITS.split(","):
        if not part.strip():
            continue
        try:
            channel, rate = part.split("=")
            count, unit = rate.strip().split("/")
            limits[channel.strip()] = (int(count), {"s": 1.0, "m": 60.0}[unit.strip()])
        except (ValueError, KeyError):
            raise ImproperlyConfigured(
                f"NOTICES_RATE_LIMITS part {part!r} is not like telegram=30/s."
            ) from None
    return limits


def take_rate_slot(channel: str) -> str | None:
    """Wait until `channel` has room in the current period, and return the slot's key. Counted
    in the shared cache (Redis in production), so all workers together keep to the limit."""
    limit = rate_limits().get(channel)
    if limit is None:
        return None
    count, period = limit
    while True:
        now = time.time()
        slot = int(now // period)
        key = f"notices:rate:{channel}:{slot}"
        cache.add(key, 0, timeout=int(period) + 2)
        try:
            taken = cache.incr(key)
        except ValueError:  # expired between add and incr
            continue
        if taken <= count:
            return key
        time.sleep(max((slot + 1) * period - now, 0.001))


def give_back_rate_slot(key: str | None) -> None:
    """A send the provider refused with "retry later" was not a message: its slot goes back to
    the period it was taken from (a period already over has nothing left to give back to)."""
    if key is None:
        return
    with contextlib.suppress(ValueError):
        cache.decr(key)


# --- backoff ----------------------------------------------------------------------------------


def retry_delay(attempts: int, retry_after: float | None) -> float:
    """Seconds before the next attempt: what the provider asked for (plus a little jitter, so
    workers do not return together), else exponential from NOTICES_RETRY_BASE_SECONDS with
    jitter, at most an hour."""
    if retry_after is not None and retry_after > 0:
        return retry_after * random.uniform(1.0, 1.2)
    delay = min(settings.NOTICES_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS)
    return delay * random.uniform(0.5, 1.0)


# --- claiming ---------------------------------------------------------------------------------


def due_rows(now: datetime):
    return Delivery.objects.filter(
        Q(state__in=(DeliveryState.QUEUED, DeliveryState.RETRYING), next_attempt_at__lte=now)
        | Q(state=DeliveryState.SENDING, lease_until__lt=now)
    )


def claim(now: datetime, limit: int) -> list[tuple[int, str]]:
    """Take up to `limit` due rows for this worker: [(pk, lease token)]."""
    lease = now + timedelta(seconds=settings.NOTICES_LEASE_SECONDS)
    claimed = []
    with transaction.atomic():
        rows = due_rows(now).order_by("next_attempt_at", "pk")
        if connection.features.has_select_for_update_skip_locked:
            rows = rows.select_for_update(skip_locked=True)
        candidates = list(rows.values_list("pk", "state", "lease_token")[:limit])
        for pk, state, token in candidates:
            new_token = uuid.uuid4().hex
            taken = Delivery.objects.filter(pk=pk, state=state, lease_token=token).update(
                state=DeliveryState.SENDING,
                lease_token=new_token,
                lease_until=lease,
                attempts=F("attempts") + 1,
                updated_at=now,
            )
            if taken:
                claimed.append((pk, new_token))
    return claimed


def _finish(pk: int, token: str, now: datetime, **fields) -> bool:
    """Write the outcome if this worker still holds the row."""
    fields.setdefault("lease_until", None)
    fields["updated_at"] = now
    return bool(Delivery.objects.filter(pk=pk, lease_token=token).update(**fields))


def _release(pk: int, token: str, now: datetime, due: datetime) -> None:
    """Give the row back untried (outside the window, daily cap): not an attempt."""
    _finish(
        pk,
        token,
        now,
        state=DeliveryState.QUEUED,
        next_attempt_at=due,
        attempts=F("attempts") - 1,
        cap_day=None,
    )


# --- fallback ---------------------------------------------------------------------------------


def queue_fallback(row: Delivery, now: datetime) -> Delivery | None:
    """After a permanent failure on one channel: the contact's next channel, if any."""
    contact = row.contact
    if contact is None:
        return None
    channels = row.notice.template.channels()
    if row.channel not in channels:
        return None
    tried = set(
        Delivery.objects.filter(notice=row.notice, contact=contact).values_list(
            "channel", flat=True
        )
    )
    addresses = contact_addresses(contact)
    for channel in channels[channels.index(row.channel) + 1 :]:
        if channel in tried or channel not in addresses:
            continue
        if may_send(contact, channel, addresses[channel]):
            continue
        fallback = new_delivery(
            row.notice, row.firm, contact, channel, addresses[channel], now=now, due=now
        )
        fallback.fallback_of = row
        fallback.save()
        return fallback
    return None


# --- sending one row --------------------------------------------------------------------------


@dataclass
class Outcome:
    state: str
    reason: str = ""


def _skip_reason(row: Delivery, now: datetime) -> str:
    notice = row.notice
    if row.contact is None:
        return SkipReason.NO_CHANNEL
    # Read fresh: the firm may have moved on since the row was queued.
    row.firm.refresh_from_db(fields=["stage"])
    if firm_moved_on(notice, row.firm):
        return SkipReason.MOVED_ON
    if notice.session_id and notice.session.starts_at <= now:
        return SkipReason.SESSION_GONE
    return may_send(row.contact, row.channel, row.address)


def _take_daily_cap(row: Delivery, token: str, now: datetime) -> bool:
    """Reminders: claim this contact's one reminder of the day on this channel."""
    if row.notice.kind != Notice.Kind.REMINDER:
        return True
    try:
        with transaction.atomic():
            Delivery.objects.filter(pk=row.pk, lease_token=token).update(
                cap_day=timezone.localdate(now, window_zone())
            )
    except IntegrityError:
        return False
    return True


def _record(attempt: DeliveryAttempt, token: str, at: datetime, **fields) -> bool:
    """Keep the attempt (always: it is what the provider said) and the row's outcome (only if
    this worker still holds the row)."""
    with transaction.atomic():
        attempt.save()
        return _finish(attempt.delivery_id, token, at, **fields)


def process(pk: int, token: str, now: datetime) -> str:
    """Send one claimed row and record it; returns the row's new state."""
    row = Delivery.objects.select_related(
        "notice__template", "notice__campaign", "notice__session", "firm", "contact"
    ).get(pk=pk)
    if row.notice.state == NoticeState.CANCELLED:
        _finish(pk, token, now, state=DeliveryState.CANCELLED)
        return DeliveryState.CANCELLED
    if not in_window(now):
        _release(pk, token, now, next_window_start(now))
        return DeliveryState.QUEUED
    if reason := _skip_reason(row, now):
        _finish(pk, token, now, state=DeliveryState.SKIPPED, reason=reason, cap_day=None)
        if reason == SkipReason.NO_CONSENT:
            queue_fallback(row, now)
        return DeliveryState.SKIPPED
    if not _take_daily_cap(row, token, now):
        _release(pk, token, now, next_window_start(now, next_day=True))
        return DeliveryState.QUEUED

    slot = take_rate_slot(row.channel)
    message = Message(
        recipient=row.address,
        text=row.text,
        subject=row.subject,
        template_id=row.template_id,
        template_data=row.template_data,
        idempotency_key=row.idempotency_key,
        metadata={"notice": row.notice_id, "delivery": row.pk},
    )
    started = timezone.now()
    clock_start = time.monotonic()
    attempt = DeliveryAttempt(delivery_id=pk, number=row.attempts, started_at=started)
    error: ChannelError | None = None
    try:
        result = send_message(row.channel, message)
    except ChannelError as caught:
        error = caught
    except Exception as caught:  # a bug or an unexpected library error: retry, keep the trace
        logger.exception("Delivery %s: unexpected error while sending", pk)
        error = ChannelError(f"{type(caught).__name__}: {caught}", channel=row.channel)
    attempt.duration_ms = int((time.monotonic() - clock_start) * 1000)
    done_at = timezone.now() if now <= started else now

    if error is None:
        attempt.outcome = DeliveryState.SENT
        attempt.provider_message_id = result.provider_message_id[:100]
        attempt.raw = result.raw
        _record(
            attempt,
            token,
            done_at,
            state=DeliveryState.SENT,
            sent_at=started,
            provider_message_id=result.provider_message_id[:100],
            error="",
        )
        return DeliveryState.SENT

    if error.kind == ErrorKind.RETRYABLE and error.retry_after is not None:
        give_back_rate_slot(slot)
    attempt.outcome = "error"
    attempt.error_kind = error.kind
    attempt.code = "" if error.code is None else str(error.code)[:40]
    attempt.message = str(error)[:500]
    attempt.retry_after = error.retry_after
    attempt.raw = error.raw
    retryable = error.kind == ErrorKind.RETRYABLE
    if retryable and row.attempts < settings.NOTICES_MAX_ATTEMPTS:
        due = now + timedelta(seconds=retry_delay(row.attempts, error.retry_after))
        _record(
            attempt,
            token,
            done_at,
            state=DeliveryState.RETRYING,
            next_attempt_at=due,
            error=str(error)[:500],
            cap_day=None,
        )
        return DeliveryState.RETRYING
    opted_out = isinstance(error, OptedOutError)
    held = _record(
        attempt,
        token,
        done_at,
        state=DeliveryState.SKIPPED if opted_out else DeliveryState.FAILED,
        reason=SkipReason.OPTED_OUT if opted_out else "",
        error=str(error)[:500],
        cap_day=None,
    )
    if held and not opted_out:
        queue_fallback(row, done_at)
    return DeliveryState.SKIPPED if opted_out else DeliveryState.FAILED


def seconds_to_next_due(now: datetime) -> float | None:
    """How long until the next row falls due (a retry, a scheduled notice, a lease running
    out); None when nothing is waiting."""
    waiting = Delivery.objects.filter(
        state__in=(DeliveryState.QUEUED, DeliveryState.RETRYING)
    ).aggregate(at=Min("next_attempt_at"))["at"]
    held = Delivery.objects.filter(state=DeliveryState.SENDING).aggregate(at=Min("lease_until"))[
        "at"
    ]
    moments = [moment for moment in (waiting, held) if moment is not None]
    if not moments:
        return None
    return max((min(moments) - now).total_seconds(), 0.0)


def send_due_deliveries(now: datetime | None = None, limit: int | None = None) -> dict[str, int]:
    """The worker's job: send every due row, in batches, until none is due, `limit` rows are
    done or NOTICES_RUN_SECONDS have passed. A row due within IDLE_WAIT_SECONDS (a short
    retry) is waited for rather than left to the next minute's run. With a fixed `now` (tests,
    replays) time stands still, so rows put off to later are left for a later run."""
    counts: dict[str, int] = {}
    fixed = now is not None
    stop_at = time.monotonic() + settings.NOTICES_RUN_SECONDS
    done = 0
    while time.monotonic() < stop_at and (limit is None or done < limit):
        current = now if fixed else timezone.now()
        if not in_window(current):
            break
        batch = BATCH if limit is None else min(BATCH, limit - done)
        claimed = claim(current, batch)
        if not claimed:
            if fixed:
                break
            wait = seconds_to_next_due(current)
            if wait is None or wait > IDLE_WAIT_SECONDS or time.monotonic() + wait >= stop_at:
                break
            time.sleep(max(wait, 0.05))
            continue
        for pk, token in claimed:
            state = process(pk, token, current if fixed else timezone.now())
            counts[state] = counts.get(state, 0) + 1
            done += 1
    return counts


def retry_delivery(row: Delivery, now: datetime | None = None) -> Delivery | None:
    """Staff's retry button: a failed row goes back to the queue for one more try."""
    now = now or timezone.now()
    updated = Delivery.objects.filter(pk=row.pk, state=DeliveryState.FAILED).update(
        state=DeliveryState.QUEUED,
        next_attempt_at=now,
        attempts=0,
        error="",
        updated_at=now,
        lease_token="",
    )
    if not updated:
        return None
    transaction.on_commit(_kick)
    return Delivery.objects.get(pk=row.pk)


def _kick() -> None:
    from .audience import kick_worker

    kick_worker()
