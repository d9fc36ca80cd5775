from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "outreach.invitations"
    label = "invitations"
    verbose_name = _("Invitation forms and applications")

    def ready(self) -> None:
        from .chat import register_commands

        register_commands()
