"""The target-firm workbook: one sheet, one row per firm with its first contact. The importer,
the template and the README read the columns here."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.catalogue.importing.layout import Column, Kind, Sheet
from cms.catalogue.importing.results import MESSAGES
from cms.catalogue.models import Enterprise

from ..models import Contact, TargetFirm

#: Read by the introducer parser: who sent the firm in ("Sở Khoa học và Công nghệ",
#: "UBND phường Long Biên", "Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội").
INTRODUCER = "introducer"

FIRMS = Sheet(
    key="firms",
    title="Doanh nghiệp mục tiêu",
    help=_("One row per target firm, found again by its tax code."),
    columns=(
        Column(
            "name",
            "Tên doanh nghiệp",
            Kind.TEXT,
            _("Registered name; used when the enterprise is new to the catalogue."),
            required=True,
            model=Enterprise,
            field="name",
        ),
        Column(
            "tax_code",
            "Mã số thuế",
            Kind.TAX_CODE,
            _(
                "10 digits, or 13 for a branch (0100109106-001); the check digit must match. "
                "Identifies the firm: a known tax code finds the enterprise in the catalogue."
            ),
            required=True,
        ),
        Column(
            "ward",
            "Phường/xã",
            Kind.WARD,
            _("One of Hà Nội's 126 wards and communes: “Phường Long Biên”, “Xã Sóc Sơn”."),
        ),
        Column(
            "former_district",
            "Quận/huyện cũ",
            Kind.DISTRICT,
            _("The former district before 1 July 2025; empty with a ward: the ward's."),
        ),
        Column(
            "sector",
            "Nhóm ngành",
            Kind.SECTOR,
            _("Sector of the products the firm may put forward: its name, short name or code."),
        ),
        Column(
            "contact_name",
            "Người liên hệ",
            Kind.TEXT,
            _("Full name of the person to contact; needed when a phone or e-mail is given."),
            model=Contact,
            field="name",
        ),
        Column(
            "contact_role",
            "Chức vụ",
            Kind.TEXT,
            _("The contact's role, e.g. Giám đốc, Trưởng phòng kinh doanh."),
            model=Contact,
            field="role",
        ),
        Column(
            "contact_phone",
            "Điện thoại",
            Kind.PHONE,
            _(
                "Mobile or fixed line in any usual form: 0912 345 678, +84 912 345 678, "
                "024 3825 1234."
            ),
        ),
        Column(
            "contact_email",
            "Email",
            Kind.EMAIL,
            _("The contact's e-mail address."),
            model=Contact,
            field="email",
        ),
        Column(
            "introducer",
            "Đơn vị giới thiệu",
            INTRODUCER,
            _(
                "Who introduced the firm: a department (Sở …), a ward or commune (Phường …, "
                "Xã …, UBND phường …) or an association (Hiệp hội …, Hội …)."
            ),
            model=TargetFirm,
            field="introduced_by_name",
        ),
    ),
)
SHEETS = (FIRMS,)

#: The catalogue import's messages, and those only this import has.
FIRM_MESSAGES = {
    **MESSAGES,
    "bad_phone": _(
        "“%(value)s” is not a Vietnamese phone number: write a mobile (0912 345 678) or a fixed "
        "line with its area code (024 3825 1234)."
    ),
    "contact_without_name": _(
        "A phone or e-mail is given without the contact's name in “Người liên hệ”."
    ),
}
