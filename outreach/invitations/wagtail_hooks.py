from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .applying.review import ApplicationReviewViewSet
from .viewsets import FormTemplateViewSet

register_snippet(FormTemplateViewSet)


@hooks.register("register_admin_viewset")
def register_application_review():
    return ApplicationReviewViewSet()
