"""Query helpers so listings cost the same few queries whatever their length."""

from django.db.models import QuerySet

from cms.core.models import restricted_paths


def with_images(queryset: QuerySet, *image_fields: str) -> QuerySet:
    """Join each row's image; its renditions then come from Wagtail's rendition cache."""
    return queryset.select_related(*image_fields)


def public_only(queryset: QuerySet) -> QuerySet:
    """Like Wagtail's `.public()`, without its query per call: restrictions are rare."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
