"""Listen to Wagtail's page life cycle so linked calendar items follow their pages."""

from __future__ import annotations

from django.db.models.signals import post_save
from wagtail.models import Revision
from wagtail.signals import page_published, page_unpublished

from .models import CalendarItem


def _page_of(revision: Revision):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    if revision.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return None
    if not CalendarItem.objects.filter(page_id=revision.object_id).exists():
        return None
    return Page.objects.filter(pk=revision.object_id).first()


def revision_saved(sender, instance: Revision, **kwargs) -> None:
    """A draft saved or scheduled with another go-live time moves the linked items."""
    from .scheduling import follow_page

    if kwargs.get("raw"):
        return
    page = _page_of(instance)
    if page is not None:
        follow_page(page, user=instance.user)


def page_went_live(sender, instance, revision=None, **kwargs) -> None:
    from .scheduling import follow_page

    follow_page(instance, user=getattr(revision, "user", None))


def connect() -> None:
    post_save.connect(revision_saved, sender=Revision, dispatch_uid="press-revision-saved")
    page_published.connect(page_went_live, dispatch_uid="press-page-published")
    page_unpublished.connect(page_went_live, dispatch_uid="press-page-unpublished")
