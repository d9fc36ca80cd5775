"""What the feed, the reminders and the report say about staff and where their links lead:
absolute admin addresses, since they are read outside the admin (a calendar app, a mailbox)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from .models import CalendarItem


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def item_admin_url(item: CalendarItem) -> str:
    return admin_url(reverse("wagtailsnippets_press_calendaritem:edit", args=[item.pk]))


def person_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def preferred_language(user) -> str:
    """The admin language the user chose; the site's default (Vietnamese) otherwise."""
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language()
