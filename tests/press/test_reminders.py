"""Staff reminders: sent once per date of an item, again after a move, never for items that
are done, cancelled, past, unassigned or set to 0 days; two workers at once send once."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from outreach.press import reminders
from outreach.press.models import CalendarItem, ItemStatus, Outlet, OutletKind, TargetKind
from outreach.press.scheduling import reschedule
from portal.schedules import PREFIXES, SCHEDULES
from tests.press.helpers import in_vietnamese

ZONE = timezone.get_fixed_timezone(7 * 60)
NOW = datetime.datetime(2031, 3, 2, 8, 0, tzinfo=ZONE)


@pytest.fixture
def officer(django_user_model):
    return django_user_model.objects.create_user(
        "canbo", "canbo@so-congthuong.vn", "x", first_name="Minh", last_name="Trần"
    )


@pytest.fixture
def outlet():
    return Outlet.objects.create(name="Báo thử nghiệm nhắc việc", kind=OutletKind.NEWSPAPER)


def make_item(officer, *, days=1.5, **fields) -> CalendarItem:
    values = {
        "kind": TargetKind.TV_REPORT,
        "title": "Phóng sự về doanh nghiệp SPCNCL",
        "starts_at": NOW + datetime.timedelta(days=days),
        "officer": officer,
        "reminder_days": 2,
    }
    values.update(fields)
    return CalendarItem.objects.create(**values)


@pytest.mark.django_db
def test_a_due_item_reminds_its_officer_once_in_vietnamese(officer, outlet):
    item = make_item(
        officer, outlet=outlet, starts_at=datetime.datetime(2031, 3, 3, 14, 30, tzinfo=ZONE)
    )
    assert reminders.send_item_reminders(NOW) == 1
    assert reminders.send_item_reminders(NOW + datetime.timedelta(minutes=15)) == 0
    (message,) = mail.outbox
    assert message.to == ["canbo@so-congthuong.vn"]
    assert "Phóng sự về doanh nghiệp SPCNCL" in message.subject
    assert "03/03/2031 14:30" in message.subject
    assert in_vietnamese("Reminder: “%(title)s” on %(when)s").split("“")[0] in message.subject
    body = message.body
    assert "Minh Trần" in body
    assert in_vietnamese("TV report") in body
    assert "Báo thử nghiệm nhắc việc" in body
    assert in_vietnamese("Date provisional") in body
    assert reverse("wagtailsnippets_press_calendaritem:edit", args=[item.pk]) in body
    assert body.count("http") == 1
    item.refresh_from_db()
    assert item.reminded_for == item.starts_at


@pytest.mark.django_db
def test_items_that_must_not_remind(officer, django_user_model):
    nobody = django_user_model.objects.create_user("khongthu", "", "x")
    gone = django_user_model.objects.create_user("danghi", "nghi@e.vn", "x", is_active=False)
    make_item(officer, days=3)  # not yet: 3 days ahead, reminder 2 days before
    make_item(officer, reminder_days=0)
    make_item(officer, status=ItemStatus.DONE)
    make_item(officer, status=ItemStatus.CANCELLED)
    make_item(officer, days=-0.5)  # already started
    make_item(None)
    make_item(nobody)
    make_item(gone)
    make_item(officer, status=ItemStatus.IDEA, starts_at=None)
    assert reminders.send_item_reminders(NOW) == 0
    assert mail.outbox == []
    assert reminders.send_item_reminders(NOW + datetime.timedelta(days=1, hours=1)) == 1


@pytest.mark.django_db
def test_a_moved_item_reminds_again(officer):
    item = make_item(officer)
    assert reminders.send_item_reminders(NOW) == 1
    moved = reschedule(item, NOW.date())  # same evening hour, a day earlier
    assert moved.starts_at != item.starts_at
    assert reminders.send_item_reminders(NOW) == 1
    assert reminders.send_item_reminders(NOW) == 0
    assert len(mail.outbox) == 2


@pytest.fixture
def delivered():
    """A delivery registered through the seam the notices app will use."""
    calls: list[int] = []
    failing: set[int] = set()

    def deliver(item: CalendarItem) -> None:
        if item.pk in failing:
            raise ConnectionError("channel down")
        calls.append(item.pk)

    reminders.register_sender(deliver)
    yield calls, failing
    reminders.register_sender(reminders.email_reminder)


@pytest.mark.django_db
def test_another_delivery_can_take_over_and_a_failure_gives_the_claim_back(officer, delivered):
    calls, failing = delivered
    broken = make_item(officer, title="Lỗi kênh")
    fine = make_item(officer, title="Kênh tốt")
    failing.add(broken.pk)
    assert reminders.send_item_reminders(NOW) == 1
    assert calls == [fine.pk]
    assert mail.outbox == []
    broken.refresh_from_db()
    assert broken.reminded_for is None
    failing.clear()
    assert reminders.send_item_reminders(NOW) == 1
    assert calls == [fine.pk, broken.pk]


def test_the_job_is_declared_every_15_minutes():
    (job,) = [recurring for recurring in SCHEDULES if recurring.name == "press-item-reminders"]
    assert job.minutes == 15
    assert job.name.startswith(PREFIXES)
    module, _, name = job.func.rpartition(".")
    assert getattr(__import__(module, fromlist=[name]), name) is reminders.send_item_reminders


@pytest.mark.django_db
def test_sync_schedules_creates_the_reminder_job_once():
    from django_q.models import Schedule

    from portal.schedules import sync_schedules

    sync_schedules()
    sync_schedules()
    (row,) = Schedule.objects.filter(name="press-item-reminders")
    assert row.func == "outreach.press.reminders.send_item_reminders"
    assert row.minutes == 15


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_reminder_once(live_demo, officer):
    items = [make_item(officer, title=f"Mục {number}") for number in range(6)]
    barrier = threading.Barrier(2)
    counts: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            counts.append(reminders.send_item_reminders(NOW))
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sum(counts) == len(items)
    assert sorted(m.subject.split("“")[1].split("”")[0] for m in mail.outbox) == sorted(
        item.title for item in items
    )
