"""Invitation form templates, the personal link of each target firm."""

from .links import PersonalLink
from .templates import FormKind, FormTemplate

__all__ = ["FormKind", "FormTemplate", "PersonalLink"]
