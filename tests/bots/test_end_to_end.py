"""The whole path over HTTP: a firm's chat posts /start to the webhook, the worker links it
and greets it through the real Telegram adapter at the fake Bot API; /stop is the last
message it gets. Without a token the same replies land in the test outbox."""

from __future__ import annotations

import pytest

from bots import linking
from bots.channels.base import Message, RecipientError
from bots.delivery import send_message
from bots.models import ChatIdentity, OutboxMessage

from .conftest import TelegramSender

pytestmark = pytest.mark.django_db

CHAT = 424242


def test_a_firm_links_by_start_and_opts_out_by_stop_over_http(client, bot_settings, fake_telegram):
    fake_telegram.add_chat(CHAT, "Minh")
    token = linking.issue_link_token("campaigns.contact:7", "Công ty Cổ phần Rạng Đông")
    sender = TelegramSender(client)

    assert sender.send(CHAT, f"/start {token.token}").status_code == 200
    identity = ChatIdentity.objects.get(channel="telegram", external_id=str(CHAT))
    assert identity.subject == "campaigns.contact:7"
    (greeting,) = fake_telegram.messages_to(CHAT)
    assert "Công ty Cổ phần Rạng Đông" in greeting["text"]

    assert sender.send(CHAT, "/stop").status_code == 200
    assert len(fake_telegram.messages_to(CHAT)) == 2
    with pytest.raises(RecipientError):
        send_message("telegram", Message(recipient=str(CHAT), text="Nhắc hạn nộp hồ sơ"))
    assert len(fake_telegram.messages_to(CHAT)) == 2
    assert len(fake_telegram.calls("sendMessage")) == 2


def test_without_a_token_the_greeting_lands_in_the_outbox(client, bot_settings):
    bot_settings.TELEGRAM_BOT_TOKEN = ""
    token = linking.issue_link_token("campaigns.contact:8", "Công ty May 10")
    TelegramSender(client).send(CHAT, f"/start {token.token}")
    message = OutboxMessage.objects.get(recipient=str(CHAT))
    assert message.channel == "telegram"
    assert "Công ty May 10" in message.text
