from wagtail.snippets.models import register_snippet

from .viewsets import CatalogueGroup

register_snippet(CatalogueGroup)
