"""The values an invitation form template may ask for, by placeholder name.

Names are Vietnamese without diacritics so staff can type them in Word; each has a
description shown next to the upload form.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

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
