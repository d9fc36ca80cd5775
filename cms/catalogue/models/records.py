"""The records of the programme: sectors, firms, products, rounds and recognitions.

They are snippets, not pages: staff keep them in lists and import them from Excel, and the
catalogue page shows them. Every text a visitor reads has an English twin (`*_en`).
"""

from __future__ import annotations

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from cms.core.models import localized_value
from portal.text import fold

from ..taxcode import normalize_tax_code, validate_tax_code
from .areas import FormerDistrict, Ward

VALIDITY_YEARS = 3


def unique_slug(instance: models.Model, text: str, max_length: int = 80) -> str:
    """A slug from the folded text, numbered when another row of the model has it."""
    base = slugify(fold(text))[:max_length].strip("-") or "muc"
    slug, number = base, 1
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    while others.filter(slug=slug).exists():
        number += 1
        slug = f"{base[: max_length - 4]}-{number}"
    return slug


class Sector(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    short_name_en = models.CharField(_("short name (English)"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("short_name_en")]),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return localized_value(self, "name")

    @property
    def display_short_name(self) -> str:
        return localized_value(self, "short_name") or self.display_name


class Enterprise(models.Model):
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    short_name = models.CharField(_("short name or brand"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=90, unique=True, blank=True)
    tax_code = models.CharField(
        _("tax code"),
        max_length=14,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_tax_code],
        help_text=_("10 digits, or 13 for a branch (0100109106-001)."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    ward = models.ForeignKey(
        Ward,
        verbose_name=_("ward or commune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises",
        help_text=_("One of Hà Nội's 126 wards and communes since 1 July 2025."),
    )
    former_district = models.ForeignKey(
        FormerDistrict,
        verbose_name=_("former district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises",
        help_text=_("The district-level unit before 1 July 2025; used to browse by area."),
    )
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    logo = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    fdi = models.BooleanField(_("foreign-invested (FDI)"), default=False)
    illustrative = models.BooleanField(
        _("illustrative demo data"),
        default=False,
        help_text=_("Invented for the demonstration; the page says so."),
    )
    #: Folded names, tax code and address: what staff and visitors' searches match.
    search_text = models.TextField(editable=False, blank=True, default="")
    #: The folded name: alphabetical order that puts "Đ" among the "D"s on every database.
    sort_name = models.CharField(max_length=255, editable=False, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("name_en"),
                FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
                FieldRowPanel([FieldPanel("tax_code"), FieldPanel("fdi")]),
            ],
            heading=_("Identification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("ward"), FieldPanel("former_district")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading=_("Address and contacts"),
        ),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldPanel("illustrative"),
    ]

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["sort_name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name)
        if not self.tax_code:
            self.tax_code = None
        if self.ward_id and not self.former_district_id:
            self.former_district_id = Ward.objects.values_list("former_district_id", flat=True).get(
                pk=self.ward_id
            )
        self.sort_name = fold(self.name)[:255]
        self.search_text = fold(
            " ".join(
                part
                for part in (
                    self.name,
                    self.name_en,
                    self.short_name,
                    self.tax_code or "",
                    self.address,
                )
                if part
            )
        )
        super().save(*args, **kwargs)
        # Products are found by their firm's names too.
        for product in self.products.all():
            text = product.build_search_text(enterprise=self)
            if text != product.search_text:
                Product.objects.filter(pk=product.pk).update(search_text=text)

    def clean(self) -> None:
        super().clean()
        if self.tax_code:
            self.tax_code = normalize_tax_code(self.tax_code)
        if self.ward_id and not self.former_district_id:
            self.former_district_id = self.ward.former_district_id

    @property
    def display_name(self) -> str:
        return localized_value(self, "name")

    @property
    def display_description(self) -> str:
        return localized_value(self, "description")

    @property
    def label(self) -> str:
        """The short name people know a firm by, else its full name."""
        return self.short_name or self.display_name


class Product(ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    slug = models.SlugField(_("slug"), max_length=90, unique=True, blank=True)
    enterprise = models.ForeignKey(
        Enterprise,
        verbose_name=_("enterprise"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="products"
    )
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    brochure = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("brochure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured = models.BooleanField(_("featured on the home page"), default=False, db_index=True)
    illustrative = models.BooleanField(
        _("illustrative demo data"),
        default=False,
        help_text=_("Invented for the demonstration; the page says so."),
    )
    #: Folded name, English name, firm and description: what the catalogue filter matches.
    search_text = models.TextField(editable=False, blank=True, default="")
    sort_name = models.CharField(max_length=255, editable=False, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldRowPanel([FieldPanel("enterprise"), FieldPanel("sector")]),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        InlinePanel("specifications", heading=_("Specifications"), label=_("Specification")),
        InlinePanel("gallery", heading=_("Image gallery"), label=_("Image")),
        FieldPanel("brochure"),
        InlinePanel("recognitions", heading=_("Recognitions"), label=_("Recognition")),
        FieldRowPanel([FieldPanel("featured"), FieldPanel("illustrative")]),
    ]

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["sort_name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        self.sort_name = fold(self.name)[:255]
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self, enterprise: Enterprise | None = None) -> str:
        if enterprise is None and self.enterprise_id:
            enterprise = self.enterprise
        parts = [self.name, self.name_en, self.description, self.description_en]
        if enterprise is not None:
            parts += [enterprise.name, enterprise.name_en, enterprise.short_name]
        return fold(" ".join(part for part in parts if part))

    @property
    def display_name(self) -> str:
        return localized_value(self, "name")

    @property
    def display_description(self) -> str:
        return localized_value(self, "description")

    @property
    def main_image(self):
        """The first gallery image; uses the prefetched gallery when there is one."""
        for item in self.gallery.all():
            return item.image
        return None


class ProductSpecification(Orderable):
    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="specifications")
    label = models.CharField(_("label"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120, blank=True)
    value = models.CharField(_("value"), max_length=255)
    value_en = models.CharField(_("value (English)"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("label_en")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_en")]),
    ]

    @property
    def display_label(self) -> str:
        return localized_value(self, "label")

    @property
    def display_value(self) -> str:
        return localized_value(self, "value")


class ProductImage(Orderable):
    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="gallery")
    image = models.ForeignKey(
        "images.CustomImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("caption_en")]

    @property
    def display_caption(self) -> str:
        return localized_value(self, "caption") or self.image.title


class RoundQuerySet(models.QuerySet):
    def with_counts(self) -> RoundQuerySet:
        """Each round's products, firms and TOP 10 recognitions (API, statistics, admin)."""
        return self.annotate(
            product_count=models.Count("recognitions__product", distinct=True),
            enterprise_count=models.Count("recognitions__product__enterprise", distinct=True),
            top10_count=models.Count("recognitions", filter=models.Q(recognitions__top10=True)),
        )


class Round(models.Model):
    """A yearly recognition round, decided by the City People's Committee."""

    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, validators=[MinValueValidator(2005), MaxValueValidator(2100)]
    )
    decision_number = models.CharField(
        _("recognition decision number"),
        max_length=60,
        blank=True,
        help_text=_("For example 5012/QĐ-UBND."),
    )
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    council = models.CharField(
        _("evaluation council"),
        max_length=255,
        blank=True,
        help_text=_("The decision setting up the council, e.g. 4074/QĐ-UBND of 27/10/2022."),
    )
    council_en = models.CharField(_("evaluation council (English)"), max_length=255, blank=True)
    ceremony_date = models.DateField(_("ceremony date"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    decision_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("decision file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = RoundQuerySet.as_manager()

    panels = [
        FieldPanel("year"),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
        FieldPanel("decision_file"),
        FieldPanel("council"),
        FieldPanel("council_en"),
        FieldPanel("ceremony_date"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
    ]

    class Meta:
        verbose_name = _("recognition round")
        verbose_name_plural = _("recognition rounds")
        ordering = ["-year"]

    def __str__(self) -> str:
        return str(self.year)

    @property
    def display_summary(self) -> str:
        return localized_value(self, "summary")

    @property
    def display_council(self) -> str:
        return localized_value(self, "council")

    def default_valid_until(self) -> date:
        """Three years from the decision; from the end of the year when its date is unknown."""
        start = self.decision_date or date(self.year, 12, 31)
        try:
            return start.replace(year=start.year + VALIDITY_YEARS)
        except ValueError:  # 29 February
            return start.replace(year=start.year + VALIDITY_YEARS, day=28)


class Recognition(models.Model):
    """A product recognised in a round: a product may be recognised again in later rounds."""

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="recognitions")
    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.PROTECT, related_name="recognitions"
    )
    top10 = models.BooleanField(_("TOP 10"), default=False)
    certificate_number = models.CharField(_("certificate number"), max_length=60, blank=True)
    valid_until = models.DateField(
        _("valid until"),
        blank=True,
        help_text=_("Empty: three years from the round's decision."),
    )

    panels = [
        FieldRowPanel([FieldPanel("round"), FieldPanel("top10")]),
        FieldRowPanel([FieldPanel("certificate_number"), FieldPanel("valid_until")]),
    ]

    class Meta:
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        ordering = ["-round__year"]
        constraints = [
            models.UniqueConstraint(fields=["product", "round"], name="unique_recognition")
        ]

    def __str__(self) -> str:
        return f"{self.product} ({self.round})"

    def save(self, *args, **kwargs) -> None:
        if not self.valid_until:
            self.valid_until = self.round.default_valid_until()
        super().save(*args, **kwargs)

    @property
    def is_valid(self) -> bool:
        return self.valid_until >= timezone.localdate()
