"""The feedback form: required fields, limits, and bots and floods turned away with a message."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from cms.pages.models.contact import FORM_STAMP_SALT

pytestmark = pytest.mark.django_db


def form_data(client, page, **overrides):
    response = client.get(page.url)
    form = response.context["form"]
    data = dict.fromkeys(form.fields, "")
    data["form_started"] = form.initial["form_started"]
    for name, field in form.fields.items():
        if name in ("website", "form_started"):
            continue
        if getattr(field, "choices", None):
            data[name] = list(field.choices)[-1][0]
        elif "email" in field.__class__.__name__.lower():
            data[name] = "doanh.nghiep@example.com"
        else:
            data[name] = "Chúng tôi muốn hỏi về hồ sơ xét chọn năm nay."
    data.update(overrides)
    return data


def test_a_valid_message_is_stored_and_mailed(client, demo_site):
    page = demo_site["contact"]
    response = client.post(page.url, form_data(client, page))
    assert response.status_code == 200
    assert "Cảm ơn" in response.content.decode()
    submission = FormSubmission.objects.get(page=page)
    assert "website" not in submission.get_data()
    assert len(mail.outbox) == 1


def test_required_fields_are_reported_in_vietnamese(client, demo_site):
    page = demo_site["contact"]
    data = form_data(client, page)
    required = [n for n, f in client.get(page.url).context["form"].fields.items() if f.required]
    for name in required:
        data[name] = ""
    response = client.post(page.url, data)
    assert "Trường này là bắt buộc." in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_overlong_messages_are_refused(client, demo_site):
    page = demo_site["contact"]
    form = client.get(page.url).context["form"]
    multiline = next(n for n, f in form.fields.items() if getattr(f, "max_length", 0) == 5000)
    response = client.post(page.url, form_data(client, page, **{multiline: "x" * 5001}))
    assert "5000" in response.content.decode() or "5.000" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_honeypot_rejects_bots(client, demo_site):
    page = demo_site["contact"]
    response = client.post(page.url, form_data(client, page, website="http://spam.example"))
    assert "tự động" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_forged_or_instant_submissions_are_rejected(client, demo_site, settings):
    page = demo_site["contact"]
    response = client.post(page.url, form_data(client, page, form_started="forged"))
    assert "hết hạn" in response.content.decode()
    settings.FEEDBACK_MIN_SECONDS = 60
    response = client.post(page.url, form_data(client, page))
    assert "quá nhanh" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert FORM_STAMP_SALT


def test_floods_are_rate_limited(client, demo_site, settings):
    settings.FEEDBACK_RATE_LIMIT = 2
    page = demo_site["contact"]
    for _ in range(2):
        assert client.post(page.url, form_data(client, page)).status_code == 200
    response = client.post(page.url, form_data(client, page))
    assert response.status_code == 429
    assert "quá nhiều" in response.content.decode()
    assert FormSubmission.objects.count() == 2


def test_help_texts_are_announced_with_their_field(client, demo_site):
    import re

    page = demo_site["contact"]
    field = page.form_fields.first()
    field.help_text = "Ghi rõ tên doanh nghiệp"
    field.save()
    html = client.get(page.url).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described
    for target in described:
        assert f'id="{target}"' in html
