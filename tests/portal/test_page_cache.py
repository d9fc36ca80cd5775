"""Anonymous pages come from the cache; publishing anything makes the next visit fresh."""

import pytest

pytestmark = pytest.mark.django_db


def test_anonymous_pages_are_cached_and_publishing_invalidates(client, demo_site):
    article = demo_site["article"]
    first = client.get(article.url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(article.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content

    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()
    third = client.get(article.url)
    assert third["X-Page-Cache"] == "miss"
    assert "Tiêu đề đã sửa" in third.content.decode()


def test_home_page_reflects_a_newly_published_article(client, demo_site):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    article = demo_site["article"]
    article.title = "Tin mới nhất trên trang chủ"
    article.save_revision().publish()
    assert "Tin mới nhất trên trang chủ" in client.get("/").content.decode()


def test_logged_in_editors_always_get_fresh_pages(client, demo_site, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(user)
    assert "X-Page-Cache" not in client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_pages_with_a_form_are_not_cached(client, demo_site):
    url = demo_site["contact"].url
    client.get(url)
    assert client.get(url).get("X-Page-Cache") != "hit"


def test_saving_a_legal_document_invalidates(client, demo_site):
    from cms.pages.models import LegalDocument

    library = demo_site["library"]
    client.get(library.url)
    document = LegalDocument.objects.get(number="60/KH-UBND")
    document.title = "Kế hoạch đã được cập nhật trích yếu"
    document.save()
    assert "Kế hoạch đã được cập nhật trích yếu" in client.get(library.url).content.decode()


def test_private_pages_stay_private_and_leave_listings(client, demo_site):
    from wagtail.models import PageViewRestriction

    article = demo_site["article"]
    assert client.get(article.url).status_code == 200
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    response = client.get(article.url)
    assert response.status_code == 200  # the password form, not the article
    assert article.summary not in response.content.decode()
    assert article.title not in client.get(demo_site["news"].url).content.decode()
    found = client.get("/tim-kiem/", {"q": article.title}).content.decode()
    assert article.url not in found
