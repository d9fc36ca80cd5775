"""The Telegram adapter against the loopback Bot API: what goes over the wire, how every
failure is classified, and that it runs from sync code, threads and inside an event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import socket
import threading
import time

import pytest

from bots.channels.base import (
    ConfigurationError,
    CredentialError,
    ErrorKind,
    Message,
    RecipientError,
    RetryableError,
)
from bots.channels.registry import get_channel
from bots.channels.telegram import Pacer, TelegramChannel, retry_after_seconds

CHAT = 987654321
OTHER_CHAT = 555000111


@pytest.fixture
def channel(fake_telegram) -> TelegramChannel:
    """The adapter as the registry builds it, without the per-chat pacing (tested apart)."""
    fake_telegram.add_chat(CHAT, "An")
    fake_telegram.add_chat(OTHER_CHAT, "Bình")
    built = get_channel("telegram")
    assert isinstance(built, TelegramChannel)
    built.pacer = Pacer(per_chat=0, overall=0)
    return built


def send(channel: TelegramChannel, text: str = "Nhắc hạn nộp hồ sơ SPCNCL", chat=CHAT):
    return channel.send(Message(recipient=str(chat), text=text))


def test_a_send_reaches_the_bot_api_and_is_numbered_per_chat(channel, fake_telegram):
    first = send(channel, "Hạn nộp hồ sơ: 30/06/2026")
    second = send(channel, "Nhắc lần hai")
    elsewhere = send(channel, "Xin chào", chat=OTHER_CHAT)

    assert (first.channel, first.provider_message_id) == ("telegram", "1")
    assert second.provider_message_id == "2"
    assert elsewhere.provider_message_id == "1"
    assert first.raw["chat_id"] == CHAT
    assert "first_name" not in str(first.raw)  # nothing personal kept from the reply

    calls = fake_telegram.calls("sendMessage")
    assert [c.params for c in calls] == [
        {"chat_id": CHAT, "text": "Hạn nộp hồ sơ: 30/06/2026"},
        {"chat_id": CHAT, "text": "Nhắc lần hai"},
        {"chat_id": OTHER_CHAT, "text": "Xin chào"},
    ]
    assert all(c.http_method == "POST" and c.status == 200 for c in calls)
    assert calls[0].path == f"/bot{fake_telegram.token}/sendMessage"
    assert [m["text"] for m in fake_telegram.messages_to(CHAT)] == [
        "Hạn nộp hồ sơ: 30/06/2026",
        "Nhắc lần hai",
    ]


def test_sync_sends_work_one_after_another_from_threads_and_inside_an_event_loop(
    channel, fake_telegram
):
    # One client per call, closed in its own loop: no "Event loop is closed" on reuse.
    assert send(channel).provider_message_id == "1"
    assert send(channel).provider_message_id == "2"

    results, errors = [], []

    def worker():
        try:
            results.append(send(channel))
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(int(r.provider_message_id) for r in results) == [3, 4, 5]

    async def from_async_code():
        return send(channel)

    # In a thread of its own: the browser tests leave Playwright's loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        inside_a_loop = pool.submit(asyncio.run, from_async_code()).result()
    assert inside_a_loop.provider_message_id == "6"
    assert send(channel).provider_message_id == "7"


def send_from_task(chat_id: int, text: str) -> str:
    """A Django-Q task body, as the notices worker will run it."""
    channel = get_channel("telegram")
    channel.pacer = Pacer(per_chat=0, overall=0)
    return channel.send(Message(recipient=str(chat_id), text=text)).provider_message_id


@pytest.mark.django_db
def test_sends_from_django_q_tasks(channel, fake_telegram):
    from django_q.tasks import async_task, fetch

    first = async_task(send_from_task, CHAT, "Từ tác vụ nền 1", sync=True)
    second = async_task(send_from_task, CHAT, "Từ tác vụ nền 2", sync=True)
    assert [fetch(first).result, fetch(second).result] == ["1", "2"]
    assert [m["text"] for m in fake_telegram.messages_to(CHAT)] == [
        "Từ tác vụ nền 1",
        "Từ tác vụ nền 2",
    ]


FAULTS = [
    ("retry_after", RetryableError, 429),
    ("server_error", RetryableError, None),
    ("bad_gateway", RetryableError, None),
    ("blocked", RecipientError, 403),
    ("deactivated", RecipientError, 403),
    ("cant_initiate", RecipientError, 403),
    ("chat_not_found", RecipientError, 400),
    ("text_empty", ConfigurationError, 400),
    ("unauthorized", CredentialError, 401),
]


@pytest.mark.parametrize(("fault", "error_class", "code"), FAULTS)
def test_every_bot_api_failure_is_classified(channel, fake_telegram, fault, error_class, code):
    fake_telegram.fail_next(fault, retry_after=7)
    with pytest.raises(error_class) as caught:
        send(channel)
    assert caught.value.channel == "telegram"
    assert caught.value.code == code
    assert str(caught.value)
    if fault == "retry_after":
        assert caught.value.retry_after == 7
        assert caught.value.kind is ErrorKind.RETRYABLE
    # The fault was for one request only: the next send goes through.
    assert send(channel).provider_message_id == "1"


def test_recipients_the_bot_cannot_reach(channel, fake_telegram):
    with pytest.raises(RecipientError, match="Chat not found"):
        send(channel, chat=111)  # never pressed Start
    fake_telegram.block(OTHER_CHAT)
    with pytest.raises(RecipientError) as caught:
        send(channel, chat=OTHER_CHAT)
    assert caught.value.raw["description"] == "Forbidden: bot was blocked by the user"
    fake_telegram.migrate(-100, -1001234567890)
    with pytest.raises(RecipientError) as caught:
        send(channel, chat=-100)
    assert caught.value.raw["migrate_to_chat_id"] == -1001234567890


def test_a_wrong_token_or_api_address_is_a_credential_error_without_leaking_it(
    fake_telegram, settings
):
    fake_telegram.add_chat(CHAT)
    wrong = TelegramChannel("999:wrong-token-value", fake_telegram.url, pacer=Pacer(0, 0))
    with pytest.raises(CredentialError) as caught:
        send(wrong)
    assert caught.value.code == 401
    assert "wrong-token-value" not in str(caught.value)
    assert fake_telegram.requests[-1].status == 401

    misplaced = TelegramChannel(api_url=f"{fake_telegram.url}/proxy", pacer=Pacer(0, 0))
    with pytest.raises(CredentialError):
        send(misplaced)
    assert fake_telegram.requests[-1].status == 404


def test_timeouts_and_unreachable_servers_are_retryable(fake_telegram, settings):
    fake_telegram.add_chat(CHAT)
    settings.TELEGRAM_READ_TIMEOUT = 0.3
    slow = TelegramChannel(pacer=Pacer(0, 0))
    fake_telegram.fail_next("slow", delay_ms=1500)
    started = time.monotonic()
    with pytest.raises(RetryableError, match="không phản hồi trong thời gian cho phép"):
        send(slow)
    assert time.monotonic() - started < 1.4

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    nowhere = TelegramChannel(api_url=f"http://127.0.0.1:{closed_port}", pacer=Pacer(0, 0))
    with pytest.raises(RetryableError) as caught:
        send(nowhere)
    assert caught.value.kind is ErrorKind.RETRYABLE


def test_a_short_slow_reply_still_arrives(channel, fake_telegram):
    fake_telegram.fail_next("slow", delay_ms=200)
    assert send(channel).provider_message_id == "1"


def test_text_is_checked_before_calling_telegram(channel, fake_telegram):
    assert send(channel, "x" * 4096).provider_message_id == "1"
    with pytest.raises(ConfigurationError, match="4097"):
        send(channel, "x" * 4097)
    with pytest.raises(ConfigurationError):
        send(channel, "   ")
    with pytest.raises(RecipientError):
        send(channel, chat="")
    assert len(fake_telegram.calls("sendMessage")) == 1


def test_retry_after_in_seconds_or_as_timedelta():
    assert retry_after_seconds(7) == 7.0
    assert retry_after_seconds(datetime.timedelta(seconds=12)) == 12.0


def test_the_pacer_spaces_sends_to_one_chat(fake_telegram):
    fake_telegram.add_chat(CHAT)
    fake_telegram.add_chat(OTHER_CHAT)
    paced = TelegramChannel(pacer=Pacer(per_chat=1.0, overall=0))
    send(paced)
    send(paced, chat=OTHER_CHAT)  # another chat need not wait
    send(paced)
    # Arrival times at the server: the pacer spaces the starts of sends, so allow for the
    # client's own set-up time on either side.
    times = [call.time for call in fake_telegram.calls("sendMessage")]
    assert times[1] - times[0] < 0.6
    assert times[2] - times[0] >= 0.85


def test_a_refused_send_gives_back_its_place_and_holds_its_chat(fake_telegram):
    """A 429 was not a message: the next send to another chat need not wait the overall
    spacing for it, while the refused chat waits as long as Telegram asked."""
    fake_telegram.add_chat(CHAT)
    fake_telegram.add_chat(OTHER_CHAT)
    pacer = Pacer(per_chat=0, overall=3.0)
    paced = TelegramChannel(pacer=pacer)
    fake_telegram.fail_next("retry_after", retry_after=5, methods=("sendMessage",))
    with pytest.raises(RetryableError):
        send(paced)
    started = time.monotonic()
    send(paced, chat=OTHER_CHAT)
    assert time.monotonic() - started < 1.5
    assert pacer._next_chat[str(CHAT)] >= started + 4


def test_bot_housekeeping_for_webhooks_and_polling(channel, fake_telegram):
    me = channel.get_me()
    assert me["username"] == "spcncl_test_bot" and me["is_bot"] is True

    assert channel.set_webhook("https://congnghiepchuluc-hanoi.gov.vn/tg/hook/", "s3cr3t_T-1")
    hook = fake_telegram.calls("setWebhook")[-1].params
    assert hook["secret_token"] == "s3cr3t_T-1"
    assert channel.get_webhook_info()["url"] == "https://congnghiepchuluc-hanoi.gov.vn/tg/hook/"
    with pytest.raises(ConfigurationError, match="webhook is active"):
        channel.get_updates()
    with pytest.raises(ConfigurationError, match="unallowed characters"):
        channel.set_webhook("https://congnghiepchuluc-hanoi.gov.vn/tg/hook/", "not allowed!")
    with pytest.raises(ConfigurationError, match=r"(?i)https url"):
        channel.set_webhook("http://congnghiepchuluc-hanoi.gov.vn/tg/hook/", "abc")

    assert channel.delete_webhook()
    assert channel.get_webhook_info()["url"] == ""
    first = fake_telegram.incoming_message(CHAT, "/start Zmlybl80Mg")
    updates = channel.get_updates(timeout=0)
    assert [u["update_id"] for u in updates] == [first["update_id"]]
    message = updates[0]["message"]
    assert message["text"] == "/start Zmlybl80Mg"
    assert message["entities"] == [{"offset": 0, "length": 6, "type": "bot_command"}]
    assert message["chat"]["id"] == CHAT

    # The next offset confirms the first update, which is then gone.
    assert channel.get_updates(offset=first["update_id"] + 1, timeout=0) == []


def test_get_updates_long_polls_until_an_update_arrives(channel, fake_telegram):
    timer = threading.Timer(0.3, fake_telegram.incoming_message, args=(CHAT, "/status"))
    started = time.monotonic()
    timer.start()
    updates = channel.get_updates(timeout=5)
    waited = time.monotonic() - started
    assert [u["message"]["text"] for u in updates] == ["/status"]
    assert 0.25 <= waited < 3

    started = time.monotonic()
    assert channel.get_updates(offset=updates[-1]["update_id"] + 1, timeout=1) == []
    assert time.monotonic() - started >= 0.9
    assert fake_telegram.calls("getUpdates")[-1].params["timeout"] == 1
