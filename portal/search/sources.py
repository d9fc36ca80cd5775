"""What the site search indexes: a registry of sources that turn objects into entries.

Pages and legal documents register here; the catalogue adds its products and firms the same
way, so one search covers everything without the view knowing any model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from portal.text import normalize


@dataclass(frozen=True)
class EntryData:
    language: str
    kind: str
    url: str
    title: str
    summary: str
    body: str
    date: datetime | None


class SearchSource:
    """Turns one model's objects into entries; subclass per model family."""

    model: type[models.Model]
    #: The kinds of entry this source makes, with the label the search page shows for each.
    kinds: dict[str, str] = {}

    def all_objects(self) -> Iterable[models.Model]:
        return self.model._default_manager.all()

    def entries(self, obj: models.Model) -> list[EntryData]:
        raise NotImplementedError


_sources: list[SearchSource] = []


def register(source: SearchSource) -> None:
    _sources.append(source)


def sources() -> list[SearchSource]:
    return list(_sources)


def kind_labels() -> dict[str, str]:
    """Every kind of result with its label, in the order the sources were registered."""
    labels: dict[str, str] = {}
    for source in _sources:
        labels.update(source.kinds)
    return labels


def source_for(obj: models.Model) -> SearchSource | None:
    for source in _sources:
        if isinstance(obj, source.model):
            return source
    return None


def _text(value) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, str):
        yield strip_tags(value)
    elif isinstance(value, Iterable):
        for item in value:
            yield from _text(item)
    else:
        yield strip_tags(str(value))


def searchable_text(obj: models.Model, exclude: Iterable[str] = ()) -> str:
    """The text of the object's Wagtail `search_fields`: models declare what is searchable once."""
    skip = set(exclude)
    parts: list[str] = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            parts.extend(_text(field.get_value(obj)))
    return normalize(" ".join(part.strip() for part in parts if part and part.strip()))


PAGE_KINDS = {
    "articlepage": "article",
    "eventpage": "event",
    "documentlibrarypage": "page",
    "homepage": "page",
}


class PageSource(SearchSource):
    model = Page
    kinds = {"article": _("News"), "page": _("Programme pages"), "event": _("Events")}

    def all_objects(self) -> Iterable[Page]:
        return Page.objects.live().public().filter(depth__gt=1).specific()

    def entries(self, obj: models.Model) -> list[EntryData]:
        page = obj.specific if isinstance(obj, Page) else obj
        if (
            not page.live
            or page.depth <= 1
            or not Page.objects.filter(pk=page.pk).public().exists()
        ):
            return []
        url = page.get_url()
        if not url:
            return []
        summary = normalize(
            getattr(page, "summary", "") or getattr(page, "intro", "") or page.search_description
        )
        date = getattr(page, "start", None) or page.first_published_at
        if getattr(page, "date", None):
            date = datetime.combine(page.date, datetime.min.time())
        return [
            EntryData(
                language=page.locale.language_code,
                kind=PAGE_KINDS.get(page._meta.model_name, "page"),
                url=url,
                title=normalize(page.title),
                summary=summary,
                body=searchable_text(page, exclude=("title", "summary", "intro")),
                date=date,
            )
        ]


def register_default_sources() -> None:
    from .catalogue import EnterpriseSource, ProductSource, RoundSource
    from .documents import LegalDocumentSource

    register(PageSource())
    register(ProductSource())
    register(EnterpriseSource())
    register(RoundSource())
    register(LegalDocumentSource())
