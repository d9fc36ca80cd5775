"""The demo portal is complete, built idempotently, and rebuilt by --reset."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.pages.models import ArticlePage, EventPage, LegalDocument, StandardPage
from portal.demo.builder import DemoBuilder

pytestmark = pytest.mark.django_db

REQUIRED_DOCUMENTS = {
    "496/QĐ-UBND",
    "4303/QĐ-UBND",
    "60/KH-UBND",
    "5012/QĐ-UBND",
    "2022/QĐ-UBND",
    "2023/QĐ-UBND",
}


def test_demo_is_complete(demo_site):
    vi_articles = ArticlePage.objects.filter(locale__language_code="vi")
    assert vi_articles.count() >= 10
    assert ArticlePage.objects.filter(locale__language_code="en").count() >= 3
    assert set(LegalDocument.objects.values_list("number", flat=True)) >= REQUIRED_DOCUMENTS
    assert all(document.file for document in LegalDocument.objects.all())
    assert StandardPage.objects.filter(locale__language_code="vi").count() >= 3
    kinds = set(EventPage.objects.values_list("kind", flat=True))
    assert {"ceremony", "press_conference", "exhibition", "training"} <= kinds
    scheduled = vi_articles.filter(live=False, go_live_at__gt=timezone.now())
    assert scheduled.count() == 1
    assert scheduled.first().get_latest_revision().approved_go_live_at is not None


def test_building_twice_changes_nothing(demo_site):
    counts = (ArticlePage.objects.count(), EventPage.objects.count(), LegalDocument.objects.count())
    assert DemoBuilder().build() == 0
    assert counts == (
        ArticlePage.objects.count(),
        EventPage.objects.count(),
        LegalDocument.objects.count(),
    )


def test_reset_rebuilds(demo_site):
    article = demo_site["article"]
    article.delete()
    call_command("demo_content", "--reset", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ArticlePage.objects.filter(slug=article.slug).exists()
