"""Site search over the demo portal: the same results however diacritics are typed."""

import pytest
from wagtail.models import Page

from portal.search.indexing import index_object
from portal.search.models import SearchEntry
from portal.search.query import parse_query, search

pytestmark = pytest.mark.django_db


def urls(query, language="vi"):
    return [hit.entry.url for hit in search(parse_query(query), language)]


def test_spellings_of_ha_noi_find_the_same_pages(demo_site):
    results = {frozenset(urls(q)) for q in ("ha noi", "Ha Noi", "HÀ NỘI", "Hà Nội", "hà nội")}
    assert len(results) == 1
    assert len(next(iter(results))) >= 5


def test_d_with_stroke_folds_to_d(demo_site):
    assert set(urls("quyet dinh")) == set(urls("Quyết định"))
    assert set(urls("quyet dinh")) == set(urls("QUYẾT ĐỊNH"))
    assert urls("quyet dinh")


def test_results_are_ordered_by_exactness_first(demo_site):
    hits = search(parse_query("Hà Nội"), "vi")
    assert [hit.exact for hit in hits] == sorted((hit.exact for hit in hits), reverse=True)


def test_ranking_prefers_typed_diacritics(demo_site):
    from cms.pages.models import StandardPage

    home = demo_site["home"]
    wrong = home.add_child(
        instance=StandardPage(title="Thông tin hà nôi", slug="sai-dau", summary="hà nôi")
    )
    wrong.save_revision().publish()
    right = home.add_child(
        instance=StandardPage(title="Thông tin hà nội", slug="dung-dau", summary="hà nội")
    )
    right.save_revision().publish()
    hits = search(parse_query("thông tin hà nội"), "vi")
    order = [hit.entry.url for hit in hits]
    assert order.index(right.url) < order.index(wrong.url)
    hits = search(parse_query("thông tin hà nôi"), "vi")
    order = [hit.entry.url for hit in hits]
    assert order.index(wrong.url) < order.index(right.url)


def test_results_are_highlighted(client, demo_site):
    html = client.get("/tim-kiem/", {"q": "rang dong"}).content.decode()
    assert "<mark>Rạng</mark> <mark>Đông</mark>" in html


def test_english_search_searches_english_pages(client, demo_site):
    html = client.get("/en/search/", {"q": "ceremony"}).content.decode()
    assert '<html lang="en">' in html
    assert "result" in html
    assert all(url.startswith("/en/") for url in urls("ceremony", "en"))


def test_documents_are_found_by_number(demo_site):
    assert any("/van-ban/" in url for url in urls("60/KH-UBND"))


def test_unpublishing_removes_a_page_from_search(demo_site):
    article = demo_site["article"]
    assert article.url in urls(article.title)
    article.unpublish()
    assert article.url not in urls(article.title)


def test_index_object_is_idempotent(demo_site):
    page = Page.objects.get(pk=demo_site["article"].pk)
    before = SearchEntry.objects.count()
    index_object(page.specific)
    index_object(page.specific)
    assert SearchEntry.objects.count() == before


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "'; DROP TABLE search_searchentry; --",
        "<script>alert(1)</script>",
        "% _ \\ %%",
        "",
        "   ",
    ],
)
def test_hostile_queries_get_a_clear_page(client, demo_site, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if len(query) > 200:
        assert "200" in html


def test_invalid_utf8_in_the_query_string_is_a_400(client, demo_site):
    response = client.get("/tim-kiem/?q=%ff%fe")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_results_can_be_narrowed_to_one_kind(client, demo_site):
    everything = client.get("/tim-kiem/", {"q": "ke hoach"}).context["results"].paginator.count
    response = client.get("/tim-kiem/", {"q": "ke hoach", "kind": "document"})
    hits = list(response.context["results"])
    assert hits and all(hit.entry.kind == "document" for hit in hits)
    assert len(response.context["results"].paginator.object_list) < everything
    labels = [label for key, label, count in response.context["kinds"] if count]
    assert "Văn bản pháp lý" in [str(label) for label in labels]
    # An unknown kind is ignored rather than an error.
    assert client.get("/tim-kiem/", {"q": "ke hoach", "kind": "x"}).status_code == 200
