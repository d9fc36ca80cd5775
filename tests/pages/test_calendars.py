"""Event calendars parse with the icalendar library and carry the event's facts."""

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def test_single_event_ics(client, demo_site):
    event = demo_site["event"]
    response = client.get(event.url + event.reverse_subpage("event_ics"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == event.title
    assert events[0].decoded("DTSTART") == event.start
    assert event.location_name in str(events[0]["LOCATION"])


def test_event_feed_holds_every_published_event(client, demo_site):
    events_page = demo_site["events"]
    response = client.get(events_page.url + events_page.reverse_subpage("calendar_feed"))
    calendar = Calendar.from_ical(response.content)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    expected = {e.title for e in events_page.get_events()}
    assert summaries == expected and len(expected) >= 5
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids))
