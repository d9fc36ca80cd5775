"""The notices menu group."""

from wagtail.snippets.models import register_snippet

from .viewsets import NoticesGroup

register_snippet(NoticesGroup)
