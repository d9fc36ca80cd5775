"""Admin screens for what the pages list: legal documents and article categories."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.spreadsheets import NeutralisedExportsViewSet

from .models import ArticleCategory, LegalDocument


class LegalDocumentFilterSet(WagtailFilterSet):
    class Meta:
        model = LegalDocument
        fields = ["doc_type", "status", "issuer"]


class LegalDocumentViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = _("Legal documents")
    list_display = ["number", "title", "doc_type", "issuer", "issue_date", "status"]
    list_export = [
        "number",
        "doc_type",
        "title",
        "issuer",
        "signer",
        "issue_date",
        "effective_date",
        "status",
    ]
    export_filename = "van-ban"
    search_fields = ["number", "title", "summary", "issuer"]
    filterset_class = LegalDocumentFilterSet
    ordering = ["-issue_date"]


class ArticleCategoryViewSet(SnippetViewSet):
    model = ArticleCategory
    icon = "tag"
    menu_label = _("Article categories")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


class PortalContentGroup(SnippetViewSetGroup):
    menu_label = _("Portal content")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (LegalDocumentViewSet, ArticleCategoryViewSet)
