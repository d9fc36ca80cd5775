"""manage.py telegram_polling: development without a public HTTPS address. Long-polls
getUpdates and answers each update through the same path as the webhook; Ctrl+C stops.
The next offset is kept in the database, so a restart neither repeats nor skips updates."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from bots.channels.base import ChannelError, CredentialError
from bots.models import PollingOffset
from bots.tasks import process_inbound_update, store_update
from bots.telegram_api import bot_api
from bots.updates import Kind, MalformedUpdate, telegram_event

logger = logging.getLogger(__name__)
MAX_BACKOFF = 60


class Command(BaseCommand):
    help = "Answer Telegram updates by long polling (development; the webhook must be deleted)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--timeout", type=int, default=30, help="Long-poll seconds.")
        parser.add_argument("--once", action="store_true", help="Poll once, then stop.")

    def handle(self, *args, timeout: int, once: bool, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            try:
                self._poll(timeout, once)
            except ChannelError as error:
                raise CommandError(str(error)) from error

    def _poll(self, timeout: int, once: bool) -> None:
        api = bot_api()
        state, _created = PollingOffset.objects.get_or_create(channel="telegram")
        self.stdout.write(
            _("Reading Telegram updates from number %(offset)s; Ctrl+C stops.")
            % {"offset": state.offset}
        )
        backoff = 1
        try:
            while True:
                try:
                    updates = api.get_updates(offset=state.offset, timeout=timeout)
                    backoff = 1
                except CredentialError as error:
                    raise CommandError(str(error)) from error
                except ChannelError as error:
                    if error.code == 409:
                        raise CommandError(
                            _(
                                "A webhook is set, so Telegram holds no updates to read: run "
                                "`manage.py telegram_webhook delete` first."
                            )
                        ) from error
                    if once:
                        raise CommandError(str(error)) from error
                    logger.warning("getUpdates failed (%s); retrying in %s s", error, backoff)
                    time.sleep(backoff)
                    backoff = min(backoff * 2, MAX_BACKOFF)
                    continue
                answered = self._handle_batch(updates or [], state)
                if answered:
                    self.stdout.write(_("Updates answered: %(count)s") % {"count": answered})
                if once:
                    return
        except KeyboardInterrupt:
            self.stdout.write(_("Stopped."))

    def _handle_batch(self, updates: list[dict], state: PollingOffset) -> int:
        answered = 0
        for data in updates:
            try:
                event = telegram_event(data)
            except MalformedUpdate as error:
                logger.warning("Unreadable update skipped: %s", error)
                if isinstance(data, dict) and isinstance(data.get("update_id"), int):
                    state.offset = max(state.offset, data["update_id"] + 1)
                continue
            if event.kind != Kind.OTHER:
                stored = store_update(event, data)
                if stored is not None:
                    process_inbound_update(stored.pk)
                    answered += 1
            # Saved after each update: Telegram forgets what is below the offset we send.
            state.offset = max(state.offset, int(event.key) + 1)
            state.save(update_fields=["offset", "updated_at"])
        if updates:
            state.save(update_fields=["offset", "updated_at"])
        return answered
