"""The portal's URLs plus a bare Django view, the yardstick page figures are measured against."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def bare_view(request):
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/bare/", bare_view), *portal_urlpatterns]
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
