"""Prints the code an authenticator app would show now for a staff account: for the demo, when
no phone is at hand, and for recovery from the server's shell (whoever can run this can read
the database, and the key in it, anyway)."""

from django.core.management.base import BaseCommand
from django_otp.oath import TOTP

from portal.management.commands._users import user_named
from portal.users.twofactor import has_authenticator, pending_authenticator


class Command(BaseCommand):
    help = "Print the current two-factor sign-in code of a user (demo and recovery)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        user = user_named(options["username"])
        if has_authenticator(user):
            device = user.totpdevice_set.filter(confirmed=True).first()
        else:
            # The key the set-up page shows (and will confirm with this code).
            device = pending_authenticator(user)
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stderr.write(
            f"Code for {user.get_username()} (valid about {device.step} s; each code works once):"
        )
        self.stdout.write(f"{totp.token():0{device.digits}d}")
