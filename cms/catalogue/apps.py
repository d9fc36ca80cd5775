from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "cms.catalogue"
    label = "catalogue"
    verbose_name = _("Product catalogue")

    def ready(self) -> None:
        from django.core import checks

        from .checks import check_worker_retry

        checks.register(check_worker_retry)
