from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "outreach.campaigns"
    label = "campaigns"
    verbose_name = _("Recruitment campaigns")

    def ready(self) -> None:
        from .chat import register_commands

        register_commands()
