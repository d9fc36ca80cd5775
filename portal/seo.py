"""sitemap.xml (both languages, with hreflang alternates) and robots.txt."""

from collections import defaultdict

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

from portal.search.models import SearchEntry


def sitemap_view(request):
    """Every indexed public address, grouped so each lists its other-language versions."""
    entries = SearchEntry.objects.order_by("translation_group", "language").values(
        "translation_group", "language", "url", "updated_at"
    )
    groups: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        entry["loc"] = request.build_absolute_uri(entry["url"])
        groups[entry["translation_group"]].append(entry)
    urls = [
        {**entry, "alternates": group if len(group) > 1 else []}
        for group in groups.values()
        for entry in group
    ]
    xml = render_to_string("seo/sitemap.xml", {"urls": urls})
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")


def robots_view(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /tim-kiem/",
        "Disallow: /en/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
