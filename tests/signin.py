"""Signing staff in from tests: the second factor, the way a person's session would have it.

`client.force_login` (and everything built on it: pytest-django's `admin_client`, the browser
tests that copy the session cookie into Chromium) passes the two-factor step through the
autouse fixture in `tests/conftest.py`, which calls `pass_two_factor`. Tests of the sign-in
itself go through the real login and code forms instead.
"""

from __future__ import annotations

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.users.twofactor import requires_two_factor


def authenticator(user) -> TOTPDevice:
    """The user's confirmed authenticator app, set up if they have none."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)


def totp_code(device: TOTPDevice, offset_steps: int = 0) -> str:
    """The code the device's app shows now (or `offset_steps` periods away), computed with
    django-otp's own TOTP so the test and the server agree on the algorithm."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset_steps * device.step
    return f"{totp.token():0{device.digits}d}"


def pass_two_factor(client: Client, user) -> None:
    """Marks the client's session as verified with the user's authenticator, when the user
    must use two factors (as the code page does after a right code)."""
    if not requires_two_factor(user):
        return
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.save()
