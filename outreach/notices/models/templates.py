"""A notice's text, one version per channel, checked when saved so a bad placeholder or a
text over a channel's limit is found by the officer who wrote it, not at send time."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..placeholders import PLACEHOLDERS, fill, unknown_placeholders

#: The order a contact's channels are tried in: chats first (free, read at once), then the
#: ZNS template to the Zalo phone, then e-mail. After a permanent failure the next one is used.
CHANNEL_ORDER = ("telegram", "zalo", "zalo_zns", "email")
#: How staff read each channel's name (provider names, the same in every language).
CHANNEL_LABELS = {
    "telegram": "Telegram",
    "zalo": "Zalo",
    "zalo_zns": "Zalo ZNS",
    "email": "E-mail",
    "none": "—",
}
#: Characters each channel takes in one message (Telegram 4,096; Zalo consultation 2,000).
CHANNEL_LIMITS = {"telegram": 4096, "zalo": 2000}
#: The longest value each placeholder can take, so the save-time check holds for every firm.
PLACEHOLDER_MAX = {
    "ten_doanh_nghiep": 255,
    "nam": 4,
    "han_chot": 10,
    "so_ngay_con_lai": 3,
    "han_nop_ho_so": 10,
    "duong_dan_ca_nhan": 120,
    "can_bo_phu_trach": 150,
    "dien_thoai_can_bo": 20,
    "email_can_bo": 254,
    "thoi_gian_lam_viec": 16,
    "dia_diem_lam_viec": 255,
}
#: Room kept at the end of every chat text for the opt-out sentence.
OPT_OUT_ROOM = 120


def parse_zns_params(text: str) -> dict[str, str]:
    """`ten_doanh_nghiep = {{ ten_doanh_nghiep }}`, one per line → {param: value text}."""
    params: dict[str, str] = {}
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        name, sep, value = line.partition("=")
        name = name.strip()
        if not sep or not name or not name.replace("_", "").isalnum():
            raise ValidationError(
                _("Line %(line)s: write each parameter as name = value."),
                code="zns_param",
                params={"line": number},
            )
        params[name] = value.strip()
    return params


class NoticeTemplate(models.Model):
    """What a notice says on each channel. A channel left empty is not used for it."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    telegram_text = models.TextField(
        _("Telegram text"), blank=True, help_text=_("At most 4,096 characters once filled in.")
    )
    zalo_text = models.TextField(
        _("Zalo message text"),
        blank=True,
        help_text=_(
            "A consultation message to a firm that follows the Official Account; at most "
            "2,000 characters once filled in."
        ),
    )
    zns_template_id = models.CharField(
        _("ZNS template ID"),
        max_length=64,
        blank=True,
        help_text=_("The template Zalo approved, for messages to the firm's Zalo phone number."),
    )
    zns_params = models.TextField(
        _("ZNS parameters"),
        blank=True,
        help_text=_(
            "One per line: the template's parameter = its value, e.g. "
            "ten_doanh_nghiep = {{ ten_doanh_nghiep }}."
        ),
    )
    email_subject = models.CharField(_("e-mail subject"), max_length=200, blank=True)
    email_body = models.TextField(_("e-mail text"), blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    panels = [
        FieldPanel("name"),
        FieldPanel("telegram_text"),
        FieldPanel("zalo_text"),
        MultiFieldPanel(
            [FieldPanel("zns_template_id"), FieldPanel("zns_params")], heading=_("Zalo ZNS")
        ),
        MultiFieldPanel(
            [FieldPanel("email_subject"), FieldPanel("email_body")], heading=_("E-mail")
        ),
    ]

    class Meta:
        verbose_name = _("notice template")
        verbose_name_plural = _("notice templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # Every way in (admin, demo, shell) is checked: a template that saved is one that sends.
        self.check_versions()
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.check_versions()

    def check_versions(self) -> None:
        errors: dict[str, list[ValidationError]] = {}
        texts = {
            "telegram_text": self.telegram_text,
            "zalo_text": self.zalo_text,
            "email_subject": self.email_subject,
            "email_body": self.email_body,
        }
        try:
            params = parse_zns_params(self.zns_params)
        except ValidationError as error:
            errors["zns_params"] = [error]
            params = {}
        texts["zns_params"] = "\n".join(params.values())
        for field, text in texts.items():
            if unknown := unknown_placeholders(text):
                errors.setdefault(field, []).append(
                    ValidationError(
                        _("Unknown placeholder(s): %(names)s. Known: %(known)s."),
                        code="unknown_placeholder",
                        params={"names": ", ".join(unknown), "known": ", ".join(PLACEHOLDERS)},
                    )
                )
        for channel, field in (("telegram", "telegram_text"), ("zalo", "zalo_text")):
            text = getattr(self, field)
            if not text.strip() or field in errors:
                continue
            longest = len(fill(text, {k: "x" * n for k, n in PLACEHOLDER_MAX.items()}))
            limit = CHANNEL_LIMITS[channel] - OPT_OUT_ROOM
            if longest > limit:
                errors.setdefault(field, []).append(
                    ValidationError(
                        _(
                            "With the longest values filled in and the opt-out sentence this "
                            "text may reach %(length)s characters; keep it under %(limit)s."
                        ),
                        code="too_long",
                        params={"length": longest + OPT_OUT_ROOM, "limit": CHANNEL_LIMITS[channel]},
                    )
                )
        if bool(self.zns_template_id.strip()) != bool(params):
            field = "zns_params" if self.zns_template_id.strip() else "zns_template_id"
            errors.setdefault(field, []).append(
                ValidationError(
                    _("A ZNS version needs both the template ID and its parameters."),
                    code="zns_incomplete",
                )
            )
        if bool(self.email_subject.strip()) != bool(self.email_body.strip()):
            field = "email_body" if self.email_subject.strip() else "email_subject"
            errors.setdefault(field, []).append(
                ValidationError(
                    _("An e-mail version needs both a subject and a text."), code="email_incomplete"
                )
            )
        if not errors and not self.channels():
            errors["telegram_text"] = [
                ValidationError(_("Write the message for at least one channel."), code="no_version")
            ]
        if errors:
            raise ValidationError(errors)

    def channels(self) -> list[str]:
        """The channels this template has a version for, in the order they are tried."""
        present = {
            "telegram": bool(self.telegram_text.strip()),
            "zalo": bool(self.zalo_text.strip()),
            "zalo_zns": bool(self.zns_template_id.strip()),
            "email": bool(self.email_subject.strip() and self.email_body.strip()),
        }
        return [channel for channel in CHANNEL_ORDER if present[channel]]

    def zns_data(self, values: dict[str, str]) -> dict[str, str]:
        return {
            name: fill(text, values) for name, text in parse_zns_params(self.zns_params).items()
        }
