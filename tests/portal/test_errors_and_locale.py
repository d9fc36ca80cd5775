"""Errors in the theme and the visitor's language; Vietnamese conventions everywhere."""

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_address_gives_a_themed_vietnamese_404(client, demo_site):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html
    assert 'class="site-header"' in html


def test_unknown_english_address_gives_an_english_404(client, demo_site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Page not found" in html


def test_dates_are_written_day_month_year(client, demo_site):
    html = client.get(demo_site["article"].url).content.decode()
    assert demo_site["article"].date.strftime("%d/%m/%Y") in html


def test_admin_speaks_vietnamese(client, demo_site):
    html = client.get("/admin/login/").content.decode()
    assert "Đăng nhập" in html


def test_every_response_declares_utf8(client, demo_site):
    for url in ("/", "/en/", "/tim-kiem/?q=ha", "/sitemap.xml", "/robots.txt"):
        assert "charset=utf-8" in client.get(url)["Content-Type"]


def test_phone_links_are_dialable_and_footer_speaks_english(client, demo_site):
    import re

    html = client.get("/en/").content.decode()
    for href in re.findall(r'href="tel:([^"]*)"', html):
        assert re.fullmatch(r"\+?\d+", href), href
    assert "Responsible for content: Leadership of the Hanoi Department" in html
