"""The "Connect Zalo OA" admin page: OAuth v4 with PKCE through the admin views and the fake's
consent page, the grant's status, "refresh now", and the dashboard warning."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from bots.channels import zalo_oauth
from bots.models import ZaloGrant
from bots.zalo_connect import SESSION_KEY
from tests.fakes.zalo import PERMISSION_PATH, TOKEN_PATH

pytestmark = pytest.mark.django_db

INDEX = "zalo_connect:index"


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x")


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


def start(client) -> str:
    """Press "Connect with Zalo"; the query of the consent URL the browser is sent to."""
    response = client.post(reverse("zalo_connect:start"))
    assert response.status_code == 302
    return response["Location"]


def consent(location: str) -> dict[str, str]:
    """The OA administrator agrees on the fake's consent page: Zalo's redirect back."""
    answer = requests.get(location, allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text
    target = urlparse(answer.headers["Location"])
    assert target.path == reverse("zalo_connect:callback")
    return {key: values[-1] for key, values in parse_qs(target.query).items()}


def flash(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_connect_with_pkce_stores_the_grant(staff_client, admin_user, fake_zalo, settings):
    page = staff_client.get(reverse(INDEX))
    assert page.status_code == 200
    assert 'data-zalo-status="missing"' in page.content.decode()

    location = start(staff_client)
    assert location.startswith(f"{fake_zalo.url}{PERMISSION_PATH}?")
    query = {key: values[-1] for key, values in parse_qs(urlparse(location).query).items()}
    pending = staff_client.session[SESSION_KEY]
    assert query["app_id"] == fake_zalo.app_id
    assert query["redirect_uri"] == f"{settings.WAGTAILADMIN_BASE_URL}/admin/zalo/callback/"
    assert query["state"] == pending["state"]
    assert query["code_challenge"] == zalo_oauth.code_challenge(pending["verifier"])
    assert len(pending["verifier"]) == 43
    assert pending["verifier"] not in location  # only the challenge travels

    callback = consent(location)
    done = staff_client.get(reverse("zalo_connect:callback"), callback)
    assert done.status_code == 302 and done["Location"] == reverse(INDEX)

    grant = ZaloGrant.objects.get()
    assert (grant.app_id, grant.oa_id, grant.connected_by) == (
        fake_zalo.app_id,
        fake_zalo.oa_id,
        admin_user,
    )
    assert fake_zalo.valid_refresh_tokens() == [grant.refresh_token]
    assert grant.access_expires_at > timezone.now() + timedelta(hours=24)
    exchange = fake_zalo.requests_to(TOKEN_PATH)[0]
    assert exchange.headers["secret_key"] == fake_zalo.app_secret
    assert exchange.form() == {
        "code": callback["code"],
        "app_id": fake_zalo.app_id,
        "grant_type": "authorization_code",
        "code_verifier": pending["verifier"],
    }
    assert SESSION_KEY not in staff_client.session

    html = staff_client.get(reverse(INDEX)).content.decode()
    assert 'data-zalo-status="connected"' in html
    assert fake_zalo.oa_id in html
    assert grant.access_token not in html and grant.refresh_token not in html
    assert grant.masked_access_token in html


def test_refresh_now_renews_the_token(staff_client, fake_zalo, zalo_grant):
    response = staff_client.post(reverse(INDEX))
    assert response.status_code == 302
    assert ZaloGrant.objects.get().version == zalo_grant.version + 1
    assert len(fake_zalo.refresh_calls()) == 1
    html = staff_client.get(reverse(INDEX)).content.decode()
    assert timezone.localtime().strftime("%d/%m/%Y") in html


def test_refresh_now_refused_shows_the_error(staff_client, fake_zalo, zalo_grant):
    fake_zalo.refresh_tokens[zalo_grant.refresh_token]["used"] = True
    response = staff_client.post(reverse(INDEX), follow=True)
    assert any("-14014" in message for message in flash(response))
    html = response.content.decode()
    assert 'data-zalo-status="broken"' in html
    assert ZaloGrant.objects.get().refresh_token == zalo_grant.refresh_token
    home = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "zalo-grant-warning" in home
    assert reverse(INDEX) in home


def test_a_callback_with_another_state_is_refused(staff_client, fake_zalo):
    location = start(staff_client)
    callback = consent(location)
    callback["state"] = "forged-" + callback["state"]
    response = staff_client.get(reverse("zalo_connect:callback"), callback, follow=True)
    assert response.status_code == 200
    assert ZaloGrant.objects.count() == 0
    assert fake_zalo.requests_to(TOKEN_PATH) == []
    assert flash(response)


def test_a_callback_without_a_started_connection_is_refused(client, admin_user, fake_zalo):
    """The code reaches a browser that never pressed "Connect" (another session)."""
    starter = client.__class__()
    starter.force_login(admin_user)
    callback = consent(start(starter))
    client.force_login(admin_user)
    client.get(reverse("zalo_connect:callback"), callback)
    assert ZaloGrant.objects.count() == 0
    assert fake_zalo.requests_to(TOKEN_PATH) == []


def test_a_callback_is_good_once(staff_client, fake_zalo):
    callback = consent(start(staff_client))
    staff_client.get(reverse("zalo_connect:callback"), callback)
    first = ZaloGrant.objects.get()
    staff_client.get(reverse("zalo_connect:callback"), callback)
    assert ZaloGrant.objects.get().version == first.version
    assert len(fake_zalo.requests_to(TOKEN_PATH)) == 1


def test_a_late_callback_is_refused(staff_client, fake_zalo):
    callback = consent(start(staff_client))
    session = staff_client.session
    session[SESSION_KEY] = {**session[SESSION_KEY], "started": 0}
    session.save()
    staff_client.get(reverse("zalo_connect:callback"), callback)
    assert ZaloGrant.objects.count() == 0


def test_consent_declined(staff_client, fake_zalo):
    start(staff_client)
    response = staff_client.get(
        reverse("zalo_connect:callback"), {"error": "access_denied"}, follow=True
    )
    assert any("access_denied" in message for message in flash(response))
    assert ZaloGrant.objects.count() == 0


def test_zalo_checks_the_pkce_verifier(fake_zalo):
    verifier = zalo_oauth.new_code_verifier()
    location = zalo_oauth.authorization_url(
        "http://127.0.0.1:8000/admin/zalo/callback/", zalo_oauth.code_challenge(verifier), "s"
    )
    callback = consent(location)
    with pytest.raises(zalo_oauth.OAuthError) as raised:
        zalo_oauth.exchange_code(callback["code"], zalo_oauth.new_code_verifier())
    assert not raised.value.transient
    # The code was not spent by the wrong verifier; with the right one it works, once.
    assert zalo_oauth.exchange_code(callback["code"], verifier).access_token
    with pytest.raises(zalo_oauth.OAuthError):
        zalo_oauth.exchange_code(callback["code"], verifier)


def test_reconnecting_replaces_the_grant(staff_client, fake_zalo, zalo_grant):
    staff_client.get(reverse("zalo_connect:callback"), consent(start(staff_client)))
    grant = ZaloGrant.objects.get()
    assert grant.pk == zalo_grant.pk
    assert grant.version == zalo_grant.version + 1
    assert grant.refresh_token != zalo_grant.refresh_token


def test_connecting_needs_the_app_settings(staff_client, fake_zalo, settings):
    settings.ZALO_APP_SECRET = ""
    html = staff_client.get(reverse(INDEX)).content.decode()
    assert "ZALO_APP_SECRET" in html
    response = staff_client.post(reverse("zalo_connect:start"))
    assert response["Location"] == reverse(INDEX)
    assert fake_zalo.requests == []


def test_only_staff_with_the_permission(client, django_user_model, fake_zalo):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("bientap", "bientap@example.vn", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse(INDEX)).status_code == 403
    assert client.post(reverse("zalo_connect:start")).status_code == 403
    assert client.get(reverse("zalo_connect:callback"), {"code": "x"}).status_code == 403
    editor.user_permissions.add(Permission.objects.get(codename="change_zalogrant"))
    client.force_login(django_user_model.objects.get(pk=editor.pk))
    assert client.get(reverse(INDEX)).status_code == 200


def test_menu_shows_the_page(staff_client):
    import json

    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/zalo/" in html
    assert json.dumps("Connect Zalo OA") in html or json.dumps("Kết nối Zalo OA") in html


def test_groups_can_be_given_the_zalo_permission(staff_client):
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(codename="change_zalogrant")
    html = staff_client.get(reverse("wagtailusers_groups:add")).content.decode()
    assert f'value="{permission.pk}"' in html
