from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .panels import UpcomingItemsPanel
from .views.calendar import VIEW_PERMISSION
from .viewsets import CommunicationGroup

register_snippet(CommunicationGroup)


@hooks.register("construct_homepage_panels")
def add_upcoming_items_panel(request, panels) -> None:
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(UpcomingItemsPanel(request.user))
