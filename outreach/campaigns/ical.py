"""A working session as an RFC 5545 invitation (.ics) in Hà Nội time, for Outlook, Google
Calendar or a phone: the firm's attendees and the officers are listed, with e-mails when known."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from .models import WorkingSession
from .progress import officer_name

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def session_calendar(session: WorkingSession, host: str) -> bytes:
    firm = session.firm
    calendar = Calendar()
    calendar.add("prodid", "-//So Cong Thuong Ha Noi//SPCNCL outreach//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"working-session-{session.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(session.starts_at, LOCAL_TZ))
    event.add("dtend", timezone.localtime(session.ends_at, LOCAL_TZ))
    event.add("summary", f"Làm việc với {firm.enterprise.name}")
    event["location"] = vText(session.place)
    lines = [f"Đợt vận động {firm.campaign.year} – {firm.enterprise.name}"]
    if session.notes:
        lines.append(session.notes)
    event.add("description", "\n".join(lines))
    for contact in session.contacts.all():
        event.add("attendee", _address(contact.email, contact.name), encode=0)
    for officer in session.officers.all():
        event.add("attendee", _address(officer.email, officer_name(officer)), encode=0)
    calendar.add_component(event)
    # The TZID the times carry must be described by a VTIMEZONE for the file to be valid.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}" if email else "invalid:nomail")
    address.params["cn"] = vText(name)
    address.params["role"] = vText("REQ-PARTICIPANT")
    return address


def filename(session: WorkingSession) -> str:
    day = timezone.localtime(session.starts_at, LOCAL_TZ).strftime("%Y%m%d")
    return f"lam-viec-{session.firm.enterprise.slug}-{day}.ics"
