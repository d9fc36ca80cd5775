"""Guards of the public forms against bots: a honeypot field people never see, and a signed
start time (bots fill everything and post at once; a form left open for days has gone stale).
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BotGuardForm(forms.Form):
    """Mixed into a public form; subclasses name their salt and may word the messages."""

    guard_salt = "form-started"
    guard_max_age = 24 * 3600
    automated_message = _("Your message looks automated and was not sent.")
    expired_message = _("The form has expired. Please reload the page and send your message again.")
    too_quick_message = _(
        "The form was sent too quickly. Please check your message and send it again."
    )

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_started"] = signing.dumps(
                timezone.now().timestamp(), salt=self.guard_salt
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.automated_message)
        try:
            started = signing.loads(
                cleaned.get("form_started") or "", salt=self.guard_salt, max_age=self.guard_max_age
            )
        except signing.BadSignature as exc:
            raise forms.ValidationError(self.expired_message) from exc
        if timezone.now().timestamp() - float(started) < settings.FEEDBACK_MIN_SECONDS:
            raise forms.ValidationError(self.too_quick_message)
        return cleaned
