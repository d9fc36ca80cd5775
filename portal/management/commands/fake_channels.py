"""Run the loopback fakes of the Telegram Bot API and of Zalo (OA API, ZNS, OAuth v4) for a
local demo: point the portal at them with the variables this prints, and messages travel over
real HTTP without any provider account."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run fake Telegram and Zalo servers on the loopback for a local demo (Ctrl+C stops)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--telegram-port", type=int, default=8081)
        parser.add_argument("--zalo-port", type=int, default=8091)
        parser.add_argument(
            "--chat", type=int, action="append", default=[], help="a Telegram chat id to know"
        )
        parser.add_argument(
            "--follower", action="append", default=[], help="a Zalo follower's user id"
        )
        parser.add_argument(
            "--template",
            action="append",
            default=[],
            help="an approved ZNS template: template_id=param1,param2",
        )
        parser.add_argument(
            "--seconds", type=float, default=0, help="stop after this long (0: until Ctrl+C)"
        )

    def handle(self, *args, **options) -> None:
        try:
            from tests.fakes import telegram, zalo
        except ImportError as error:
            raise CommandError(
                "The fakes live in the repository's tests/fakes/: run this from a checkout."
            ) from error
        fake_telegram = telegram.serve(options["host"], options["telegram_port"])
        fake_zalo = zalo.serve(options["host"], options["zalo_port"])
        for chat_id in options["chat"]:
            fake_telegram.add_chat(chat_id)
        for user_id in options["follower"]:
            fake_zalo.add_follower(user_id)
        for spec in options["template"]:
            template_id, _, params = spec.partition("=")
            fake_zalo.add_template(template_id, [name for name in params.split(",") if name])
        lines = [
            f"TELEGRAM_API_URL={fake_telegram.url}",
            f"TELEGRAM_BOT_TOKEN={fake_telegram.token}",
            f"ZALO_OPENAPI_URL={fake_zalo.url}",
            f"ZALO_BUSINESS_API_URL={fake_zalo.url}",
            f"ZALO_OAUTH_URL={fake_zalo.url}",
            f"ZALO_APP_ID={fake_zalo.app_id}",
            f"ZALO_APP_SECRET={fake_zalo.app_secret}",
            f"ZALO_OA_SECRET_KEY={fake_zalo.oa_secret_key}",
        ]
        self.stdout.write("Fake channels running. Start the portal with these variables:")
        for line in lines:
            self.stdout.write(f"  {line}")
        self.stdout.write(
            "Then connect Zalo once under Kênh nhắn tin → Kết nối Zalo OA. Ctrl+C stops."
        )
        self.stdout.flush()
        started = time.monotonic()
        try:
            while not options["seconds"] or time.monotonic() - started < options["seconds"]:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass
        finally:
            fake_telegram.stop()
            fake_zalo.stop()
