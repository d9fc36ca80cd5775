"""Per-client attempt counters of the public forms, kept in the shared cache.

Attempts are keyed by the client's own address (read through trusted proxies only), so one
client that uses up its attempts never locks out anybody else. A form counts a post only once
the CSRF check has passed: a forged cross-site post cannot spend a visitor's attempts.
"""

from __future__ import annotations

import ipaddress

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone

from .clients import client_address

WINDOW_SECONDS = 3600
#: An IPv6 client usually holds a whole /64 and can take a fresh address from it at will.
IPV6_PREFIX = 64


def client_key(request: HttpRequest) -> str:
    """What attempts are counted against: the client's address, its /64 for IPv6."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    if parsed.version == 6:
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)


def _cache_key(request: HttpRequest, scope: str) -> str:
    # One fixed window per clock hour: the key expires with its hour.
    return f"rate:{scope}:{client_key(request)}:{timezone.now():%Y%m%d%H}"


def attempts_used_up(request: HttpRequest, scope: str, limit: int) -> bool:
    """True when this client has already made `limit` attempts this hour. Counts nothing, so
    a view may ask before it reads the body (a flood is refused cheaply)."""
    return (cache.get(_cache_key(request, scope)) or 0) >= limit


def count_attempt(request: HttpRequest, scope: str, limit: int) -> bool:
    """Count one attempt of this client (call it after the CSRF check); True when this one
    goes over `limit` and must be refused."""
    key = _cache_key(request, scope)
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count > limit
