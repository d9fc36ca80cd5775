"""Revoking a firm's personal link unlinks the firm's chats and voids its unused chat codes:
the invitation that went astray carried them too. Driven over HTTP: the officer's revoke
button, and the chats' messages through the Telegram and Zalo webhooks."""

from __future__ import annotations

import pytest
from django.urls import reverse

from bots.models import ChatIdentity, LinkToken
from outreach.campaigns.chat import current_link_token, linked_chats
from outreach.campaigns.models import Contact
from tests.bots.conftest import TelegramSender, ZaloSender

pytestmark = pytest.mark.django_db

CHAT = 600_000_001
USER = "5501234567890"


def test_revoking_the_personal_link_unlinks_the_firms_chats(
    client, officer, link, bot_settings, channels
):
    firm = link.firm
    director = Contact.objects.create(firm=firm, name="Nguyễn Văn Giám Đốc")
    assistant = Contact.objects.create(firm=firm, name="Trần Thị Trợ Lý")
    telegram, zalo = TelegramSender(client), ZaloSender(client)
    telegram.send(CHAT, f"/start {current_link_token(director).token}")
    zalo.send(USER, f"LIENKET {current_link_token(assistant).code}")
    assert linked_chats(director) and linked_chats(assistant)
    spare = current_link_token(director)  # issued after the first was used, never sent

    client.force_login(officer)
    response = client.post(reverse("form_sets:firm_revoke_link", args=[firm.pk]), follow=True)
    assert response.status_code == 200
    assert "Đã hủy liên kết 2 cuộc trò chuyện" in response.content.decode()
    client.logout()

    assert linked_chats(director) == [] and linked_chats(assistant) == []
    assert not ChatIdentity.objects.exclude(subject="").exists()
    assert LinkToken.objects.get(pk=spare.pk).is_expired
    # The chats are strangers now: /status says so, and the spare code links nobody.
    telegram.send(CHAT, "/status")
    assert firm.enterprise.name not in channels["telegram"].texts(str(CHAT))[-1]
    telegram.send(CHAT + 1, f"/start {spare.token}")
    assert not ChatIdentity.objects.get(external_id=str(CHAT + 1)).is_linked
    # A new code issued afterwards links again.
    telegram.send(CHAT, f"/start {current_link_token(director).token}")
    assert [chat.external_id for chat in linked_chats(director)] == [str(CHAT)]
