from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "portal.search"
    label = "search"
    verbose_name = _("Site search")

    def ready(self) -> None:
        from . import catalogue, indexing, sources

        sources.register_default_sources()
        indexing.connect_signals()
        catalogue.connect_signals()
