"""Admin screens of the chat channels: identities listed read-only, tokens with their link
and QR code."""

from __future__ import annotations

import pytest
from django.urls import reverse

from bots import linking
from bots.models import ChatIdentity, LinkToken

pytestmark = pytest.mark.django_db

FIRM = "Công ty CP Điện cơ Hà Nội Thử"


@pytest.fixture
def staff_client(client, django_user_model, bot_settings):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(user)
    return client


@pytest.fixture
def linked(db):
    token = linking.issue_link_token("campaigns.contact:3", FIRM)
    linking.link_with_token("telegram", "5005", token.token)
    stopped = linking.touch_identity("zalo", "7007")
    linking.opt_out(stopped)
    return token


def test_identity_list_shows_firm_channel_and_opt_out(staff_client, linked):
    url = reverse("chat_identities:index")
    page = staff_client.get(url).content.decode()
    assert FIRM in page and "5005" in page and "7007" in page
    opted_out = staff_client.get(url, {"opted_out": "true"}).content.decode()
    assert "7007" in opted_out and "5005" not in opted_out
    telegram_only = staff_client.get(url, {"channel": "telegram"}).content.decode()
    assert "5005" in telegram_only and "7007" not in telegram_only
    found = staff_client.get(url, {"q": "Điện cơ"}).content.decode()
    assert "5005" in found and "7007" not in found
    export = staff_client.get(url, {"export": "csv"})
    assert "campaigns.contact:3" in export.getvalue().decode("utf-8-sig")


def test_menu_group_holds_the_chat_screens(staff_client):
    page = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    for name in ("chat_identities:index", "link_tokens:index", "inbound_updates:index"):
        assert reverse(name) in page


def test_identities_cannot_be_added_or_edited(staff_client, linked):
    identity = ChatIdentity.objects.get(external_id="5005")
    add = staff_client.get(reverse("chat_identities:add"))
    edit = staff_client.get(reverse("chat_identities:edit", args=[identity.pk]))
    assert add.status_code != 200 and edit.status_code != 200
    inspect = staff_client.get(reverse("chat_identities:inspect", args=[identity.pk]))
    assert inspect.status_code == 200 and FIRM in inspect.content.decode()


def test_token_detail_shows_link_qr_and_zalo_code(staff_client, linked):
    fresh = linking.issue_link_token("campaigns.contact:4", "Công ty Chờ Liên Kết")
    page = staff_client.get(reverse("link_tokens:inspect", args=[fresh.pk]))
    html = page.content.decode()
    link = f"https://t.me/spcncl_test_bot?start={fresh.token}"
    assert page.status_code == 200
    assert f'href="{link}"' in html and "<svg" in html
    assert f"LIENKET {fresh.code}" in html and "https://zalo.me/388613280878808645" in html
    png = staff_client.get(reverse("link_tokens:qr_png", args=[fresh.pk]))
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG")


def test_staff_issue_a_token_from_the_admin(staff_client):
    response = staff_client.post(
        reverse("link_tokens:add"),
        {"subject": "staff:quantri", "display_name": "Phòng Quản lý Công nghiệp", "expires_at": ""},
    )
    assert response.status_code == 302
    token = LinkToken.objects.get(subject="staff:quantri")
    assert len(token.token) >= 16 and token.expires_at > token.created_at
    edit = staff_client.get(reverse("link_tokens:edit", args=[token.pk]))
    assert edit.status_code != 200


def test_the_qr_download_needs_admin_access(client, linked):
    url = reverse("link_tokens:qr_png", args=[linked.pk])
    assert client.get(url).status_code in (302, 403)


def test_inbound_updates_show_why_a_reply_failed(staff_client, telegram, channels):
    channels["telegram"].refuse = True
    telegram.send(6006, "/help")
    url = reverse("inbound_updates:index")
    page = staff_client.get(url, {"status": "failed"}).content.decode()
    assert "bot was blocked by the user" in page
    assert staff_client.get(reverse("inbound_updates:add")).status_code != 200
