"""Abstract page building blocks and the site-wide settings editors change without a deploy."""

from __future__ import annotations

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, PageViewRestriction

from cms.core import generation


def localized_value(obj: object, field: str) -> str:
    """The English variant `<field>_en` on English pages when it is filled in, else the field."""
    if translation.get_language() == "en":
        english = getattr(obj, f"{field}_en", "")
        if english:
            return english
    return getattr(obj, field, "")


class SocialMediaMixin(models.Model):
    social_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("social sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on Zalo or Facebook. Empty: the lead image."),
    )

    class Meta:
        abstract = True


def restricted_paths() -> list[str]:
    """Tree paths of pages with a view restriction, cached per content generation."""
    return generation.cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class PageHelpersMixin:
    """Helpers every page template uses: the listing text, the sharing image, the update time."""

    def get_view_restrictions(self):
        # Wagtail asks the database on every request; restrictions are rare and cached, so a
        # page outside every restricted subtree (and not an alias) answers without a query.
        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_listing_summary(self) -> str:
        return getattr(self, "summary", "") or self.search_description or ""

    def get_sharing_image(self):
        return getattr(self, "social_image", None) or getattr(self, "lead_image", None)

    def get_last_updated(self):
        return self.last_published_at or self.latest_revision_created_at


class TreeRoutingMixin:
    """For the root page of a language tree: find the page an address names in one query.

    Wagtail walks the tree one level (one query) at a time; every page stores its full
    `url_path`, so the deepest page matching a prefix of the address is found at once, and
    that page routes whatever remains (sub-routes of routable pages, or a 404).
    """

    def route(self, request, path_components):
        if len(path_components) < 2:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        match = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .exclude(pk=self.pk)
            .order_by("-depth")
            .first()
        )
        if match is None:
            raise Http404
        remaining = path_components[match.depth - self.depth :]
        return match.specific.route(request, remaining)


class BasePage(PageHelpersMixin, SocialMediaMixin, Page):
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and how to reach them: header, footer, contact page, bots."""

    agency_name = models.CharField(
        _("agency name"), max_length=255, default="Sở Công Thương Hà Nội"
    )
    agency_name_en = models.CharField(
        _("agency name (English)"),
        max_length=255,
        blank=True,
        default="Hanoi Department of Industry and Trade",
    )
    parent_agency = models.CharField(
        _("parent agency"), max_length=255, blank=True, default="UBND Thành phố Hà Nội"
    )
    parent_agency_en = models.CharField(
        _("parent agency (English)"), max_length=255, blank=True, default="Hanoi People's Committee"
    )
    programme_name = models.CharField(
        _("programme name"),
        max_length=255,
        default="Chương trình phát triển sản phẩm công nghiệp chủ lực thành phố Hà Nội",
    )
    programme_name_en = models.CharField(
        _("programme name (English)"),
        max_length=255,
        blank=True,
        default="Hanoi Key Industrial Products Programme",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)
    hotline = models.CharField(_("hotline"), max_length=40, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    working_hours = models.CharField(_("working hours"), max_length=255, blank=True)
    working_hours_en = models.CharField(_("working hours (English)"), max_length=255, blank=True)
    person_responsible = models.CharField(
        _("person responsible for content"), max_length=255, blank=True
    )
    person_responsible_en = models.CharField(
        _("person responsible for content (English)"), max_length=255, blank=True
    )
    person_responsible_title = models.CharField(_("their position"), max_length=255, blank=True)
    person_responsible_title_en = models.CharField(
        _("their position (English)"), max_length=255, blank=True
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    zalo_oa_url = models.URLField(_("Zalo Official Account page"), blank=True)
    zalo_oa_id = models.CharField(_("Zalo OA id"), max_length=64, blank=True)
    telegram_bot_username = models.CharField(
        _("Telegram bot username"), max_length=64, blank=True, help_text=_("Without the @.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("agency_name"),
                FieldPanel("agency_name_en"),
                FieldPanel("parent_agency"),
                FieldPanel("parent_agency_en"),
                FieldPanel("programme_name"),
                FieldPanel("programme_name_en"),
            ],
            heading=_("Agency and programme"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("hotline"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("working_hours"),
                FieldPanel("working_hours_en"),
                FieldPanel("person_responsible"),
                FieldPanel("person_responsible_en"),
                FieldPanel("person_responsible_title"),
                FieldPanel("person_responsible_title_en"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("zalo_oa_url"),
                FieldPanel("zalo_oa_id"),
                FieldPanel("telegram_bot_username"),
            ],
            heading=_("Social networks and chat bots"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def localized(self, field: str) -> str:
        return localized_value(self, field)

    @property
    def telegram_bot_url(self) -> str:
        return f"https://t.me/{self.telegram_bot_username}" if self.telegram_bot_username else ""
