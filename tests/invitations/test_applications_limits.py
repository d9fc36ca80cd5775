"""The online application's limit: counted per client (read through trusted proxies only),
only for posts that passed the CSRF check, so one visitor cannot close applications for the
city; consent records keep the client's own address."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from outreach.campaigns.models import ConsentRecord
from outreach.invitations.models import Application, ApplicationVersion

from .applying import form_data, good_files

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


@pytest.fixture
def limit(settings):
    settings.APPLICATION_RATE_LIMIT = 2
    return 2


def apply_url(link=None) -> str:
    if link is None:
        return reverse("invitations:apply")
    return reverse("invitations:apply_personal", args=[link.token])


def empty_posts(client, count: int, **extra) -> None:
    for _ in range(count):
        assert client.post(apply_url(), {}, **extra).status_code in {200, 429}


def apply(client, link, **extra):
    return client.post(apply_url(link), {**form_data(), **good_files()}, **extra)


def test_empty_posts_from_one_address_do_not_close_applications_for_another(client, link, limit):
    empty_posts(client, 20, REMOTE_ADDR="203.0.113.7")
    assert client.post(apply_url(), {}, REMOTE_ADDR="203.0.113.7").status_code == 429
    assert apply(client, link, REMOTE_ADDR="198.51.100.1").status_code == 302
    assert ApplicationVersion.objects.count() == 1


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(client, link, limit, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    empty_posts(client, 20, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    refused = client.post(apply_url(), {}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert refused.status_code == 429
    assert (
        apply(client, link, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
        == 302
    )


def test_a_forged_header_from_an_untrusted_address_does_not_escape_the_limit(
    client, link, limit, settings
):
    settings.TRUSTED_PROXIES = [PROXY]
    for number in range(limit):
        client.post(
            apply_url(), {}, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}"
        )
    response = apply(client, link, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429
    assert not Application.objects.exists()


def test_posts_without_a_csrf_token_count_nothing(link, limit):
    forger = Client(enforce_csrf_checks=True)
    for _ in range(5):
        response = forger.post(apply_url(link), form_data(), REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 403
    firm = Client(enforce_csrf_checks=True)
    firm.get(apply_url(link), REMOTE_ADDR="203.0.113.7")
    token = firm.cookies["csrftoken"].value
    data = {**form_data(), **good_files(), "csrfmiddlewaretoken": token}
    assert firm.post(apply_url(link), data, REMOTE_ADDR="203.0.113.7").status_code == 302
    assert ApplicationVersion.objects.count() == 1


def test_the_consent_record_keeps_the_client_address_behind_a_trusted_proxy(client, link, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    response = apply(
        client, link, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7"
    )
    assert response.status_code == 302
    (record,) = ConsentRecord.objects.filter(contact__firm=link.firm)
    assert record.ip_address == "203.0.113.7"
