"""Whole-page cache for anonymous visitors, invalidated as soon as anything is published.

Every cached page is keyed under the content generation (cms.core.generation); publishing,
unpublishing, moving or deleting a page, or saving a snippet or setting, bumps the generation,
so the next request renders afresh. Works across processes (web workers, the Django-Q worker
that publishes scheduled pages) because the generation lives in the shared cache.
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core import generation

logger = logging.getLogger(__name__)

EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")
# Models whose saves change nothing a visitor sees; everything else bumps the generation.
IGNORED_APPS = {
    "sessions",
    "django_q",
    "admin",
    "search",
    "wagtailsearch",
    "wagtailcore_revision",
    "contenttypes",
}
IGNORED_MODELS = {
    ("wagtailcore", "revision"),
    ("wagtailcore", "pagelogentry"),
    ("wagtailcore", "modellogentry"),
    ("wagtailcore", "referenceindex"),
    ("wagtailcore", "pagesubscription"),
    ("wagtailcore", "workflowstate"),
    ("wagtailcore", "taskstate"),
    ("wagtailcore", "comment"),
    ("wagtailcore", "commentreply"),
    ("wagtailadmin", "editingsession"),
    ("wagtailforms", "formsubmission"),
    ("users", "user"),
    ("wagtailusers", "userprofile"),
    ("press", "calendarfeedtoken"),
    ("images", "rendition"),
}


def invalidate(*args, **kwargs) -> None:
    """Make every cached page (and menu, settings, …) stale at once."""
    generation.bump()


def _on_model_change(sender, **kwargs) -> None:
    meta = sender._meta
    if meta.app_label in IGNORED_APPS or (meta.app_label, meta.model_name) in IGNORED_MODELS:
        return
    invalidate()


def connect_invalidation_signals() -> None:
    page_published.connect(invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="pagecache-moved")
    post_save.connect(_on_model_change, dispatch_uid="pagecache-saved")
    post_delete.connect(_on_model_change, dispatch_uid="pagecache-deleted")


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and "preview" not in request.GET
    )


def _cacheable_response(response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not getattr(response, "_pagecache_skip", False)
    )


def _key(request: HttpRequest, number: int) -> str:
    digest = hashlib.sha256(
        f"{request.get_host()}|{request.get_full_path()}".encode("utf-8", "surrogateescape")
    ).hexdigest()
    return f"pagecache:{number}:{digest}"


class AnonymousPageCacheMiddleware:
    """Sits before sessions and auth: a visitor without a session cookie is anonymous."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable_request(request):
            return self.get_response(request)
        try:
            key = _key(request, generation.current(request))
            cached = cache.get(key)
        except Exception:  # a cache outage must not take the site down
            logger.exception("Page cache unavailable")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response = response.render() or response
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            try:
                cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("Could not store page in cache")
            response["X-Page-Cache"] = "miss"
        return response
