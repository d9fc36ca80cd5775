"""Uncached pages cost a fixed, small number of queries, however many articles there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.pages.models import ArticlePage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def queries_for(client, url: str) -> int:
    """Queries of a page the page cache does not serve (a session cookie bypasses it), with
    the other caches (renditions, menu, settings) warm as they are on a running site."""
    client.cookies["sessionid"] = "no-such-session"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    return len(captured)


def add_articles(news, count: int) -> None:
    template = ArticlePage.objects.child_of(news).live().first()
    for number in range(count):
        page = ArticlePage(
            title=f"Bài viết bổ sung {number}",
            slug=f"bai-bo-sung-{number}",
            summary="Tóm tắt",
            body=template.body.raw_data,
            category=template.category,
            lead_image=template.lead_image,
        )
        news.add_child(instance=page)
        page.save_revision().publish()


@pytest.mark.parametrize("key", ["home", "article", "news"])
def test_query_count_is_small_and_flat(client, demo_site, key):
    url = demo_site[key].url
    before = queries_for(client, url)
    assert before <= MAX_QUERIES, f"{key}: {before} queries"
    add_articles(demo_site["news"], 15)
    after = queries_for(client, url)
    assert after == before, f"{key}: {before} queries became {after} with 15 more articles"
