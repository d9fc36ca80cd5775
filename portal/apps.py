from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from portal import pagecache, schedules

        pagecache.connect_invalidation_signals()
        post_migrate.connect(schedules.sync_after_migrate, dispatch_uid="portal-sync-schedules")
