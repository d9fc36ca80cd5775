"""manage.py telegram_webhook and telegram_polling against the fake Bot API."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bots import linking
from bots.models import ChatIdentity, InboundUpdate, PollingOffset

from .conftest import TELEGRAM_SECRET, TelegramSender

pytestmark = pytest.mark.django_db


@pytest.fixture
def bot_api(bot_settings, fake_telegram):
    bot_settings.BASE_URL = "https://congnghiepchuluc-hanoi.gov.vn"
    return fake_telegram


def last(fake, method: str) -> dict:
    return fake.calls(method)[-1].params


def pending(fake) -> int:
    return fake.api_getwebhookinfo({})[0]["pending_update_count"]


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_set_registers_the_portal_address_with_the_secret(bot_api):
    output = run("telegram_webhook", "set")
    assert bot_api.webhook["url"] == "https://congnghiepchuluc-hanoi.gov.vn/bots/telegram/webhook/"
    assert bot_api.webhook["secret_token"] == TELEGRAM_SECRET
    assert "https://congnghiepchuluc-hanoi.gov.vn/bots/telegram/webhook/" in output
    assert last(bot_api, "setWebhook")["allowed_updates"] == ["message"]
    assert "congnghiepchuluc" in run("telegram_webhook", "info")


def test_set_with_url_delete_and_info(bot_api):
    run("telegram_webhook", "set", "--url", "https://dev.example.vn/bots/telegram/webhook/")
    assert bot_api.webhook["url"] == "https://dev.example.vn/bots/telegram/webhook/"
    run("telegram_webhook", "delete", "--drop-pending")
    assert bot_api.webhook == {}
    assert last(bot_api, "deleteWebhook")["drop_pending_updates"] is True
    assert "telegram_polling" in run("telegram_webhook", "info")


def test_set_refuses_without_secret_or_https(bot_api, settings):
    with pytest.raises(CommandError, match=r"http://127\.0\.0\.1:8000/bots"):
        run("telegram_webhook", "set", "--url", "http://127.0.0.1:8000/bots/telegram/webhook/")
    settings.TELEGRAM_WEBHOOK_SECRET = ""
    with pytest.raises(CommandError, match="TELEGRAM_WEBHOOK_SECRET"):
        run("telegram_webhook", "set")
    assert bot_api.calls("setWebhook") == []


def test_a_wrong_token_is_reported(bot_api, settings):
    settings.TELEGRAM_BOT_TOKEN = "999:wrong"
    with pytest.raises(CommandError, match="invalid token"):
        run("telegram_webhook", "info")


def test_polling_answers_updates_once_and_keeps_its_offset(bot_api):
    token = linking.issue_link_token("campaigns.contact:5", "Công ty Thử Polling")
    sender = TelegramSender(client=None)
    bot_api.add_chat(4242, "An")
    for text in (f"/start {token.token}", "/help"):
        bot_api.enqueue_update(sender.update(4242, text))
    output = run("telegram_polling", "--once", "--timeout", "0")
    assert output.rstrip().endswith(": 2")
    texts = [message["text"] for message in bot_api.messages_to(4242)]
    assert len(texts) == 2 and "Công ty Thử Polling" in texts[0]
    assert ChatIdentity.objects.get(external_id="4242").subject == "campaigns.contact:5"
    assert PollingOffset.objects.get(channel="telegram").offset == sender.update_id + 1
    # The next run asks from the saved offset: Telegram drops what was confirmed.
    run("telegram_polling", "--once", "--timeout", "0")
    assert last(bot_api, "getUpdates")["offset"] == sender.update_id + 1
    assert pending(bot_api) == 0
    assert len(bot_api.messages_to(4242)) == 2
    assert InboundUpdate.objects.count() == 2


def test_polling_while_a_webhook_is_set_says_what_to_do(bot_api):
    run("telegram_webhook", "set")
    with pytest.raises(CommandError, match="telegram_webhook delete"):
        run("telegram_polling", "--once", "--timeout", "0")
