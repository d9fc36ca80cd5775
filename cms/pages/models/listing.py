"""Query helpers so listings cost the same few queries whatever their length."""

from django.db.models import QuerySet
from wagtail.models import PageViewRestriction

from cms.core import generation


def with_images(queryset: QuerySet, *image_fields: str) -> QuerySet:
    """Join each row's image; its renditions then come from Wagtail's rendition cache."""
    return queryset.select_related(*image_fields)


def restricted_paths() -> list[str]:
    """Tree paths of pages with a view restriction, cached per content generation."""
    return generation.cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public_only(queryset: QuerySet) -> QuerySet:
    """Like Wagtail's `.public()`, without its query per call: restrictions are rare."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
