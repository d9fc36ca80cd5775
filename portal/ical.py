"""RFC 5545 calendars shared by the public events feed and the staff press-calendar feed."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from icalendar import Calendar

PRODID = "-//So Cong Thuong Ha Noi//SPCNCL portal//VI"


def new_calendar(name: str) -> Calendar:
    """An empty VCALENDAR with the portal's identity and time zone hint."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def calendar_response(
    calendar: Calendar, *, filename: str | None = None, private: bool = False
) -> HttpResponse:
    """The calendar as text/calendar; a private feed is never stored by caches or proxies."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if private:
        response["Cache-Control"] = "private, no-store"
    return response
