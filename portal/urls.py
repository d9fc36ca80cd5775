from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from outreach.press.views.feeds import FEED_URL_NAME, calendar_feed
from portal import seo
from portal.admin_access import protect_admin_urls
from portal.csp_reports import csp_report
from portal.feeds import NewsAtomFeed, NewsRssFeed
from portal.search.views import search_view

# Every admin view of a model checks its permission before it looks the record up.
protect_admin_urls(wagtailadmin_urls.urlpatterns)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", seo.sitemap_view, name="sitemap"),
    path("robots.txt", seo.robots_view, name="robots"),
    path("api/catalogue/v1/", include("cms.catalogue.api_urls")),
    path("bots/", include("bots.urls")),
    path("csp-report/", csp_report, name="csp_report"),
    # Outside the language prefixes: a subscribed calendar keeps one address for good.
    re_path(
        r"^lich-truyen-thong/(?P<token>[A-Za-z0-9_-]{20,64})\.ics$",
        calendar_feed,
        name=FEED_URL_NAME,
    ),
]

# Off unless DJANGO_ADMIN_ENABLED: staff work in the Wagtail admin, and a second admin with its
# own login page is one more door to guard.
if settings.DJANGO_ADMIN_ENABLED:
    urlpatterns.insert(0, path("django-admin/", admin.site.urls))

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_static, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "search/"), search_view, name="search"),
    path(pgettext_lazy("URL", "news/rss.xml"), NewsRssFeed(), name="news_rss"),
    path(pgettext_lazy("URL", "news/atom.xml"), NewsAtomFeed(), name="news_atom"),
    path("", include("outreach.invitations.urls")),
    path("", include("outreach.notices.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "portal.views.bad_request"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
