"""Template tags of the public theme: languages, breadcrumbs, update time, localized fields."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.db.models import Max
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from cms.core import generation
from cms.core.models import SiteSettings, localized_value

register = template.Library()


@register.filter
def localized(obj, field: str) -> str:
    """`{{ category|localized:"name" }}`: the English variant on English pages when filled in."""
    return localized_value(obj, field)


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[dict]:
    """Each site language with the address of this page in it (its translation, else home)."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    versions = []
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            target = translations.get(code)
            exists = target is not None
            if target is not None:
                url = target.get_url(request)
                subpaths = context.get("alternate_subpaths") or {}
                if url and code in subpaths:
                    # Sub-routes named per language (catalogue records): the other name.
                    url = url + subpaths[code]
                elif url and page.get_url(request) and request is not None:
                    # Keep the sub-route (routable pages) of the current address.
                    own = page.get_url(request)
                    if request.path.startswith(own):
                        url = url + request.path[len(own) :]
            else:
                url = _home_url(code, request)
        else:
            url = translate_url(request.get_full_path(), code) if request else "/"
            exists = True
        versions.append(
            {"code": code, "name": name, "url": url, "current": code == current, "exists": exists}
        )
    return versions


def _home_url(code: str, request) -> str:
    root = Page.objects.filter(depth=2, locale__language_code=code, live=True).first()
    return (
        root.get_url(request) if root else ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
    )


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[Page]:
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).live().specific(defer=True))


@register.simple_tag(takes_context=True)
def last_updated(context):
    """When what this page shows last changed (Decree 224/2026 asks every page to say so):
    the page itself, or its newest child for listings."""
    page = context.get("page")
    if isinstance(page, Page):
        stamp = page.last_published_at or page.latest_revision_created_at
        if page.numchild:
            latest = page.get_children().live().aggregate(latest=Max("last_published_at"))
            if latest["latest"] and (stamp is None or latest["latest"] > stamp):
                stamp = latest["latest"]
        return stamp
    return generation.cached(
        "site-last-updated",
        lambda: Page.objects.live().aggregate(latest=Max("last_published_at"))["latest"],
        context.get("request"),
    )


@register.simple_tag(takes_context=True)
def site_settings(context) -> SiteSettings | None:
    """The agency's settings, cached per content generation (saving them bumps it)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return generation.cached(
        f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site), request
    )


@register.simple_tag(takes_context=True)
def site_root(context) -> Page | None:
    """The home page in the current language, for the header link and the main menu."""
    language = translation.get_language()

    def build():
        return (
            Page.objects.filter(depth=2, live=True, locale__language_code=language).first()
            or Page.objects.filter(depth=2, live=True).first()
        )

    return generation.cached(f"site-root:{language}", build, context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    root = site_root(context)
    if root is None:
        return []
    return generation.cached(
        f"main-menu:{root.pk}",
        lambda: list(root.get_children().live().in_menu()),
        context.get("request"),
    )


@register.filter
def tel_href(number: str) -> str:
    """A dialable tel: address: digits only, keeping a leading +."""
    digits = "".join(char for char in number or "" if char.isdigit())
    return f"tel:{'+' if (number or '').strip().startswith('+') else ''}{digits}"


@register.filter
def og_locale(language_code: str) -> str:
    return {"vi": "vi_VN", "en": "en_GB"}.get(language_code, language_code)


@register.filter
def is_within(page, section) -> bool:
    """True when `page` is `section` or below it in the tree (menu highlighting)."""
    return (
        isinstance(page, Page) and isinstance(section, Page) and page.path.startswith(section.path)
    )


@register.filter
def is_article(page) -> bool:
    """Articles are typed "article" in OpenGraph and Dublin Core; everything else is a web page."""
    model = getattr(page, "specific_class", None) or type(page)
    return getattr(getattr(model, "_meta", None), "model_name", "") == "articlepage"
