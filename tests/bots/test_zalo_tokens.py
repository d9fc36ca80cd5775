"""The Zalo token store: refresh on a refused or expiring token with exactly one retry of the
send, the scheduled renewal, and failed refreshes that keep the stored grant."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from bots.channels import zalo_tokens
from bots.channels.base import ConfigurationError, CredentialError, Message, RetryableError
from bots.channels.registry import get_channel
from bots.channels.zalo import ZaloConsultationChannel, ZaloTemplateChannel, register_zalo_channels
from bots.models import ZaloGrant
from bots.tasks import refresh_zalo_token
from portal.schedules import PREFIXES, SCHEDULES
from tests.fakes.zalo import CS_PATH, TOKEN_PATH, ZNS_PATH

pytestmark = pytest.mark.django_db

FOLLOWER = "2512523625412515"


@pytest.fixture
def staff(django_user_model):
    """Who hears about a broken grant: a superuser and a user with the bots permission."""
    from django.contrib.auth.models import Permission

    admin = django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x")
    officer = django_user_model.objects.create_user("canbo", "canbo@example.vn", "x")
    officer.user_permissions.add(Permission.objects.get(codename="change_zalogrant"))
    django_user_model.objects.create_user("bientap", "bientap@example.vn", "x")
    return admin, officer


def hello(channel=None):
    return (channel or ZaloConsultationChannel()).send(Message(recipient=FOLLOWER, text="Xin chào"))


def test_expired_token_is_refreshed_and_the_send_retried_once(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    fake_zalo.expire_access_tokens()  # Zalo's clock says so; ours still thinks it is valid
    old_refresh = zalo_grant.refresh_token
    result = hello()
    assert result.provider_message_id
    assert [r.path for r in fake_zalo.requests] == [CS_PATH, TOKEN_PATH, CS_PATH]
    grant = ZaloGrant.objects.get()
    assert grant.version == zalo_grant.version + 1
    assert grant.refresh_token != old_refresh
    assert fake_zalo.valid_refresh_tokens() == [grant.refresh_token]
    refresh = fake_zalo.refresh_calls()[0]
    assert refresh.headers["secret_key"] == fake_zalo.app_secret
    assert refresh.form() == {
        "refresh_token": old_refresh,
        "app_id": fake_zalo.app_id,
        "grant_type": "refresh_token",
    }
    # The retry went out with the token that was stored first.
    assert fake_zalo.requests_to(CS_PATH)[1].headers["access_token"] == grant.access_token
    assert grant.access_expires_at > timezone.now() + timedelta(hours=24)
    assert grant.refreshed_at is not None


@pytest.mark.parametrize("fault", ["invalid_token", "expired_token"])
def test_zns_token_refusal_refreshes_too(fake_zalo, zalo_grant, fault):
    fake_zalo.add_template("tpl", ["ten"])
    fake_zalo.fail_next(fault)
    ZaloTemplateChannel().send(
        Message(recipient="0987654321", template_id="tpl", template_data={"ten": "A"})
    )
    assert [r.path for r in fake_zalo.requests] == [ZNS_PATH, TOKEN_PATH, ZNS_PATH]


def test_a_second_refusal_after_refreshing_is_not_retried_again(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    fake_zalo.fail_next("invalid_token", count=5)
    with pytest.raises(CredentialError) as raised:
        hello()
    assert raised.value.code == -216
    assert [r.path for r in fake_zalo.requests] == [CS_PATH, TOKEN_PATH, CS_PATH]


def test_token_expiring_locally_is_refreshed_before_sending(fake_zalo, zalo_grant):
    fake_zalo.add_follower(FOLLOWER)
    ZaloGrant.objects.update(access_expires_at=timezone.now() + timedelta(seconds=10))
    hello()
    assert [r.path for r in fake_zalo.requests] == [TOKEN_PATH, CS_PATH]


def test_refreshed_token_of_another_worker_is_used_not_refreshed_again(fake_zalo, zalo_grant):
    """A worker read version N, got -216; meanwhile another worker stored version N+1."""
    seen = zalo_grant.version
    access, refresh = fake_zalo.issue_tokens()
    ZaloGrant.objects.update(access_token=access, refresh_token=refresh, version=seen + 1)
    grant = zalo_tokens.refresh_grant(seen_version=seen)
    assert (grant.access_token, grant.version) == (access, seen + 1)
    assert fake_zalo.refresh_calls() == []


def test_refresh_answer_without_access_token_keeps_the_grant(fake_zalo, zalo_grant, staff):
    # The stored refresh token was already spent elsewhere: Zalo answers with an error body.
    fake_zalo.refresh_tokens[zalo_grant.refresh_token]["used"] = True
    with pytest.raises(CredentialError) as raised:
        zalo_tokens.refresh_grant()
    assert raised.value.code == -14014
    grant = ZaloGrant.objects.get()
    assert (grant.access_token, grant.refresh_token, grant.version) == (
        zalo_grant.access_token,
        zalo_grant.refresh_token,
        zalo_grant.version,
    )
    assert "-14014" in grant.last_error and grant.last_error_at is not None
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == ["canbo@example.vn", "quantri@example.vn"]
    assert "Zalo" in mail.outbox[0].subject
    assert "/admin/zalo/" in mail.outbox[0].body
    # The scheduled job fails again half an hour later: staff are not mailed twice.
    with pytest.raises(CredentialError):
        zalo_tokens.refresh_grant()
    assert len(mail.outbox) == 1


def test_an_answer_with_an_error_and_no_tokens_is_a_failure(fake_zalo, zalo_grant, staff):
    """Whatever the code: an answer without access_token never replaces the stored tokens."""
    fake_zalo.app_secret = "rotated-in-the-console"  # our secret_key is now refused
    with pytest.raises(CredentialError):
        zalo_tokens.refresh_grant()
    assert ZaloGrant.objects.get().access_token == zalo_grant.access_token
    assert fake_zalo.valid_refresh_tokens() == [zalo_grant.refresh_token]


def test_unreachable_oauth_server_is_retryable_and_keeps_the_grant(fake_zalo, zalo_grant, staff):
    fake_zalo.fail_next("server_error", paths=[TOKEN_PATH])
    with pytest.raises(RetryableError):
        zalo_tokens.refresh_grant()
    grant = ZaloGrant.objects.get()
    assert grant.refresh_token == zalo_grant.refresh_token
    assert grant.last_error and grant.alerted_at is None
    assert mail.outbox == []
    # The next try works and clears the error.
    grant = zalo_tokens.refresh_grant()
    assert grant.last_error == "" and grant.version == zalo_grant.version + 1


def test_a_good_refresh_after_an_alert_clears_it(fake_zalo, zalo_grant, staff):
    fake_zalo.fail_next("server_error", paths=[TOKEN_PATH])
    fake_zalo.refresh_tokens[zalo_grant.refresh_token]["used"] = True
    with pytest.raises(RetryableError):
        zalo_tokens.refresh_grant()
    with pytest.raises(CredentialError):
        zalo_tokens.refresh_grant()
    assert len(mail.outbox) == 1  # a refusal after a transient failure is still reported
    _access, refresh = fake_zalo.issue_tokens()
    ZaloGrant.objects.update(refresh_token=refresh)
    grant = zalo_tokens.refresh_grant()
    assert grant.alerted_at is None and grant.last_error == ""


def test_scheduled_job_refreshes_only_near_expiry(fake_zalo, zalo_grant, settings):
    settings.ZALO_REFRESH_MARGIN_MINUTES = 300
    assert "still valid" in refresh_zalo_token()
    assert fake_zalo.refresh_calls() == []
    ZaloGrant.objects.update(access_expires_at=timezone.now() + timedelta(hours=4))
    assert "refreshed" in refresh_zalo_token()
    assert len(fake_zalo.refresh_calls()) == 1
    assert "still valid" in refresh_zalo_token()
    assert len(fake_zalo.refresh_calls()) == 1


def test_scheduled_job_without_a_grant_does_nothing(fake_zalo):
    assert "not connected" in refresh_zalo_token()
    assert fake_zalo.requests == []


def test_refresh_job_is_declared():
    job = next(job for job in SCHEDULES if job.name == "bots-zalo-refresh-token")
    assert job.func == "bots.tasks.refresh_zalo_token"
    assert job.name.startswith(PREFIXES)
    # Runs often enough that the 5-hour margin before the 25-hour expiry is never missed.
    assert job.minutes <= 60


@pytest.fixture
def own_registry(monkeypatch):
    """Registrations made by the test go away with it."""
    from bots.channels import registry

    monkeypatch.setattr(registry, "_factories", dict(registry._factories))


def test_registry_uses_the_outbox_until_zalo_is_connected(fake_zalo, settings, own_registry):
    from bots.channels.outbox import OutboxChannel
    from bots.models import OutboxMessage

    register_zalo_channels()
    stand_in = get_channel("zalo")
    assert isinstance(stand_in, OutboxChannel)
    assert (stand_in.stands_in_for, stand_in.max_length) == ("zalo", 2000)
    assert get_channel("zalo_zns").stands_in_for == "zalo_zns"
    get_channel("zalo_zns").send(
        Message(recipient="84987654321", template_id="tpl", template_data={"ten": "A"})
    )
    assert OutboxMessage.objects.get().channel == "zalo_zns"
    access, refresh = fake_zalo.issue_tokens()
    ZaloGrant.objects.create(
        app_id=fake_zalo.app_id,
        access_token=access,
        refresh_token=refresh,
        access_expires_at=timezone.now() + timedelta(hours=25),
    )
    assert isinstance(get_channel("zalo"), ZaloConsultationChannel)
    assert isinstance(get_channel("zalo_zns"), ZaloTemplateChannel)
    settings.ZALO_APP_SECRET = ""
    assert get_channel("zalo").stands_in_for == "zalo"


def test_app_start_registers_the_zalo_channels():
    from bots.channels.registry import channel_names

    assert {"zalo", "zalo_zns"} <= set(channel_names())


def test_grant_never_shows_its_tokens(zalo_grant):
    assert zalo_grant.access_token not in repr(zalo_grant)
    assert zalo_grant.masked_access_token.startswith(zalo_grant.access_token[:4])
    assert len(zalo_grant.masked_refresh_token) < 12


def test_sending_inside_a_callers_transaction_is_refused(fake_zalo, zalo_grant):
    """A refresh there would commit the rotated refresh token only with the caller, or never."""
    from django.db import transaction

    fake_zalo.add_follower(FOLLOWER)
    with transaction.atomic(), pytest.raises(ConfigurationError):
        hello()
    with transaction.atomic(), pytest.raises(ConfigurationError):
        zalo_tokens.refresh_grant()
    assert fake_zalo.requests == []
    assert hello().provider_message_id  # outside, it goes


def test_answer_with_a_refresh_token_but_no_access_token_keeps_the_grant(
    fake_zalo, zalo_grant, staff
):
    fake_zalo.answer_next(
        0, paths=[TOKEN_PATH], payload={"refresh_token": "half-an-answer", "expires_in": "90000"}
    )
    with pytest.raises(CredentialError):
        zalo_tokens.refresh_grant()
    grant = ZaloGrant.objects.get()
    assert grant.refresh_token == zalo_grant.refresh_token != "half-an-answer"
    assert grant.access_token == zalo_grant.access_token
    assert grant.version == zalo_grant.version
    assert "no access token" in grant.last_error or "không có mã truy cập" in grant.last_error
    assert len(mail.outbox) == 1


def test_refresh_token_past_its_lifetime_is_refused(fake_zalo, zalo_grant, staff):
    fake_zalo.advance(91 * 86_400)
    with pytest.raises(CredentialError):
        zalo_tokens.refresh_grant()
    assert ZaloGrant.objects.get().refresh_token == zalo_grant.refresh_token


def test_the_lifetime_zalo_gives_is_stored(fake_zalo, zalo_grant):
    fake_zalo.access_ttl = 3600
    before = timezone.now()
    grant = zalo_tokens.refresh_grant()
    assert fake_zalo.refresh_calls()
    expected = before + timedelta(seconds=3600)
    assert abs((grant.access_expires_at - expected).total_seconds()) < 5
