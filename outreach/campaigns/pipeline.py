"""Moving a target firm through the pipeline: the one function every caller uses.

Staff move firms from the admin; the invitations app moves them when a form is downloaded or
an application arrives (source "firm"), scheduled jobs as "system". Every move is written to
the firm's timeline. Automatic moves only ever go forward, so a late download never pulls back
a firm staff already moved on (or one that withdrew).
"""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from portal.users.models import User

from .models import STAGE_RANK, Stage, StageChange, TargetFirm

#: Sent after the transaction that moved a firm commits: `firm`, `change` (the StageChange).
#: Notices listen to it; nothing here depends on who listens.
stage_changed = Signal()

SOURCES = {choice.value for choice in StageChange.Source}


class PipelineError(ValueError):
    """A move that the pipeline cannot make (unknown stage or source)."""


def advance(
    firm: TargetFirm,
    stage: str,
    *,
    by: User | None = None,
    note: str = "",
    source: str = "staff",
) -> StageChange | None:
    """Move `firm` to `stage` and record it; returns the StageChange, or None when nothing moved
    (already there, or an automatic move that would go backwards)."""
    if stage not in Stage.values:
        raise PipelineError(f"Unknown stage {stage!r}")
    if source not in SOURCES:
        raise PipelineError(f"Unknown source {source!r}")
    with transaction.atomic():
        # Locked, so a download and a staff edit at the same moment are applied one by one.
        current = TargetFirm.objects.select_for_update().only("stage").get(pk=firm.pk)
        if current.stage == stage:
            firm.stage = current.stage
            return None
        if source != StageChange.Source.STAFF and STAGE_RANK[stage] <= STAGE_RANK[current.stage]:
            firm.stage = current.stage
            return None
        now = timezone.now()
        change = StageChange.objects.create(
            firm=firm,
            from_stage=current.stage,
            to_stage=stage,
            at=now,
            by=by,
            source=source,
            note=note.strip(),
        )
        TargetFirm.objects.filter(pk=firm.pk).update(stage=stage, stage_changed_at=now)
        firm.stage, firm.stage_changed_at = stage, now
        transaction.on_commit(lambda: stage_changed.send(TargetFirm, firm=firm, change=change))
    return change


def record_entry(
    firm: TargetFirm, *, by: User | None = None, source: str = "staff", note: str = ""
) -> StageChange:
    """The first line of a new firm's timeline: it entered the pipeline at its stage."""
    return StageChange.objects.create(
        firm=firm,
        from_stage="",
        to_stage=firm.stage,
        at=firm.stage_changed_at,
        by=by,
        source=source,
        note=note,
    )
