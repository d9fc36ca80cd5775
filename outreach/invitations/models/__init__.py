"""Invitation form templates, the personal link of each target firm, online applications."""

from .applications import (
    Application,
    ApplicationFile,
    ApplicationProduct,
    ApplicationReview,
    ApplicationVersion,
    FileKind,
    ReviewStatus,
)
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
    "FormTemplate",
    "PersonalLink",
    "ReviewStatus",
]
