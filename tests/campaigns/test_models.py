"""Campaign deadlines and targets, phone numbers, introducers, and the consent log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from outreach.campaigns.models import (
    Campaign,
    Channel,
    ConsentRecord,
    Contact,
    IntroducerKind,
    Purpose,
    TargetFirm,
)
from outreach.campaigns.phones import display_phone, normalize_phone

pytestmark = pytest.mark.django_db


def test_deadlines_in_order_pass(campaign):
    campaign.full_clean()
    assert next(day for _label, day in campaign.deadlines()) == date(2099, 3, 31)
    assert campaign.next_deadline(date(2099, 9, 1))[1] == date(2099, 10, 20)
    assert campaign.next_deadline(date(2099, 12, 11)) is None


def test_comment_window_ending_before_it_opens_is_refused(campaign):
    campaign.comments_close = date(2099, 10, 26)
    with pytest.raises(ValidationError) as caught:
        campaign.full_clean()
    assert list(caught.value.error_dict) == ["comments_close"]
    assert caught.value.error_dict["comments_close"][0].code == "deadline_order"


def test_each_deadline_is_checked_against_every_earlier_one(campaign):
    campaign.council_meeting = None
    campaign.comments_open = date(2099, 8, 1)  # before the dossier deadline
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        campaign.full_clean()
    message = caught.value.message_dict["comments_open"][0]
    assert "01/08/2099" in message and "31/08/2099" in message


def test_deadline_far_from_the_campaign_year_is_refused(campaign):
    campaign.ceremony = date(2097, 12, 1)
    with pytest.raises(ValidationError) as caught:
        campaign.full_clean()
    assert "ceremony" in caught.value.error_dict


def test_target_range_upside_down_is_refused(campaign):
    campaign.firms_min, campaign.firms_max = 40, 30
    with pytest.raises(ValidationError) as caught:
        campaign.full_clean()
    assert caught.value.error_dict["firms_max"][0].code == "target_order"
    assert Campaign.range_label(30, 40) == "30–40" and Campaign.range_label(None, 5) == "5"


@pytest.mark.parametrize(
    "typed",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "+84 912 345 678",
        "84912345678",
        "+84912345678",
        "(+84) 912-345-678",
        "0084912345678",
    ],
)
def test_mobile_numbers_in_any_usual_form_become_one(typed):
    assert normalize_phone(typed, mobile_only=True) == "+84912345678"


def test_fixed_lines_are_phones_but_not_zalo_numbers():
    assert normalize_phone("024 3825 1234") == "+842438251234"
    assert display_phone("+842438251234") == "024 3825 1234"
    assert display_phone("+84912345678") == "0912 345 678"
    with pytest.raises(ValidationError):
        normalize_phone("024 3825 1234", mobile_only=True)


@pytest.mark.parametrize(
    "typed", ["12345", "0112345678", "091234567", "09123456789", "abc", "+1 555 0100"]
)
def test_invalid_phones_are_refused_with_a_message(typed):
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        normalize_phone(typed)
    assert typed in caught.value.messages[0]


def test_contact_phones_are_stored_canonical_and_checked_on_entry(contact):
    contact.refresh_from_db()
    assert contact.phone == contact.zalo_phone == "+84912345678"
    bad = Contact(firm=contact.firm, name="Sai Số", phone="0912", zalo_phone="024 3825 1234")
    with pytest.raises(ValidationError) as caught:
        bad.full_clean()
    assert set(caught.value.error_dict) == {"phone", "zalo_phone"}


def test_introducer_needs_a_ward_or_a_name(firm):
    firm.introduced_by_kind = IntroducerKind.WARD
    with pytest.raises(ValidationError) as caught:
        firm.full_clean()
    assert "introduced_by_ward" in caught.value.error_dict
    firm.introduced_by_kind = IntroducerKind.ASSOCIATION
    with pytest.raises(ValidationError):
        firm.full_clean()
    firm.introduced_by_name = "Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội"
    firm.full_clean()
    assert firm.introducer == "Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội"


def test_a_firm_is_once_per_campaign(firm):
    again = TargetFirm(campaign=firm.campaign, enterprise=firm.enterprise)
    with pytest.raises(ValidationError) as caught:
        again.full_clean()
    assert "enterprise" in caught.value.error_dict


def _consent(contact, granted, at, channel=Channel.ZALO, purpose=Purpose.CAMPAIGN_NOTICES):
    return ConsentRecord.objects.create(
        contact=contact,
        purpose=purpose,
        channel=channel,
        granted=granted,
        notice_text="Sở Công Thương Hà Nội gửi nhắc hạn hồ sơ qua Zalo tới số điện thoại này.",
        method=ConsentRecord.Method.FORM,
        at=at,
    )


def test_no_record_means_no_consent(contact):
    assert not contact.has_consent(Purpose.CAMPAIGN_NOTICES, Channel.ZALO)


def test_the_latest_record_decides_per_purpose_and_channel(contact):
    now = timezone.now()
    _consent(contact, True, now - timedelta(days=3))
    _consent(contact, True, now - timedelta(days=3), channel=Channel.EMAIL)
    assert contact.has_consent(Purpose.CAMPAIGN_NOTICES, Channel.ZALO)
    _consent(contact, False, now - timedelta(minutes=1))
    assert not contact.has_consent(Purpose.CAMPAIGN_NOTICES, Channel.ZALO)
    # Other channels and purposes are untouched by that withdrawal, and never implied.
    assert contact.has_consent(Purpose.CAMPAIGN_NOTICES, Channel.EMAIL)
    assert not contact.has_consent(Purpose.PROGRAMME_NEWS, Channel.EMAIL)
    states = {(r.purpose, r.channel): r.granted for r in contact.consent_states()}
    assert states == {("campaign_notices", "email"): True, ("campaign_notices", "zalo"): False}


def test_senders_find_the_consenting_contacts_in_one_query(contact, django_assert_num_queries):
    other = Contact.objects.create(firm=contact.firm, name="Người Khác", email="khac@vi-du.vn")
    now = timezone.now()
    _consent(contact, True, now - timedelta(days=2))
    _consent(other, True, now - timedelta(days=2), channel=Channel.EMAIL)
    _consent(other, False, now - timedelta(days=1), channel=Channel.EMAIL)
    _consent(other, True, now - timedelta(hours=1), channel=Channel.EMAIL)
    firm_contacts = Contact.objects.filter(firm=contact.firm)
    with django_assert_num_queries(1):
        zalo = list(firm_contacts.consenting(Purpose.CAMPAIGN_NOTICES, Channel.ZALO))
    assert zalo == [contact]
    email = firm_contacts.consenting(Purpose.CAMPAIGN_NOTICES, Channel.EMAIL)
    assert list(email) == [other] and other.has_consent(Purpose.CAMPAIGN_NOTICES, Channel.EMAIL)
    _consent(contact, False, now)
    assert not firm_contacts.consenting(Purpose.CAMPAIGN_NOTICES, Channel.ZALO).exists()


def test_consent_log_is_append_only(contact):
    record = _consent(contact, True, timezone.now())
    assert len(record.notice_hash) == 64
    record.granted = False
    with pytest.raises(ValidationError):
        record.save()
    with pytest.raises(ValidationError):
        record.delete()
    with pytest.raises(ValidationError):
        ConsentRecord.objects.filter(pk=record.pk).update(granted=False)
    with pytest.raises(ValidationError):
        ConsentRecord.objects.filter(pk=record.pk).delete()
    assert ConsentRecord.objects.get(pk=record.pk).granted is True


def test_consent_for_a_channel_the_contact_lacks_is_refused(firm):
    contact = Contact.objects.create(firm=firm, name="Chỉ Có Tên")
    record = ConsentRecord(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.EMAIL,
        granted=True,
        notice_text="…",
        method=ConsentRecord.Method.PHONE_CALL,
    )
    with pytest.raises(ValidationError) as caught:
        record.full_clean()
    assert "channel" in caught.value.error_dict
