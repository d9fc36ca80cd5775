"""RFC 5545 calendars of event pages, built with the icalendar library."""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

from portal import ical


def build_calendar(request, events: Iterable, name: str) -> Calendar:
    calendar = ical.new_calendar(name)
    host = request.get_host()
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.translation_key}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", page.start)
        event.add("dtend", page.end)
        event.add("summary", page.title)
        event.add("description", page.summary)
        location = ", ".join(part for part in (page.location_name, page.address) if part)
        event["location"] = vText(location)
        event.add("url", page.get_full_url(request))
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        event.add("categories", [page.get_kind_display()])
        calendar.add_component(event)
    return calendar


def calendar_response(request, events: Iterable, filename: str, name: str) -> HttpResponse:
    return ical.calendar_response(build_calendar(request, events, name), filename=filename)
