from django.urls import path

from . import api

app_name = "catalogue_api"

urlpatterns = [
    path("", api.api_root, name="root"),
    path("openapi.json", api.openapi_document, name="openapi"),
    path("products/", api.product_list, name="products"),
    path("products/<slug:slug>/", api.product_detail, name="product"),
    path("enterprises/", api.enterprise_list, name="enterprises"),
    path("enterprises/<slug:slug>/", api.enterprise_detail, name="enterprise"),
    path("rounds/", api.round_list, name="rounds"),
    path("rounds/<int:year>/", api.round_detail, name="round"),
    path("sectors/", api.sector_list, name="sectors"),
]
