"""The endpoints Telegram and Zalo post updates to.

Each request is checked (Telegram's secret token, Zalo's signature and timestamp), read (at
most 1 MB of JSON), stored once per provider update id and handed to the worker; the answer
is 200 at once, as Zalo wants within 2 seconds. A refused request gets an empty 403 or 400,
logged with the reason; nothing about the reason goes back to the sender.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .channels.zalo_signing import signature_header
from .tasks import enqueue_update, store_update
from .updates import InboundEvent, Kind, MalformedUpdate, telegram_event, zalo_event

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
#: How far ahead of our clock a Zalo timestamp may be (clock drift), in milliseconds.
ZALO_CLOCK_SKEW_MS = 5 * 60 * 1000


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def sender_address(request: HttpRequest) -> str:
    """Who sent the request, for the log: REMOTE_ADDR, or behind a proxy listed in
    TRUSTED_PROXIES the last X-Forwarded-For hop that is not one. bots reads the setting itself
    (it imports no cms code), the same way cms.core.clients does."""
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return "?"
    try:
        proxies = [ipaddress.ip_network(p.strip(), strict=False) for p in settings.TRUSTED_PROXIES]
    except ValueError:  # reported by the system check core.E002
        proxies = []

    def trusted(address) -> bool:
        return any(address in network for network in proxies)

    client = remote
    if trusted(remote):
        for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            address = _address(hop)
            if address is None:
                break
            client = address
            if not trusted(address):
                break
    return str(client)


def _refuse(status: int, channel: str, reason: str, request: HttpRequest) -> HttpResponse:
    logger.warning("%s webhook refused (%s) from %s", channel, reason, sender_address(request))
    return HttpResponse(status=status)


def _ascii_digits(text: str, max_digits: int) -> bool:
    """Whether `int(text)` is safe: ASCII digits only ("²" passes `isdigit()` and fails `int`),
    and short (bots keeps this rule itself: it imports nothing of cms.core.numbers)."""
    return 0 < len(text) <= max_digits and text.isascii() and text.isdigit()


def _read_json(request: HttpRequest) -> tuple[bytes, object] | str:
    """The raw body and its JSON, or why not: declared or actual size over 1 MB, not JSON."""
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not _ascii_digits(declared, 9) or int(declared) > MAX_BODY_BYTES:
        return "body too large or length invalid"
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return "body too large"
    try:
        return body, json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return "body is not JSON"


def _accept(event: InboundEvent, payload: dict) -> HttpResponse:
    if event.kind == Kind.OTHER:
        return HttpResponse(status=200)  # nothing to answer, nothing kept
    update = store_update(event, payload)
    if update is None:
        logger.info("%s update %s received again: ignored", event.channel, event.key)
        return HttpResponse(status=200)
    try:
        enqueue_update(update)
    except Exception:
        # Stored, so the sweep answers it later; the provider must not send it again.
        logger.exception("%s update %s could not be queued", event.channel, update.pk)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def telegram_webhook(request: HttpRequest) -> HttpResponse:
    secret = settings.TELEGRAM_WEBHOOK_SECRET
    if not secret:
        return _refuse(403, "Telegram", "TELEGRAM_WEBHOOK_SECRET is not set", request)
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return _refuse(403, "Telegram", "wrong or missing secret token", request)
    read = _read_json(request)
    if isinstance(read, str):
        return _refuse(400, "Telegram", read, request)
    _body, data = read
    try:
        event = telegram_event(data)
    except MalformedUpdate as error:
        return _refuse(400, "Telegram", str(error), request)
    return _accept(event, data)


def _zalo_signed_fields(data: object) -> tuple[str, str] | None:
    if not isinstance(data, dict):
        return None
    app_id, timestamp = data.get("app_id"), data.get("timestamp")
    if not isinstance(app_id, str | int) or isinstance(app_id, bool) or not str(app_id):
        return None
    if not isinstance(timestamp, str | int) or not _ascii_digits(str(timestamp), 15):
        return None
    return str(app_id), str(timestamp)


@csrf_exempt
@require_POST
def zalo_webhook(request: HttpRequest) -> HttpResponse:
    secret = settings.ZALO_OA_SECRET_KEY
    if not secret:
        return _refuse(403, "Zalo", "ZALO_OA_SECRET_KEY is not set", request)
    read = _read_json(request)
    if isinstance(read, str):
        return _refuse(400, "Zalo", read, request)
    body, data = read
    signed = _zalo_signed_fields(data)
    if signed is None:
        return _refuse(400, "Zalo", "app_id or timestamp missing", request)
    app_id, timestamp = signed
    given = request.headers.get("X-ZEvent-Signature", "").strip().lower()
    expected = signature_header(app_id, body, timestamp, secret)
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return _refuse(403, "Zalo", "wrong or missing signature", request)
    if settings.ZALO_APP_ID and app_id != settings.ZALO_APP_ID:
        return _refuse(403, "Zalo", f"event for another app {app_id}", request)
    # Zalo retries a failed delivery for about two hours with the event's own timestamp;
    # a signed event much older than that is a replay.
    now_ms = int(time.time() * 1000)
    age_ms = now_ms - int(timestamp)
    if age_ms > settings.ZALO_WEBHOOK_MAX_AGE * 1000 or -age_ms > ZALO_CLOCK_SKEW_MS:
        return _refuse(403, "Zalo", f"timestamp {timestamp} outside the accepted window", request)
    try:
        event = zalo_event(data)
    except MalformedUpdate as error:
        return _refuse(400, "Zalo", str(error), request)
    return _accept(event, data)
