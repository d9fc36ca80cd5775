"""Campaign contacts on the chat channels: the link staff hand out, the addresses notices use,
and the commands a linked firm sends the bot (over HTTP, to the fake Bot API)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from bots.linking import link_with_token, opt_out
from outreach.campaigns.chat import contact_addresses, current_link_token
from outreach.campaigns.pipeline import advance
from outreach.invitations.models import PersonalLink
from tests.bots.conftest import TELEGRAM_SECRET, TelegramSender

pytestmark = pytest.mark.django_db


@pytest.fixture
def webhook_settings(settings):
    settings.TELEGRAM_WEBHOOK_SECRET = TELEGRAM_SECRET
    settings.TELEGRAM_BOT_USERNAME = "spcncl_test_bot"
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    return settings


CHAT = 515151


def test_addresses_follow_linked_chats_phone_and_email(contact):
    assert contact_addresses(contact) == {
        "zalo_zns": "84912345678",
        "email": "minh.hoa@vi-du.vn",
    }
    token = current_link_token(contact)
    assert current_link_token(contact) == token  # the same link until it is used
    result = link_with_token("telegram", str(CHAT), token.token)
    assert result.ok
    assert contact_addresses(contact)["telegram"] == str(CHAT)
    assert current_link_token(contact) != token  # a used token gives way to a new one
    opt_out(result.identity)
    assert "telegram" not in contact_addresses(contact)


def test_a_linked_firm_asks_the_bot_its_status_dates_and_forms(
    client, webhook_settings, fake_telegram, contact, firm
):
    fake_telegram.add_chat(CHAT, "Hoạ")
    sender = TelegramSender(client)
    sender.send(CHAT, f"/start {current_link_token(contact).token}")
    assert "Công ty Cổ phần Thử Nghiệm Vận Động" in fake_telegram.messages_to(CHAT)[-1]["text"]

    advance(firm, "invited", source="staff")
    sender.send(CHAT, "/status")
    status = fake_telegram.messages_to(CHAT)[-1]["text"]
    assert "2099" in status
    assert firm.get_stage_display().lower() in status

    sender.send(CHAT, "/deadlines")
    assert "31/08/2099" in fake_telegram.messages_to(CHAT)[-1]["text"]

    sender.send(CHAT, "/forms")
    assert PersonalLink.for_firm(firm).full_url in fake_telegram.messages_to(CHAT)[-1]["text"]

    fake_telegram.add_chat(CHAT + 1, "Người lạ")
    sender.send(CHAT + 1, "/status")
    assert "invitation" in fake_telegram.messages_to(CHAT + 1)[-1]["text"] or (
        "thư mời" in fake_telegram.messages_to(CHAT + 1)[-1]["text"]
    )


def test_officers_see_the_chat_link_page_editors_do_not(officer_client, editor, contact, settings):
    settings.TELEGRAM_BOT_USERNAME = "spcncl_test_bot"
    url = reverse("campaigns_contact_chat", args=[contact.pk])
    response = officer_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    token = current_link_token(contact)
    assert f"https://t.me/spcncl_test_bot?start={token.token}" in html
    assert token.code in html
    assert "<svg" in html
    officer_client.force_login(editor)
    assert officer_client.get(url).status_code == 403
