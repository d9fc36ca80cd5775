"""Admin screens of the communication work, under one menu group."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CommunicationPlan


class CommunicationPlanViewSet(SnippetViewSet):
    model = CommunicationPlan
    icon = "list-ol"
    menu_label = _("Communication plans")
    list_display = ["year", "title"]
    search_fields = ["title", "notes"]
    ordering = ["-year"]


class CommunicationGroup(SnippetViewSetGroup):
    menu_label = _("Communication")
    menu_icon = "mail"
    menu_order = 220
    items = (CommunicationPlanViewSet,)
