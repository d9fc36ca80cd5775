"""The communication work: the year's plan, outlets and calendar items."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from outreach.press.models import CalendarItem, CommunicationPlan, Outlet


class CommunicationPlanFactory(DjangoModelFactory):
    class Meta:
        model = CommunicationPlan
        django_get_or_create = ("year",)

    year = 2097
    title = "Kế hoạch truyền thông thử nghiệm"


class OutletFactory(DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Báo Thử Nghiệm {n}")
    kind = "newspaper"


class CalendarItemFactory(DjangoModelFactory):
    class Meta:
        model = CalendarItem

    kind = "article"
    title = factory.Sequence(lambda n: f"Bài viết thử nghiệm {n}")
