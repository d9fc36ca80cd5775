"""The contact page: agency details, named focal officials and a spam-protected feedback form."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import Orderable

from cms.core.models import PageHelpersMixin, SocialMediaMixin
from cms.core.ratelimits import count_attempt
from portal.spam import BotGuardForm

MULTILINE_MAX_LENGTH = 5000
FORM_STAMP_SALT = "contact-form-started"
FORM_STAMP_MAX_AGE = 24 * 3600


class SpamProtectedForm(BotGuardForm, BaseForm):
    """The contact form's fields with the honeypot and the signed start time."""

    guard_salt = FORM_STAMP_SALT
    guard_max_age = FORM_STAMP_MAX_AGE

    def clean(self):
        cleaned = super().clean()
        # The guards are not part of the message: keep them out of the stored submission.
        cleaned.pop("website", None)
        cleaned.pop("form_started", None)
        return cleaned


class ContactFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        options["max_length"] = 255
        return super().create_singleline_field(field, options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("ContactForm", (SpamProtectedForm,), self.formfields)


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactOfficial(Orderable):
    """A named official the public can call, such as the focal person for information requests."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="officials")
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(_("position"), max_length=200)
    responsibility = models.CharField(
        _("responsible for"),
        max_length=255,
        blank=True,
        help_text=_("For example: focal person for information requests."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("responsibility"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]


class ContactPage(PageHelpersMixin, SocialMediaMixin, AbstractEmailForm):
    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown after a message is sent.")
    )
    form_builder = ContactFormBuilder

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("officials", label=_("Officials to contact")),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail notification"),
        ),
    ]
    promote_panels = [*AbstractEmailForm.promote_panels, FieldPanel("social_image")]

    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("contact page")

    def get_submissions_list_view_class(self):
        # Imported here: Wagtail's admin views load models, and this module is one of them.
        from ..submissions import ContactSubmissionsListView

        return ContactSubmissionsListView

    def serve(self, request, *args, **kwargs):
        # CsrfViewMiddleware has passed the post by now, so a forged cross-site post never
        # counts; empty or invalid posts count, against their own sender only.
        if request.method == "POST" and count_attempt(
            request, "feedback", settings.FEEDBACK_RATE_LIMIT
        ):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.full_clean()
            form.add_error(
                None,
                _("Too many messages have been sent from your connection. Please try again later."),
            )
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)
