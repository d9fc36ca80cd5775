"""The catalogue in the site search: products, firms and rounds, one entry per language.

Entries link to the catalogue page of their language, and (being search entries) they are
what sitemap.xml lists, so every recognised product and firm is found by search engines.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.catalogue.links import catalogue_urls, record_url
from cms.catalogue.models import Enterprise, Product, Recognition, Round
from portal.text import normalize

from .sources import EntryData, SearchSource


def _languages() -> list[str]:
    available = catalogue_urls()
    return [code for code, _name in settings.LANGUAGES if code in available]


def _recognitions():
    return Prefetch(
        "recognitions", queryset=Recognition.objects.select_related("round").order_by("round__year")
    )


class ProductSource(SearchSource):
    model = Product
    kinds = {"product": _("Products")}

    def all_objects(self) -> Iterable[Product]:
        return (
            Product.objects.filter(recognitions__isnull=False)
            .distinct()
            .select_related("enterprise", "sector")
            .prefetch_related(_recognitions(), "specifications")
        )

    def entries(self, obj) -> list[EntryData]:
        recognitions = list(obj.recognitions.all())
        if not recognitions:
            return []
        latest = max(recognitions, key=lambda r: r.round.year).round
        entries = []
        for language in _languages():
            with translation.override(language):
                years = ", ".join(str(r.round.year) for r in recognitions)
                summary = f"{obj.enterprise.display_name} · {obj.sector.display_name} · " + (
                    gettext("Recognised in %(years)s") % {"years": years}
                )
                specs = " ".join(
                    f"{s.display_label} {s.display_value}" for s in obj.specifications.all()
                )
                entries.append(
                    EntryData(
                        language=language,
                        kind="product",
                        url=record_url("product", obj.slug, language),
                        title=normalize(obj.display_name),
                        summary=normalize(summary),
                        body=normalize(
                            f"{obj.display_description} {obj.enterprise.short_name} {specs}"
                        ),
                        date=datetime(latest.year, 12, 31)
                        if latest.decision_date is None
                        else datetime.combine(latest.decision_date, datetime.min.time()),
                    )
                )
        return entries


class EnterpriseSource(SearchSource):
    model = Enterprise
    kinds = {"enterprise": _("Enterprises")}

    def all_objects(self) -> Iterable[Enterprise]:
        return Enterprise.objects.filter(products__recognitions__isnull=False).distinct()

    def entries(self, obj) -> list[EntryData]:
        if not Recognition.objects.filter(product__enterprise=obj).exists():
            return []
        entries = []
        for language in _languages():
            with translation.override(language):
                entries.append(
                    EntryData(
                        language=language,
                        kind="enterprise",
                        url=record_url("enterprise", obj.slug, language),
                        title=normalize(obj.display_name),
                        summary=normalize(obj.display_description),
                        body=normalize(f"{obj.short_name} {obj.tax_code or ''} {obj.address}"),
                        date=None,
                    )
                )
        return entries


class RoundSource(SearchSource):
    model = Round
    kinds = {"round": _("Recognition rounds")}

    def entries(self, obj) -> list[EntryData]:
        entries = []
        for language in _languages():
            with translation.override(language):
                title = gettext("Key industrial products %(year)s") % {"year": obj.year}
                entries.append(
                    EntryData(
                        language=language,
                        kind="round",
                        url=record_url("round", obj.year, language),
                        title=normalize(title),
                        summary=normalize(obj.display_summary),
                        body=normalize(f"{obj.decision_number} {obj.display_council}"),
                        date=datetime.combine(obj.decision_date, datetime.min.time())
                        if obj.decision_date
                        else None,
                    )
                )
        return entries


def _reindex_product_of(sender, instance, raw=False, **kwargs):
    """A recognition added or removed changes whether (and how) its product is listed."""
    from .indexing import index_object, is_paused

    if raw or is_paused():
        return
    product = Product.objects.filter(pk=instance.product_id).first()
    if product is not None:
        index_object(product)
        index_object(product.enterprise)


def _reindex_products_of(sender, instance, raw=False, **kwargs):
    """A firm's name is part of each of its products' entries."""
    from .indexing import index_object, is_paused

    if raw or is_paused():
        return
    for product in instance.products.all():
        index_object(product)


def connect_signals() -> None:
    post_save.connect(_reindex_product_of, sender=Recognition, dispatch_uid="search-recognition")
    post_delete.connect(
        _reindex_product_of, sender=Recognition, dispatch_uid="search-recognition-deleted"
    )
    post_save.connect(_reindex_products_of, sender=Enterprise, dispatch_uid="search-enterprise")
