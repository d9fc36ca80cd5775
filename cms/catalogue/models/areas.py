"""Hà Nội's administrative units: the 126 wards and communes in force since 1 July 2025 and
the 30 former district-level units, still used to browse by area and in older records."""

from __future__ import annotations

import csv
from pathlib import Path

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.text import fold

AREAS_CSV = Path(__file__).resolve().parent.parent / "data" / "hanoi_areas.csv"


class FormerDistrict(models.Model):
    class Kind(models.TextChoices):
        URBAN = "quận", _("urban district (quận)")
        TOWN = "thị xã", _("town (thị xã)")
        RURAL = "huyện", _("rural district (huyện)")

    name = models.CharField(_("name"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("former district")
        verbose_name_plural = _("former districts")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def full_name(self) -> str:
        return f"{self.kind.capitalize()} {self.name}"


class Ward(models.Model):
    """A ward (phường) or commune (xã): Hà Nội's local level since 1 July 2025."""

    class Kind(models.TextChoices):
        WARD = "phường", _("ward (phường)")
        COMMUNE = "xã", _("commune (xã)")

    name = models.CharField(_("name"), max_length=60)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    slug = models.SlugField(_("slug"), max_length=70, unique=True)
    former_district = models.ForeignKey(
        FormerDistrict,
        verbose_name=_("principal former district"),
        on_delete=models.PROTECT,
        related_name="wards",
        help_text=_("The former district most of its territory came from."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("ward or commune")
        verbose_name_plural = _("wards and communes")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["kind", "name"], name="unique_ward_name")]

    def __str__(self) -> str:
        return f"{self.kind.capitalize()} {self.name}"


def area_slug(kind: str, name: str) -> str:
    return slugify(fold(f"{kind} {name}"))


def load_areas(district_model=FormerDistrict, ward_model=Ward, path: Path = AREAS_CSV) -> None:
    """Upsert the units from the CSV kept in the repository (run by a data migration)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    districts = {}
    for order, row in enumerate(r for r in rows if r["level"] == "district"):
        districts[row["name"]], _created = district_model.objects.update_or_create(
            name=row["name"],
            defaults={
                "kind": row["kind"],
                "slug": slugify(fold(row["name"])),
                "sort_order": order,
            },
        )
    for order, row in enumerate(r for r in rows if r["level"] == "commune"):
        ward_model.objects.update_or_create(
            kind=row["kind"],
            name=row["name"],
            defaults={
                "slug": area_slug(row["kind"], row["name"]),
                "former_district": districts[row["former_district"]],
                "sort_order": order,
            },
        )
