"""Vietnamese text folding: one character in, one character out, so positions survive folding."""

import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "a", "œ": "o", "ß": "s"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    # Some capitals lower to two characters (İ → i̇); keep the one-for-one promise.
    return lowered if len(lowered) == 1 else base


def normalize(text: str) -> str:
    """NFC, the form Vietnamese text is stored in (TCVN 6909:2001)."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "Hà Nội" → "ha noi", "ĐẠI" → "dai".

    The result has exactly as many characters as the NFC form of the input, so a match found
    in the folded text marks the same span of the original.
    """
    return "".join(_fold_char(char) for char in normalize(text))


def lower_exact(text: str) -> str:
    """Lower-case but keep the diacritics, to tell "hà nội" from "hà nôi"."""
    return "".join(
        lowered if len(lowered := char.lower()) == 1 else char for char in normalize(text)
    )
