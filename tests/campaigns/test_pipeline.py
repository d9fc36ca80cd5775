"""`advance`: every move recorded, automatic moves only forward, staff may correct backwards."""

from __future__ import annotations

import pytest

from outreach.campaigns.models import Stage, StageChange, TargetFirm
from outreach.campaigns.pipeline import PipelineError, advance, stage_changed

pytestmark = pytest.mark.django_db


def test_a_move_is_recorded_with_time_user_and_note(firm, officer):
    before = firm.stage_changed_at
    change = advance(firm, Stage.INVITED, by=officer, note="Gửi thư mời qua bưu điện")
    firm.refresh_from_db()
    assert firm.stage == Stage.INVITED and firm.stage_changed_at > before
    assert (change.from_stage, change.to_stage, change.by, change.source) == (
        Stage.IDENTIFIED,
        Stage.INVITED,
        officer,
        "staff",
    )
    assert change.note == "Gửi thư mời qua bưu điện" and change.actor == "canbo"
    assert list(firm.stage_changes.values_list("to_stage", flat=True)) == ["identified", "invited"]


def test_automatic_moves_never_go_backwards(firm, officer):
    advance(firm, Stage.SESSION_HELD, by=officer)
    assert advance(firm, Stage.FORM_DOWNLOADED, source="firm") is None
    assert TargetFirm.objects.get(pk=firm.pk).stage == Stage.SESSION_HELD
    change = advance(firm, Stage.DOSSIER_SUBMITTED, source="firm")
    assert change.actor == str(StageChange.Source.FIRM.label)
    assert firm.stage == Stage.DOSSIER_SUBMITTED


def test_a_withdrawal_is_not_reopened_automatically_but_staff_may(firm, officer):
    advance(firm, Stage.WITHDREW, by=officer, note="Doanh nghiệp xin rút")
    assert advance(firm, Stage.FORM_DOWNLOADED, source="firm") is None
    assert advance(firm, Stage.RECOGNISED, source="system") is None
    assert advance(firm, Stage.INVITED, by=officer) is not None
    assert TargetFirm.objects.get(pk=firm.pk).stage == Stage.INVITED


def test_staff_may_correct_backwards_and_between_outcomes(firm, officer):
    advance(firm, Stage.RECOGNISED, by=officer)
    assert advance(firm, Stage.NOT_RECOGNISED, source="system") is None
    assert advance(firm, Stage.NOT_RECOGNISED, by=officer).from_stage == Stage.RECOGNISED
    assert advance(firm, Stage.EVALUATED, by=officer) is not None


def test_moving_to_the_same_stage_records_nothing(firm, officer):
    count = firm.stage_changes.count()
    assert advance(firm, Stage.IDENTIFIED, by=officer) is None
    assert firm.stage_changes.count() == count


def test_unknown_stage_or_source_is_an_error(firm):
    with pytest.raises(PipelineError):
        advance(firm, "launched")
    with pytest.raises(PipelineError):
        advance(firm, Stage.INVITED, source="robot")


def test_a_stale_instance_still_compares_with_the_database(firm, officer):
    stale = TargetFirm.objects.get(pk=firm.pk)
    advance(firm, Stage.DOSSIER_SUBMITTED, by=officer)
    assert advance(stale, Stage.INVITED, source="system") is None
    assert stale.stage == Stage.DOSSIER_SUBMITTED


def test_listeners_hear_of_a_move_after_commit(firm, officer, django_capture_on_commit_callbacks):
    heard = []

    def listener(sender, firm, change, **kwargs):
        heard.append((firm.pk, change.to_stage))

    stage_changed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            advance(firm, Stage.INVITED, by=officer)
            assert heard == []
        assert heard == [(firm.pk, Stage.INVITED)]
    finally:
        stage_changed.disconnect(listener)
