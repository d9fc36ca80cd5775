"""A staff member imports the catalogue from Excel in headless Chromium: the template has a
deliberate error, the dry run reports it, the fixed file is checked and imported."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff_tab(page, live_server, live_demo, client, django_user_model):
    user = django_user_model.objects.create_superuser("canbo", "canbo@example.vn", "x")
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def test_staff_fixes_a_dry_run_error_then_imports(staff_tab, live_server, tmp_path):
    from django.urls import reverse

    from cms.catalogue.importing.template import EXAMPLE_PRODUCT, example_tax_code
    from cms.catalogue.models import Product

    tab = staff_tab
    tab.goto(live_server.url + reverse("catalogue_import:upload"))
    with tab.expect_download() as info:
        tab.get_by_role("link", name="Tải tệp mẫu").click()
    template = tmp_path / "mau.xlsx"
    info.value.save_as(template)

    book = load_workbook(template)
    sheet = book["Doanh nghiệp"]
    tax_column = next(c.column for c in sheet[1] if str(c.value).startswith("Mã số thuế"))
    sheet.cell(row=2, column=tax_column).value = example_tax_code()[:9] + "0"  # wrong check digit
    broken = tmp_path / "sai.xlsx"
    book.save(broken)

    tab.get_by_label("Bảng tính Excel (.xlsx)").set_input_files(str(broken))
    assert tab.get_by_label("Chỉ chạy thử: kiểm tra tệp, không ghi gì").is_checked()
    tab.get_by_role("button", name="Kiểm tra và nhập").click()
    tab.wait_for_load_state()
    errors = tab.locator("table").first.inner_text()
    assert "Doanh nghiệp" in errors and "Mã số thuế" in errors
    assert tab.get_by_role("button", name="Nhập ngay").count() == 0
    assert not Product.objects.filter(name=EXAMPLE_PRODUCT).exists()

    sheet.cell(row=2, column=tax_column).value = example_tax_code()
    fixed = tmp_path / "dung.xlsx"
    book.save(fixed)
    tab.goto(live_server.url + reverse("catalogue_import:upload"))
    tab.get_by_label("Bảng tính Excel (.xlsx)").set_input_files(str(fixed))
    tab.get_by_role("button", name="Kiểm tra và nhập").click()
    tab.wait_for_load_state()
    tab.get_by_role("button", name="Nhập ngay").click()
    tab.wait_for_load_state()
    product = Product.objects.get(name=EXAMPLE_PRODUCT)
    assert product.enterprise.tax_code == example_tax_code()
    assert product.recognitions.exists()
