"""Private calendar-feed addresses: one secret URL per staff member, revocable at once."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_BYTES = 32


def token_digest(token: str) -> str:
    """What lookups compare: response times then say nothing about the secret itself."""
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeedTokenQuerySet(models.QuerySet):
    def active(self) -> CalendarFeedTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class CalendarFeedToken(models.Model):
    """The secret part of a staff member's feed address.

    The token stays readable so the owner can copy the address again for a second device;
    requests are matched on its digest, and a revoked row never serves again.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="press_feed_tokens",
    )
    token = models.CharField(_("token"), max_length=64, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    objects = CalendarFeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar feed address")
        verbose_name_plural = _("calendar feed addresses")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(revoked_at__isnull=True),
                name="press_one_active_feed_token_per_user",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%d/%m/%Y}"

    @classmethod
    def issue(cls, user) -> CalendarFeedToken:
        """Revoke the user's current address, if any, and make a new one."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        with transaction.atomic():
            cls.revoke_all(user)
            return cls.objects.create(user=user, token=token, digest=token_digest(token))

    @classmethod
    def revoke_all(cls, user) -> int:
        return cls.objects.active().filter(user=user).update(revoked_at=timezone.now())

    @classmethod
    def find(cls, token: str) -> CalendarFeedToken | None:
        """The active token row for `token`, or None for anything unknown or revoked."""
        row = cls.objects.active().select_related("user").filter(digest=token_digest(token)).first()
        if row is None or not secrets.compare_digest(row.token, token):
            return None
        return row
