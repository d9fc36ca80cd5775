"""The Zalo webhook: signed events only (X-ZEvent-Signature over app id, raw body, timestamp
and the OA secret key), within the retry window; follow, the link code and the keywords."""

from __future__ import annotations

import json

import pytest

from bots import linking
from bots.channels.base import Message
from bots.delivery import OptedOutError, send_message
from bots.models import ChatIdentity, InboundUpdate

from .conftest import ZALO_APP_ID, ZALO_URL, zalo_mac

pytestmark = pytest.mark.django_db

FIRM = "Công ty CP Dệt may Hà Nội Thử"
USER = "246845883529197922"


def test_signed_event_is_accepted_and_answered(zalo, channels):
    token = linking.issue_link_token("campaigns.contact:9", FIRM)
    assert zalo.send(USER, f"LIENKET {token.code}").status_code == 200
    [reply] = channels["zalo"].sent
    assert reply.recipient == USER and FIRM in reply.text and "HUY" in reply.text
    identity = ChatIdentity.objects.get(channel="zalo", external_id=USER)
    assert identity.subject == "campaigns.contact:9"


@pytest.mark.parametrize(
    "signature",
    [
        "",
        "mac=",
        "mac=" + "0" * 64,
        zalo_mac(b"{}", timestamp="1"),
        "signed-by-someone",
    ],
)
def test_forged_or_missing_signature_is_refused(zalo, channels, signature):
    event = zalo.text_event(USER, "TROGIUP")
    response = zalo.post(event, signature=signature or "")
    assert response.status_code == 403
    assert response.content == b""
    assert not InboundUpdate.objects.exists() and channels["zalo"].sent == []


def test_signature_with_another_key_or_a_changed_body_is_refused(zalo):
    event = zalo.text_event(USER, "TROGIUP")
    body = json.dumps(event).encode()
    wrong_key = zalo_mac(body, timestamp=event["timestamp"], key="other-key")
    assert zalo.post(event, body=body, signature=wrong_key).status_code == 403
    signed = zalo_mac(body, timestamp=event["timestamp"])
    tampered = body.replace(b"TROGIUP", b"HUY")
    assert zalo.post(event, body=tampered, signature=signed).status_code == 403
    assert zalo.post(event, body=body, signature=signed.upper()).status_code == 200


def test_events_of_another_app_and_unconfigured_secret_are_refused(zalo, settings):
    event = zalo.text_event(USER, "TROGIUP", app_id="111")
    assert zalo.post(event).status_code == 403  # correctly signed, but not our app
    settings.ZALO_OA_SECRET_KEY = ""
    assert zalo.send(USER, "TROGIUP").status_code == 403


@pytest.mark.parametrize(
    ("offset", "status"),
    [
        (-7 * 3600, 403),  # older than Zalo's retries: a replay
        (-110 * 60, 200),  # Zalo's last retry, about two hours on
        (-30, 200),
        (3600, 403),  # from the future
    ],
)
def test_timestamps_outside_the_retry_window_are_refused(zalo, offset, status):
    event = zalo.text_event(USER, "TROGIUP", timestamp=zalo.now_ms(offset))
    assert zalo.post(event).status_code == status


@pytest.mark.parametrize(
    "event",
    [
        [1, 2],
        {"event_name": "user_send_text", "timestamp": "1"},
        {"app_id": ZALO_APP_ID, "event_name": "user_send_text"},
        {"app_id": ZALO_APP_ID, "event_name": "user_send_text", "timestamp": "soon"},
        {"app_id": ZALO_APP_ID, "timestamp": "NOW"},
        {"app_id": ZALO_APP_ID, "event_name": "user_send_text", "timestamp": "NOW"},
        {
            "app_id": ZALO_APP_ID,
            "event_name": "user_send_text",
            "sender": {"id": USER},
            "message": {"text": "HUY"},
            "timestamp": "NOW",
        },
        {"app_id": ZALO_APP_ID, "event_name": "follow", "follower": {}, "timestamp": "NOW"},
    ],
)
def test_events_missing_fields_get_400(zalo, channels, event):
    """Signed correctly where they can be: what is missing is what the test is about."""
    if isinstance(event, dict) and event.get("timestamp") == "NOW":
        event = {**event, "timestamp": zalo.now_ms()}
    timestamp = str(event.get("timestamp", "")) if isinstance(event, dict) else ""
    response = zalo.post(event, signature=zalo_mac(json.dumps(event).encode(), timestamp=timestamp))
    assert response.status_code == 400
    assert not InboundUpdate.objects.exists() and channels["zalo"].sent == []


def test_bodies_that_are_not_json_or_too_large_get_400(zalo):
    assert zalo.post(None, body=b"app_id=1&timestamp=2", signature="mac=00").status_code == 400
    event = zalo.text_event(USER, "x" * (1024 * 1024))
    assert zalo.post(event).status_code == 400


def test_a_replayed_message_is_answered_once(zalo, channels):
    event = zalo.text_event(USER, "TROGIUP")
    assert zalo.post(event).status_code == 200
    assert zalo.post(event).status_code == 200  # Zalo's retry, or a replay
    assert InboundUpdate.objects.count() == 1
    assert len(channels["zalo"].sent) == 1


def test_follow_is_recorded_and_welcomed_with_how_to_link_and_stop(zalo, channels):
    event = zalo.follow_event(USER)
    assert zalo.post(event).status_code == 200
    assert zalo.post(event).status_code == 200
    [welcome] = channels["zalo"].texts()
    assert "LIENKET" in welcome and "HUY" in welcome
    identity = ChatIdentity.objects.get(channel="zalo", external_id=USER)
    assert identity.followed_at and identity.last_inbound_at and not identity.is_linked
    assert zalo.post(zalo.follow_event(USER, "unfollow")).status_code == 200
    with pytest.raises(OptedOutError):
        send_message("zalo", Message(recipient=USER, text="Nhắc hạn"))


def test_bare_code_and_diacritics_keyword_link_too(zalo, channels):
    first = linking.issue_link_token("campaigns.contact:1", FIRM)
    second = linking.issue_link_token("campaigns.contact:2", "Công ty Thứ Hai")
    zalo.send(USER, first.code.lower())
    zalo.send("1111", f"Liên kết {second.code[:4]} {second.code[4:]}")
    assert FIRM in channels["zalo"].texts(USER)[0]
    assert "Công ty Thứ Hai" in channels["zalo"].texts("1111")[0]


def test_huy_opts_out_once_and_a_sentence_with_huy_does_not(zalo, channels):
    token = linking.issue_link_token("campaigns.contact:9", FIRM)
    zalo.send(USER, f"LIENKET {token.code}")
    zalo.send(USER, "Huy đây, cho hỏi hạn nộp hồ sơ")  # a name, not the keyword
    assert not ChatIdentity.objects.get(external_id=USER).is_opted_out
    zalo.send(USER, "Hủy")
    zalo.send(USER, "TROGIUP")
    zalo.send(USER, "huỷ")
    texts = channels["zalo"].texts()
    assert len(texts) == 3  # greeting, confirmation, confirmation again; no help, no answer
    assert "LIENKET" in texts[1] or "/start" in texts[1]
    assert ChatIdentity.objects.get(external_id=USER).is_opted_out


def test_help_on_zalo_names_the_keywords(zalo, channels):
    zalo.send(USER, "trợ giúp")
    zalo.send(USER, "TROGIUP")
    text, same = channels["zalo"].texts()
    assert text == same
    assert "LIENKET: " in text and "HUY: " in text and "TROGIUP: " in text


def test_receipts_and_echoes_are_accepted_and_not_kept(zalo, channels):
    receipt = {
        "sender": {"id": "388613280878808645"},
        "recipient": {"id": USER},
        "event_name": "user_seen_message",
        "message": {"msg_ids": ["a1"]},
        "app_id": ZALO_APP_ID,
        "timestamp": zalo.now_ms(),
    }
    assert zalo.post(receipt).status_code == 200
    image = zalo.text_event(USER, "", event_name="user_send_image")
    image["message"] = {"msg_id": "img-1", "attachments": [{"type": "image", "payload": {}}]}
    assert zalo.post(image).status_code == 200
    assert list(InboundUpdate.objects.values_list("external_id", "status")) == [
        ("msg:img-1", "ignored")
    ]
    assert channels["zalo"].sent == []


def test_get_is_not_allowed(client):
    assert client.get(ZALO_URL).status_code == 405
