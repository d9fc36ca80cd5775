"""The client's address behind reverse proxies, the TRUSTED_PROXIES check, and the key the
public forms' attempt counters use."""

from __future__ import annotations

import pytest
from django.core.checks import run_checks
from django.test import RequestFactory

from bots.webhooks import sender_address
from cms.core.checks import check_trusted_proxies
from cms.core.clients import client_address
from cms.core.ratelimits import client_key

PROXY = "10.0.0.1"


def request(remote: str = PROXY, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "::1", "fd00::/8"]
    return settings


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_a_trusted_proxy_names_the_client(behind_proxy):
    assert client_address(request(PROXY, "203.0.113.7")) == "203.0.113.7"


def test_a_spoofed_first_hop_is_not_believed(behind_proxy):
    # The client sent "X-Forwarded-For: 198.51.100.1"; nginx appended the real address.
    assert client_address(request(PROXY, "198.51.100.1, 203.0.113.7")) == "203.0.113.7"


def test_a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop(behind_proxy):
    forwarded = "198.51.100.1, 203.0.113.7, 10.0.0.9"
    assert client_address(request(PROXY, forwarded)) == "203.0.113.7"


def test_an_untrusted_sender_cannot_name_another_address(behind_proxy):
    assert client_address(request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_ipv6_proxies_and_clients(behind_proxy):
    assert client_address(request("::1", "2001:db8::42")) == "2001:db8::42"
    assert client_address(request("fd00::5", "[2001:db8::42]:51234")) == "2001:db8::42"
    assert client_address(request("203.0.113.7:443")) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["garbage", "", "203.0.113.7, not-an-ip", " , ", "1.2.3"])
def test_a_malformed_header_stops_at_the_last_trusted_hop(behind_proxy, forwarded):
    assert client_address(request(PROXY, forwarded)) == PROXY


def test_a_garbage_remote_address_is_unknown(behind_proxy):
    assert client_address(request("not-an-address", "203.0.113.7")) == ""
    assert client_key(request("not-an-address")) == "unknown"


def test_bots_reads_the_same_setting_the_same_way(behind_proxy):
    for remote, forwarded in [
        (PROXY, "198.51.100.1, 203.0.113.7"),
        ("203.0.113.7", "198.51.100.1"),
        ("::1", "2001:db8::42"),
        (PROXY, "garbage"),
    ]:
        assert sender_address(request(remote, forwarded)) == client_address(
            request(remote, forwarded)
        )


def test_ipv6_clients_are_counted_by_their_64(behind_proxy):
    one = client_key(request("::1", "2001:db8:1:2::1"))
    assert one == client_key(request("::1", "2001:db8:1:2:ffff::9")) == "2001:db8:1:2::/64"
    assert one != client_key(request("::1", "2001:db8:1:3::1"))
    assert client_key(request("::ffff:203.0.113.7")) == "203.0.113.7"


def test_the_check_accepts_addresses_and_networks(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"]
    assert check_trusted_proxies() == []


def test_the_check_names_each_bad_entry(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1", "nginx.local", "10.0.0.0/33"]
    errors = check_trusted_proxies()
    assert [error.id for error in errors] == ["core.E002", "core.E002"]
    assert "nginx.local" in errors[0].msg and "10.0.0.0/33" in errors[1].msg
    assert any(message.id == "core.E002" for message in run_checks())


def test_the_check_refuses_a_plain_string(settings):
    settings.TRUSTED_PROXIES = "10.0.0.1"
    assert [error.id for error in check_trusted_proxies()] == ["core.E001"]
