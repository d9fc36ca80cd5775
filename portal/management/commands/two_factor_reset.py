"""Removes a staff member's authenticator and backup codes from the server's shell, when no
superuser who could do it in the admin can sign in (the only administrator lost their phone)."""

from django.core.management.base import BaseCommand

from portal.management.commands._users import user_named
from portal.users.twofactor import forget_devices


class Command(BaseCommand):
    help = "Remove a user's two-factor devices; they set up a new authenticator at next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        user = user_named(options["username"])
        removed = forget_devices(user)
        self.stdout.write(
            f"Removed {removed} device(s) of {user.get_username()}: "
            "they set up a new authenticator at their next sign-in."
        )
