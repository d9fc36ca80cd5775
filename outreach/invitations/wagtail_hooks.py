from wagtail.snippets.models import register_snippet

from .viewsets import FormTemplateViewSet

register_snippet(FormTemplateViewSet)
