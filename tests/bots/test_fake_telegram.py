"""The fake Bot API itself answers as channels.md §5 describes, so tests built on it (here and
in the webhooks and notices work) test against Telegram's behaviour, not the fake's whims."""

from __future__ import annotations

import time
from collections import Counter

import pytest
import requests

from bots.channels.base import Message, RetryableError
from bots.channels.telegram import Pacer, TelegramChannel
from tests.fakes.telegram import FakeTelegram, serve

CHAT = 42


@pytest.fixture
def fake():
    with FakeTelegram() as server:
        server.add_chat(CHAT)
        yield server


def call(fake: FakeTelegram, method: str, token: str | None = None, **kwargs):
    response = requests.post(f"{fake.url}/bot{token or fake.token}/{method}", timeout=5, **kwargs)
    return response.status_code, response.json()


def test_json_form_query_and_multipart_parameters_are_read_alike(fake):
    assert call(fake, "sendMessage", json={"chat_id": CHAT, "text": "JSON"})[0] == 200
    assert call(fake, "sendMessage", data={"chat_id": str(CHAT), "text": "form"})[0] == 200
    response = requests.get(
        f"{fake.url}/bot{fake.token}/sendmessage", params={"chat_id": CHAT, "text": "query"}
    )
    assert response.status_code == 200
    status, _ = call(
        fake,
        "sendMessage",
        data={"chat_id": str(CHAT), "text": "multipart"},
        files={"document": ("a.txt", b"x")},
    )
    assert status == 200
    assert [r.params["text"] for r in fake.calls("sendMessage")] == [
        "JSON",
        "form",
        "query",
        "multipart",
    ]
    assert [r.content_type for r in fake.calls("sendMessage")] == [
        "application/json",
        "application/x-www-form-urlencoded",
        "",
        "multipart/form-data",
    ]
    assert all(r.params["chat_id"] == CHAT for r in fake.calls("sendMessage"))
    assert [m["message_id"] for m in fake.messages_to(CHAT)] == [1, 2, 3, 4]


def test_envelopes_for_success_and_errors(fake):
    status, body = call(fake, "getMe")
    assert status == 200 and body["ok"] is True and body["result"]["is_bot"] is True

    assert call(fake, "getMe", token="1:wrong") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized: invalid token specified"},
    )
    assert call(fake, "sendPigeon")[1]["description"] == "Not Found: method not found"
    assert call(fake, "sendMessage", json={"chat_id": CHAT, "text": ""})[1] == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: message text is empty",
    }
    too_long = call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x" * 4097})
    assert too_long[1]["description"] == "Bad Request: message is too long"
    assert call(fake, "sendMessage", json={"chat_id": 7, "text": "x"})[0] == 400
    status, body = call(fake, "setWebhook", json={"url": "https://example.vn:8443/hook"})
    assert body == {"ok": True, "result": True, "description": "Webhook was set"}
    assert call(fake, "setWebhook", json={"url": "https://example.vn:8443/hook"})[1][
        "description"
    ] == ("Webhook is already set")
    assert call(fake, "setWebhook", json={"url": "https://example.vn:9000/hook"})[0] == 400
    assert call(fake, "deleteWebhook")[1]["description"] == "Webhook was deleted"
    assert call(fake, "deleteWebhook")[1]["description"] == "Webhook is already deleted"
    assert [r.status for r in fake.requests][:2] == [200, 401]


def test_flood_limits_per_chat_per_group_and_overall(fake):
    fake.rate_limits = True
    statuses = [call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"}) for _ in range(4)]
    assert [s for s, _ in statuses] == [200, 200, 200, 429]
    body = statuses[-1][1]
    assert body["parameters"]["retry_after"] >= 1
    assert (
        body["description"] == f"Too Many Requests: retry after {body['parameters']['retry_after']}"
    )

    group = fake.add_chat(-1001, "Nhóm SPCNCL", type="supergroup").id
    group_statuses = [
        call(fake, "sendMessage", json={"chat_id": group, "text": "x"})[0] for _ in range(21)
    ]
    assert group_statuses.count(200) == 20 and group_statuses[-1] == 429

    fake.overall_per_second = 3
    fake.rate_limits = True
    for chat_id in range(1, 5):
        fake.add_chat(chat_id)
    overall = [call(fake, "sendMessage", json={"chat_id": c, "text": "x"})[0] for c in range(1, 5)]
    assert overall[-1] == 429

    fake.rate_limits = False
    assert call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"})[0] == 200


def test_the_adapter_gets_the_flood_wait_as_retry_after(fake):
    fake.rate_limits = True
    fake.chat_burst = 1
    channel = TelegramChannel(fake.token, fake.url, pacer=Pacer(0, 0))
    channel.send(Message(recipient=str(CHAT), text="Một"))
    with pytest.raises(RetryableError) as caught:
        channel.send(Message(recipient=str(CHAT), text="Hai"))
    assert caught.value.retry_after >= 1


def test_random_faults_repeat_with_the_same_seed():
    runs = []
    for _ in range(2):
        with FakeTelegram() as fake:
            fake.add_chat(CHAT)
            fake.fail_randomly(0.4, "retry_after", seed=2026, methods=("sendMessage",))
            runs.append(
                [
                    call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"})[0]
                    for _ in range(20)
                ]
            )
            assert call(fake, "getMe")[0] == 200  # other methods untouched
            fake.fail_randomly(0, "retry_after")
            assert call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"})[0] == 200
    assert runs[0] == runs[1]
    assert {200, 429} == set(runs[0])


def test_a_weighted_mix_of_faults_and_a_lost_request(fake):
    """Kinds repeated in the mix weigh more; a "timeout" keeps the client waiting and sends
    nothing, so the adapter sees TimedOut (retryable) and the chat stays empty."""
    fake.fail_randomly(
        0.5, ("server_error", "server_error", "retry_after"), seed=7, methods=("sendMessage",)
    )
    statuses = Counter(
        call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"})[0] for _ in range(200)
    )
    assert set(statuses) == {200, 500, 429}
    assert statuses[500] > statuses[429] > 10

    fake.fail_randomly(0, "server_error")
    fake.hang_seconds = 1.5
    fake.fail_next("timeout", methods=("sendMessage",))
    before = len(fake.sent)
    channel = TelegramChannel(fake.token, fake.url, read_timeout=0.5, pacer=Pacer(0, 0))
    with pytest.raises(RetryableError):
        channel.send(Message(recipient=str(CHAT), text="Mất trên đường"))
    time.sleep(1.2)  # the fake's side of the lost request has ended by now
    assert len(fake.sent) == before


def test_faults_can_target_one_method(fake):
    fake.fail_next("server_error", 2, methods=("getMe",))
    assert call(fake, "sendMessage", json={"chat_id": CHAT, "text": "x"})[0] == 200
    assert call(fake, "getMe")[0] == 500
    assert call(fake, "getMe")[0] == 500
    assert call(fake, "getMe")[0] == 200
    with pytest.raises(ValueError):
        fake.fail_next("meteor")


def test_it_runs_standalone():
    server = serve("127.0.0.1", 0, token="42:standalone")
    try:
        response = requests.get(f"{server.url}/bot42:standalone/getMe", timeout=5)
        assert response.json()["result"]["username"] == "spcncl_test_bot"
    finally:
        server.stop()
