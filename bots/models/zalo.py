"""The Zalo OA grant: the one access/refresh token pair of our app, kept in the database so
every web and worker process shares it. Zalo's refresh tokens are single-use and rotate on
each refresh, so this row is the only copy that counts; `version` tells a process whether
someone else rotated the tokens since it last read them."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def masked(token: str) -> str:
    """Enough of a token to tell two apart in the admin, never enough to use it."""
    if not token:
        return ""
    if len(token) <= 12:
        return "…"
    return f"{token[:4]}…{token[-4:]}"


class ZaloGrant(models.Model):
    app_id = models.CharField(_("Zalo app ID"), max_length=64, unique=True)
    oa_id = models.CharField(_("Official Account ID"), max_length=64, blank=True)
    access_token = models.TextField(_("access token"), editable=False)
    refresh_token = models.TextField(_("refresh token"), editable=False)
    access_expires_at = models.DateTimeField(_("access token expires at"))
    # Zalo does not say; its documentation gives refresh tokens three months from issue.
    refresh_expires_at = models.DateTimeField(_("refresh token expires about"), null=True)
    connected_at = models.DateTimeField(_("connected at"), default=timezone.now)
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("connected by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    refreshed_at = models.DateTimeField(_("last refreshed at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    # Staff are told once per failing spell, not on every scheduled attempt.
    alerted_at = models.DateTimeField(_("staff alerted at"), null=True, blank=True)
    # Raised on every change of the tokens: a process that read version N and now holds the
    # row lock knows from N+1 that the tokens it saw were already replaced.
    version = models.PositiveIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("Zalo OA connection")
        verbose_name_plural = _("Zalo OA connections")

    def __str__(self) -> str:
        return self.oa_id or self.app_id

    def __repr__(self) -> str:
        # Never the tokens themselves: reprs end up in logs and error reports.
        return (
            f"<ZaloGrant app={self.app_id} oa={self.oa_id} version={self.version} "
            f"access={masked(self.access_token)}>"
        )

    @property
    def masked_access_token(self) -> str:
        return masked(self.access_token)

    @property
    def masked_refresh_token(self) -> str:
        return masked(self.refresh_token)

    def expires_within(self, delta: timedelta) -> bool:
        return self.access_expires_at <= timezone.now() + delta

    @property
    def is_expired(self) -> bool:
        return self.access_expires_at <= timezone.now()
