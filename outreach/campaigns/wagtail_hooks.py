"""The recruitment menu group, the consent log's append-only permission policy and the
contact's chat link page."""

from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import ConsentRecord
from .viewsets import AppendOnlyPolicy, RecruitmentGroup

register_permission_policy(ConsentRecord, AppendOnlyPolicy(ConsentRecord))
register_snippet(RecruitmentGroup)


@hooks.register("register_admin_urls")
def register_contact_chat_url():
    from .views.chat import ContactChatView

    return [
        path(
            "campaigns/contacts/<int:pk>/chat/",
            ContactChatView.as_view(),
            name="campaigns_contact_chat",
        )
    ]
