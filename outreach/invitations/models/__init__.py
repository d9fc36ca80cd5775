"""Invitation form templates, the personal link of each target firm, the personalised sets,
online applications."""

from .applications import (
    Application,
    ApplicationFile,
    ApplicationProduct,
    ApplicationReview,
    ApplicationVersion,
    FileKind,
    ReviewStatus,
)
from .formsets import FormSet, FormSetBatch
from .links import PersonalLink
from .templates import FormKind, FormTemplate

__all__ = [
    "Application",
    "ApplicationFile",
    "ApplicationProduct",
    "ApplicationReview",
    "ApplicationVersion",
    "FileKind",
    "FormKind",
    "FormSet",
    "FormSetBatch",
    "FormTemplate",
    "PersonalLink",
    "ReviewStatus",
]
