"""Admin forms that need more than the model: the stage goes through `advance`, consent and
sessions record who entered them and check they fit together."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.core.numbers import parse_int

from .models import Contact, Stage
from .pipeline import advance, record_entry


class TargetFirmForm(WagtailAdminModelForm):
    """The stage is chosen here but saved through `advance`, so the timeline records it."""

    new_stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    stage_note = forms.CharField(
        label=_("Note on the move"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kept in the firm's timeline with the stage change."),
    )
    #: The stage when the form was opened: a move is made only when staff chose another one.
    stage_seen = forms.CharField(
        label=_("Stage when the form was opened"), widget=forms.HiddenInput, required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_stage"].initial = self.instance.stage or Stage.IDENTIFIED
        self.fields["stage_seen"].initial = self.instance.stage

    def save(self, commit: bool = True):
        stage = self.cleaned_data["new_stage"]
        note = self.cleaned_data.get("stage_note", "")
        if self.instance.pk is None:
            self.instance.stage = stage
            instance = super().save(commit=commit)
            if commit:
                record_entry(instance, by=self.for_user, note=note)
            return instance
        instance = super().save(commit=False)
        if commit:
            # The stage is never written from the form: a download may have moved the firm
            # since the form was opened, and only `advance` may change it.
            instance.save(update_fields=EDITABLE_FIELDS)
            self.save_m2m()
            if stage != self.cleaned_data.get("stage_seen"):
                advance(instance, stage, by=self.for_user, note=note, source="staff")
        return instance


EDITABLE_FIELDS = [
    "campaign",
    "enterprise",
    "sector",
    "officer",
    "introduced_by_kind",
    "introduced_by_ward",
    "introduced_by_name",
    "notes",
]


class ConsentRecordForm(WagtailAdminModelForm):
    def save(self, commit: bool = True):
        if self.instance.pk is None and self.for_user is not None:
            self.instance.recorded_by = self.for_user
        return super().save(commit=commit)


class WorkingSessionForm(WagtailAdminModelForm):
    """Offers only the firm's own contacts once the firm is known."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        firm = self.instance.firm_id or self.initial.get("firm") or self.data.get("firm")
        contacts = Contact.objects.select_related("firm__enterprise")
        firm_id = parse_int(firm if isinstance(firm, int) else str(firm or ""))
        if firm_id is not None:
            contacts = contacts.filter(firm_id=firm_id)
        self.fields["contacts"].queryset = contacts

    def clean(self):
        cleaned = super().clean()
        firm = cleaned.get("firm")
        strangers = [c for c in cleaned.get("contacts") or [] if firm and c.firm_id != firm.pk]
        if strangers:
            self.add_error(
                "contacts",
                _("%(names)s do not work at this firm.")
                % {"names": ", ".join(c.name for c in strangers)},
            )
        return cleaned
