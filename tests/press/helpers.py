"""Small helpers the press tests share."""

from django.utils import translation
from django.utils.translation import gettext


def in_vietnamese(message: str) -> str:
    """What staff read for `message`: passes before and after the catalogue gains the msgid."""
    with translation.override("vi"):
        return gettext(message)
