from django import template

from ..placeholders import PLACEHOLDERS

register = template.Library()


@register.simple_tag
def template_placeholders() -> list[tuple[str, str]]:
    return [("{{ " + name + " }}", label) for name, label in PLACEHOLDERS.items()]
