"""The Telegram webhook: only Telegram (by its secret token) gets in, bad bodies get 400 and
never 500, each update is answered once, through the worker, by the command registry."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Task

from bots import inbound, linking
from bots.channels.base import Message
from bots.delivery import OptedOutError, send_message
from bots.models import ChatIdentity, InboundUpdate, LinkToken

from .conftest import TELEGRAM_URL

pytestmark = pytest.mark.django_db

FIRM = "Công ty TNHH Cơ khí Đông Anh Thử"
CHAT = 987654321


@pytest.fixture
def token(db):
    return linking.issue_link_token("campaigns.contact:42", FIRM)


@contextmanager
def replaced_command(name: str):
    """Let a test register its own /`name`, then put back what the apps had registered."""
    before = next((c for c in inbound.registered_commands() if c.name == name), None)
    try:
        yield
    finally:
        inbound.unregister_command(name)
        if before is not None:
            inbound.register_command(
                before.name,
                before.handler,
                before.help_text,
                keywords=before.keywords,
                accepts_args=before.accepts_args,
            )


@pytest.fixture
def status_command():
    """A command another app would register (outreach registers /status)."""
    calls = []

    def status(message: inbound.InboundMessage) -> str:
        calls.append(message)
        name = message.identity.display_name if message.identity else "?"
        return f"Hồ sơ của {name}: đã nhận 2/3 tài liệu ({' '.join(message.args)})"

    with replaced_command("status"):
        inbound.register_command("status", status, "xem tình trạng hồ sơ của doanh nghiệp")
        yield calls


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", "test-secret_TOKEN-4"])
def test_forged_or_missing_secret_is_refused(telegram, channels, secret):
    response = telegram.post(telegram.update(CHAT, "/help"), secret=secret)
    assert response.status_code == 403
    assert response.content == b""
    assert not InboundUpdate.objects.exists()
    assert channels["telegram"].sent == []


def test_no_secret_configured_refuses_everything(telegram, settings):
    settings.TELEGRAM_WEBHOOK_SECRET = ""
    assert telegram.post(telegram.update(CHAT, "/help"), secret="").status_code == 403


def test_only_post_is_allowed(telegram):
    assert telegram.client.get(TELEGRAM_URL).status_code == 405


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe\x00",
        b"[1, 2]",
        b"{}",
        b'{"update_id": "12"}',
        b'{"update_id": true, "message": {}}',
        b'{"update_id": 12}',
        b'{"update_id": 12, "message": "hi"}',
        b'{"update_id": 12, "message": {"text": "/help"}}',
        b'{"update_id": 12, "message": {"chat": {"id": null}, "text": "/help"}}',
    ],
)
def test_bad_bodies_get_400(telegram, channels, body):
    response = telegram.post(body)
    assert response.status_code == 400
    assert response.content == b""
    assert not InboundUpdate.objects.exists()
    assert channels["telegram"].sent == []


def test_bodies_over_one_megabyte_get_400(telegram):
    update = telegram.update(CHAT, "x" * (1024 * 1024))
    assert telegram.post(update).status_code == 400
    small = json.dumps(telegram.update(CHAT, "/help"))
    assert telegram.post(small, CONTENT_LENGTH=str(2 * 1024 * 1024)).status_code == 400
    assert not InboundUpdate.objects.exists()


def test_start_links_the_chat_and_greets_the_firm_through_the_worker(telegram, channels, token):
    response = telegram.send(CHAT, f"/start {token.token}")
    assert response.status_code == 200
    update = InboundUpdate.objects.get()
    assert update.status == InboundUpdate.Status.DONE
    assert update.payload == {}  # the message text is not kept once answered
    task = Task.objects.get(name=f"bots-inbound-{update.pk}")
    assert task.success
    [reply] = channels["telegram"].sent
    assert reply.recipient == str(CHAT)
    assert FIRM in reply.text and "/stop" in reply.text
    identity = ChatIdentity.objects.get(channel="telegram", external_id=str(CHAT))
    assert identity.subject == "campaigns.contact:42" and identity.last_inbound_at
    assert LinkToken.objects.get(pk=token.pk).used_by == identity


def test_start_addressed_to_the_bot_by_name_links_too(telegram, channels, token):
    telegram.send(CHAT, f"/start@spcncl_test_bot {token.token}")
    assert FIRM in channels["telegram"].texts()[0]


def test_a_replayed_update_is_answered_once(telegram, channels, token):
    update = telegram.update(CHAT, f"/start {token.token}")
    assert telegram.post(update).status_code == 200
    assert telegram.post(update).status_code == 200
    assert InboundUpdate.objects.count() == 1
    assert len(channels["telegram"].sent) == 1


def test_used_expired_and_unknown_tokens_get_one_answer(telegram, channels, token):
    telegram.send(CHAT, f"/start {token.token}")
    telegram.send(CHAT + 1, f"/start {token.token}")
    stale = linking.issue_link_token("campaigns.contact:43", "Công ty Hết Hạn")
    expired_on = timezone.localtime(timezone.now() - timedelta(days=2))
    LinkToken.objects.filter(pk=stale.pk).update(expires_at=expired_on)
    telegram.send(CHAT + 2, f"/start {stale.token}")
    telegram.send(CHAT + 3, "/start ABC-not-a-token")
    used, expired, unknown = (channels["telegram"].texts(str(CHAT + n))[0] for n in (1, 2, 3))
    # A guesser must not learn whether a code exists, was used or has expired.
    assert used == expired == unknown
    assert FIRM not in used and "Công ty Hết Hạn" not in expired
    assert expired_on.strftime("%d/%m/%Y") not in expired
    assert ChatIdentity.objects.exclude(subject="").count() == 1


def test_start_without_a_token_explains_how_to_link(telegram, channels):
    telegram.send(CHAT, "/start")
    [text] = channels["telegram"].texts()
    assert "/help" in text
    assert not ChatIdentity.objects.get(external_id=str(CHAT)).is_linked


def test_stop_is_confirmed_once_and_then_nothing_is_sent(telegram, channels, token, status_command):
    telegram.send(CHAT, f"/start {token.token}")
    telegram.send(CHAT, "/stop")
    identity = ChatIdentity.objects.get(external_id=str(CHAT))
    stopped_at = identity.opted_out_at
    assert stopped_at is not None
    telegram.send(CHAT, "/status")
    telegram.send(CHAT, "/help")
    telegram.send(CHAT, "/stop")  # idempotent: confirmed again, nothing changes
    _greeting, confirmation, again = channels["telegram"].texts()
    assert "/start" in confirmation
    assert stopped_at.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y") in again
    assert ChatIdentity.objects.get(pk=identity.pk).opted_out_at == stopped_at
    with pytest.raises(OptedOutError):
        send_message("telegram", Message(recipient=str(CHAT), text="Nhắc hạn nộp hồ sơ"))
    assert len(channels["telegram"].sent) == 3
    # /start brings the messages back, greeting the firm again.
    telegram.send(CHAT, "/start")
    assert FIRM in channels["telegram"].texts()[-1]
    assert ChatIdentity.objects.get(pk=identity.pk).opted_out_at is None


def test_help_lists_commands_other_apps_register(telegram, channels, status_command):
    telegram.send(CHAT, "/help")
    [text] = channels["telegram"].texts()
    for line in ("/start: ", "/stop: ", "/help: ", "/status: xem tình trạng hồ sơ"):
        assert line in text


def test_registered_command_gets_the_identity_and_arguments(
    telegram, channels, token, status_command
):
    telegram.send(CHAT, f"/start {token.token}")
    telegram.send(CHAT, "/status 2026 chi-tiet")
    [message] = status_command
    assert message.identity.subject == "campaigns.contact:42"
    assert message.args == ("2026", "chi-tiet")
    assert (
        channels["telegram"].texts()[-1]
        == f"Hồ sơ của {FIRM}: đã nhận 2/3 tài liệu (2026 chi-tiet)"
    )


def test_free_text_and_unknown_commands_point_to_help(telegram, channels):
    telegram.send(CHAT, "Xin chào")
    telegram.send(CHAT, "/baocao")
    hint, unknown = channels["telegram"].texts()
    assert "/help" in hint
    assert "/baocao" in unknown and "/help" in unknown


def test_a_failing_command_gets_an_apology_not_silence(telegram, channels):
    def broken(message):
        raise RuntimeError("database of another app is down")

    with replaced_command("deadlines"):
        inbound.register_command("deadlines", broken, "hạn nộp")
        assert telegram.send(CHAT, "/deadlines").status_code == 200
    assert len(channels["telegram"].sent) == 1
    assert InboundUpdate.objects.get().status == InboundUpdate.Status.DONE


def test_a_refused_reply_marks_the_update_failed_but_answers_200(telegram, channels):
    channels["telegram"].refuse = True
    assert telegram.send(CHAT, "/help").status_code == 200
    update = InboundUpdate.objects.get()
    assert update.status == InboundUpdate.Status.FAILED
    assert "blocked" in update.error


def test_updates_without_a_message_are_accepted_and_not_kept(telegram, channels):
    edited = {"update_id": 77, "edited_message": {"chat": {"id": CHAT}, "text": "sửa"}}
    assert telegram.post(edited).status_code == 200
    assert not InboundUpdate.objects.exists()
    photo = telegram.update(CHAT, "")
    del photo["message"]["text"]
    photo["message"]["photo"] = [{"file_id": "x", "width": 1, "height": 1}]
    assert telegram.post(photo).status_code == 200
    assert InboundUpdate.objects.get().status == InboundUpdate.Status.IGNORED
    assert channels["telegram"].sent == []


@pytest.mark.parametrize("name", ["", "trạng_thái", "two words", "x" * 33])
def test_command_names_must_suit_telegram(name):
    with pytest.raises(ValueError):
        inbound.register_command(name, lambda message: None, "không hợp lệ")
