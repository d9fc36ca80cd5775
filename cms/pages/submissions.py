"""The contact form's submissions listing in the admin, with its CSV/Excel export."""

from __future__ import annotations

from wagtail.contrib.forms.views import SubmissionsListView

from cms.core.spreadsheets import NeutralisedExportMixin


class ContactSubmissionsListView(NeutralisedExportMixin, SubmissionsListView):
    """The messages come from anonymous visitors: their export writes text that starts like a
    formula as text."""
