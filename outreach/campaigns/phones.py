"""Vietnamese phone numbers in one canonical form (+84…), whatever way staff or firms type them.

Zalo's template messages address a phone as 84…; storing one form means a contact is found
again however the number was written ("0912 345 678", "+84 912.345.678", "84912345678").
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s.\-()/]")
#: National significant numbers: mobiles are 9 digits after the 0 (03, 05, 07, 08, 09),
#: fixed lines 10 digits starting with 2 (024 for Hà Nội).
_MOBILE = re.compile(r"^[35789]\d{8}$", re.ASCII)
_FIXED = re.compile(r"^2\d{9}$", re.ASCII)


def _national(value: str) -> str:
    text = _SEPARATORS.sub("", value or "")
    if text.startswith("+84"):
        return text[3:]
    if text.startswith("0084"):
        return text[4:]
    if text.startswith("84") and len(text) in (11, 12):
        return text[2:]
    if text.startswith("0"):
        return text[1:]
    return text


def normalize_phone(value: str, *, mobile_only: bool = False) -> str:
    """The number as +84…; raises ValidationError (a message staff can act on) when invalid."""
    national = _national(value)
    if _MOBILE.match(national) or (not mobile_only and _FIXED.match(national)):
        return f"+84{national}"
    if mobile_only:
        message = _(
            "“%(value)s” is not a Vietnamese mobile number: write 10 digits starting with 0 "
            "(e.g. 0912 345 678) or +84 followed by 9 digits."
        )
    else:
        message = _(
            "“%(value)s” is not a Vietnamese phone number: write a mobile (0912 345 678), a "
            "fixed line with its area code (024 3825 1234), or the same with +84."
        )
    raise ValidationError(message, code="phone", params={"value": value})


def display_phone(value: str) -> str:
    """+84912345678 as 0912 345 678, +842438251234 as 024 3825 1234, for reading aloud."""
    if not value.startswith("+84"):
        return value
    national = "0" + value[3:]
    if len(national) == 10:
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    return f"{national[:3]} {national[3:7]} {national[7:]}"
