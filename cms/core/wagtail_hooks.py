"""The audit log's words for the portal's own actions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .spreadsheets import EXPORT_ACTION


@hooks.register("register_log_actions")
def register_export_action(actions) -> None:
    @actions.register_action(EXPORT_ACTION)
    class ExportFormatter(LogFormatter):
        label = _("Export data")

        def format_message(self, log_entry) -> str:
            data = log_entry.data or {}
            return _("Exported %(rows)s rows of %(what)s as %(format)s (filter: %(filter)s)") % {
                "rows": data.get("rows", "?"),
                "what": data.get("what", "?"),
                "format": str(data.get("format", "?")).upper(),
                "filter": data.get("filter") or _("none"),
            }
