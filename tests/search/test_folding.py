"""Folding keeps one character per character, so highlights land on the original text."""

import pytest

from portal.search.query import highlight, parse_query
from portal.text import fold, lower_exact


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Nội", "ha noi"),
        ("HÀ NỘI", "ha noi"),
        ("Ha Noi", "ha noi"),
        ("Đèn LED Rạng Đông", "den led rang dong"),
        ("đường Cầu Giấy", "duong cau giay"),
        ("Thăng Long – VNSTELL", "thang long – vnstell"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_fold_handles_decomposed_input():
    decomposed = "Ha\u0300 N\u00f4\u0323i"  # "Hà Nội" typed with combining marks
    assert fold(decomposed) == "ha noi"


def test_lower_exact_keeps_diacritics():
    assert lower_exact("HÀ NỘI") == "hà nội"


def test_highlight_marks_the_original_and_escapes_html():
    query = parse_query("ha noi")
    html = highlight("Sở Công Thương <Hà Nội> & Hà Nội", query)
    assert html == (
        "Sở Công Thương &lt;<mark>Hà</mark> <mark>Nội</mark>&gt; &amp; "
        "<mark>Hà</mark> <mark>Nội</mark>"
    )


def test_parse_query_truncates_and_drops_punctuation():
    query = parse_query("x" * 10_000)
    assert query.truncated and len(query.text) == 200
    assert parse_query("'; DROP TABLE --").folded == ["table", "drop"]
    assert parse_query("  ...  ").is_empty
