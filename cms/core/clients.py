"""The address of the client a request came from, read through trusted reverse proxies only.

Behind nginx every request arrives from the proxy, so REMOTE_ADDR alone would make one visitor
everybody: rate limits would lock the whole city out and consent records would all name the
proxy. Trusting X-Forwarded-For from anyone would let a client pick any address it likes.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in proxies if p.strip())


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request: HttpRequest) -> str:
    """The client's IP address as text ("" when unknown).

    X-Forwarded-For is read right to left only while each hop is a trusted proxy (the
    `TRUSTED_PROXIES` setting); the first untrusted hop is the client. A malformed hop stops the
    walk at the last trusted one, so a forged header can never name an arbitrary address.
    """
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    if not settings.TRUSTED_PROXIES or not _trusted(remote):
        return str(remote)
    client = remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break
        client = address
        if not _trusted(address):
            break
    return str(client)
