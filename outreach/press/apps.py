from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "outreach.press"
    label = "press"
    verbose_name = _("Press calendar and communication plan")

    def ready(self) -> None:
        from . import signals

        signals.connect()
