"""Notice templates are checked when saved: unknown placeholders, texts too long for their
channel, half-made versions."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from outreach.notices.models import NoticeTemplate


def _errors(**fields) -> dict[str, list[str]]:
    fields.setdefault("name", "Mẫu kiểm tra")
    with pytest.raises(ValidationError) as caught:
        NoticeTemplate(**fields).save()
    return caught.value.message_dict


def test_unknown_placeholder_refused_at_save(db):
    errors = _errors(telegram_text="Kính gửi {{ ten_cong_ty }}, hạn là {{ han_chot }}.")
    assert "ten_cong_ty" in errors["telegram_text"][0]
    assert "han_chot" not in errors["telegram_text"][0].split(".")[0]
    assert not NoticeTemplate.objects.filter(name="Mẫu kiểm tra").exists()


def test_malformed_braces_refused(db):
    errors = _errors(telegram_text="Kính gửi {{ tên doanh nghiệp }}")
    assert "{{ … }}" in errors["telegram_text"][0]


def test_unknown_placeholder_in_zns_parameter_and_email(db):
    errors = _errors(
        zns_template_id="tpl1",
        zns_params="ten = {{ ten_dn }}",
        email_subject="Hạn {{ han }}",
        email_body="Nội dung",
    )
    assert "ten_dn" in errors["zns_params"][0]
    assert "han" in errors["email_subject"][0]


def test_telegram_text_over_limit_refused(db):
    errors = _errors(telegram_text="a" * 4000)
    assert "4096" in errors["telegram_text"][0] or "4.096" in errors["telegram_text"][0]


def test_zalo_text_limit_counts_the_longest_firm_name(db):
    # 1,700 characters of text plus a firm name of up to 255 and the opt-out sentence: too long.
    errors = _errors(zalo_text="x" * 1700 + " {{ ten_doanh_nghiep }}")
    assert "zalo_text" in errors
    NoticeTemplate.objects.create(name="Vừa đủ", zalo_text="x" * 1500 + " {{ ten_doanh_nghiep }}")


def test_half_versions_and_empty_template_refused(db):
    assert "zns_params" in _errors(zns_template_id="tpl1")
    assert "email_body" in _errors(email_subject="Chỉ có tiêu đề")
    assert "telegram_text" in _errors()


def test_channels_in_the_order_they_are_tried(db):
    template = NoticeTemplate.objects.create(
        name="Đủ kênh",
        email_subject="Tiêu đề",
        email_body="Nội dung",
        telegram_text="Xin chào {{ ten_doanh_nghiep }}",
        zns_template_id="tpl1",
        zns_params="ten_doanh_nghiep = {{ ten_doanh_nghiep }}",
    )
    assert template.channels() == ["telegram", "zalo_zns", "email"]
    assert template.zns_data({"ten_doanh_nghiep": "Công ty A"}) == {"ten_doanh_nghiep": "Công ty A"}
