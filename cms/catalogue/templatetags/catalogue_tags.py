"""Template helpers of the catalogue: language-aware record links and JSON-LD."""

from __future__ import annotations

import json

from django import template
from django.utils.html import json_script
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def record_url(catalogue, kind: str, *args) -> str:
    """The address of a sub-route of this catalogue page, named in the page's language."""
    return catalogue.sub_url(kind, *args)


@register.simple_tag
def localized(option) -> str:
    """A facet option's name in the current language."""
    if get_language() == "en":
        return option.short_name_en or option.name_en or option.name
    return option.short_name or option.name


@register.simple_tag
def json_ld(data: dict) -> SafeString:
    """A schema.org block; `json_script` escapes what could close the script element."""
    script = json_script(json.loads(json.dumps(data, default=str)), element_id=None)
    return mark_safe(script.replace('type="application/json"', 'type="application/ld+json"', 1))
