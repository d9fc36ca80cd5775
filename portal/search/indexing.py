"""Keeps search entries in step with content: on publish, unpublish, move, save and delete."""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.text import fold

from .models import SearchEntry
from .sources import source_for, sources

logger = logging.getLogger(__name__)

_paused = contextvars.ContextVar("search_indexing_paused", default=False)


@contextmanager
def paused() -> Iterator[None]:
    """Skip indexing on save while a bulk load runs; the loader calls `rebuild()` after."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def is_paused() -> bool:
    return _paused.get()


def index_object(obj: models.Model) -> int:
    """Replace the object's entries with fresh ones; returns how many it has now."""
    source = source_for(obj)
    if source is None:
        return 0
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    if isinstance(obj, Page):
        content_type = ContentType.objects.get_for_model(Page)
    entries = source.entries(obj)
    group = str(getattr(obj, "translation_key", "") or f"{content_type.pk}:{obj.pk}")
    with transaction.atomic():
        SearchEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).delete()
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    translation_group=group,
                    language=entry.language,
                    kind=entry.kind,
                    url=entry.url,
                    title=entry.title,
                    summary=entry.summary,
                    body=entry.body,
                    folded_title=fold(entry.title),
                    folded_text=fold(f"{entry.title} {entry.summary} {entry.body}"),
                    date=_aware(entry.date),
                )
                for entry in entries
            ]
        )
    return len(entries)


def remove_object(obj: models.Model) -> None:
    model = Page if isinstance(obj, Page) else obj.__class__
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    SearchEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).delete()


def rebuild() -> int:
    """Index everything again from scratch (after imports, or when the index is in doubt)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        return sum(index_object(obj) for source in sources() for obj in source.all_objects())


def _aware(value):
    if value is not None and timezone.is_naive(value):
        return timezone.make_aware(value)
    return value


def _on_page_published(sender, instance, **kwargs):
    index_object(instance)


def _on_page_unpublished(sender, instance, **kwargs):
    remove_object(instance)


def _on_page_moved(sender, instance, **kwargs):
    # Every descendant's address changed with it.
    for page in Page.objects.descendant_of(instance, inclusive=True).specific():
        if page.live:
            index_object(page)
        else:
            remove_object(page)


def _on_saved(sender, instance, raw=False, **kwargs):
    # raw: loaded from a fixture or snapshot, related rows may not exist yet.
    if is_paused():
        return
    if not raw and not isinstance(instance, Page) and source_for(instance) is not None:
        index_object(instance)


def _on_deleted(sender, instance, **kwargs):
    if source_for(instance) is not None:
        remove_object(instance)


def _on_restriction_changed(sender, instance, raw=False, **kwargs):
    # A page made private (or public again) takes its whole subtree out of (or back into) search.
    if not raw:
        _on_page_moved(sender, instance.page)


def connect_signals() -> None:
    post_save.connect(
        _on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restricted"
    )
    post_delete.connect(
        _on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-unrestricted"
    )
    page_published.connect(_on_page_published, dispatch_uid="search-page-published")
    page_unpublished.connect(_on_page_unpublished, dispatch_uid="search-page-unpublished")
    post_page_move.connect(_on_page_moved, dispatch_uid="search-page-moved")
    post_save.connect(_on_saved, dispatch_uid="search-object-saved")
    post_delete.connect(_on_deleted, dispatch_uid="search-object-deleted")
