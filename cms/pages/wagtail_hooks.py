from wagtail.snippets.models import register_snippet

from .viewsets import PortalContentGroup

register_snippet(PortalContentGroup)
