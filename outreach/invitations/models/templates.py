"""Invitation form templates: the DOCX files staff keep, checked when uploaded so a set is
never generated from a template that asks for something we cannot fill."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel

from ..documents import DocumentError, check_template
from ..placeholders import PLACEHOLDERS

MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


class FormKind(models.TextChoices):
    INVITATION_LETTER = "invitation_letter", _("Invitation letter")
    REGISTRATION_FORM = "registration_form", _("Registration form")
    PRODUCT_REPORT = "product_report", _("Product report")
    COMMITMENT = "commitment", _("Commitment")


class FormTemplateQuerySet(models.QuerySet):
    def active(self) -> FormTemplateQuerySet:
        return self.filter(is_active=True).order_by("sort_order", "kind")


class FormTemplate(models.Model):
    kind = models.CharField(_("kind"), max_length=40, choices=FormKind.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("Word template (.docx)"),
        upload_to="invitations/templates/",
        validators=[FileExtensionValidator(["docx"])],
    )
    sort_order = models.PositiveSmallIntegerField(_("order in the set"), default=0)
    is_active = models.BooleanField(_("part of the set"), default=True)
    placeholders = models.JSONField(default=list, blank=True, editable=False)
    checksum = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = FormTemplateQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order"), FieldPanel("is_active")]),
        FieldPanel("title"),
        FieldPanel("file"),
        HelpPanel(
            template="invitations/admin/placeholders_help.html",
            heading=_("Placeholders the template may use"),
        ),
    ]

    class Meta:
        verbose_name = _("invitation form template")
        verbose_name_plural = _("invitation form templates")
        ordering = ["sort_order", "kind"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if not self.file:
            return
        if self.file.size > MAX_TEMPLATE_BYTES:
            raise ValidationError(
                {"file": _("The template is larger than 5 MB: keep it to text and a logo.")}
            )
        self.file.seek(0)
        content = self.file.read()
        self.file.seek(0)
        try:
            self.placeholders = sorted(check_template(content, PLACEHOLDERS))
        except DocumentError as error:
            raise ValidationError({"file": str(error)}) from error
        self.checksum = hashlib.sha256(content).hexdigest()

    def read(self) -> bytes:
        with self.file.open("rb") as handle:
            return handle.read()
