"""The Zalo adapters against the loopback fake: consultation messages within Zalo's 7-day
window, ZNS templates to phone numbers, and every documented error code turned into the
right error kind (HTTP 200 with the error in the body, as Zalo answers)."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from django.utils import timezone

from bots.channels.base import (
    ConfigurationError,
    CredentialError,
    ErrorKind,
    Message,
    RecipientError,
    RetryableError,
)
from bots.channels.zalo import (
    CONSULTATION_CODES,
    TEMPLATE_CODES,
    ZaloConsultationChannel,
    ZaloTemplateChannel,
    classify,
    normalise_phone,
    tracking_id,
)
from tests.fakes.zalo import CS_PATH, ZNS_PATH

pytestmark = pytest.mark.django_db

FOLLOWER = "2512523625412515"
TEMPLATE_ID = "7895417a7d3f9461cd2e"
PARAMS = {"ten_doanh_nghiep": 60, "han_nop": 10}


@pytest.fixture
def zns(fake_zalo, zalo_grant):
    fake_zalo.add_template(TEMPLATE_ID, PARAMS)
    return ZaloTemplateChannel()


def reminder(phone: str = "0987654321", **overrides) -> Message:
    values = {
        "recipient": phone,
        "template_id": TEMPLATE_ID,
        "template_data": {"ten_doanh_nghiep": "Công ty Cổ phần Rạng Đông", "han_nop": "30/06/2026"},
        "idempotency_key": "notice-12:contact-34:zalo_zns",
    }
    values.update(overrides)
    return Message(**values)


# --- consultation messages ------------------------------------------------------------------------


def test_consultation_message_reaches_a_recent_follower(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER, days_since_interaction=2)
    result = ZaloConsultationChannel().send(
        Message(recipient=FOLLOWER, text="Nhắc lịch: hạn nộp hồ sơ SPCNCL là 30/06.")
    )
    assert result.channel == "zalo"
    assert result.provider_message_id == fake_zalo.sent[0].message_id
    request = fake_zalo.requests_to(CS_PATH)[0]
    assert request.headers["access_token"] == zalo_grant.access_token
    assert "authorization" not in request.headers
    assert request.json() == {
        "recipient": {"user_id": FOLLOWER},
        "message": {"text": "Nhắc lịch: hạn nộp hồ sơ SPCNCL là 30/06."},
    }


def test_consultation_window_is_seven_days(fake_zalo, zalo_grant):
    fake_zalo.add_follower("inside", days_since_interaction=6.9)
    fake_zalo.add_follower("outside", days_since_interaction=7.1)
    channel = ZaloConsultationChannel()
    channel.send(Message(recipient="inside", text="Xin chào"))
    with pytest.raises(RecipientError) as raised:
        channel.send(Message(recipient="outside", text="Xin chào"))
    assert raised.value.code == -230
    assert raised.value.kind is ErrorKind.RECIPIENT


def test_an_interaction_reopens_the_window(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER, days_since_interaction=30)
    channel = ZaloConsultationChannel()
    with pytest.raises(RecipientError):
        channel.send(Message(recipient=FOLLOWER, text="Xin chào"))
    fake_zalo.add_follower(FOLLOWER, days_since_interaction=0)  # the firm wrote to the OA
    assert channel.send(Message(recipient=FOLLOWER, text="Xin chào")).provider_message_id


def test_the_window_closes_as_time_passes(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER, days_since_interaction=6)
    channel = ZaloConsultationChannel()
    channel.send(Message(recipient=FOLLOWER, text="Hôm nay"))
    fake_zalo.advance(2 * 86_400)
    with pytest.raises(RecipientError):
        channel.send(Message(recipient=FOLLOWER, text="Hai ngày sau"))


def test_not_a_follower_and_blocked_are_recipient_errors(fake_zalo, zalo_grant):
    fake_zalo.add_follower("blocked-us")
    fake_zalo.blocked.add("blocked-us")
    channel = ZaloConsultationChannel()
    with pytest.raises(RecipientError) as not_following:
        channel.send(Message(recipient="stranger", text="Xin chào"))
    with pytest.raises(RecipientError) as blocked:
        channel.send(Message(recipient="blocked-us", text="Xin chào"))
    assert (not_following.value.code, blocked.value.code) == (-213, -217)


def test_text_limits_are_checked_before_sending(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    channel = ZaloConsultationChannel()
    assert channel.max_length == 2000
    channel.send(Message(recipient=FOLLOWER, text="a" * 2000))
    with pytest.raises(ConfigurationError):
        channel.send(Message(recipient=FOLLOWER, text="a" * 2001))
    with pytest.raises(ConfigurationError):
        channel.send(Message(recipient=FOLLOWER, text="   "))
    with pytest.raises(RecipientError):
        channel.send(Message(recipient="", text="Xin chào"))
    assert len(fake_zalo.requests_to(CS_PATH)) == 1


def test_text_goes_out_composed(fake_zalo, zalo_grant):
    import unicodedata

    fake_zalo.add_follower(FOLLOWER)
    text = "Hạn nộp hồ sơ " * 142  # 1,988 characters composed, more decomposed
    decomposed = unicodedata.normalize("NFD", text)
    assert len(decomposed) > 2000
    ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text=decomposed))
    assert fake_zalo.sent[0].text == unicodedata.normalize("NFC", text)


def test_no_grant_is_a_credential_error(fake_zalo):
    with pytest.raises(CredentialError) as raised:
        ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert "connect" in str(raised.value).lower() or "kết nối" in str(raised.value).lower()
    assert fake_zalo.requests == []


def test_appsecret_proof_is_sent_when_asked(fake_zalo, zalo_grant, settings):
    fake_zalo.add_follower(FOLLOWER)
    settings.ZALO_APPSECRET_PROOF = True
    ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert len(fake_zalo.requests_to(CS_PATH)[0].headers["appsecret_proof"]) == 64
    settings.ZALO_APP_SECRET = "not-the-app-secret"
    with pytest.raises(ConfigurationError) as raised:
        ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert raised.value.code == -242


# --- ZNS template messages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("0987654321", "84987654321"),
        ("84987654321", "84987654321"),
        ("+84 987 654 321", "84987654321"),
        ("0987.654.321", "84987654321"),
        ("987654321", "84987654321"),  # a spreadsheet dropped the leading 0
        ("845123456", "84845123456"),  # 084 5123456: a 9-digit number starting with 84
        ("0084987654321", "84987654321"),
    ],
)
def test_phone_numbers_are_normalised(typed, normalised):
    assert normalise_phone(typed) == normalised


@pytest.mark.parametrize("typed", ["", "12345", "0241234567 9", "84012345678", "098765432101"])
def test_impossible_phone_numbers_are_recipient_errors(typed):
    with pytest.raises(RecipientError):
        normalise_phone(typed)


def test_template_message_goes_out_with_tracking_id(fake_zalo, zns):
    result = zns.send(reminder("0987 654 321"))
    assert result.channel == "zalo_zns"
    sent = fake_zalo.sent[0]
    assert result.provider_message_id == sent.message_id
    assert sent.recipient == "84987654321"
    assert sent.tracking_id == "notice-12:contact-34:zalo_zns"
    body = fake_zalo.requests_to(ZNS_PATH)[0].json()
    assert body["phone"] == "84987654321"
    assert body["template_id"] == TEMPLATE_ID
    assert body["template_data"]["han_nop"] == "30/06/2026"
    assert "mode" not in body
    assert result.raw["data"]["quota"]["remainingQuota"] == "499"


def test_long_idempotency_keys_become_a_stable_tracking_id():
    key = "notice-2026-dossier-deadline:contact-000123:zalo_zns:attempt-window-1"
    assert len(tracking_id(key)) == 48
    assert tracking_id(key) == tracking_id(key)
    assert tracking_id(key) != tracking_id(key + "x")


def test_dates_in_template_data_are_written_the_vietnamese_way(fake_zalo, zns):
    from datetime import date

    data = {"ten_doanh_nghiep": "Rạng Đông", "han_nop": date(2026, 6, 30)}
    zns.send(reminder(template_data=data))
    assert fake_zalo.sent[0].template_data["han_nop"] == "30/06/2026"


def test_unknown_template_and_missing_parameter_are_configuration_errors(fake_zalo, zns):
    with pytest.raises(ConfigurationError) as unknown:
        zns.send(reminder(template_id="no-such-template"))
    with pytest.raises(ConfigurationError) as missing:
        zns.send(reminder(template_data={"ten_doanh_nghiep": "Rạng Đông"}))
    with pytest.raises(ConfigurationError) as too_long:
        zns.send(reminder(template_data={"ten_doanh_nghiep": "x" * 61, "han_nop": "30/06"}))
    with pytest.raises(ConfigurationError):
        zns.send(reminder(template_id=""))
    assert (unknown.value.code, missing.value.code, too_long.value.code) == (-109, -1122, -1121)
    assert fake_zalo.sent == []


def test_phone_without_zalo_and_development_mode(fake_zalo, zns, settings):
    fake_zalo.phones_without_zalo.add("84912345678")
    with pytest.raises(RecipientError) as no_zalo:
        zns.send(reminder("0912345678"))
    assert no_zalo.value.code == -118
    settings.ZALO_ZNS_DEVELOPMENT = True
    fake_zalo.admin_phones.add("84987654321")
    zns.send(reminder("0987654321"))
    with pytest.raises(RecipientError) as not_admin:
        zns.send(reminder("0901234567"))
    assert not_admin.value.code == -127
    assert fake_zalo.requests_to(ZNS_PATH)[-1].json()["mode"] == "development"


def test_daily_quota_waits_until_midnight_in_hanoi(fake_zalo, zns):
    fake_zalo.daily_quota = 2
    zns.send(reminder("0987654321"))
    zns.send(reminder("0987654322"))
    with pytest.raises(RetryableError) as raised:
        zns.send(reminder("0987654323"))
    assert raised.value.code == -144
    local = timezone.localtime()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    seconds_left = 86_400 - (local - midnight).total_seconds()
    assert abs(raised.value.retry_after - seconds_left) < 5


def test_the_fake_checks_phone_numbers_as_zalo_does(fake_zalo, zalo_grant):
    """The client normalises first; the fake still refuses what Zalo refuses."""
    import requests

    fake_zalo.add_template(TEMPLATE_ID, PARAMS)
    for phone, code in [("0987654321", 0), ("987654321", 0), ("09876", -108), ("abc", -108)]:
        answer = requests.post(
            f"{fake_zalo.url}{ZNS_PATH}",
            json={
                "phone": phone,
                "template_id": TEMPLATE_ID,
                "template_data": {"ten_doanh_nghiep": "A", "han_nop": "B"},
            },
            headers={"access_token": zalo_grant.access_token},
            timeout=5,
        ).json()
        assert answer["error"] == code, phone


# --- transport faults -----------------------------------------------------------------------------


def test_server_error_and_timeout_are_retryable(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    channel = ZaloConsultationChannel()
    fake_zalo.fail_next("server_error")
    with pytest.raises(RetryableError) as server_error:
        channel.send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert server_error.value.code == 500
    fake_zalo.fail_next("slow")  # done, but answered too late: the send is in doubt
    with pytest.raises(RetryableError):
        channel.send(Message(recipient=FOLLOWER, text="Xin chào"))
    fake_zalo.fail_next("timeout")  # lost on the way: nothing done
    with pytest.raises(RetryableError):
        channel.send(Message(recipient=FOLLOWER, text="Lạc đường"))
    assert channel.send(Message(recipient=FOLLOWER, text="Xin chào")).provider_message_id
    time.sleep(fake_zalo.slow_seconds)  # both late requests have finished at the fake
    texts = [message.text for message in fake_zalo.sent]
    assert texts.count("Xin chào") == 2 and "Lạc đường" not in texts


def test_unreachable_zalo_is_retryable(fake_zalo, zalo_grant, settings):
    url = fake_zalo.url
    fake_zalo.stop()
    settings.ZALO_OPENAPI_URL = url
    with pytest.raises(RetryableError):
        ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))


def test_rate_limit_retries_after_a_minute(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    fake_zalo.fail_next("rate_limit")
    with pytest.raises(RetryableError) as raised:
        ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert (raised.value.code, raised.value.retry_after) == (-32, 60)


def test_seeded_random_faults_repeat_exactly(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)

    def outcomes() -> list[str]:
        fake_zalo.fail_randomly(0.5, ("server_error", "rate_limit"), seed=7)
        results = []
        for _ in range(12):
            try:
                ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
                results.append("ok")
            except RetryableError as error:
                results.append(str(error.code))
        return results

    first = outcomes()
    assert outcomes() == first
    assert {"ok", "500", "-32"} <= set(first)


# --- every documented code ------------------------------------------------------------------------

R, P, C, K = "retryable", "recipient", "credential", "configuration"
CONSULTATION_EXPECTED = {
    -32: R, -100: K, -200: R, -201: K, -204: K, -205: K, -209: K, -210: K, -211: R, -212: K,
    -213: P, -216: C, -217: P, -218: P, -219: K, -220: C, -221: K, -223: C, -224: K, -227: P,
    -230: P, -232: P, -233: K, -234: R, -240: K, -242: K, -244: P, -248: K, -320: K, -321: K,
}  # fmt: skip
TEMPLATE_EXPECTED = {
    -32: R, -100: R, -101: K, -102: K, -103: K, -104: K, -105: K, -106: K, -107: K, -108: P,
    -109: K, -110: P, -111: K, -112: K, -1121: K, -1122: K, -1124: K, -113: K, -114: P,
    -115: K, -116: K, -117: K, -118: P, -119: P, -124: C, -125: K, -126: K, -127: P, -131: K,
    -133: R, -135: K, -136: K, -137: K, -139: P, -141: P, -144: R, -146: K, -147: R,
}  # fmt: skip


def test_every_documented_code_has_a_kind():
    assert set(CONSULTATION_CODES) <= set(CONSULTATION_EXPECTED)
    assert set(TEMPLATE_CODES) <= set(TEMPLATE_EXPECTED)


@pytest.mark.parametrize(("code", "kind"), sorted(CONSULTATION_EXPECTED.items()))
def test_consultation_codes_over_the_wire(fake_zalo, zalo_grant, code, kind):
    fake_zalo.add_follower(FOLLOWER)
    # A token refusal is answered twice: the adapter refreshes and tries exactly once more.
    fake_zalo.answer_next(code, f"Zalo error {code}", count=2)
    with pytest.raises((RetryableError, RecipientError, CredentialError, ConfigurationError)) as e:
        ZaloConsultationChannel().send(Message(recipient=FOLLOWER, text="Xin chào"))
    assert (e.value.kind.value, e.value.code, e.value.channel) == (kind, code, "zalo")
    assert e.value.raw == {"error": code, "message": f"Zalo error {code}"}
    assert (e.value.retry_after is not None) == (kind == R and code != -200)


@pytest.mark.parametrize(("code", "kind"), sorted(TEMPLATE_EXPECTED.items()))
def test_template_codes_over_the_wire(fake_zalo, zns, code, kind):
    fake_zalo.answer_next(code, f"Zalo error {code}", count=2)
    with pytest.raises((RetryableError, RecipientError, CredentialError, ConfigurationError)) as e:
        zns.send(reminder())
    assert (e.value.kind.value, e.value.code, e.value.channel) == (kind, code, "zalo_zns")


def test_user_id_invalid_is_the_recipients_fault():
    error = classify("zalo", {"error": -201, "message": "user_id is invalid!"})
    assert isinstance(error, RecipientError)
    error = classify("zalo", {"error": -201, "message": "text is invalid!"})
    assert isinstance(error, ConfigurationError)


def test_unknown_code_is_retried_later():
    error = classify("zalo", {"error": -999, "message": "Something new"})
    assert isinstance(error, RetryableError)
    assert "-999" in str(error) and "Something new" in str(error)


def test_night_codes_wait_until_six_in_the_morning():
    tz = timezone.get_default_timezone()
    at_23 = datetime(2026, 12, 1, 23, 0, tzinfo=tz)
    at_2 = datetime(2026, 12, 2, 2, 30, tzinfo=tz)
    assert classify("zalo", {"error": -234}, now=at_23).retry_after == 7 * 3600
    assert classify("zalo_zns", {"error": -133}, now=at_2).retry_after == 3.5 * 3600
