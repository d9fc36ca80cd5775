"""Chat identities (a Telegram chat, a Zalo follower) and the one-time tokens that link them
to a subject another app defines, such as "campaigns.contact:42"."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

#: Letters and digits nobody confuses when reading them off paper (no I, L, O, 0, 1).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
#: 24 random bytes are 32 characters of base64url: within Telegram's 64 for a /start payload.
TOKEN_BYTES = 24


class ChatChannel(models.TextChoices):
    TELEGRAM = "telegram", "Telegram"
    ZALO = "zalo", "Zalo"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class LinkToken(models.Model):
    """A one-time invitation to link a chat to `subject`: the /start payload of a Telegram deep
    link, or `code`, which a firm types into the Zalo chat."""

    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    code = models.CharField(_("Zalo code"), max_length=CODE_LENGTH, unique=True, editable=False)
    subject = models.CharField(
        pgettext_lazy("chat link", "subject"),
        max_length=200,
        db_index=True,
        help_text=_("What the chat is linked to, as the app that issued it names it."),
    )
    display_name = models.CharField(
        _("display name"),
        max_length=200,
        help_text=_("The name the greeting uses, such as the firm's name."),
    )
    created_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), blank=True)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    used_by = models.ForeignKey(
        "bots.ChatIdentity",
        verbose_name=_("used by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("link token")
        verbose_name_plural = _("link tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.display_name} ({self.code})"

    def save(self, *args, **kwargs) -> None:
        if not self.token:
            self.token = new_token()
        if not self.code:
            self.code = new_code()
            while LinkToken.objects.filter(code=self.code).exists():
                self.code = new_code()
        if not self.expires_at:
            days = settings.BOTS_LINK_TOKEN_DAYS
            self.expires_at = (self.created_at or timezone.now()) + timedelta(days=days)
        super().save(*args, **kwargs)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_used(self) -> bool:
        return self.used_at is not None


class ChatIdentity(models.Model):
    """One chat on one channel: who it is linked to, and whether it still wants our messages."""

    channel = models.CharField(_("channel"), max_length=20, choices=ChatChannel.choices)
    external_id = models.CharField(
        _("chat id"),
        max_length=64,
        help_text=_("The Telegram chat id or the Zalo user id of the follower."),
    )
    subject = models.CharField(
        pgettext_lazy("chat link", "subject"), max_length=200, blank=True, db_index=True
    )
    display_name = models.CharField(_("linked to"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("first seen at"), default=timezone.now)
    linked_at = models.DateTimeField(_("linked at"), null=True, blank=True)
    opted_out_at = models.DateTimeField(_("opted out at"), null=True, blank=True)
    last_inbound_at = models.DateTimeField(_("last message at"), null=True, blank=True)
    followed_at = models.DateTimeField(_("followed at"), null=True, blank=True)
    unfollowed_at = models.DateTimeField(_("unfollowed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("chat identity")
        verbose_name_plural = _("chat identities")
        ordering = ["-linked_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "external_id"], name="bots_identity_unique_per_channel"
            )
        ]

    def __str__(self) -> str:
        name = self.display_name or _("not linked")
        return f"{name} ({self.get_channel_display()} {self.external_id})"

    @property
    def is_linked(self) -> bool:
        return bool(self.subject)

    @property
    def is_opted_out(self) -> bool:
        return self.opted_out_at is not None
