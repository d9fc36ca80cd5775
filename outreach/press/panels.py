"""The "next 14 days" panel of the admin dashboard."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import CalendarItem

DAYS_AHEAD = 14


class UpcomingItemsPanel(Component):
    name = "press_upcoming"
    template_name = "press/admin/upcoming_panel.html"
    order = 150

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context=None) -> dict:
        now = timezone.now()
        items = (
            CalendarItem.objects.open()
            .between(now, now + timedelta(days=DAYS_AHEAD))
            .select_related("officer", "outlet")
            .order_by("starts_at")
        )
        return {
            "items": items,
            "days": DAYS_AHEAD,
            "late_count": CalendarItem.objects.late(now).count(),
            "calendar_url": reverse("press_calendar:month"),
            "late_url": reverse("press_board:index"),
            "user": self.user,
        }
