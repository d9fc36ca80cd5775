"""Turns requests no page could answer (undecodable query strings, oversized queries) into a 400."""

from urllib.parse import unquote_to_bytes

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
