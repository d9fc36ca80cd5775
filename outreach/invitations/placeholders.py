"""The values an invitation form template may ask for, by placeholder name.

Names are Vietnamese without diacritics so staff can type them in Word; each has a
description shown next to the upload form.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from portal.qr import qr_png

if TYPE_CHECKING:
    from outreach.campaigns.models import TargetFirm

# A dotted line where a blank form leaves room to write by hand.
BLANK = "…………………………………"

PLACEHOLDERS = {
    "ten_doanh_nghiep": _("Firm's name"),
    "ma_so_thue": _("Firm's tax code"),
    "dia_chi": _("Firm's address"),
    "nam": _("Year of the round"),
    "han_gui_gioi_thieu": _("Deadline for introduction letters from departments and districts"),
    "han_nop_ho_so": _("Dossier deadline"),
    "ngay_hop_hoi_dong": _("Date of the council meeting"),
    "can_bo_phu_trach": _("Officer in charge"),
    "dien_thoai_can_bo": _("Officer's phone"),
    "email_can_bo": _("Officer's e-mail"),
    "duong_dan_ca_nhan": _("The firm's personal link"),
    "ma_qr": _("QR code of the personal link (an image)"),
}

IMAGE_PLACEHOLDERS = {"ma_qr"}


def blank_values() -> dict[str, str]:
    """Values of the blank set anyone may download: dotted lines for firm details, no image."""
    return {name: "" if name in IMAGE_PLACEHOLDERS else BLANK for name in PLACEHOLDERS}


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else BLANK


def department_contact() -> tuple[str, str, str]:
    """(name, phone, e-mail) of the Department from the default site's settings, for a firm
    no officer has taken on yet: the firm still gets someone to call."""
    from wagtail.models import Site

    from cms.core.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return "", "", ""
    settings = SiteSettings.for_site(site)
    return settings.agency_name, settings.hotline or settings.phone, settings.email


def officer_name(user) -> str:
    """The name as a Vietnamese letter writes it: family name first (Nguyễn Thu Hà), where
    Django's get_full_name() would put it last."""
    return f"{user.last_name} {user.first_name}".strip() or user.get_username()


def firm_text_values(firm: TargetFirm, link_url: str) -> dict[str, str]:
    """Every text placeholder for `firm`: empty details become dotted lines to fill by hand."""
    enterprise, campaign, officer = firm.enterprise, firm.campaign, firm.officer
    if officer is not None:
        contact = (officer_name(officer), officer.phone, officer.email)
    else:
        contact = department_contact()
    name, phone, email = contact
    values = {
        "ten_doanh_nghiep": enterprise.name,
        "ma_so_thue": enterprise.tax_code or "",
        "dia_chi": enterprise.address,
        "nam": str(campaign.year),
        "han_gui_gioi_thieu": _day(campaign.introductions_due),
        "han_nop_ho_so": _day(campaign.dossiers_due),
        "ngay_hop_hoi_dong": _day(campaign.council_meeting),
        "can_bo_phu_trach": name,
        "dien_thoai_can_bo": phone,
        "email_can_bo": email,
        "duong_dan_ca_nhan": link_url,
    }
    return {key: value.strip() or BLANK for key, value in values.items()}


def firm_values(firm: TargetFirm) -> dict[str, str | bytes]:
    """The values of `firm`'s personalised set: text for each placeholder, and for image
    placeholders the PNG to insert (the QR code of the firm's personal link)."""
    from .models import PersonalLink

    link_url = PersonalLink.for_firm(firm).full_url
    values: dict[str, str | bytes] = dict(firm_text_values(firm, link_url))
    values["ma_qr"] = qr_png(link_url)
    return values


def split_values(values: dict[str, str | bytes]) -> tuple[dict[str, str], dict[str, bytes]]:
    """(texts, images) as render_docx takes them."""
    images = {name: value for name, value in values.items() if name in IMAGE_PLACEHOLDERS}
    texts = {name: value for name, value in values.items() if name not in IMAGE_PLACEHOLDERS}
    return texts, images
