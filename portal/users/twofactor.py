"""Two-factor sign-in for staff who handle personal data: who must use it, and the middleware
that keeps them out of every page until they have entered a code from their authenticator app
(or a backup code) in this session.

Devices are django-otp's: a TOTP device (the authenticator app) and a static device (the
one-time backup codes). django-otp's own OTPMiddleware, placed before ours, tells whether the
session has been verified (`request.user.is_verified()`).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

#: URL names an unverified user may still open: signing in and out, the two-factor pages
#: themselves and the admin's script catalogue and icons those pages need.
OPEN_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "two_factor_verify",
        "two_factor_setup",
    }
)
BACKUP_CODE_COUNT = 10


def requires_two_factor(user) -> bool:
    """Whether `user` must verify a second factor before any page that needs a signed-in user.

    Superusers and members of `TWO_FACTOR_GROUPS` must (they reach firms' personal data);
    everyone who can use the admin must when `TWO_FACTOR_ALL_STAFF` is on; and anyone who has
    set up an authenticator must use it, or a stolen password would get around it.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if settings.TWO_FACTOR_ALL_STAFF and (
        user.is_staff or user.has_perm("wagtailadmin.access_admin")
    ):
        return True
    if (
        settings.TWO_FACTOR_GROUPS
        and user.groups.filter(name__in=settings.TWO_FACTOR_GROUPS).exists()
    ):
        return True
    return user_has_device(user, confirmed=True)


def has_authenticator(user) -> bool:
    """Whether `user` has a confirmed authenticator app (TOTP device)."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_authenticator(user) -> TOTPDevice:
    """The authenticator being set up (not yet confirmed), created with a fresh secret once."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def new_backup_codes(user) -> list[str]:
    """Replaces the user's backup codes with a fresh set and returns them (shown only once)."""
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name="backup", defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def verify_code(user, code: str) -> Device | None:
    """The confirmed device that accepts `code` (an app's six digits or a backup code), if any.

    Each device throttles its own failures (django-otp waits longer after each wrong code), and
    a backup code is used up when it is accepted.
    """
    code = "".join(code.split()).lower()
    if not code or len(code) > 16:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def mark_verified(request: HttpRequest, device: Device) -> None:
    """Records in the session that its user has verified with `device`."""
    otp_login(request, device)


def forget_devices(user) -> int:
    """Removes every authenticator and backup code of `user` (a superuser's reset)."""
    deleted = 0
    for model in (TOTPDevice, StaticDevice):
        deleted += model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
    return deleted


class RequireTwoFactorMiddleware:
    """Sends a signed-in user who must use two factors, and has not yet in this session, to
    the code page (or to set up an authenticator first) from any other page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        if not requires_two_factor(user):
            return None
        target = "two_factor_verify" if has_authenticator(user) else "two_factor_setup"
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))
