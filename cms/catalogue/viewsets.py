"""Admin screens of the catalogue, under one menu group: lists with filters, search and export.

Staff search firms and products as visitors do, with or without diacritics: the query is
folded and matched against each record's folded `search_text`.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from cms.core.spreadsheets import NeutralisedExportsViewSet
from portal.text import fold

from .models import (
    Enterprise,
    FormerDistrict,
    Product,
    Recognition,
    Round,
    Sector,
    Ward,
)
from .views.importing import CatalogueImportViewSet
from .views.printing import CataloguePrintViewSet


class FoldedSearchIndexView(IndexView):
    """Matches the folded query against `search_text`: "rang dong" finds "Rạng Đông"."""

    search_fields = ["search_text"]
    search_backend_name = None

    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        if not self.is_searching:
            return queryset
        return queryset.filter(search_text__contains=fold(self.search_query).strip())


class FoldedSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects: QuerySet) -> QuerySet:
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = objects.filter(search_text__contains=fold(query).strip())
            self.is_searching = True
            self.search_query = query
        return objects


class FoldedChooseView(ChooseView):
    filter_form_class = FoldedSearchFilterForm


class FoldedChooseResultsView(ChooseResultsView):
    filter_form_class = FoldedSearchFilterForm


class FoldedSearchChooserViewSet(SnippetChooserViewSet):
    choose_view_class = FoldedChooseView
    choose_results_view_class = FoldedChooseResultsView


class ProductFilterSet(WagtailFilterSet):
    recognitions__round = django_filters.ModelChoiceFilter(
        label=_("Round"), queryset=Round.objects.all(), distinct=True
    )
    recognitions__top10 = django_filters.BooleanFilter(label=_("TOP 10"), distinct=True)
    enterprise__former_district = django_filters.ModelChoiceFilter(
        label=_("Former district"), queryset=FormerDistrict.objects.all()
    )

    class Meta:
        model = Product
        fields = ["sector", "featured", "illustrative"]


class ProductViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = Product
    icon = "pick"
    menu_label = _("Products")
    index_view_class = FoldedSearchIndexView
    chooser_viewset_class = FoldedSearchChooserViewSet
    list_display = ["name", "enterprise", "sector", "featured", "updated_at"]
    list_per_page = 50
    list_export = [
        "name",
        "name_en",
        "enterprise",
        "sector",
        "description",
        "description_en",
        "featured",
        "illustrative",
    ]
    export_filename = "san-pham"
    filterset_class = ProductFilterSet
    ordering = ["sort_name"]

    def get_queryset(self, request):
        return Product.objects.select_related("enterprise", "sector")


class EnterpriseFilterSet(WagtailFilterSet):
    class Meta:
        model = Enterprise
        fields = ["former_district", "fdi", "illustrative"]


class EnterpriseViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = Enterprise
    icon = "site"
    menu_label = _("Enterprises")
    index_view_class = FoldedSearchIndexView
    chooser_viewset_class = FoldedSearchChooserViewSet
    list_display = ["name", "short_name", "tax_code", "former_district", "fdi", "updated_at"]
    list_per_page = 50
    list_export = [
        "name",
        "name_en",
        "short_name",
        "tax_code",
        "address",
        "ward",
        "former_district",
        "website",
        "phone",
        "email",
        "fdi",
        "illustrative",
    ]
    export_filename = "doanh-nghiep"
    filterset_class = EnterpriseFilterSet
    ordering = ["sort_name"]

    def get_queryset(self, request):
        return Enterprise.objects.select_related("former_district", "ward")


class RoundViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = Round
    icon = "date"
    menu_label = _("Recognition rounds")
    list_display = [
        "year",
        "decision_number",
        "decision_date",
        "ceremony_date",
        Column("product_count", label=_("Products")),
    ]
    list_export = ["year", "decision_number", "decision_date", "council", "ceremony_date"]
    export_filename = "dot-xet-chon"
    search_fields = ["decision_number", "council"]
    ordering = ["-year"]

    def get_queryset(self, request):
        return Round.objects.with_counts()


class RecognitionFilterSet(WagtailFilterSet):
    product__sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all()
    )

    class Meta:
        model = Recognition
        fields = ["round", "top10"]


class RecognitionViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = Recognition
    icon = "success"
    menu_label = _("Recognitions")
    list_display = ["product", "round", "top10", "certificate_number", "valid_until"]
    list_per_page = 50
    list_export = ["product", "round", "top10", "certificate_number", "valid_until"]
    export_filename = "cong-nhan"
    search_fields = ["product__name", "certificate_number"]
    filterset_class = RecognitionFilterSet
    ordering = ["-round__year", "product__name"]

    def get_queryset(self, request):
        return Recognition.objects.select_related("product", "round")


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "list-ul"
    menu_label = _("Sectors")
    list_display = ["name", "name_en", "sort_order"]
    search_fields = ["name", "name_en"]
    ordering = ["sort_order"]


class WardFilterSet(WagtailFilterSet):
    class Meta:
        model = Ward
        fields = ["kind", "former_district"]


class WardViewSet(SnippetViewSet):
    model = Ward
    icon = "globe"
    menu_label = _("Wards and communes")
    list_display = ["__str__", "former_district"]
    list_per_page = 130
    search_fields = ["name"]
    filterset_class = WardFilterSet
    ordering = ["sort_order"]


class CatalogueGroup(SnippetViewSetGroup):
    menu_label = _("Product catalogue")
    menu_icon = "pick"
    menu_order = 210
    items = (
        ProductViewSet,
        EnterpriseViewSet,
        RecognitionViewSet,
        RoundViewSet,
        SectorViewSet,
        WardViewSet,
        CatalogueImportViewSet,
        CataloguePrintViewSet,
    )
