"""Every page type renders in both languages with the parts every page must show."""

import re

import pytest
from django.utils import timezone

from cms.pages.models import ArticlePage, EventPage

pytestmark = pytest.mark.django_db

PAGE_KEYS = ["home", "standard", "news", "article", "library", "events", "event", "contact"]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_type_renders_in_vietnamese(client, demo_site, key):
    page = demo_site[key]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert '<html lang="vi">' in html
    assert "Cập nhật lần cuối" in html  # Decree 224/2026: every page says when it changed
    assert re.search(r"\d{2}:\d{2} \d{2}/\d{2}/\d{4}", html)
    assert 'href="#main"' in html  # skip link
    assert 'rel="canonical"' in html
    assert 'name="DC.title"' in html
    assert "Sở Công Thương Hà Nội" in html


def test_english_pages_render_in_english(client, demo_site):
    response = client.get(demo_site["home_en"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Last updated" in html
    assert "Hanoi Department of Industry and Trade" in html
    assert demo_site["home_en"].url.startswith("/en/")


def test_language_switcher_and_hreflang_link_the_translation(client, demo_site):
    article_en = demo_site["article_en"]
    article_vi = ArticlePage.objects.get(
        translation_key=article_en.translation_key, locale__language_code="vi"
    )
    html = client.get(article_vi.url).content.decode()
    assert f'hreflang="en" href="http://testserver{article_en.url}"' in html
    assert f'href="{article_en.url}" lang="en"' in html
    assert 'hreflang="x-default"' in html


def test_news_index_filters_by_category_tag_and_year(client, demo_site):
    news = demo_site["news"]
    article = demo_site["article"]
    by_year = client.get(news.url, {"year": article.date.year}).content.decode()
    assert article.title in by_year
    other_year = client.get(news.url, {"year": 1999}).content.decode()
    assert article.title not in other_year
    by_category = client.get(news.url, {"category": article.category.slug}).content.decode()
    assert article.title in by_category
    tag = article.tags.first()
    by_tag = client.get(news.url, {"tag": tag.slug}).content.decode()
    assert article.title in by_tag


def test_news_index_paginates_and_survives_bad_page_numbers(client, demo_site):
    news = demo_site["news"]
    for page in ("2", "0", "-1", "abc", "99999"):
        assert client.get(news.url, {"page": page}).status_code == 200


def test_article_shows_lead_image_alt_text_source_and_related(client, demo_site):
    article = demo_site["article"]
    html = client.get(article.url).content.decode()
    assert article.summary in html
    assert f'alt="{article.lead_image_alt_text}"' in html
    assert article.lead_image_alt_text
    if article.source_name:
        assert article.source_name in html


def test_document_library_lists_filters_and_shows_metadata(client, demo_site):
    library = demo_site["library"]
    html = client.get(library.url).content.decode()
    assert "60/KH-UBND" in html and "496/QĐ-UBND" in html
    only_plans = client.get(library.url, {"type": "ke-hoach"}).content.decode()
    assert "60/KH-UBND" in only_plans and "496/QĐ-UBND" not in only_plans
    searched = client.get(library.url, {"q": "de an phat trien"}).content.decode()
    assert "496/QĐ-UBND" in searched
    by_year = client.get(library.url, {"year": "2021"}).content.decode()
    assert "5012/QĐ-UBND" in by_year and "496/QĐ-UBND" not in by_year


def test_legal_document_page_shows_the_required_metadata_and_file(client, demo_site):
    from cms.pages.models import LegalDocument

    document = LegalDocument.objects.get(number="60/KH-UBND")
    html = client.get(f"{demo_site['library'].url}{document.pk}/").content.decode()
    for label in (
        "Số, ký hiệu",
        "Loại văn bản",
        "Cơ quan ban hành",
        "Ngày ban hành",
        "Ngày hiệu lực",
    ):
        assert label in html
    assert "11/03/2021" in html
    assert document.file.url in html
    assert client.get(document.file.url).status_code == 200
    assert client.get(f"{demo_site['library'].url}999999/").status_code == 404


def test_event_index_separates_upcoming_and_past(client, demo_site):
    response = client.get(demo_site["events"].url)
    html = response.content.decode()
    upcoming = EventPage.objects.live().filter(end__gte=timezone.now(), locale__language_code="vi")
    past = EventPage.objects.live().filter(end__lt=timezone.now(), locale__language_code="vi")
    assert upcoming.exists() and past.exists()
    upcoming_at = html.index("Sự kiện sắp diễn ra")
    past_at = html.index("Sự kiện đã diễn ra")
    assert upcoming_at < html.index(upcoming.first().title) < past_at
    assert html.index(past.order_by("-start").first().title) > past_at


def test_home_page_shows_figures_news_and_upcoming_events(client, demo_site):
    html = client.get("/").content.decode()
    home = demo_site["home"]
    assert home.hero_title in html
    assert demo_site["article"].title in html
    upcoming = EventPage.objects.live().filter(end__gte=timezone.now(), locale__language_code="vi")
    assert upcoming.order_by("start").first().title in html


def test_contact_page_shows_officials_and_a_form(client, demo_site):
    contact = demo_site["contact"]
    html = client.get(contact.url).content.decode()
    for official in contact.officials.all():
        assert official.name in html
    assert "<form" in html and "csrfmiddlewaretoken" in html
