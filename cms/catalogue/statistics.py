"""Figures of the catalogue per round and per sector, with the geometry of their bar charts.

Charts are drawn on the server as SVG from the same numbers as the table beside them: no
outside script, readable without JavaScript, and printable.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from cms.core import generation

from .models import Recognition, Round, Sector

CHART_WIDTH = 640
LABEL_WIDTH = 150
BAR_HEIGHT = 14
ROW_GAP = 10


@dataclass(frozen=True)
class Bar:
    value: int
    x: int
    y: int
    width: int
    height: int
    label_y: int
    css: str


@dataclass(frozen=True)
class ChartRow:
    label: str
    y: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    rows: tuple[ChartRow, ...]
    series: tuple[tuple[str, str], ...]


def bar_chart(rows: list[tuple[str, list[int]]], series: list[tuple[str, str]]) -> Chart:
    """Horizontal grouped bars: one row per label, one bar per series, scaled to the maximum."""
    peak = max((value for _label, values in rows for value in values), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 40
    per_row = len(series) * BAR_HEIGHT + ROW_GAP
    chart_rows = []
    for index, (label, values) in enumerate(rows):
        top = index * per_row + ROW_GAP
        bars = tuple(
            Bar(
                value=value,
                x=LABEL_WIDTH,
                y=top + position * BAR_HEIGHT,
                width=max(round(room * value / peak), 1 if value else 0),
                height=BAR_HEIGHT - 2,
                label_y=top + position * BAR_HEIGHT + BAR_HEIGHT - 4,
                css=series[position][1],
            )
            for position, value in enumerate(values)
        )
        chart_rows.append(
            ChartRow(label=label, y=top + len(series) * BAR_HEIGHT // 2 + 4, bars=bars)
        )
    return Chart(
        width=CHART_WIDTH,
        height=len(rows) * per_row + ROW_GAP,
        label_width=LABEL_WIDTH - 8,
        rows=tuple(chart_rows),
        series=tuple(series),
    )


def _figures() -> dict:
    rounds = list(
        Round.objects.with_counts()
        .filter(product_count__gt=0)
        .order_by("year")
        .values("year", "product_count", "enterprise_count", "top10_count")
    )
    cells = {
        (row["round__year"], row["product__sector_id"]): row["n"]
        for row in Recognition.objects.order_by()
        .values("round__year", "product__sector_id")
        .annotate(n=Count("product_id", distinct=True))
    }
    sectors = list(
        Sector.objects.order_by("sort_order").values(
            "pk", "name", "name_en", "short_name", "short_name_en", "slug"
        )
    )
    totals = dict(
        Recognition.objects.order_by()
        .values_list("product__sector_id")
        .annotate(n=Count("product_id", distinct=True))
    )
    firms = Recognition.objects.aggregate(
        products=Count("product_id", distinct=True),
        enterprises=Count("product__enterprise_id", distinct=True),
    )
    return {"rounds": rounds, "cells": cells, "sectors": sectors, "totals": totals, **firms}


def catalogue_statistics(request=None) -> dict:
    from django.utils.translation import get_language, gettext

    figures = generation.cached("catalogue-statistics", _figures, request)
    english = get_language() == "en"
    years = [row["year"] for row in figures["rounds"]]
    sectors = [
        {
            **sector,
            "label": (sector["name_en"] if english and sector["name_en"] else sector["name"]),
            "short_label": (
                (english and sector["short_name_en"]) or sector["short_name"] or sector["name"]
            ),
            "per_round": [figures["cells"].get((year, sector["pk"]), 0) for year in years],
            "total": figures["totals"].get(sector["pk"], 0),
        }
        for sector in figures["sectors"]
    ]
    products_label, firms_label = gettext("Products"), gettext("Enterprises")
    return {
        "rounds": figures["rounds"],
        "years": years,
        "sectors": sectors,
        "total_products": figures["products"],
        "total_enterprises": figures["enterprises"],
        "round_chart": bar_chart(
            [
                (str(row["year"]), [row["product_count"], row["enterprise_count"]])
                for row in figures["rounds"]
            ],
            [(products_label, "bar--products"), (firms_label, "bar--firms")],
        ),
        "sector_chart": bar_chart(
            [(sector["short_label"], [sector["total"]]) for sector in sectors],
            [(products_label, "bar--products")],
        ),
    }
