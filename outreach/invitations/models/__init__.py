"""Invitation form templates, the personal link of each target firm, the personalised sets."""

from .formsets import FormSet, FormSetBatch, FormSetDownload
from .links import PersonalLink
from .templates import FormKind, FormTemplate

__all__ = [
    "FormKind",
    "FormSet",
    "FormSetBatch",
    "FormSetDownload",
    "FormTemplate",
    "PersonalLink",
]
