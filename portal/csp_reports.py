"""The endpoint browsers send Content-Security-Policy violations to (the policy's report-uri).

A violation on a page means either an attack or a page that broke under the policy; either way
the maintainers want to see it in the log. Reports are small, anonymous and easy to forge, so the
endpoint reads little, logs one line per report, keeps no data and caps each client per hour.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt

from cms.core.ratelimits import count_attempt

logger = logging.getLogger("portal.csp")

MAX_REPORT_BYTES = 16 * 1024
# The fields worth a log line, and how much of each.
FIELDS = ("violated-directive", "effective-directive", "blocked-uri", "source-file", "line-number")
MAX_FIELD_CHARS = 200


@csrf_exempt
def csp_report(request: HttpRequest) -> HttpResponse:
    """Logs each violation the browser reports; always answers 204 to a well-formed POST."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if count_attempt(request, "csp-report", settings.CSP_REPORT_RATE_LIMIT):
        return HttpResponse(status=429)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if not 0 < length <= MAX_REPORT_BYTES:
        return HttpResponse(status=400)
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return HttpResponse(status=400)
    reports = _reports(payload)
    if not reports:
        return HttpResponse(status=400)
    for report in reports:
        logger.warning(
            "CSP violation on %s: %s",
            _path_only(report.get("document-uri")),
            ", ".join(f"{name}={_short(report.get(name))}" for name in FIELDS if report.get(name)),
        )
    return HttpResponse(status=204)


def _reports(payload: object) -> list[dict]:
    """The reports in either format: report-uri's {"csp-report": {...}} or the Reporting API's
    list of {"type": "csp-violation", "body": {...}} (camelCase keys, turned into report-uri's)."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        return [payload["csp-report"]]
    if isinstance(payload, list):
        found = []
        for item in payload[:20]:
            if isinstance(item, dict) and isinstance(item.get("body"), dict):
                body = item["body"]
                found.append(
                    {
                        "document-uri": body.get("documentURL"),
                        "effective-directive": body.get("effectiveDirective"),
                        "blocked-uri": body.get("blockedURL"),
                        "source-file": body.get("sourceFile"),
                        "line-number": body.get("lineNumber"),
                    }
                )
        return found
    return []


def _path_only(uri: object) -> str:
    """The page's path: query strings may hold search terms or tokens, which the log must not."""
    try:
        return _short(urlsplit(str(uri or "")).path) or "?"
    except ValueError:
        return "?"


def _short(value: object) -> str:
    return str(value)[:MAX_FIELD_CHARS].replace("\n", " ")
