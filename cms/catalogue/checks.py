"""System checks of the catalogue's settings."""

from __future__ import annotations

from django.conf import settings
from django.core import checks


def check_worker_retry(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """django-q hands a task out again after `retry` seconds: a shorter retry than the
    catalogue's time limit would start a second build of the same catalogue mid-way."""
    from .models.printing import PRINT_TIMEOUT

    retry = settings.Q_CLUSTER.get("retry", 60)
    if retry <= PRINT_TIMEOUT:
        return [
            checks.Error(
                f'Q_CLUSTER["retry"] ({retry} s) must exceed the printable catalogue\'s time '
                f"limit ({PRINT_TIMEOUT} s).",
                hint='Raise Q_CLUSTER["retry"] in portal/settings/base.py.',
                id="catalogue.E001",
            )
        ]
    return []
