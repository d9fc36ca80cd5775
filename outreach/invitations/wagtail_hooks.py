"""The form templates' snippet, the form sets' admin pages in the Recruitment group, a
"form set" entry on each target firm of the list, and the review of online applications."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet

from outreach.campaigns.models import TargetFirm

from .applying.review import ApplicationReviewViewSet
from .formset_views import VIEW_PERMISSION, FormSetViewSet
from .viewsets import FormTemplateViewSet

register_snippet(FormTemplateViewSet)


@hooks.register("register_admin_viewset")
def register_application_review():
    return ApplicationReviewViewSet()


@hooks.register("register_admin_viewset")
def register_form_sets() -> FormSetViewSet:
    return FormSetViewSet()


@hooks.register("register_snippet_listing_buttons")
def form_set_button(snippet, user, next_url=None):
    if isinstance(snippet, TargetFirm) and user.has_perm(VIEW_PERMISSION):
        yield Button(
            _("Invitation form set"),
            url=reverse("form_sets:firm", args=[snippet.pk]),
            icon_name="doc-full",
            priority=30,
        )
