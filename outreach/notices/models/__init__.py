"""Notice templates, notices and reminder rules, and the delivery ledger."""

from .ledger import Delivery, DeliveryAttempt, DeliveryState, SkipReason
from .notices import Notice, NoticeState, ReminderRule
from .templates import CHANNEL_LABELS, CHANNEL_LIMITS, CHANNEL_ORDER, NoticeTemplate

__all__ = [
    "CHANNEL_LABELS",
    "CHANNEL_LIMITS",
    "CHANNEL_ORDER",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryState",
    "Notice",
    "NoticeState",
    "NoticeTemplate",
    "ReminderRule",
    "SkipReason",
]
