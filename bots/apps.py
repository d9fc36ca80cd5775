from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BotsConfig(AppConfig):
    name = "bots"
    label = "bots"
    verbose_name = _("Chat channels")

    def ready(self) -> None:
        from .channels.email import EmailChannel
        from .channels.outbox import OutboxChannel
        from .channels.registry import register_channel
        from .channels.telegram import telegram_or_outbox

        # Factories run per get_channel() call, so a token set later (tests, settings
        # reload) is picked up without a restart of the registry.
        register_channel("telegram", telegram_or_outbox)
        register_channel("email", EmailChannel)
        register_channel("outbox", OutboxChannel)
