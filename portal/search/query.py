"""The search itself: fold the query, match every word, rank exact diacritics first, highlight.

Matching happens on folded text with plain substring filters, ranking and highlighting in
Python, so SQLite and PostgreSQL return the same results in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.text import fold, lower_exact, normalize

from .models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
MAX_CANDIDATES = 1000
SNIPPET_LENGTH = 240
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class ParsedQuery:
    text: str
    words: list[str]  # as typed, lower-case, diacritics kept
    folded: list[str]
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.folded


def parse_query(raw: str) -> ParsedQuery:
    truncated = len(raw) > MAX_QUERY_LENGTH
    text = normalize(raw[:MAX_QUERY_LENGTH]).strip()
    words = [lower_exact(word) for word in _WORD.findall(text)][:MAX_WORDS]
    # Keep each folded word once, longest first so highlighting prefers the longer match.
    folded = sorted({fold(word) for word in words}, key=len, reverse=True)
    return ParsedQuery(text=text, words=words, folded=folded, truncated=truncated)


@dataclass
class Hit:
    entry: SearchEntry
    exact: int
    score: float
    title_html: SafeString = field(default_factory=lambda: mark_safe(""))
    snippet_html: SafeString = field(default_factory=lambda: mark_safe(""))


def search(query: ParsedQuery, language: str, kind: str = "") -> list[Hit]:
    if query.is_empty:
        return []
    entries = SearchEntry.objects.filter(language=language)
    if kind:
        entries = entries.filter(kind=kind)
    for word in query.folded:
        entries = entries.filter(folded_text__contains=word)
    hits = [_score(entry, query) for entry in entries.order_by("pk")[:MAX_CANDIDATES]]
    hits.sort(key=lambda hit: (-hit.exact, -hit.score, -_timestamp(hit.entry), hit.entry.pk))
    return hits


def kind_counts(query: ParsedQuery, language: str) -> dict[str, int]:
    if query.is_empty:
        return {}
    entries = SearchEntry.objects.filter(language=language)
    for word in query.folded:
        entries = entries.filter(folded_text__contains=word)
    counts: dict[str, int] = {}
    for kind in entries.values_list("kind", flat=True):
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def _timestamp(entry: SearchEntry) -> float:
    return entry.date.timestamp() if entry.date else 0.0


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _score(entry: SearchEntry, query: ParsedQuery) -> Hit:
    title = entry.folded_title
    text = entry.folded_text
    score = 0.0
    for word in query.folded:
        if _whole_word(word, title):
            score += 10
        elif word in title:
            score += 5
        occurrences = text.count(word)
        score += min(occurrences, 10) * (1.0 if _whole_word(word, text) else 0.4)
    phrase = " ".join(fold(word) for word in query.words)
    if len(query.words) > 1:
        if phrase in title:
            score += 20
        elif phrase in text:
            score += 8
    exact_text = lower_exact(f"{entry.title} {entry.summary} {entry.body}")
    # Only words typed with diacritics express a preference: "rang" is no vote for "rang xay".
    exact = sum(
        1 for word in set(query.words) if word != fold(word) and _whole_word(word, exact_text)
    )
    return Hit(
        entry=entry,
        exact=exact,
        score=score,
        title_html=highlight(entry.title, query),
        snippet_html=highlight(snippet(entry, query), query),
    )


def snippet(entry: SearchEntry, query: ParsedQuery) -> str:
    """A window of the summary or body around the first match, cut at word boundaries."""
    for source in (entry.summary, entry.body):
        folded = fold(source)
        positions = [folded.find(word) for word in query.folded if word in folded]
        if positions:
            first = min(positions)
            start = max(0, first - SNIPPET_LENGTH // 3)
            if start:
                start = source.find(" ", start) + 1 or start
            end = min(len(source), start + SNIPPET_LENGTH)
            if end < len(source):
                end = (
                    source.rfind(" ", start, end) if source.rfind(" ", start, end) > start else end
                )
            text = source[start:end].strip()
            return ("… " if start else "") + text + (" …" if end < len(source) else "")
    text = entry.summary or entry.body
    return text[:SNIPPET_LENGTH] + (" …" if len(text) > SNIPPET_LENGTH else "")


def highlight(text: str, query: ParsedQuery) -> SafeString:
    """Wrap each match in <mark>, found on the folded text and applied to the original."""
    text = normalize(text)
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for word in query.folded:
        start = folded.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    if not spans:
        return escape(text)
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, cursor = [], 0
    for start, end in merged:
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))
