"""The outbox channel: messages kept instead of sent, once per idempotency key, and read in
the admin by staff who hold the permission."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from bots.channels.base import ConfigurationError, Message, RecipientError
from bots.channels.email import EmailChannel
from bots.channels.outbox import OutboxChannel
from bots.channels.registry import get_channel
from bots.models import OutboxMessage

pytestmark = pytest.mark.django_db

INDEX = "outbox:index"


def test_a_message_is_stored_and_its_row_id_returned():
    result = OutboxChannel("zalo").send(
        Message(recipient="2512523625412515", text="Hạn nộp hồ sơ là 30/06/2026.")
    )
    row = OutboxMessage.objects.get()
    assert result.channel == "outbox"
    assert result.provider_message_id == str(row.pk)
    assert result.raw == {"outbox_id": row.pk, "stands_in_for": "zalo", "repeat": False}
    assert (row.channel, row.recipient, row.text) == (
        "zalo",
        "2512523625412515",
        "Hạn nộp hồ sơ là 30/06/2026.",
    )
    assert row.created is not None


def test_the_same_idempotency_key_is_stored_once():
    channel = OutboxChannel("telegram")
    message = Message(recipient="987654321", text="Nhắc lịch", idempotency_key="notice-7:42:tg")
    first = channel.send(message)
    again = channel.send(message)
    assert again.provider_message_id == first.provider_message_id
    assert again.raw["repeat"] is True
    assert OutboxMessage.objects.count() == 1

    # Another key, another channel, or no key at all: each is a message of its own.
    channel.send(Message(recipient="987654321", text="Nhắc lịch", idempotency_key="notice-8"))
    OutboxChannel("email").send(message)
    channel.send(Message(recipient="987654321", text="Không khoá"))
    channel.send(Message(recipient="987654321", text="Không khoá"))
    assert OutboxMessage.objects.count() == 5
    assert OutboxMessage.objects.filter(idempotency_key="notice-7:42:tg").count() == 2


def test_templates_and_limits_are_checked_like_the_real_channel():
    zns = OutboxChannel("zalo_zns")
    zns.send(
        Message(
            recipient="84987654321",
            template_id="7895417a7d3f9461cd2e",
            template_data={"han_nop": "30/06/2026"},
        )
    )
    assert OutboxMessage.objects.get().template_data == {"han_nop": "30/06/2026"}
    with pytest.raises(RecipientError):
        zns.send(Message(recipient=" ", text="x"))
    with pytest.raises(ConfigurationError):
        zns.send(Message(recipient="84987654321"))
    with pytest.raises(ConfigurationError, match="4097"):
        OutboxChannel("telegram", max_length=4096).send(Message(recipient="1", text="x" * 4097))
    with pytest.raises(ConfigurationError, match="quá dài"):
        zns.send(Message(recipient="84987654321", text="x", idempotency_key="k" * 201))
    assert OutboxMessage.objects.count() == 1


def test_the_registry_builds_each_channel(settings):
    settings.TELEGRAM_BOT_TOKEN = ""
    telegram = get_channel("telegram")
    assert isinstance(telegram, OutboxChannel)
    assert (telegram.stands_in_for, telegram.max_length) == ("telegram", 4096)
    assert isinstance(get_channel("email"), EmailChannel)
    outbox = get_channel("outbox")
    assert isinstance(outbox, OutboxChannel) and outbox.stands_in_for == "outbox"

    get_channel("telegram").send(Message(recipient="42", text="Không có token"))
    assert OutboxMessage.objects.get().channel == "telegram"


@pytest.fixture
def messages():
    telegram = OutboxChannel("telegram")
    zalo = OutboxChannel("zalo")
    return [
        telegram.send(Message(recipient="987654321", text="Hạn nộp hồ sơ SPCNCL 2026")),
        zalo.send(Message(recipient="2512523625412515", text="Mời dự hội nghị phổ biến")),
        telegram.send(
            Message(recipient="111222333", text="Lịch làm việc", metadata={"notice": 12})
        ),
    ]


@pytest.fixture
def viewer(client, django_user_model):
    """Staff who may open the admin and hold only the outbox's view permission."""
    user = django_user_model.objects.create_user("canbo", "canbo@example.vn", "x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_outboxmessage"),
    )
    client.force_login(user)
    return client


def test_staff_with_the_permission_list_filter_and_search(viewer, messages):
    response = viewer.get(reverse(INDEX))
    assert response.status_code == 200
    page = response.content.decode()
    for recipient in ("987654321", "2512523625412515", "111222333"):
        assert recipient in page
    assert reverse("outbox:inspect", args=[messages[0].provider_message_id]) in page

    only_zalo = viewer.get(reverse(INDEX), {"channel": "zalo"}).content.decode()
    assert "2512523625412515" in only_zalo and "987654321" not in only_zalo

    found = viewer.get(reverse("outbox:index_results"), {"q": "phổ biến"})
    assert found.status_code == 200
    text = found.content.decode()
    assert "2512523625412515" in text and "111222333" not in text


def test_the_detail_view_shows_the_whole_message(viewer, messages):
    response = viewer.get(reverse("outbox:inspect", args=[messages[2].provider_message_id]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Lịch làm việc" in page and "111222333" in page
    assert "&quot;notice&quot;: 12" in page


def test_the_outbox_is_read_only(viewer, messages):
    for name in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"outbox:{name}", args=[] if name == "add" else [1])
    page = viewer.get(reverse(INDEX)).content.decode()
    assert "/edit/" not in page and "/delete/" not in page


def test_anonymous_and_staff_without_the_permission_are_refused(
    client, django_user_model, messages
):
    url = reverse(INDEX)
    inspect = reverse("outbox:inspect", args=[messages[0].provider_message_id])
    for address in (url, inspect):
        response = client.get(address)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]

    staff = django_user_model.objects.create_user("bientap", "bt@example.vn", "x")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    for address in (url, inspect):
        response = client.get(address)
        assert response.status_code in (302, 403)
        assert "987654321" not in response.content.decode()
