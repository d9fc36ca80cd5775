"""Removes a staff member's authenticator and backup codes from the server's shell, when no
superuser who could do it in the admin can sign in (the only administrator lost their phone)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.users.twofactor import forget_devices


class Command(BaseCommand):
    help = "Remove a user's two-factor devices; they set up a new authenticator at next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=options["username"])
        except User.DoesNotExist as error:
            raise CommandError(f"No user named {options['username']!r}.") from error
        removed = forget_devices(user)
        self.stdout.write(
            f"Removed {removed} device(s) of {user.get_username()}: "
            "they set up a new authenticator at their next sign-in."
        )
