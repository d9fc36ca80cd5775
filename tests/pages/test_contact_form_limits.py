"""The feedback form's limit counts each client on its own, read through trusted proxies only,
and never counts a post that failed the CSRF check."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from .test_contact_form import form_data

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


@pytest.fixture
def page(demo_site, settings):
    settings.FEEDBACK_RATE_LIMIT = 2
    return demo_site["contact"]


def post(client, page, **extra):
    return client.post(page.url, form_data(client, page), **extra)


def test_one_address_using_up_its_limit_does_not_block_another(client, page):
    for _ in range(2):
        assert post(client, page, REMOTE_ADDR="203.0.113.7").status_code == 200
    assert post(client, page, REMOTE_ADDR="203.0.113.7").status_code == 429
    assert post(client, page, REMOTE_ADDR="198.51.100.1").status_code == 200
    assert FormSubmission.objects.count() == 3


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(client, page, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    first = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    for _ in range(2):
        assert post(client, page, **first).status_code == 200
    assert post(client, page, **first).status_code == 429
    other = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    assert post(client, page, **other).status_code == 200


def test_a_forged_header_from_an_untrusted_address_does_not_escape_the_limit(
    client, page, settings
):
    settings.TRUSTED_PROXIES = [PROXY]
    for number in range(2):
        forged = {"REMOTE_ADDR": "203.0.113.7", "HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        assert post(client, page, **forged).status_code == 200
    forged = {"REMOTE_ADDR": "203.0.113.7", "HTTP_X_FORWARDED_FOR": "192.0.2.99"}
    assert post(client, page, **forged).status_code == 429


def test_empty_posts_count_for_their_sender_only(client, page):
    for _ in range(3):
        client.post(page.url, {}, REMOTE_ADDR="203.0.113.7")
    assert post(client, page, REMOTE_ADDR="203.0.113.7").status_code == 429
    assert post(client, page, REMOTE_ADDR="198.51.100.1").status_code == 200


def test_posts_without_a_csrf_token_count_nothing(page):
    strict = Client(enforce_csrf_checks=True)
    for _ in range(5):
        data = form_data(strict, page)
        data.pop("csrfmiddlewaretoken", None)
        strict.cookies.clear()
        assert strict.post(page.url, data, REMOTE_ADDR="203.0.113.7").status_code == 403
    honest = Client(enforce_csrf_checks=True)
    data = form_data(honest, page)
    data["csrfmiddlewaretoken"] = honest.cookies["csrftoken"].value
    assert honest.post(page.url, data, REMOTE_ADDR="203.0.113.7").status_code == 200
    assert FormSubmission.objects.count() == 1
