"""Request guards and response headers the whole site shares: malformed requests become a 400,
every response gets its Content-Security-Policy."""

from urllib.parse import unquote_to_bytes

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from portal.views import bad_request

MAX_QUERY_STRING = 4096


class RejectMalformedRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.META.get("QUERY_STRING", "")
        if len(raw) > MAX_QUERY_STRING * 4 or not _decodes(raw):
            return bad_request(request)
        return self.get_response(request)


def _decodes(query_string: str) -> bool:
    try:
        unquote_to_bytes(query_string.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in query_string and "%00" not in query_string


# Paths of the two admin sites; only there do signed-in staff get the admin relaxations.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware plus what one fixed policy cannot say.

    frame-ancestors follows the response's X-Frame-Options, so the views Wagtail lets the admin
    frame (page previews, SAMEORIGIN) still load in the preview panel while every other page
    stays unframeable; the dummy request a preview renders through gets no header of its own.
    Signed-in staff on the admin get `CONTENT_SECURITY_POLICY_ADMIN` on top of the public
    policy, because Wagtail's own admin needs it; visitors (and the admin's login and
    password-reset pages) never do.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        # Wagtail renders a preview by running a dummy request for the page's public address
        # through the middleware inside the admin's preview view; the header belongs to that
        # real admin request (SAMEORIGIN, so 'self' may frame it), not to the public address.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        replace = dict(parts.replace or {})
        if (
            "frame-ancestors" not in replace
            and response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        ):
            replace["frame-ancestors"] = [SELF]
        parts.replace = replace or None
        if staff_on_admin(request):
            update = dict(parts.update or {})
            for directive, sources in settings.CONTENT_SECURITY_POLICY_ADMIN.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts


def staff_on_admin(request: HttpRequest) -> bool:
    """A signed-in user on one of the admin sites (the user is only known after auth ran)."""
    user = getattr(request, "user", None)
    return bool(
        request.path_info.startswith(ADMIN_PREFIXES) and user is not None and user.is_authenticated
    )
