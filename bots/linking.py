"""Linking a chat to a subject another app defines (outreach uses "campaigns.contact:42").

A subject gets a one-time LinkToken: on Telegram it travels as the /start payload of a deep
link (printed as a QR code on the invitation), on Zalo the firm follows the Official Account
and sends the token's short code. Linking fires `identity_linked`, opting out
`identity_opted_out`, so the app that owns the subject can react without bots knowing it.

Each kind of code works only where it is meant to travel (the long token on Telegram, the
short code on Zalo), failed attempts are limited per chat and for all chats together, and every
failure gets the same answer, so a guesser learns nothing from the replies.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from html import escape

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qr import QrCodeWidget

from .channels.base import ConfigurationError
from .models import ChatIdentity, LinkToken
from .models.linking import CODE_ALPHABET, CODE_LENGTH, ChatChannel

#: Sent with `identity` (ChatIdentity), `subject` (str) and `resumed` (True when a chat that
#: had opted out asked for messages again). Receivers run after the link is committed.
identity_linked = Signal()
#: Sent with `identity` the first time a chat opts out (not when it repeats /stop).
identity_opted_out = Signal()


def on_linked(callback: Callable[[str, ChatIdentity], object]) -> Callable:
    """Call `callback(subject, identity)` after every link (and resumption); usable as a
    decorator. Registering the same function twice registers it once."""

    def receiver(sender, identity: ChatIdentity, subject: str, **kwargs) -> None:
        callback(subject, identity)

    uid = f"bots.on_linked:{callback.__module__}.{callback.__qualname__}"
    identity_linked.connect(receiver, weak=False, dispatch_uid=uid)
    return callback


#: Telegram's rule for a /start payload (python-telegram-bot checks the same).
DEEP_LINK_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_CODE = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")
QR_QUIET_MODULES = 4

logger = logging.getLogger(__name__)


def issue_link_token(subject: str, display_name: str, ttl: timedelta | None = None) -> LinkToken:
    """A fresh one-time token for `subject`; valid BOTS_LINK_TOKEN_DAYS unless `ttl` says."""
    subject, display_name = subject.strip(), display_name.strip()
    if not subject or not display_name:
        raise ValueError("A link token needs a subject and a display name.")
    now = timezone.now()
    expires_at = now + ttl if ttl is not None else None
    return LinkToken.objects.create(
        subject=subject, display_name=display_name, created_at=now, expires_at=expires_at
    )


def telegram_deep_link(token: LinkToken | str) -> str:
    """https://t.me/<bot>?start=<token>: opening it sends "/start <token>" to the bot."""
    payload = token.token if isinstance(token, LinkToken) else token
    username = settings.TELEGRAM_BOT_USERNAME
    if not username:
        raise ConfigurationError("TELEGRAM_BOT_USERNAME is not set.", channel="telegram")
    if not DEEP_LINK_PAYLOAD.match(payload):
        raise ValueError("A /start payload is at most 64 characters of A-Z a-z 0-9 _ -.")
    return f"https://t.me/{username}?start={payload}"


def zalo_oa_link() -> str:
    """The Official Account's page, where a firm follows it; empty when ZALO_OA_ID is unset."""
    return f"https://zalo.me/{settings.ZALO_OA_ID}" if settings.ZALO_OA_ID else ""


def zns_phone(raw: str) -> str:
    """A phone number as ZNS wants it (84 + the number without its leading 0), or "" if it
    cannot be one: ZNS reaches a contact by phone, with no linking needed."""
    digits = re.sub(r"\D", "", raw or "")
    if digits.startswith("0"):
        digits = "84" + digits[1:]
    elif not digits.startswith("84"):
        digits = "84" + digits
    return digits if 10 <= len(digits) <= 12 else ""


# --- QR codes ---------------------------------------------------------------------------------


def _qr_rows(url: str) -> list[list[bool]]:
    encoder = QrCodeWidget(url, barLevel="M").qr
    encoder.make()
    return [[bool(cell) for cell in row] for row in encoder.modules]


def qr_svg(url: str, size: str = "12rem") -> str:
    """The address as an inline SVG QR code (quiet zone included), labelled for screen readers."""
    rows = _qr_rows(url)
    total = len(rows) + 2 * QR_QUIET_MODULES
    path = []
    for y, row in enumerate(rows, start=QR_QUIET_MODULES):
        x = QR_QUIET_MODULES
        for dark, run in itertools.groupby(row):
            width = len(list(run))
            if dark:
                path.append(f"M{x} {y}h{width}v1h-{width}z")
            x += width
    label = escape(url)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total} {total}" '
        f'width="{size}" height="{size}" role="img" aria-label="{label}" '
        f'shape-rendering="crispEdges"><title>{label}</title>'
        f'<rect width="{total}" height="{total}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(path)}"/></svg>'
    )


def qr_png(url: str, scale: int = 10) -> bytes:
    """The address as a black-and-white PNG QR code, `scale` pixels per module."""
    rows = _qr_rows(url)
    total = (len(rows) + 2 * QR_QUIET_MODULES) * scale
    image = Image.new("1", (total, total), 1)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(rows, start=QR_QUIET_MODULES):
        for x, dark in enumerate(row, start=QR_QUIET_MODULES):
            if dark:
                box = (x * scale, y * scale, (x + 1) * scale - 1, (y + 1) * scale - 1)
                draw.rectangle(box, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- Linking and opting out --------------------------------------------------------------------


class LinkStatus(StrEnum):
    LINKED = "linked"
    ALREADY_LINKED = "already_linked"
    RESUMED = "resumed"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    #: Too many failed attempts from this chat or from all chats: nothing was checked.
    LIMITED = "limited"


@dataclass(frozen=True)
class LinkResult:
    status: LinkStatus
    identity: ChatIdentity | None = None
    token: LinkToken | None = None

    @property
    def ok(self) -> bool:
        return self.status in {LinkStatus.LINKED, LinkStatus.ALREADY_LINKED, LinkStatus.RESUMED}


def normalise_code(text: str) -> str:
    """What a firm typed as a Zalo code, upper-cased without spaces or dashes."""
    return re.sub(r"[\s-]", "", text or "").upper()


def looks_like_code(text: str) -> bool:
    return bool(_CODE.match(normalise_code(text)))


def find_token(channel: str, text: str) -> LinkToken | None:
    """The token `text` names on `channel`, used or not. Telegram takes only the long token
    (it travels inside the deep link, 192 bits), Zalo only the 8-character code a firm types
    (about 40 bits, so it must never be tried where no one types it)."""
    text = (text or "").strip()
    if channel == ChatChannel.TELEGRAM and DEEP_LINK_PAYLOAD.match(text):
        return LinkToken.objects.filter(token=text).first()
    if channel == ChatChannel.ZALO and looks_like_code(text):
        return LinkToken.objects.filter(code=normalise_code(text)).first()
    return None


# --- Failed attempts ---------------------------------------------------------------------------

#: Failed attempts are counted in fixed windows of one clock hour, in the shared cache.
FAILURE_WINDOW_SECONDS = 3600


def _failure_keys(channel: str, external_id: str) -> tuple[str, str]:
    hour = f"{timezone.now():%Y%m%d%H}"
    return (
        f"bots-link-failures:{channel}:{external_id}:{hour}",
        f"bots-link-failures:all:{hour}",
    )


def attempts_blocked(channel: str, external_id: str) -> bool:
    """True when this chat, or all chats together, failed too often this hour."""
    chat_key, all_key = _failure_keys(channel, external_id)
    counts = cache.get_many([chat_key, all_key])
    return (
        counts.get(chat_key, 0) >= settings.BOTS_LINK_FAILURES_PER_CHAT
        or counts.get(all_key, 0) >= settings.BOTS_LINK_FAILURES_TOTAL
    )


def _count_failure(channel: str, external_id: str) -> None:
    for key in _failure_keys(channel, external_id):
        cache.add(key, 0, timeout=FAILURE_WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=FAILURE_WINDOW_SECONDS)


def touch_identity(channel: str, external_id: str, when: datetime | None = None) -> ChatIdentity:
    """The chat's identity, created on its first message; records when it last wrote to us
    (on Zalo that opens the window in which the OA may answer)."""
    when = when or timezone.now()
    identity, created = ChatIdentity.objects.get_or_create(
        channel=channel, external_id=external_id, defaults={"last_inbound_at": when}
    )
    if not created:
        ChatIdentity.objects.filter(pk=identity.pk).update(last_inbound_at=when)
        identity.last_inbound_at = when
    return identity


def link_with_token(channel: str, external_id: str, text: str) -> LinkResult:
    """Link the chat with the token (on Telegram) or code (on Zalo) it sent.

    A chat that failed BOTS_LINK_FAILURES_PER_CHAT times this hour, or any chat once all chats
    failed BOTS_LINK_FAILURES_TOTAL times, is refused (LIMITED) with nothing looked up; every
    unknown, used or expired code counts as a failure. The token is claimed by one conditional
    UPDATE: of two chats sending it at once, one links and the other fails. The same chat
    sending it again is answered as already linked (and, if it had opted out, gets its
    messages back).
    """
    if attempts_blocked(channel, external_id):
        # The chat id stays out of the log: it is personal data.
        logger.warning("A %s link attempt was refused: too many failed attempts", channel)
        return LinkResult(LinkStatus.LIMITED)
    token = find_token(channel, text)
    if token is None:
        _count_failure(channel, external_id)
        return LinkResult(LinkStatus.UNKNOWN)
    now = timezone.now()
    failure = None
    with transaction.atomic():
        identity = touch_identity(channel, external_id, now)
        claimed = LinkToken.objects.filter(
            pk=token.pk, used_at__isnull=True, expires_at__gt=now
        ).update(used_at=now, used_by=identity)
        token.refresh_from_db()
        if claimed:
            status = LinkStatus.LINKED
        elif token.used_by_id == identity.pk and identity.subject == token.subject:
            status = LinkStatus.RESUMED if identity.is_opted_out else LinkStatus.ALREADY_LINKED
        elif token.is_used:
            failure = LinkResult(LinkStatus.USED, identity, token)
        else:
            failure = LinkResult(LinkStatus.EXPIRED, identity, token)
        if failure is None and status != LinkStatus.ALREADY_LINKED:
            identity.subject = token.subject
            identity.display_name = token.display_name
            identity.linked_at = identity.linked_at if status == LinkStatus.RESUMED else now
            identity.opted_out_at = None
            identity.save(update_fields=["subject", "display_name", "linked_at", "opted_out_at"])
    if failure is not None:
        _count_failure(channel, external_id)
        return failure
    if status != LinkStatus.ALREADY_LINKED:
        _notify(
            identity_linked,
            identity=identity,
            subject=identity.subject,
            resumed=status == LinkStatus.RESUMED,
        )
    return LinkResult(status, identity, token)


def unlink_subjects(subjects: Iterable[str]) -> int:
    """Cut loose every chat linked to these subjects and void their unused tokens, for the app
    that owns the subjects when it withdraws them (outreach: a firm's personal link was
    revoked, so what was printed or sent with it must reach nobody). The chats keep their
    opt-out and are not told; they may link again with a new token. Returns how many chats
    were unlinked."""
    subjects = sorted({subject for subject in subjects if subject})
    if not subjects:
        return 0
    now = timezone.now()
    with transaction.atomic():
        LinkToken.objects.filter(
            subject__in=subjects, used_at__isnull=True, expires_at__gt=now
        ).update(expires_at=now)
        unlinked = ChatIdentity.objects.filter(subject__in=subjects).update(
            subject="", display_name="", linked_at=None
        )
    if unlinked:
        logger.info("%s chat(s) unlinked from withdrawn subjects", unlinked)
    return unlinked


def resume(identity: ChatIdentity) -> bool:
    """A linked chat that had opted out asks for messages again; False if nothing changed."""
    if not identity.is_linked or not identity.is_opted_out:
        return False
    updated = ChatIdentity.objects.filter(pk=identity.pk, opted_out_at__isnull=False).update(
        opted_out_at=None
    )
    identity.opted_out_at = None
    if updated:
        _notify(identity_linked, identity=identity, subject=identity.subject, resumed=True)
    return bool(updated)


def opt_out(identity: ChatIdentity) -> bool:
    """Record that the chat wants no more messages; False if it had already opted out, so
    repeating /stop changes nothing and notifies nobody twice."""
    now = timezone.now()
    updated = ChatIdentity.objects.filter(pk=identity.pk, opted_out_at__isnull=True).update(
        opted_out_at=now
    )
    if not updated:
        identity.refresh_from_db(fields=["opted_out_at"])
        return False
    identity.opted_out_at = now
    _notify(identity_opted_out, identity=identity)
    return True


def record_follow(external_id: str, followed: bool) -> ChatIdentity:
    """A Zalo user followed (an interaction) or unfollowed the Official Account."""
    now = timezone.now()
    if followed:
        identity = touch_identity("zalo", external_id, now)
        identity.followed_at, identity.unfollowed_at = now, None
    else:
        identity, _created = ChatIdentity.objects.get_or_create(
            channel="zalo", external_id=external_id
        )
        identity.unfollowed_at = now
    identity.save(update_fields=["followed_at", "unfollowed_at"])
    return identity


def _notify(signal: Signal, **kwargs) -> None:
    """Tell the receivers; one that fails is logged and does not undo the link or opt-out."""
    for receiver, response in signal.send_robust(sender=ChatIdentity, **kwargs):
        if isinstance(response, Exception):
            logger.error("Receiver %r of a bots signal failed", receiver, exc_info=response)
