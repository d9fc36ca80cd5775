"""Whole numbers read from query strings, form fields and spreadsheet cells.

`str.isdigit()` accepts "²" and "٣" and `int()` accepts "1_000", " 7 " and Arabic-Indic digits,
while `int("²")` fails and a 5,000-digit number is slow to convert and to compare: reading such
input with them gave 500s. This module accepts ASCII digits only, with a length cap.
"""

from __future__ import annotations

import re

#: Enough for a page number, a year, a primary key; a longer number is a crafted request.
MAX_DIGITS = 18
_DIGITS = re.compile(r"[0-9]+", re.ASCII)


def parse_int(
    value: object,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    max_digits: int = MAX_DIGITS,
) -> int | None:
    """The whole number `value` spells in ASCII digits (no sign, spaces or underscores), or
    None when it does not, is longer than `max_digits` or lies outside [minimum, maximum]."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        if not value or len(value) > max_digits or not _DIGITS.fullmatch(value):
            return None
        number = int(value)
    else:
        return None
    if minimum is not None and number < minimum:
        return None
    if maximum is not None and number > maximum:
        return None
    return number
