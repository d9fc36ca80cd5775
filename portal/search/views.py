"""The public search page: pages, documents and (once registered) the catalogue, in one list."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation

from .query import MAX_QUERY_LENGTH, kind_counts, parse_query, search
from .sources import kind_labels

RESULTS_PER_PAGE = 10


def search_view(request):
    raw = request.GET.get("q", "")
    query = parse_query(raw)
    labels = kind_labels()
    kind = request.GET.get("kind", "")
    if kind not in labels:
        kind = ""
    language = translation.get_language() or "vi"
    hits = search(query, language, kind)
    page = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    counts = kind_counts(query, language)
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "query": query,
        "kind": kind,
        "results": page,
        "total": len(hits),
        "kinds": [(key, label, counts.get(key, 0)) for key, label in labels.items()],
        "max_query_length": MAX_QUERY_LENGTH,
        "query_without_page": params.urlencode(),
    }
    return render(request, "search/results.html", context)
