"""System checks of the settings cms.core reads."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core import checks


def check_trusted_proxies(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Every TRUSTED_PROXIES entry must be an address or a network: a typo would otherwise
    fail on the first request, or silently trust nobody."""
    proxies = getattr(settings, "TRUSTED_PROXIES", [])
    if isinstance(proxies, str):
        return [
            checks.Error(
                "TRUSTED_PROXIES must be a list of addresses or networks, not a string.",
                hint="In the environment, separate the entries with commas.",
                id="core.E001",
            )
        ]
    errors = []
    for entry in proxies:
        try:
            ipaddress.ip_network(str(entry).strip(), strict=False)
        except ValueError:
            errors.append(
                checks.Error(
                    f"TRUSTED_PROXIES entry {entry!r} is not an IP address or a network (CIDR).",
                    hint="Write addresses like 10.0.0.5 or ::1, networks like 10.0.0.0/24.",
                    id="core.E002",
                )
            )
    return errors
