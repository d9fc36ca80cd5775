"""A firm applies online in headless Chromium: from its personal page to the form (no axe
violation), a product added with the button, a program renamed .pdf refused with its message
and nothing saved, then the right file sent and the receipt shown."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext, override

from tests.browser.conftest import axe_violations
from tests.invitations.applying import make_open_campaign, make_target, pdf_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 400


@pytest.fixture
def link(live_demo, settings, tmp_path):
    from outreach.invitations.models import PersonalLink

    settings.APPLICATIONS_ROOT = tmp_path / "applications"
    return PersonalLink.for_firm(make_target(make_open_campaign()))


def field(scope, label: str):
    """The form control labelled `label` (in Vietnamese once translated), "*" or not."""
    return scope.get_by_label(re.compile("^" + re.escape(vi(label)) + r"( \*)?$"))


def vi(text: str) -> str:
    with override("vi"):
        return gettext(text)


def test_a_firm_applies_with_a_bad_then_a_good_file(page, live_server, live_demo, link):
    from outreach.campaigns.models import Stage
    from outreach.invitations.applying.files import FileRefused, check_file
    from outreach.invitations.models import Application

    tab = page
    tab.goto(live_server.url + link.get_absolute_url())
    tab.get_by_role("link", name=vi("Apply online")).click()
    tab.wait_for_load_state()
    assert field(tab, "Registered name of the firm").input_value() == (link.firm.enterprise.name)
    assert axe_violations(tab) == []

    field(tab, "Legal representative").fill("Trần Văn Đại Diện")
    field(tab, "Contact person").fill("Lê Thị Liên Hệ")
    field(tab, "Phone").fill("0912 345 678")
    field(tab, "E-mail").fill("lienhe@doanhnghiep.vi-du.vn")
    field(tab, "Product name").fill("Máy dập thép tấm")
    field(tab, "Sector").select_option(index=1)
    field(tab, "Short description").fill("Máy dập tự động cho thép tấm dày.")
    # The second product comes without reloading the page.
    tab.get_by_role("button", name=vi("Add another product")).click()
    second = tab.locator("[data-product]").nth(1)
    field(second, "Product name").fill("Khuôn dập chính xác")
    field(second, "Sector").select_option(index=1)
    field(second, "Short description").fill("Khuôn thép hợp kim.")
    consent = vi("Yes, contact me %(channel)s") % {"channel": vi("by e-mail")}
    tab.get_by_label(consent, exact=True).check()

    form_label = vi("Registration form")
    files = tab.get_by_label(form_label, exact=True)
    files.set_input_files(
        [{"name": "phieu-dang-ky.pdf", "mimeType": "application/pdf", "buffer": PROGRAM}]
    )
    tab.get_by_role("button", name=vi("Send the application")).click()
    tab.wait_for_load_state()

    with override("vi"), pytest.raises(FileRefused) as refusal:
        check_file(SimpleUploadedFile("phieu-dang-ky.pdf", PROGRAM), "registration_form")
    assert str(refusal.value) in tab.get_by_role("alert").inner_text()
    assert not Application.objects.exists()
    # What was typed is still there; only the file is chosen again.
    assert field(tab, "Contact person").input_value() == "Lê Thị Liên Hệ"
    assert tab.locator("[data-product]").count() == 2
    assert axe_violations(tab) == []

    tab.get_by_label(form_label, exact=True).set_input_files(
        [{"name": "phieu-dang-ky.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}]
    )
    tab.get_by_role("button", name=vi("Send the application")).click()
    tab.wait_for_load_state()

    application = Application.objects.get(firm=link.firm)
    version = application.current_version
    assert tab.get_by_role("heading", level=1).inner_text() == vi("Application received")
    assert version.reference in tab.content()
    assert [p.name for p in version.products.all()] == ["Máy dập thép tấm", "Khuôn dập chính xác"]
    assert version.files.get().original_name == "phieu-dang-ky.pdf"
    link.firm.refresh_from_db()
    assert link.firm.stage == Stage.DOSSIER_SUBMITTED
    assert axe_violations(tab) == []
    assert tab.outside_requests == []
