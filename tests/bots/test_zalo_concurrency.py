"""Workers refreshing the Zalo grant at the same moment, each thread on its own database
connection with committed data: Zalo's refresh tokens are single-use, so exactly one refresh
call may spend each of them and the token stored at the end must be the one Zalo still honours.

Runs on SQLite (the IMMEDIATE transaction serialises the writers) and on PostgreSQL (the row
lock of select_for_update).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from bots.channels import zalo_tokens
from bots.channels.base import Message
from bots.channels.zalo import ZaloConsultationChannel
from bots.models import ZaloGrant
from tests.fakes.zalo import CS_PATH, TOKEN_PATH

pytestmark = pytest.mark.django_db(transaction=True)

FOLLOWER = "2512523625412515"


def at_once(count: int, work: Callable[[], Any]) -> list[Any]:
    """Run `work` in `count` threads released together; each thread has its own connection."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def worker(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[index] = work()
        except BaseException as error:  # reported below, in the test's thread
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a worker hung"
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def assert_one_refresh_per_token(fake_zalo) -> None:
    spent = [call.form()["refresh_token"] for call in fake_zalo.refresh_calls()]
    assert len(spent) == len(set(spent)), "a refresh token was sent to Zalo twice"


def test_two_workers_refreshing_at_once_leave_one_valid_grant(fake_zalo, zalo_grant):
    # The first refresh is still on the wire when the second worker asks for the lock.
    fake_zalo.latency[TOKEN_PATH] = 0.5
    seen = zalo_grant.version
    grants = at_once(2, lambda: zalo_tokens.refresh_grant(seen_version=seen))

    calls = fake_zalo.refresh_calls()
    assert len(calls) == 1
    assert calls[0].form()["refresh_token"] == zalo_grant.refresh_token
    stored = ZaloGrant.objects.get()
    assert stored.version == seen + 1
    assert stored.last_error == ""
    assert fake_zalo.valid_refresh_tokens() == [stored.refresh_token]
    assert fake_zalo.access_token_state(stored.access_token) == "valid"
    assert {grant.access_token for grant in grants} == {stored.access_token}


def test_scheduled_jobs_on_two_clusters_refresh_once(fake_zalo, zalo_grant, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.ZALO_REFRESH_MARGIN_MINUTES = 300
    ZaloGrant.objects.update(access_expires_at=timezone.now() + timedelta(hours=2))
    fake_zalo.latency[TOKEN_PATH] = 0.5
    at_once(2, zalo_tokens.refresh_if_due)
    assert len(fake_zalo.refresh_calls()) == 1
    assert fake_zalo.valid_refresh_tokens() == [ZaloGrant.objects.get().refresh_token]


def test_refresh_now_pressed_twice_spends_each_token_once(fake_zalo, zalo_grant):
    """Without a version to compare, both refresh, but one after the other with the token the
    first one stored: no refresh token is ever offered twice."""
    fake_zalo.latency[TOKEN_PATH] = 0.3
    at_once(2, zalo_tokens.refresh_grant)
    assert len(fake_zalo.refresh_calls()) == 2
    assert_one_refresh_per_token(fake_zalo)
    stored = ZaloGrant.objects.get()
    assert stored.version == zalo_grant.version + 2
    assert fake_zalo.valid_refresh_tokens() == [stored.refresh_token]


def test_four_senders_refused_together_refresh_once_and_all_deliver(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    fake_zalo.expire_access_tokens()
    fake_zalo.latency[TOKEN_PATH] = 0.3

    def send():
        return ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))

    results = at_once(4, send)
    assert all(result.provider_message_id for result in results)
    assert len(fake_zalo.refresh_calls()) == 1
    assert len(fake_zalo.sent) == 4
    stored = ZaloGrant.objects.get()
    assert fake_zalo.valid_refresh_tokens() == [stored.refresh_token]
    # Sends went out with the old token (refused) or the one the store committed, never
    # with a token nobody stored; the four deliveries all used the committed one.
    used = [request.headers["access_token"] for request in fake_zalo.requests_to(CS_PATH)]
    assert set(used) <= {zalo_grant.access_token, stored.access_token}
    assert used.count(stored.access_token) == 4
