"""Legal documents (văn bản) with the metadata state portals show, and the library listing them."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cms.core.models import BasePage, localized_value
from cms.core.numbers import parse_int
from portal.text import fold

DOCUMENTS_PER_PAGE = 20


class LegalDocument(index.Indexed, models.Model):
    class DocumentType(models.TextChoices):
        LAW = "luat", _("Law")
        DECREE = "nghi-dinh", _("Decree")
        CIRCULAR = "thong-tu", _("Circular")
        DECISION = "quyet-dinh", _("Decision")
        PLAN = "ke-hoach", _("Plan")
        GUIDANCE = "huong-dan", _("Guidance")
        NOTICE = "thong-bao", _("Notice")
        OFFICIAL_LETTER = "cong-van", _("Official letter")
        REPORT = "bao-cao", _("Report")
        FORM = "bieu-mau", _("Form")
        OTHER = "khac", _("Other")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        PARTLY = "partly", _("Partly in force")
        EXPIRED = "expired", _("No longer in force")

    doc_type = models.CharField(_("document type"), max_length=20, choices=DocumentType.choices)
    number = models.CharField(
        _("number and symbol"), max_length=80, help_text=_("For example 60/KH-UBND.")
    )
    title = models.CharField(_("title (trích yếu)"), max_length=500)
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True)
    issuer = models.CharField(_("issuing body"), max_length=200)
    issuer_en = models.CharField(_("issuing body (English)"), max_length=200, blank=True)
    signer = models.CharField(_("signed by"), max_length=200, blank=True)
    issue_date = models.DateField(_("issue date"))
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    summary = models.TextField(_("summary"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("doc_type"),
                FieldPanel("number"),
                FieldPanel("issuer"),
                FieldPanel("issuer_en"),
                FieldPanel("signer"),
                FieldPanel("issue_date"),
                FieldPanel("effective_date"),
                FieldPanel("status"),
            ],
            heading=_("Identification"),
        ),
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("file"),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("title"),
        index.SearchField("summary"),
        index.SearchField("issuer"),
        index.FilterField("doc_type"),
    ]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-issue_date", "number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "issue_date"], name="unique_document_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}"

    @property
    def display_title(self) -> str:
        return localized_value(self, "title")

    @property
    def display_summary(self) -> str:
        return localized_value(self, "summary")

    @property
    def display_issuer(self) -> str:
        return localized_value(self, "issuer")

    def get_library_url(self, library: DocumentLibraryPage, request=None) -> str:
        return library.url + library.reverse_subpage("document_detail", args=[self.pk])


class DocumentLibraryPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("document library")

    @path("")
    def document_list(self, request):
        documents = LegalDocument.objects.select_related("file")
        filters: dict[str, object] = {}

        doc_type = request.GET.get("type", "")[:20]
        if doc_type in LegalDocument.DocumentType.values:
            documents = documents.filter(doc_type=doc_type)
            filters["type"] = doc_type
        issuer = request.GET.get("issuer", "")[:200]
        if issuer:
            documents = documents.filter(issuer=issuer)
            filters["issuer"] = issuer
        chosen = parse_int(request.GET.get("year", ""), minimum=1945, maximum=2100)
        if chosen is not None:
            documents = documents.filter(issue_date__year=chosen)
            filters["year"] = chosen
        query = request.GET.get("q", "")[:200].strip()
        if query:
            documents = _search_documents(documents, query)
            filters["q"] = query

        page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
        params = request.GET.copy()
        params.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "documents": page,
                "filters": filters,
                "query": query,
                "doc_types": LegalDocument.DocumentType.choices,
                "issuers": LegalDocument.objects.order_by("issuer")
                .values_list("issuer", flat=True)
                .distinct(),
                "years": LegalDocument.objects.dates("issue_date", "year", order="DESC"),
                "query_without_page": params.urlencode(),
            },
        )

    @path("<int:pk>/", name="document_detail")
    def document_detail(self, request, pk: int):
        try:
            document = LegalDocument.objects.select_related("file").get(pk=pk)
        except LegalDocument.DoesNotExist as exc:
            raise Http404 from exc
        return self.render(
            request,
            context_overrides={"document": document},
            template="pages/legal_document.html",
        )


def _search_documents(documents, query: str):
    """Match every folded word of the query in the number, title, summary or issuer."""
    words = fold(query).split()
    matching = [
        doc.pk
        for doc in documents
        if all(
            word in fold(f"{doc.number} {doc.title} {doc.title_en} {doc.summary} {doc.issuer}")
            for word in words
        )
    ]
    return documents.filter(pk__in=matching)
