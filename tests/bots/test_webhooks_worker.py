"""The worker side of the webhooks: a task delivered twice does its work once, the sweep
answers updates whose task was lost and deletes old ones."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from bots.models import InboundUpdate
from bots.tasks import process_inbound_update, sweep_inbound_updates

pytestmark = pytest.mark.django_db

Status = InboundUpdate.Status


def _stored(key: str, text: str, age: timedelta) -> InboundUpdate:
    payload = {
        "update_id": int(key),
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 31, "type": "private"},
            "text": text,
        },
    }
    return InboundUpdate.objects.create(
        channel="telegram",
        external_id=key,
        event="message",
        payload=payload,
        received_at=timezone.now() - age,
    )


def test_a_task_delivered_twice_answers_once(bot_settings, channels):
    update = _stored("1", "/help", timedelta(0))
    assert process_inbound_update(update.pk) == "answered"
    assert process_inbound_update(update.pk) == "skipped"
    assert len(channels["telegram"].sent) == 1


def test_sweep_answers_lost_updates_and_deletes_old_ones(bot_settings, channels):
    bot_settings.BOTS_INBOUND_RETENTION_DAYS = 30
    lost = _stored("2", "/help", timedelta(minutes=10))
    just_arrived = _stored("3", "/help", timedelta(seconds=5))
    old = _stored("4", "/help", timedelta(days=31))
    InboundUpdate.objects.filter(pk=old.pk).update(status=Status.DONE, payload={})
    assert sweep_inbound_updates() == "1 answered late, 1 deleted"
    assert InboundUpdate.objects.get(pk=lost.pk).status == Status.DONE
    assert InboundUpdate.objects.get(pk=just_arrived.pk).status == Status.RECEIVED
    assert not InboundUpdate.objects.filter(pk=old.pk).exists()
    assert [m.recipient for m in channels["telegram"].sent] == ["31"]


def test_an_unreadable_stored_update_fails_with_its_reason(bot_settings, channels):
    update = InboundUpdate.objects.create(
        channel="telegram", external_id="5", event="message", payload={"update_id": 5}
    )
    assert process_inbound_update(update.pk) == "failed"
    update.refresh_from_db()
    assert update.status == Status.FAILED and "carries nothing" in update.error
    assert channels["telegram"].sent == []
