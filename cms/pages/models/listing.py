"""Query helpers so listings cost the same few queries whatever their length."""

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model


def with_renditions(queryset: QuerySet, image_field: str, *filter_specs: str) -> QuerySet:
    """Load each row's image and the given renditions in two queries instead of two per row."""
    images = get_image_model().objects.prefetch_renditions(*filter_specs)
    return queryset.prefetch_related(Prefetch(image_field, queryset=images))
