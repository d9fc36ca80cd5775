"""Writing a plan: only what changed is saved. Search indexing and Wagtail's reference index
are held back during the saves and brought up to date once per touched record after the
commit, which keeps the transaction (and SQLite's write lock) short."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from portal.search.indexing import index_object, paused

from ..models import Enterprise, Product, ProductSpecification, Round
from .cells import name_key
from .planning import Plan, in_batches
from .results import UNCHANGED


def write(plan: Plan) -> None:
    """Save the plan inside the caller's transaction; index what it touched after commit."""
    with paused(), disable_reference_index_auto_update():
        for round_ in plan.new_rounds.values():
            round_.save()
        for change in plan.changed():
            change.instance.save()
            if change.specifications is not None:
                replace_specifications(change.instance, change.specifications)
    products = {c.instance.pk for c in plan.products if c.status != UNCHANGED}
    products |= {c.instance.product_id for c in plan.recognitions if c.status != UNCHANGED}
    enterprises = {c.instance.pk for c in plan.enterprises if c.status != UNCHANGED}
    rounds = {r.pk for r in plan.new_rounds.values()}
    if products or enterprises or rounds:
        transaction.on_commit(partial(reindex, products, enterprises, rounds))


def replace_specifications(product: Product, specifications: list[tuple[str, str]]) -> None:
    """The new list, keeping the English texts of the lines whose label (and value) stayed."""
    current = list(ProductSpecification.objects.filter(product=product))
    english = {name_key(spec.label): spec for spec in current}
    ProductSpecification.objects.filter(product=product).delete()
    rows = []
    for order, (label, value) in enumerate(specifications):
        old = english.get(name_key(label))
        rows.append(
            ProductSpecification(
                product=product,
                sort_order=order,
                label=label,
                value=value,
                label_en=old.label_en if old else "",
                value_en=old.value_en if old and old.value == value else "",
            )
        )
    ProductSpecification.objects.bulk_create(rows)


def reindex(product_ids: set[int], enterprise_ids: set[int], round_ids: set[int]) -> None:
    """Search entries of what the import touched: its products (and every product of a firm
    whose name may have changed), their firms and the new rounds; then their references."""
    products = {p.pk: p for p in in_batches(product_ids, _products_by_id)}
    for product in in_batches(enterprise_ids, _products_of_firms):
        products.setdefault(product.pk, product)
    firms = enterprise_ids | {p.enterprise_id for p in products.values()}
    enterprises = in_batches(firms, lambda part: Enterprise.objects.filter(pk__in=part))
    for record in (*products.values(), *enterprises, *Round.objects.filter(pk__in=round_ids)):
        index_object(record)
    # What Wagtail does on each save, once per record (a product's covers its recognitions).
    for model, ids in ((Product, product_ids), (Enterprise, enterprise_ids), (Round, round_ids)):
        label, name = model._meta.app_label, model._meta.model_name
        for pk in ids:
            update_reference_index_task.enqueue(label, name, str(pk))


def _products_by_id(part: list):
    return Product.objects.filter(pk__in=part).select_related("enterprise", "sector")


def _products_of_firms(part: list):
    return Product.objects.filter(enterprise__in=part).select_related("enterprise", "sector")
