from wagtail.snippets.models import register_snippet

from .viewsets import CommunicationGroup

register_snippet(CommunicationGroup)
