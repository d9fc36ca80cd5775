"""Background jobs the worker runs for the portal itself."""

import io

from django.core.management import call_command


def publish_scheduled_pages() -> str:
    """Wagtail's own command: publishes what is due, unpublishes what expired."""
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue()
