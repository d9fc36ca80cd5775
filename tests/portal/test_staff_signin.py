"""Staff sign-in as an attacker would try it: guessing passwords (per account and per address,
behind the proxy), the second factor for officers and superusers, the idle timeout and the
Django admin that stays off. Everything goes through the real Wagtail login and code forms."""

from __future__ import annotations

import importlib
import re
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import clear_url_caches, reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories.users import staff_user
from tests.signin import authenticator, totp_code

pytestmark = pytest.mark.django_db

OFFICERS = "Cán bộ vận động"
EDITORS = "Biên tập viên"
PASSWORD = "mat-khau-dung-9481"
LOCKED = "đăng nhập bị khóa"
ATTACKER = "203.0.113.5"
OTHER = "198.51.100.7"


def make_staff(username: str, group: str):
    user = staff_user(username, group)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, username: str, password: str = PASSWORD, address: str = ATTACKER, **extra):
    """One POST to the Wagtail admin's login form from `address`."""
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        REMOTE_ADDR=address,
        **extra,
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_twelve_wrong_passwords_lock_the_account_until_the_cool_off(client, settings):
    make_staff("bientap1", EDITORS)
    answers = [sign_in(client, "bientap1", f"sai-{n}").status_code for n in range(12)]
    assert answers[0] == 200  # the form again, "wrong password"
    assert answers[-1] == 429
    page = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "bientap1" not in page  # a GET shows nothing of the lockout

    locked = sign_in(client, "bientap1", f"sai-{13}")
    assert locked.status_code == 429
    assert LOCKED in locked.content.decode().lower()  # in Vietnamese, on the login page
    assert 'action="/admin/login/"' in locked.content.decode()

    # The right password, even from another address, is refused while the lock lasts, and
    # guessing from there does not lift it.
    assert sign_in(client, "bientap1", address=OTHER).status_code == 429
    assert not signed_in(client)
    assert sign_in(client, "bientap1", "sai-khac", address=OTHER).status_code == 429
    assert sign_in(client, "bientap1", address=OTHER).status_code == 429
    assert not signed_in(client)

    # The cool-off passes (shortened here so the test need not wait half an hour).
    settings.AXES_COOLOFF_TIME = timedelta(seconds=1)
    time.sleep(1.2)
    response = sign_in(client, "bientap1", address=OTHER)
    assert response.status_code == 302 and signed_in(client)


def test_guessing_many_accounts_from_one_address_locks_that_address_only(client):
    make_staff("bientap2", EDITORS)
    for n in range(12):
        sign_in(client, f"doan-ten-{n}", "sai")
    assert sign_in(client, "bientap2").status_code == 429
    assert not signed_in(client)
    # Another client is not locked out by this one.
    response = sign_in(client, "bientap2", address=OTHER)
    assert response.status_code == 302 and signed_in(client)


def test_lockout_counts_the_client_behind_the_trusted_proxy(client, settings):
    from axes.models import AccessAttempt

    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    make_staff("bientap3", EDITORS)
    make_staff("bientap4", EDITORS)
    for n in range(12):
        sign_in(client, f"doan-{n}", "sai", address="10.0.0.1", HTTP_X_FORWARDED_FOR=ATTACKER)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    refused = sign_in(client, "bientap3", address="10.0.0.1", HTTP_X_FORWARDED_FOR=ATTACKER)
    assert refused.status_code == 429
    # The attacker's guesses do not lock out the rest of the city behind the same proxy, and a
    # forged header from outside the proxy is not believed.
    ok = sign_in(client, "bientap4", address="10.0.0.1", HTTP_X_FORWARDED_FOR=OTHER)
    assert ok.status_code == 302


def test_an_administrator_unlocks_an_account_with_the_command(client):
    make_staff("bientap5", EDITORS)
    for n in range(12):
        sign_in(client, "bientap5", f"sai-{n}")
    assert sign_in(client, "bientap5", address=OTHER).status_code == 429
    call_command("axes_reset_username", "bientap5", verbosity=0)
    call_command("axes_reset_ip", ATTACKER, verbosity=0)
    assert sign_in(client, "bientap5").status_code == 302


ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/users/",
    "/admin/snippets/",
    "/admin/two-factor/",
    "/admin/reports/site-history/",
]


def admin_urls_without_arguments() -> list[str]:
    """Every admin URL the project registers that takes no argument (Wagtail's, the apps'
    viewsets and hooks), except the pages an unverified user needs (sign in and out, codes)."""
    from django.urls import URLPattern, URLResolver, get_resolver
    from django.urls.resolvers import RoutePattern

    from portal.users.twofactor import OPEN_URL_NAMES

    def walk(patterns, prefix):
        for entry in patterns:
            if not isinstance(entry.pattern, RoutePattern):
                continue
            route = prefix + str(entry.pattern)
            if "<" in route:
                continue
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern) and entry.name not in OPEN_URL_NAMES:
                yield "/" + route

    return sorted(url for url in walk(get_resolver().url_patterns, "") if url.startswith("/admin/"))


def test_an_officer_reaches_no_admin_page_before_a_valid_code(client):
    officer = make_staff("canbo1", OFFICERS)
    device = authenticator(officer)
    response = sign_in(client, "canbo1")
    assert response.status_code == 302 and signed_in(client)

    verify = reverse("two_factor_verify")
    every_page = admin_urls_without_arguments()
    assert len(every_page) > 50 and set(ADMIN_PAGES) <= set(every_page)
    for url in every_page:
        for answer in (client.get(url), client.post(url)):
            assert answer.status_code == 302, url
            assert answer["Location"].startswith(verify), url
    # Nor can the password alone set up a second authenticator.
    assert client.get(reverse("two_factor_setup"))["Location"].startswith(verify)
    # Nor the public site with an officer's session (private documents, previews).
    assert client.get("/")["Location"].startswith(verify)

    page = client.get(f"{verify}?next=/admin/pages/")
    assert page.status_code == 200
    assert "Nhập mã đăng nhập" in page.content.decode()

    old = client.post(verify, {"code": totp_code(device, offset_steps=-10), "next": "/admin/"})
    assert old.status_code == 400
    assert "Mã này sai hoặc đã hết hạn" in old.content.decode()
    assert client.post(verify, {"code": "abcdef", "next": "/admin/"}).status_code == 400
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong codes above made django-otp wait
    device.save()
    right = client.post(verify, {"code": totp_code(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    for url in ADMIN_PAGES:  # reached now; Wagtail sends pages an officer may not use home
        answer = client.get(url)
        assert answer.status_code == 200 or answer["Location"] == "/admin/", url
    assert client.get("/admin/").status_code == 200


def test_an_officer_without_an_authenticator_sets_one_up_at_first_sign_in(client):
    officer = make_staff("canbo2", OFFICERS)
    sign_in(client, "canbo2")
    setup = reverse("two_factor_setup")
    assert client.get("/admin/")["Location"].startswith(setup)

    page = client.get(setup).content.decode()
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    assert "<svg" in page and "quét mã QR" in page
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode().rstrip("=")
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in page

    assert client.post(setup, {"code": "000000"}).status_code in (400,)
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    done = client.post(setup, {"code": totp_code(device), "next": "/admin/"})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and all(code in done.content.decode() for code in codes)
    assert client.get("/admin/").status_code == 200

    # Next sign-in, phone lost: a backup code lets the officer in once.
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "canbo2")
    verify = reverse("two_factor_verify")
    assert client.get("/admin/")["Location"].startswith(verify)
    assert client.post(verify, {"code": codes[0].upper(), "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=officer).count() == 9

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "canbo2")
    assert client.post(verify, {"code": codes[0], "next": "/admin/"}).status_code == 400


def test_an_editor_without_the_requirement_goes_straight_in(client):
    make_staff("bientap6", EDITORS)
    sign_in(client, "bientap6")
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_a_setting_extends_two_factor_to_all_staff(client, settings):
    settings.TWO_FACTOR_ALL_STAFF = True
    make_staff("bientap7", EDITORS)
    sign_in(client, "bientap7")
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_setup"))


def test_a_superuser_must_verify_and_can_reset_an_officers_devices(client, django_user_model):
    django_user_model.objects.create_superuser("quantri", "qt@example.com", PASSWORD)
    sign_in(client, "quantri")
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_setup"))

    officer = make_staff("canbo3", OFFICERS)
    authenticator(officer)
    client.force_login(django_user_model.objects.get(username="quantri"))  # verified
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    reset = reverse("two_factor_reset", args=[officer.pk])
    assert reset in listing
    assert client.get(reset).status_code == 200
    assert client.post(reset).status_code == 302
    assert not TOTPDevice.objects.filter(user=officer).exists()

    # An officer cannot reset anybody's devices (Wagtail sends a refused admin page home).
    authenticator(officer)
    other = make_staff("canbo4", OFFICERS)
    client.force_login(other)
    for answer in (client.get(reset), client.post(reset)):
        assert answer.status_code == 302 and answer["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=officer).exists()


def test_force_login_in_tests_passes_the_second_factor(client):
    officer = make_staff("canbo5", OFFICERS)
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200


def test_an_idle_admin_session_ends(client, settings):
    assert settings.SESSION_COOKIE_AGE == settings.ADMIN_IDLE_MINUTES * 60 == 30 * 60
    settings.SESSION_COOKIE_AGE = 2
    make_staff("bientap8", EDITORS)
    sign_in(client, "bientap8")
    for _ in range(3):  # 3 s in all, never 2 s idle: still signed in
        time.sleep(1)
        assert client.get("/admin/").status_code == 200
    time.sleep(2.5)
    answer = client.get("/admin/")
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.fixture
def reload_urls(settings):
    """Rebuilds the URL patterns after a setting they read changes, and again afterwards."""
    import portal.urls

    def reload() -> None:
        importlib.reload(portal.urls)
        clear_url_caches()

    yield reload
    settings.DJANGO_ADMIN_ENABLED = False
    reload()


def test_the_django_admin_is_off_unless_a_setting_turns_it_on(client, settings, reload_urls):
    assert settings.DJANGO_ADMIN_ENABLED is False
    assert client.get("/django-admin/").status_code == 404
    assert client.get("/django-admin/login/").status_code == 404

    settings.DJANGO_ADMIN_ENABLED = True
    reload_urls()
    assert client.get("/django-admin/").status_code == 302
    assert client.get("/django-admin/login/").status_code == 200


def test_shell_commands_give_the_code_of_the_moment_and_reset_devices(client):
    officer = make_staff("canbo6", OFFICERS)
    sign_in(client, "canbo6")
    out = StringIO()
    call_command("two_factor_code", "canbo6", stdout=out, stderr=StringIO())
    done = client.post(reverse("two_factor_setup"), {"code": out.getvalue().strip()})
    assert done.status_code == 200 and len(done.context["codes"]) == 10
    assert client.get("/admin/").status_code == 200

    call_command("two_factor_reset", "canbo6", stdout=StringIO())
    assert not TOTPDevice.objects.filter(user=officer).exists()
    assert not StaticToken.objects.filter(device__user=officer).exists()
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_setup"))


def test_the_demo_administrator_is_told_how_to_pass_the_second_step(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    assert "two_factor_code admin" in out.getvalue()


def test_a_superuser_unlocks_an_account_on_the_lockouts_screen(client, django_user_model):
    make_staff("bientap9", EDITORS)
    for n in range(12):  # the attacker guesses at this account and at others
        sign_in(client, "bientap9", f"sai-{n}")
        sign_in(client, f"doan-{n}", "sai")
    assert sign_in(client, "bientap9", address=OTHER).status_code == 429

    screen = reverse("signin_lockouts")
    officer = make_staff("canbo7", OFFICERS)
    client.force_login(officer)
    assert client.get(screen)["Location"] == "/admin/"  # superusers only
    client.post(screen, {"kind": "username", "value": "bientap9"})

    client.force_login(django_user_model.objects.create_superuser("quantri2", "q@example.com"))
    page = client.get(screen)
    assert page.status_code == 200 and "bientap9" in page.content.decode()
    assert ATTACKER in page.content.decode()
    assert client.post(screen, {"kind": "username", "value": "bientap9"}).status_code == 302

    client.post(reverse("wagtailadmin_logout"))
    assert sign_in(client, "bientap9", address=OTHER).status_code == 302  # the account is free
    client.post(reverse("wagtailadmin_logout"))
    assert sign_in(client, "bientap9").status_code == 429  # the guessing address still is


def test_the_login_form_reads_in_vietnamese(client):
    page = client.get(reverse("wagtailadmin_login")).content.decode()
    labels = re.findall(r"<label[^>]*>\s*([^<*]+?)\s*(?:<|\*)", page)
    assert "Mật khẩu" in labels and "Password" not in labels
