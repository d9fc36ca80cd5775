"""RSS, Atom, sitemap.xml and robots.txt: valid XML, both languages, absolute addresses."""

import pytest
from lxml import etree

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def test_rss_feed_is_valid_and_lists_vietnamese_news(client, demo_site):
    response = client.get("/tin-tuc/rss.xml")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.tag == "rss"
    titles = root.xpath("//item/title/text()")
    assert demo_site["article"].title in titles
    links = root.xpath("//item/link/text()")
    assert all(link.startswith("http://testserver/tin-tuc/") for link in links)


def test_atom_feed_is_valid_and_english_feed_lists_english_news(client, demo_site):
    response = client.get("/en/news/atom.xml")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = root.xpath("//a:entry/a:title/text()", namespaces=ns)
    assert demo_site["article_en"].title in titles
    assert all("/en/" in href for href in root.xpath("//a:entry/a:link/@href", namespaces=ns))


def test_sitemap_lists_both_languages_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    locs = root.xpath("//s:url/s:loc/text()", namespaces=SITEMAP_NS)
    assert "http://testserver/" in locs
    assert "http://testserver/en/" in locs
    assert f"http://testserver{demo_site['article'].url}" in locs
    home = root.xpath("//s:url[s:loc='http://testserver/']", namespaces=SITEMAP_NS)[0]
    alternates = home.xpath("x:link/@hreflang", namespaces=SITEMAP_NS)
    assert set(alternates) == {"vi", "en"}


def test_robots_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_pages_carry_opengraph_tags(client, demo_site):
    html = client.get(demo_site["article"].url).content.decode()
    assert 'property="og:type" content="article"' in html
    assert 'property="og:image"' in html
    assert 'property="og:locale" content="vi_VN"' in html
