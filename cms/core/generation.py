"""A site-wide content generation number kept in the shared cache.

Anything derived from published content (whole pages, the menu, site settings) is cached
under the current generation; publishing or saving content bumps it, so every such entry
goes stale at once, in every process (web workers and the worker publishing scheduled pages).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

GENERATION_KEY = "content:generation"
T = TypeVar("T")
_MISSING = object()


def current(request=None) -> int:
    """The generation; read once per request when the request is given."""
    if request is not None and hasattr(request, "_content_generation"):
        return request._content_generation
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    if request is not None:
        request._content_generation = int(generation)
    return int(generation)


def bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached(name: str, build: Callable[[], T], request=None, timeout: int = 3600) -> T:
    """`build()` once per content generation (and once per request when one is given)."""
    memo = getattr(request, "_generation_memo", None) if request is not None else None
    if memo is not None and name in memo:
        return memo[name]
    key = f"content:{current(request)}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout=timeout)
    if request is not None:
        if memo is None:
            memo = request._generation_memo = {}
        memo[name] = value
    return value
