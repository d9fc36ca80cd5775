"""Error pages in the theme and the visitor's language; JSON under /api/, where clients are
programs that read the body."""

from django.http import HttpRequest, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language_from_path

API_PREFIX = "/api/"


def _api_error(request: HttpRequest, status: int, message: str) -> JsonResponse | None:
    """The API's error shape (see the OpenAPI document's `Error`), for requests under /api/."""
    if not request.path_info.startswith(API_PREFIX):
        return None
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


def page_not_found(request, exception=None):
    if api := _api_error(request, 404, "Not found."):
        return api
    language = get_language_from_path(request.path_info) or "vi"
    with translation.override(language):
        return render(request, "404.html", status=404)


def server_error(request):
    if api := _api_error(request, 500, "Server error."):
        return api
    language = get_language_from_path(request.path_info) or "vi"
    with translation.override(language):
        return render(request, "500.html", status=500)


def bad_request(request, exception=None):
    if api := _api_error(request, 400, "Bad request: the query string cannot be read."):
        return api
    # Standalone and bilingual: a bad request may carry a host the site must not echo.
    return render(request, "400.html", status=400)
