"""manage.py telegram_webhook set|delete|info [--url URL]: point Telegram at the portal."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from bots.channels.base import ChannelError
from bots.telegram_api import bot_api


class Command(BaseCommand):
    help = (
        "Set, delete or show the Telegram webhook. `set` registers BASE_URL/bots/telegram/"
        "webhook/ (or --url) with TELEGRAM_WEBHOOK_SECRET as the secret token."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["set", "delete", "info"])
        parser.add_argument("--url", help="Webhook address (HTTPS); default from BASE_URL.")
        parser.add_argument(
            "--drop-pending",
            action="store_true",
            help="Discard the updates Telegram is still holding.",
        )

    def handle(self, *args, action: str, url: str | None, drop_pending: bool, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            try:
                api = bot_api()
                if action == "set":
                    self._set(api, url, drop_pending)
                elif action == "delete":
                    api.delete_webhook(drop_pending_updates=drop_pending)
                    self.stdout.write(self.style.SUCCESS(_("Webhook deleted.")))
                else:
                    self._info(api.get_webhook_info() or {})
            except ChannelError as error:
                raise CommandError(str(error)) from error

    def _set(self, api, url: str | None, drop_pending: bool) -> None:
        secret = settings.TELEGRAM_WEBHOOK_SECRET
        if not secret:
            raise CommandError(
                _("TELEGRAM_WEBHOOK_SECRET is not set: the webhook would refuse every update.")
            )
        url = url or settings.BASE_URL.rstrip("/") + reverse("bots:telegram_webhook")
        if not url.startswith("https://"):
            raise CommandError(
                _("Telegram only posts to HTTPS addresses, not %(url)s.") % {"url": url}
            )
        # Only messages: edits, reactions and member changes have nothing to answer.
        api.set_webhook(url, secret, allowed_updates=["message"], drop_pending_updates=drop_pending)
        self.stdout.write(self.style.SUCCESS(_("Webhook set: %(url)s") % {"url": url}))

    def _info(self, info: dict) -> None:
        url = info.get("url") or _("(none: updates can be read with telegram_polling)")
        self.stdout.write(_("Webhook address: %(url)s") % {"url": url})
        self.stdout.write(
            _("Updates waiting: %(count)s") % {"count": info.get("pending_update_count", 0)}
        )
        if info.get("last_error_message"):
            self.stdout.write(
                _("Last delivery error: %(error)s") % {"error": info["last_error_message"]}
            )
