"""The year's communication plan and the press calendar that carries it out."""

from .calendar import CalendarItem, CoverageEntry, ItemChange, ItemStatus, Outlet, OutletKind
from .feeds import CalendarFeedToken
from .plan import CommunicationPlan, PlanTarget, TargetKind

__all__ = [
    "CalendarFeedToken",
    "CalendarItem",
    "CommunicationPlan",
    "CoverageEntry",
    "ItemChange",
    "ItemStatus",
    "Outlet",
    "OutletKind",
    "PlanTarget",
    "TargetKind",
]
