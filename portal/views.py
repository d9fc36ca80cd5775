"""Error pages in the theme and the visitor's language."""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language_from_path


def page_not_found(request, exception=None):
    language = get_language_from_path(request.path_info) or "vi"
    with translation.override(language):
        return render(request, "404.html", status=404)


def server_error(request):
    language = get_language_from_path(request.path_info) or "vi"
    with translation.override(language):
        return render(request, "500.html", status=500)


def bad_request(request, exception=None):
    # Standalone and bilingual: a bad request may carry a host the site must not echo.
    return render(request, "400.html", status=400)
