"""Creates the first administrator once and prints how to log in, second step included."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from portal.settings.env import env_str


class Command(BaseCommand):
    help = "Create the administrator account if none exists and print its login."

    def handle(self, *args, **options):
        User = get_user_model()
        username = env_str("ADMIN_USERNAME", "admin")
        password_file = settings.VAR_DIR / "admin_password"
        admin_url = f"{settings.BASE_URL}/admin/"
        if User.objects.filter(username=username).exists():
            if password_file.exists():
                self._print(admin_url, username, password_file.read_text().strip())
            else:
                self.stdout.write(f"Administrator '{username}' exists. Log in at {admin_url}")
                self._print_second_step(username)
            return
        password = env_str("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=username, email=env_str("ADMIN_EMAIL", "admin@example.com"), password=password
        )
        password_file.write_text(password)
        password_file.chmod(0o600)
        self._print(admin_url, username, password)

    def _print(self, url: str, username: str, password: str) -> None:
        self.stdout.write(self.style.SUCCESS("Wagtail admin:"))
        self.stdout.write(f"  {url}\n  user: {username}\n  password: {password}")
        self._print_second_step(username)

    def _print_second_step(self, username: str) -> None:
        """Superusers sign in with two factors: say how, for a newcomer without a phone too."""
        self.stdout.write(
            "  second step: at the first sign-in, scan the QR code the admin shows with an\n"
            "  authenticator app (Google Authenticator, FreeOTP…) and keep the backup codes.\n"
            "  No phone at hand: .venv/bin/python manage.py two_factor_code "
            f"{username} prints the code of the moment."
        )
