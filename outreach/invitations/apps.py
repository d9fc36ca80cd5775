from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "outreach.invitations"
    label = "invitations"
    verbose_name = _("Invitation forms and applications")

    def ready(self) -> None:
        from .chat import register_commands

        register_commands()
        from django.db.models.signals import post_delete

        from .models.formsets import FormSet, FormSetBatch, delete_stored_file

        for model in (FormSet, FormSetBatch):
            post_delete.connect(delete_stored_file, sender=model, dispatch_uid=f"files-{model}")
        from outreach.press.models import TargetKind
        from outreach.press.progress import register_counter

        from .progress import count_generated_sets

        register_counter(
            TargetKind.FORM_SETS,
            count_generated_sets,
            _("personalised sets generated, or finished print runs when more"),
        )
