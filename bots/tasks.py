"""Background jobs of the chat channels, run by the Django-Q worker."""

from __future__ import annotations

from django.utils import timezone

from .channels import zalo_tokens


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
