"""Reminder rules: made on their days, once, to firms not yet past the rule's stage, and to a
working session's attendees before it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from outreach.campaigns.models import WorkingSession
from outreach.notices.models import Delivery, Notice, ReminderRule
from outreach.notices.reminders import plan_reminders, upcoming_reminders
from outreach.notices.sending import send_due_deliveries

from .conftest import hanoi


@pytest.fixture
def rule(campaign, template):
    return ReminderRule.objects.create(
        campaign=campaign, name="Nhắc hạn nộp hồ sơ", template=template
    )


def test_default_rule_is_seven_three_one_days_before_the_dossier_deadline(rule):
    assert rule.day_offsets() == [7, 3, 1]
    assert (rule.deadline_field, rule.skip_from_stage) == ("dossiers_due", "dossier_submitted")


def test_reminders_made_on_their_days_once(rule, make_firm, make_contact, mailoutbox):
    waiting = make_firm(stage="form_downloaded")
    make_contact(waiting, consents=("email",))
    done = make_firm(stage="dossier_submitted")
    make_contact(done, consents=("email",))

    made_on = {}
    for day in range(20, 32):
        moment = hanoi(2099, 8, day, 8, 5)
        notices = plan_reminders(moment) + plan_reminders(moment + timedelta(minutes=10))
        if notices:
            made_on[day] = notices
        send_due_deliveries(now=hanoi(2099, 8, day, 9, 30))

    assert sorted(made_on) == [24, 28, 30]  # 7, 3 and 1 days before 31/08
    assert all(len(notices) == 1 for notices in made_on.values())
    assert Notice.objects.filter(rule=rule).count() == 3
    assert Delivery.objects.filter(notice__rule=rule, firm=done).count() == 0
    assert [m.to for m in mailoutbox] == [[waiting.contacts.get().email]] * 3
    assert "31/08/2099" in mailoutbox[2].body


def test_inactive_rule_and_missing_deadline_make_nothing(rule, campaign, make_firm, make_contact):
    make_contact(make_firm(), consents=("email",))
    rule.active = False
    rule.save()
    assert plan_reminders(hanoi(2099, 8, 24, 9, 0)) == []
    rule.active = True
    rule.deadline_field = "ceremony"  # not set on this campaign
    rule.save()
    assert plan_reminders(hanoi(2099, 8, 24, 9, 0)) == []


def test_session_reminder_goes_to_its_attendees(campaign, template, make_firm, make_contact):
    from outreach.campaigns.models import WorkingSession

    firm = make_firm()
    attendee = make_contact(firm, consents=("email",))
    make_contact(firm, consents=("email",))  # not attending
    session = WorkingSession.objects.create(
        firm=firm,
        starts_at=hanoi(2099, 8, 26, 14, 0),
        ends_at=hanoi(2099, 8, 26, 16, 0),
        place="Sở Công Thương, 331 Cầu Giấy",
    )
    session.contacts.set([attendee])
    session.save()
    ReminderRule.objects.create(
        campaign=campaign,
        name="Nhắc buổi làm việc",
        template=template,
        kind="session",
        days_before="1",
        skip_from_stage="withdrew",
    )

    assert plan_reminders(hanoi(2099, 8, 24, 9, 0)) == []
    (notice,) = plan_reminders(hanoi(2099, 8, 25, 9, 0))
    assert notice.session == session
    assert list(Delivery.objects.filter(notice=notice).values_list("contact", flat=True)) == [
        attendee.pk
    ]


def test_coming_reminders_listed_ahead_and_marked_once_made(
    rule, campaign, make_firm, make_contact, officer_client
):
    """The rule's page shows each reminder before its day, with the firms it would reach as
    things stand; once its day has come, the row links the notice that was made."""
    waiting = make_firm(stage="form_downloaded")
    make_contact(waiting, consents=("email",))
    make_contact(make_firm(stage="dossier_submitted"), consents=("email",))
    session_rule = ReminderRule.objects.create(
        campaign=campaign,
        name="Nhắc buổi làm việc",
        template=rule.template,
        kind=ReminderRule.Kind.SESSION,
        deadline_field="",
        days_before="1",
        skip_from_stage="",
    )
    session = WorkingSession.objects.create(
        firm=waiting,
        starts_at=hanoi(2099, 8, 26, 14, 0),
        ends_at=hanoi(2099, 8, 26, 16, 0),
        place="Phòng họp Sở Công Thương Hà Nội",
    )

    coming = upcoming_reminders(rule, now=hanoi(2099, 8, 25, 8, 0))
    assert [(item.day.day, item.firms, item.notice) for item in coming] == [
        (28, 1, None),
        (30, 1, None),
    ]  # 7 days before 31/08 has passed; the firm at dossier_submitted is not counted
    assert coming[0].send_at == hanoi(2099, 8, 28, 9, 0)
    (before_session,) = upcoming_reminders(session_rule, now=hanoi(2099, 8, 25, 8, 0))
    assert (before_session.day.day, before_session.session) == (25, session)

    (made,) = [n for n in plan_reminders(hanoi(2099, 8, 28, 8, 0)) if n.rule == rule]
    coming = upcoming_reminders(rule, now=hanoi(2099, 8, 28, 8, 30))
    assert coming[0].notice == made and coming[1].notice is None

    page = officer_client.get(
        reverse("wagtailsnippets_notices_reminderrule:inspect", args=[rule.pk])
    ).content.decode()
    assert made.title in page  # among the reminders sent by the rule
    rule.active = False
    rule.save()
    assert upcoming_reminders(rule, now=hanoi(2099, 8, 25, 8, 0))  # still computable
    page = officer_client.get(
        reverse("wagtailsnippets_notices_reminderrule:inspect", args=[rule.pk])
    ).content.decode()
    assert "tắt" in page
