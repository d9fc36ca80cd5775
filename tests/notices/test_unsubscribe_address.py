"""The e-mail opt-out records the address of the person who withdrew, not the proxy's."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from outreach.campaigns.models import Channel, ConsentRecord
from outreach.notices.addresses import unsubscribe_url

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


def test_withdrawal_records_the_client_behind_a_trusted_proxy(
    client, settings, make_firm, make_contact
):
    settings.TRUSTED_PROXIES = [PROXY]
    contact = make_contact(make_firm(), consents=("email",))
    path = urlsplit(unsubscribe_url(contact)).path
    response = client.post(path, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert response.status_code == 200
    record = ConsentRecord.objects.filter(contact=contact, granted=False).get()
    assert record.channel == Channel.EMAIL and record.ip_address == "203.0.113.7"
