"""Formula injection: text typed by strangers (a firm's name on the public application page, a
chat's display name) reaches the officers' spreadsheets. Every export writes it as text."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from bots import spreadsheets as bots_spreadsheets
from bots.models import ChatIdentity
from cms.core import spreadsheets
from outreach.campaigns.models import ConsentRecord
from outreach.campaigns.models.contacts import Channel, Purpose

pytestmark = pytest.mark.django_db

#: Each starts like a formula in Excel or LibreOffice.
FORMULAS = [
    '=HYPERLINK("http://evil.example","Xem")',
    "+84 912 345 678",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]
SAFE = ["Công ty Hà Nội", "0912 345 678", "", "a=b"]


@pytest.mark.parametrize("text", FORMULAS)
def test_neutralise_writes_formula_starts_as_text(text):
    assert spreadsheets.neutralise(text) == "'" + text
    assert spreadsheets.safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_neutralise_leaves_other_text_alone(text):
    assert spreadsheets.neutralise(text) == text


def test_numbers_and_dates_stay_values():
    from datetime import date

    assert spreadsheets.safe_cell(-5) == -5
    assert spreadsheets.safe_cell(date(2026, 1, 2)) == date(2026, 1, 2)
    assert spreadsheets.neutralise(None) == ""


@pytest.mark.parametrize("text", [*FORMULAS, *SAFE, "－1", "＠a", "\n=1"])
def test_the_bots_copy_of_the_rule_agrees(text):
    assert bots_spreadsheets.neutralise(text) == spreadsheets.neutralise(text)
    assert bots_spreadsheets.FORMULA_PREFIXES == spreadsheets.FORMULA_PREFIXES


def test_every_registered_export_neutralises(client):
    """Walks every viewset the admin registered: one with `list_export` must write formula
    starts as text in both formats, so a new export cannot ship without it."""
    from wagtail.admin.viewsets import viewsets
    from wagtail.admin.viewsets.base import ViewSet

    def exports(viewset) -> list:
        columns = getattr(viewset, "list_export", ViewSet.UNDEFINED)
        if columns is ViewSet.UNDEFINED:
            columns = getattr(getattr(viewset, "index_view_class", None), "list_export", [])
        return list(columns or [])

    client.get(reverse("wagtailadmin_login"))  # the admin's URLs (and viewsets) are loaded
    exporting = [v for v in viewsets.viewsets if exports(v)]
    assert len(exporting) >= 9
    for viewset in exporting:
        view = viewset.index_view_class()
        for export_format in ("csv", "xlsx"):
            value = view.preprocess_field_value("name", "=1+1", export_format)
            assert value == "'=1+1", (viewset, export_format)


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@vi-du.vn", "x"))
    return client


def read_export(client, url: str) -> tuple[list[list[str]], list[list[object]]]:
    """The CSV rows and the XLSX rows of one admin listing's export."""
    csv_response = client.get(url, {"export": "csv"})
    assert csv_response.status_code == 200
    text = b"".join(csv_response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    xlsx_response = client.get(url, {"export": "xlsx"})
    assert xlsx_response.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content)))
    sheet = book.active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return rows, cells


def _has_neutralised(rows, text: str) -> bool:
    """A cell shows `text` (alone or first, as "name – firm"), after an apostrophe; none
    starts with the bare formula."""
    values = [value for row in rows for value in row if isinstance(value, str)]
    return any(v.startswith("'" + text) for v in values) and not any(
        v.startswith(text) for v in values
    )


def test_target_firm_export_neutralises_the_firm_name(superuser_client, firm):
    firm.enterprise.name = FORMULAS[0]
    firm.enterprise.save()
    rows, cells = read_export(
        superuser_client, reverse("wagtailsnippets_campaigns_targetfirm:list")
    )
    assert _has_neutralised(rows, FORMULAS[0])
    assert _has_neutralised(cells, FORMULAS[0])


@pytest.mark.parametrize("text", FORMULAS)
def test_consent_export_neutralises_names_and_notices(superuser_client, contact, text):
    contact.name = text
    contact.save()
    ConsentRecord.objects.create(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.EMAIL,
        granted=True,
        notice_text="@" + text,
        method=ConsentRecord.Method.EMAIL,
    )
    rows, cells = read_export(
        superuser_client, reverse("wagtailsnippets_campaigns_consentrecord:list")
    )
    for found in (rows, cells):
        assert _has_neutralised(found, text)
        assert _has_neutralised(found, "@" + text)


def test_chat_identity_export_neutralises_display_names(superuser_client):
    ChatIdentity.objects.create(channel="telegram", external_id="777001", display_name="-1+cmd")
    rows, cells = read_export(superuser_client, reverse("chat_identities:index"))
    assert _has_neutralised(rows, "-1+cmd") and _has_neutralised(cells, "-1+cmd")


def test_campaign_report_neutralises_typed_text(superuser_client, campaign, firm):
    firm.enterprise.name = FORMULAS[0]
    firm.enterprise.save()
    campaign.title = "=1+1"
    campaign.save()
    response = superuser_client.get(reverse("campaign_board:report"), {"campaign": campaign.year})
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [[cell.value for cell in cells]]
    assert _has_neutralised(values, FORMULAS[0]) and _has_neutralised(values, "=1+1")


def test_contact_form_submissions_export_neutralises_messages(superuser_client, demo_site):
    """The contact form is anonymous: what a visitor types reaches Wagtail's submissions
    export."""
    from wagtail.contrib.forms.models import FormSubmission

    page = demo_site["contact"]
    fields = [field.clean_name for field in page.form_fields.all()]
    FormSubmission.objects.create(page=page, form_data=dict.fromkeys(fields, FORMULAS[0]))
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    rows, cells = read_export(superuser_client, url)
    assert _has_neutralised(rows, FORMULAS[0]) and _has_neutralised(cells, FORMULAS[0])
