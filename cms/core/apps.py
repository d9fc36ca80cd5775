from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = _("Site core")

    def ready(self) -> None:
        from django.core import checks

        from .checks import check_trusted_proxies

        checks.register(check_trusted_proxies)
