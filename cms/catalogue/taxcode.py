"""Vietnamese tax codes (mã số thuế): 10 digits for a firm, 13 (10-3) for a branch.

The tenth digit is a check digit over the first nine, so most typing errors are caught.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_SHAPE = re.compile(r"^(\d{10})(?:-?(\d{3}))?$", re.ASCII)


def check_digit(first_nine: str) -> int | None:
    """The tenth digit the first nine call for, or None when no digit can satisfy them."""
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, _WEIGHTS, strict=True))
    digit = 10 - total % 11
    return None if digit == 10 else digit % 10


def normalize_tax_code(value: str) -> str:
    """The canonical form `0100109106` or `0100109106-001`; raises ValidationError if invalid."""
    cleaned = re.sub(r"[\s.]", "", value or "")
    match = _SHAPE.match(cleaned)
    if not match:
        raise ValidationError(
            _("A tax code has 10 digits, or 13 digits for a branch (0100109106-001)."),
            code="tax_code_shape",
        )
    main, branch = match.groups()
    if check_digit(main[:9]) != int(main[9]):
        raise ValidationError(
            _("Tax code %(code)s is not valid: its check digit does not match."),
            code="tax_code_check",
            params={"code": cleaned},
        )
    return f"{main}-{branch}" if branch else main


def validate_tax_code(value: str) -> None:
    if value:
        normalize_tax_code(value)


def with_check_digit(first_nine: str) -> str:
    """Complete nine digits into a valid tax code (demo and test data), or '' if none exists."""
    digit = check_digit(first_nine)
    return "" if digit is None else f"{first_nine}{digit}"
