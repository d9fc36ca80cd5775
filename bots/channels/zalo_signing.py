"""The X-ZEvent-Signature of Zalo OA webhooks, computed in one place so the webhook view that
checks it and the fake Zalo server that signs test deliveries cannot drift apart.

Zalo signs with a plain SHA-256 (not an HMAC) of app id + raw body + timestamp + OA secret key,
where app id and timestamp are read from the JSON body, and sends "mac=<hex>".
"""

from __future__ import annotations

import hashlib
import hmac
import json

HEADER = "X-ZEvent-Signature"
PREFIX = "mac="


def zalo_signature(app_id: str, body: bytes | str, timestamp: str, oa_secret_key: str) -> str:
    """The lowercase hex digest Zalo puts after "mac=" for this exact request body."""
    raw = body if isinstance(body, bytes) else body.encode("utf-8")
    digest = hashlib.sha256()
    digest.update(str(app_id).encode("utf-8"))
    digest.update(raw)
    digest.update(str(timestamp).encode("utf-8"))
    digest.update(oa_secret_key.encode("utf-8"))
    return digest.hexdigest()


def signature_header(app_id: str, body: bytes | str, timestamp: str, oa_secret_key: str) -> str:
    """The whole header value, "mac=<hex>"."""
    return PREFIX + zalo_signature(app_id, body, timestamp, oa_secret_key)


def verify_zalo_signature(header: str, body: bytes, oa_secret_key: str) -> bool:
    """True when `header` (X-ZEvent-Signature) signs `body` with our OA secret key.

    The app id and timestamp are taken from the body itself, as Zalo does. A missing key, an
    unreadable body or a header without "mac=" fails closed. Compared in constant time.
    """
    if not oa_secret_key or not header:
        return False
    header = header.strip()
    if not header.startswith(PREFIX):
        return False
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return False
    if not isinstance(payload, dict):
        return False
    app_id = payload.get("app_id")
    timestamp = payload.get("timestamp")
    if app_id in (None, "") or timestamp in (None, ""):
        return False
    expected = zalo_signature(str(app_id), body, str(timestamp), oa_secret_key)
    return hmac.compare_digest(header[len(PREFIX) :].lower(), expected)
