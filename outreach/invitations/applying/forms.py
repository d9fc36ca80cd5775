"""The public application form: the firm, its products (a formset that grows without
JavaScript too), consent per channel, and the contact page's guards against bots."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.catalogue.models import Sector, Ward
from cms.catalogue.taxcode import normalize_tax_code
from cms.core.numbers import parse_int
from outreach.campaigns.models import Channel
from outreach.campaigns.phones import normalize_phone
from portal.spam import BotGuardForm

from ..models import FileKind

STARTED_SALT = "application-form-started"
STARTED_MAX_AGE = 12 * 3600
MAX_PRODUCTS = 10
MAX_FILES = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: The channels the applicant may agree to be contacted on, each its own unticked box.
CONSENT_CHANNELS = (Channel.EMAIL, Channel.ZALO, Channel.PHONE)


def consent_notice() -> str:
    """The notice shown beside the boxes and stored with each consent given."""
    return str(
        _(
            "Sở Công Thương Hà Nội (the data controller) uses the contact person's name, phone "
            "and e-mail given above only to contact the firm about this application and the "
            "round's deadlines. Zalo messages are carried by VNG (Zalo). Each box is a separate "
            "choice; you may leave all of them empty and still apply, and you may withdraw "
            "your consent at any time by telling the officer in charge or replying to any "
            "message."
        )
    )


def _plain(value: str) -> str:
    """Text as typed, trimmed, without invisible control characters."""
    return _CONTROL.sub("", value or "").strip()


class PlainCharField(forms.CharField):
    def to_python(self, value):
        return _plain(super().to_python(value))


class ApplicationForm(BotGuardForm):
    guard_salt = STARTED_SALT
    guard_max_age = STARTED_MAX_AGE
    automated_message = _("Your application looks automated and was not sent.")
    expired_message = _(
        "The form has been open too long. Your entries are kept below: attach your files again "
        "and send."
    )
    too_quick_message = _("The form was sent too quickly. Please check it and send again.")

    firm_name = PlainCharField(label=_("Registered name of the firm"), max_length=255)
    tax_code = forms.CharField(
        label=_("Tax code"),
        max_length=20,
        help_text=_("10 digits, or 13 for a branch (0100109106-001)."),
    )
    address = PlainCharField(label=_("Address"), max_length=255)
    ward = forms.ModelChoiceField(
        label=_("Ward or commune"),
        queryset=Ward.objects.order_by("kind", "name"),
        empty_label=_("— choose —"),
        help_text=_("One of Hà Nội's 126 wards and communes since 1 July 2025."),
    )
    representative = PlainCharField(label=_("Legal representative"), max_length=120)
    contact_name = PlainCharField(label=_("Contact person"), max_length=120)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        help_text=_("A mobile (0912 345 678) or a fixed line with its area code (024 3825 1234)."),
    )
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    consent_email = forms.BooleanField(label=_("by e-mail"), required=False)
    consent_zalo = forms.BooleanField(label=_("by Zalo message"), required=False)
    consent_phone = forms.BooleanField(label=_("by phone call"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tax_code"].widget.attrs.update(inputmode="numeric", autocomplete="off")
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["firm_name"].widget.attrs.update(autocomplete="organization")
        self.fields["address"].widget.attrs.update(autocomplete="street-address")

    def clean_tax_code(self) -> str:
        return normalize_tax_code(self.cleaned_data["tax_code"])

    def clean_phone(self) -> str:
        return normalize_phone(self.cleaned_data["phone"])

    def consented_channels(self) -> list[str]:
        return [
            channel for channel in CONSENT_CHANNELS if self.cleaned_data.get(f"consent_{channel}")
        ]


class ProductForm(forms.Form):
    name = PlainCharField(label=_("Product name"), max_length=255)
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.order_by("sort_order"),
        empty_label=_("— choose —"),
    )
    description = PlainCharField(
        label=_("Short description"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "What the product is and does, and what sets it apart (at most 1,000 characters)."
        ),
    )


class BaseProductFormSet(forms.BaseFormSet):
    """Rows after the first may be left empty (an extra row added but not filled)."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if i > 0:
            form.empty_permitted = True
            form.use_required_attribute = False
        return form


ProductFormSet = forms.formset_factory(
    ProductForm,
    formset=BaseProductFormSet,
    extra=0,
    min_num=1,
    max_num=MAX_PRODUCTS,
    absolute_max=MAX_PRODUCTS,
    validate_min=True,
    validate_max=True,
    can_delete=True,
)
PRODUCTS_PREFIX = "products"


def grown_product_formset(data) -> forms.BaseFormSet:
    """An unbound formset showing what was typed plus one empty row: "add another product"
    without JavaScript (the page is sent and comes back with the new row)."""
    rows = []
    total = parse_int(data.get(f"{PRODUCTS_PREFIX}-TOTAL_FORMS"), max_digits=3) or 1
    for index in range(min(total, MAX_PRODUCTS)):
        key = f"{PRODUCTS_PREFIX}-{index}-"
        if data.get(key + "DELETE"):
            continue
        rows.append(
            {
                "name": data.get(key + "name", ""),
                "sector": data.get(key + "sector", ""),
                "description": data.get(key + "description", ""),
            }
        )
    if len(rows) < MAX_PRODUCTS:
        rows.append({})
    return ProductFormSet(prefix=PRODUCTS_PREFIX, initial=rows)


def file_field_name(kind: str) -> str:
    return f"files-{kind}"


def file_inputs() -> list[tuple[str, str]]:
    """(input name, label) per kind: each input takes several files."""
    return [(file_field_name(kind), label) for kind, label in FileKind.choices]
