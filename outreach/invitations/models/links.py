"""The personal link printed on a firm's invitation (and in its QR code): it opens the firm's
own page, where it downloads its set and applies online. Opening it is not recorded: no read or
click tracking without consent (rules.md); only the firm's download of its set is kept, as a
date."""

from __future__ import annotations

import secrets

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.campaigns.models import TargetFirm


def new_token() -> str:
    # 128 bits: not guessable, short enough to type from paper if the QR code is damaged.
    return secrets.token_urlsafe(16)


class PersonalLinkQuerySet(models.QuerySet):
    def usable(self) -> PersonalLinkQuerySet:
        return self.filter(revoked_at__isnull=True)


class PersonalLink(models.Model):
    firm = models.OneToOneField(
        TargetFirm,
        verbose_name=_("target firm"),
        on_delete=models.CASCADE,
        related_name="personal_link",
    )
    token = models.CharField(_("token"), max_length=43, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = PersonalLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("personal link")
        verbose_name_plural = _("personal links")

    def __str__(self) -> str:
        return str(self.firm)

    def get_absolute_url(self) -> str:
        return reverse("invitations:personal", args=[self.token])

    @property
    def full_url(self) -> str:
        from cms.catalogue.links import absolute

        return absolute(self.get_absolute_url())

    @classmethod
    def for_firm(cls, firm: TargetFirm) -> PersonalLink:
        """The firm's working link, made the first time it is asked for and issued anew once
        the old one was revoked: whatever is printed or sent from now on must open."""
        link, _created = cls.objects.get_or_create(firm=firm)
        if link.revoked_at is not None:
            link.reissue()
        return link

    def reissue(self) -> None:
        """A fresh token in place of a revoked one. The revoked token is never valid again
        (tokens are random, so it cannot come back). Only a still-revoked row is changed: two
        callers at once end up with the same new token instead of one overwriting the other's."""
        now = timezone.now()
        PersonalLink.objects.filter(pk=self.pk, revoked_at__isnull=False).update(
            token=new_token(),
            created_at=now,
            revoked_at=None,
        )
        self.refresh_from_db()
