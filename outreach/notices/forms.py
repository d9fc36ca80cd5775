"""The notice composer's form: stages as ticks, a send time that is not in the past, and no
change once the notice is queued."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from outreach.campaigns.models import Stage, TargetFirm

from .audience import PAST_TOLERANCE
from .models import NoticeState


class NoticeForm(WagtailAdminModelForm):
    stages = forms.MultipleChoiceField(
        label=_("Stages"),
        choices=Stage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only firms at these stages; none ticked: every firm still in the campaign."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "firms" in self.fields:
            self.fields["firms"].queryset = TargetFirm.objects.select_related(
                "enterprise", "campaign"
            ).order_by("-campaign__year", "enterprise__sort_name")
            self.fields["firms"].widget = forms.CheckboxSelectMultiple()
            self.fields["firms"].widget.choices = self.fields["firms"].choices

    def clean_send_at(self):
        send_at = self.cleaned_data.get("send_at")
        if send_at and send_at < timezone.now() - PAST_TOLERANCE:
            raise forms.ValidationError(
                _("The send time is in the past; choose a later time or leave it empty.")
            )
        return send_at

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.state != NoticeState.DRAFT:
            raise forms.ValidationError(
                _("This notice is already queued and can no longer change.")
            )
        campaign = cleaned.get("campaign")
        firms = cleaned.get("firms") or []
        strangers = [firm for firm in firms if campaign and firm.campaign_id != campaign.pk]
        if strangers:
            self.add_error(
                "firms",
                _("These firms are not in the chosen campaign: %(firms)s")
                % {"firms": ", ".join(str(firm) for firm in strangers)},
            )
        return cleaned
