"""The values a notice template may ask for, and how a text with `{{ name }}` placeholders is
checked (when the template is saved) and filled (for one firm, when a delivery is made)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from django.utils.translation import gettext_lazy as _

#: `{{ ten_doanh_nghiep }}`: the form staff already type in the invitation templates.
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
#: A brace pair that is not a well-formed placeholder ("{{ tên }}", "{{ }}", "{{x"): refused
#: at save, so no half-filled braces ever reach a firm.
LOOSE_BRACES = re.compile(r"\{\{|\}\}")

PLACEHOLDERS = {
    "ten_doanh_nghiep": _("Firm's name"),
    "nam": _("Year of the round"),
    "han_chot": _("The deadline the message is about (dd/mm/yyyy)"),
    "so_ngay_con_lai": _("Days left until that deadline"),
    "han_nop_ho_so": _("Dossier deadline (dd/mm/yyyy)"),
    "duong_dan_ca_nhan": _("The firm's personal link"),
    "can_bo_phu_trach": _("Officer in charge"),
    "dien_thoai_can_bo": _("Officer's phone"),
    "email_can_bo": _("Officer's e-mail"),
    "thoi_gian_lam_viec": _("Working session: date and time"),
    "dia_diem_lam_viec": _("Working session: place"),
}


def used_placeholders(text: str) -> list[str]:
    """Placeholder names in `text`, in order of first use."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text or ""):
        seen.setdefault(match.group(1), None)
    return list(seen)


def unknown_placeholders(text: str, known: Iterable[str] = PLACEHOLDERS) -> list[str]:
    """Names used in `text` that the system cannot fill, and malformed brace pairs."""
    known = set(known)
    unknown = [name for name in used_placeholders(text) if name not in known]
    if LOOSE_BRACES.search(PLACEHOLDER.sub("", text or "")):
        unknown.append("{{ … }}")
    return unknown


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each placeholder replaced by its value (an unknown one by nothing: the
    template was checked when saved, so that only happens to text staff typed since)."""
    return PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), "")), text or "")
