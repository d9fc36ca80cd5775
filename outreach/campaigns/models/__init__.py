"""The recruitment campaign: rounds, target firms and their pipeline, contacts and consent."""

from .campaign import Campaign
from .contacts import Channel, ConsentRecord, Contact, Purpose, WorkingSession
from .firms import (
    ACTIVE_STAGES,
    CLOSED_STAGES,
    STAGE_RANK,
    IntroducerKind,
    Stage,
    StageChange,
    TargetFirm,
)

__all__ = [
    "ACTIVE_STAGES",
    "CLOSED_STAGES",
    "STAGE_RANK",
    "Campaign",
    "Channel",
    "ConsentRecord",
    "Contact",
    "IntroducerKind",
    "Purpose",
    "Stage",
    "StageChange",
    "TargetFirm",
    "WorkingSession",
]
