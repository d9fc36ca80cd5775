"""Link tokens, deep links, QR codes, linking and opting out, and the send guard."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.utils import timezone

from bots import linking
from bots.channels.base import ConfigurationError, Message
from bots.delivery import OptedOutError, ensure_may_send, is_opted_out, send_message
from bots.linking import LinkStatus, identity_linked, identity_opted_out
from bots.models import ChatIdentity, LinkToken

pytestmark = pytest.mark.django_db

FIRM = "Công ty CP Bóng đèn Phích nước Rạng Đông"


@pytest.fixture
def signals():
    """What the linking signals told their receivers."""
    seen = {"linked": [], "opted_out": []}

    def on_linked(sender, identity, subject, resumed, **kwargs):
        seen["linked"].append((subject, identity.external_id, resumed))

    def on_opted_out(sender, identity, **kwargs):
        seen["opted_out"].append(identity.external_id)

    identity_linked.connect(on_linked)
    identity_opted_out.connect(on_opted_out)
    yield seen
    identity_linked.disconnect(on_linked)
    identity_opted_out.disconnect(on_opted_out)


def test_token_fits_telegram_start_payload_and_expires_after_the_default(settings):
    settings.BOTS_LINK_TOKEN_DAYS = 30
    before = timezone.now()
    token = linking.issue_link_token("campaigns.contact:42", FIRM)
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,64}", token.token)
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{8}", token.code)
    assert timedelta(days=30) <= token.expires_at - before <= timedelta(days=30, seconds=5)
    other = linking.issue_link_token("campaigns.contact:43", "Công ty Khác")
    assert other.token != token.token and other.code != token.code


def test_token_lifetime_comes_from_the_argument_or_the_setting(settings):
    settings.BOTS_LINK_TOKEN_DAYS = 7
    assert linking.issue_link_token("s:1", FIRM).expires_at - timezone.now() > timedelta(days=6)
    short = linking.issue_link_token("s:1", FIRM, ttl=timedelta(hours=2))
    assert short.expires_at - timezone.now() < timedelta(hours=2, seconds=1)


def test_token_needs_a_subject_and_a_name():
    with pytest.raises(ValueError):
        linking.issue_link_token(" ", FIRM)
    with pytest.raises(ValueError):
        linking.issue_link_token("s:1", "")


def test_deep_link_uses_the_bot_username(settings):
    settings.TELEGRAM_BOT_USERNAME = "spcncl_test_bot"
    token = linking.issue_link_token("s:1", FIRM)
    assert linking.telegram_deep_link(token) == f"https://t.me/spcncl_test_bot?start={token.token}"
    with pytest.raises(ValueError):
        linking.telegram_deep_link("có dấu")
    with pytest.raises(ValueError):
        linking.telegram_deep_link("x" * 65)
    settings.TELEGRAM_BOT_USERNAME = ""
    with pytest.raises(ConfigurationError):
        linking.telegram_deep_link(token)


def test_qr_svg_is_well_formed_and_labelled():
    url = "https://t.me/spcncl_test_bot?start=abc_DEF-123"
    svg = linking.qr_svg(url)
    root = ElementTree.fromstring(svg)
    assert root.get("role") == "img" and root.get("aria-label") == url
    path = root.find("{http://www.w3.org/2000/svg}path")
    assert path is not None and path.get("d").count("M") > 50


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools is not installed")
def test_qr_png_decodes_to_the_link(tmp_path):
    url = "https://t.me/spcncl_test_bot?start=Zmlybl80Mg_abc-DEF"
    image = tmp_path / "qr.png"
    image.write_bytes(linking.qr_png(url))
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, check=True
    )
    assert decoded.stdout.strip() == url


def test_zns_phone_takes_the_forms_firms_write():
    assert linking.zns_phone("0987 654 321") == "84987654321"
    assert linking.zns_phone("+84 987-654-321") == "84987654321"
    assert linking.zns_phone("987654321") == "84987654321"
    assert linking.zns_phone("hỏi lại") == ""


def test_link_greets_by_token_and_fires_the_signal_once(signals):
    token = linking.issue_link_token("campaigns.contact:42", FIRM)
    result = linking.link_with_token("telegram", "1001", token.token)
    assert result.status == LinkStatus.LINKED
    identity = ChatIdentity.objects.get(channel="telegram", external_id="1001")
    assert identity.subject == "campaigns.contact:42"
    assert identity.display_name == FIRM
    assert identity.linked_at is not None
    token.refresh_from_db()
    assert token.used_by == identity and token.used_at is not None
    # The same chat opening its link again is told it is linked; nothing fires twice.
    again = linking.link_with_token("telegram", "1001", token.token)
    assert again.status == LinkStatus.ALREADY_LINKED
    assert signals["linked"] == [("campaigns.contact:42", "1001", False)]


def test_a_used_token_does_not_link_another_chat():
    token = linking.issue_link_token("campaigns.contact:42", FIRM)
    assert linking.link_with_token("telegram", "1001", token.token).ok
    result = linking.link_with_token("telegram", "2002", token.token)
    assert result.status == LinkStatus.USED
    assert not ChatIdentity.objects.get(external_id="2002").is_linked


def test_expired_and_unknown_tokens_link_nothing():
    token = linking.issue_link_token("s:1", FIRM, ttl=timedelta(days=1))
    LinkToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert linking.link_with_token("telegram", "1001", token.token).status == LinkStatus.EXPIRED
    assert linking.link_with_token("telegram", "1001", "no-such-token").status == "unknown"
    assert not LinkToken.objects.get(pk=token.pk).is_used


def test_zalo_code_links_typed_in_any_case_and_spacing():
    token = linking.issue_link_token("s:7", FIRM)
    typed = f"{token.code[:4].lower()} {token.code[4:]}"
    result = linking.link_with_token("zalo", "246845883529197922", typed)
    assert result.status == LinkStatus.LINKED
    assert result.identity.channel == "zalo"


def test_opt_out_is_recorded_once_and_resumed_by_the_chat(signals):
    token = linking.issue_link_token("s:1", FIRM)
    identity = linking.link_with_token("telegram", "1001", token.token).identity
    assert linking.opt_out(identity) is True
    first = ChatIdentity.objects.get(pk=identity.pk).opted_out_at
    assert linking.opt_out(identity) is False  # repeating /stop changes nothing
    assert ChatIdentity.objects.get(pk=identity.pk).opted_out_at == first
    assert signals["opted_out"] == ["1001"]
    assert is_opted_out("telegram", "1001") and is_opted_out("telegram", 1001)
    assert not is_opted_out("zalo", "1001")
    assert linking.resume(identity) is True
    assert not is_opted_out("telegram", "1001")
    assert signals["linked"][-1] == ("s:1", "1001", True)


def test_send_guard_refuses_opted_out_and_unfollowed_chats(channels):
    identity = linking.touch_identity("telegram", "1001")
    send_message("telegram", Message(recipient="1001", text="Nhắc hạn nộp hồ sơ"))
    linking.opt_out(identity)
    with pytest.raises(OptedOutError):
        send_message("telegram", Message(recipient="1001", text="Nhắc lần hai"))
    with pytest.raises(OptedOutError):
        ensure_may_send("telegram", "1001")
    send_message("telegram", Message(recipient="1001", text="Đã hủy"), confirming_opt_out=True)
    assert channels["telegram"].texts() == ["Nhắc hạn nộp hồ sơ", "Đã hủy"]
    linking.record_follow("555", followed=True)
    ensure_may_send("zalo", "555")
    linking.record_follow("555", followed=False)
    with pytest.raises(OptedOutError):
        ensure_may_send("zalo", "555")
    ensure_may_send("email", "contact@example.vn")  # consent for e-mail lives elsewhere


def _claim_concurrently(token_text: str, chats: list[str]) -> list[str]:
    barrier = threading.Barrier(len(chats))
    results: list[str] = []

    def claim(chat: str) -> None:
        try:
            barrier.wait()
            results.append(linking.link_with_token("telegram", chat, token_text).status)
        finally:
            connection.close()

    threads = [threading.Thread(target=claim, args=(chat,)) for chat in chats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_chats_starting_with_one_token_at_once_link_once():
    token = linking.issue_link_token("campaigns.contact:42", FIRM)
    results = _claim_concurrently(token.token, ["3001", "3002", "3003", "3004"])
    assert sorted(results) == ["linked", "used", "used", "used"]
    assert ChatIdentity.objects.exclude(subject="").count() == 1


def test_on_linked_calls_back_with_subject_and_identity():
    calls = []

    def remember(subject, identity):
        calls.append((subject, identity.external_id))

    linking.on_linked(remember)
    linking.on_linked(remember)  # once is enough
    try:
        token = linking.issue_link_token("campaigns.contact:8", FIRM)
        linking.link_with_token("zalo", "8080", token.code)
    finally:
        identity_linked.disconnect(
            dispatch_uid=f"bots.on_linked:{__name__}.{remember.__qualname__}"
        )
    assert calls == [("campaigns.contact:8", "8080")]
