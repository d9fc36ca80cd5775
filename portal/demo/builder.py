"""Builds the demo portal from `content.py`: idempotent, and `reset()` removes what it built."""

from __future__ import annotations

import datetime
import io
import json
from email.utils import parseaddr
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.catalogue.models import CatalogueIndexPage, Enterprise, Product, Round
from cms.core.models import SiteSettings
from cms.pages.models import (
    ArticleCategory,
    ArticlePage,
    ContactFormField,
    ContactOfficial,
    ContactPage,
    DocumentLibraryPage,
    EventIndexPage,
    EventPage,
    HomePage,
    LegalDocument,
    NewsIndexPage,
    StandardPage,
)

from . import content
from .documents import summary_pdf
from .illustrations import draw

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DEMO_TAG = "demo"

SECTION_TITLES = {
    "news": {
        "vi": ("tin-tuc", "Tin tức", "Tin hoạt động, thông báo và chính sách của chương trình."),
        "en": ("news", "News", "Activities, announcements and policy of the programme."),
    },
    "documents": {
        "vi": (
            "van-ban",
            "Văn bản",
            "Văn bản pháp lý, kế hoạch và hướng dẫn về sản phẩm công nghiệp chủ lực.",
        ),
        "en": (
            "documents",
            "Documents",
            "Legal documents, plans and guidance on key industrial products.",
        ),
    },
    "catalogue": {
        "vi": (
            "san-pham",
            "Sản phẩm chủ lực",
            "Các sản phẩm được Ủy ban nhân dân Thành phố công nhận là sản phẩm công nghiệp chủ "
            "lực qua từng đợt xét chọn: tra cứu theo nhóm ngành, năm, địa bàn và TOP 10.",
        ),
        "en": (
            "products",
            "Key industrial products",
            "The products the City People's Committee has recognised as key industrial products "
            "in each round: browse by sector, year, area and TOP 10.",
        ),
    },
    "events": {
        "vi": ("su-kien", "Sự kiện", "Lễ tôn vinh, hội chợ, họp báo, hội nghị và lớp tập huấn."),
        "en": (
            "events",
            "Events",
            "Ceremonies, fairs, press conferences, conferences and training.",
        ),
    },
}


def _blocks(blocks: list) -> str:
    """The content module's block tuples as StreamField JSON."""
    raw = []
    for block in blocks:
        kind = block[0]
        if kind == "heading":
            raw.append({"type": "heading", "value": {"text": block[1], "level": "h2"}})
        elif kind == "paragraph":
            raw.append({"type": "paragraph", "value": block[1]})
        elif kind == "figures":
            raw.append(
                {
                    "type": "figures",
                    "value": {
                        "title": "",
                        "figures": [{"value": v, "label": label} for v, label in block[1]],
                    },
                }
            )
        elif kind == "quote":
            raw.append({"type": "quote", "value": {"quote": block[1], "attribution": block[2]}})
        elif kind == "table":
            raw.append(
                {
                    "type": "table",
                    "value": {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "",
                        "data": block[1],
                    },
                }
            )
        else:
            raise ValueError(f"Unknown demo block type: {kind}")
    return json.dumps(raw)


def _aware(value: datetime.datetime) -> datetime.datetime:
    return value if timezone.is_aware(value) else value.replace(tzinfo=LOCAL_TZ)


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.images: dict[str, object] = {}
        self.created = 0

    def log(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)

    # --- entry points --------------------------------------------------------------------
    @transaction.atomic
    def build(self) -> int:
        self.vi = Locale.objects.get_or_create(language_code="vi")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        home_vi, home_en = self.build_home()
        self.build_settings(home_vi)
        self.build_programme_pages(home_vi, home_en)
        news_vi, news_en = self.build_section(home_vi, home_en, NewsIndexPage, "news", "intro")
        self.build_section(home_vi, home_en, DocumentLibraryPage, "documents", "intro")
        events_vi, events_en = self.build_section(
            home_vi, home_en, EventIndexPage, "events", "intro"
        )
        catalogue_vi, catalogue_en = self.build_section(
            home_vi, home_en, CatalogueIndexPage, "catalogue", "intro"
        )
        self.build_contact(home_vi, home_en)
        self.build_catalogue(catalogue_vi, catalogue_en)
        self.build_campaign()
        self.build_notices()
        self.build_categories()
        self.build_articles(news_vi, news_en)
        self.build_documents()
        self.build_events(events_vi, events_en)
        self.build_invitation_forms()
        self.build_press()
        self.order_menu(home_vi)
        self.order_menu(home_en)
        from portal.search.indexing import rebuild

        transaction.on_commit(rebuild)
        return self.created

    @transaction.atomic
    def reset(self) -> None:
        """Remove the demo portal: every page below the root, demo snippets, images, files."""
        from .press import PressDemo

        PressDemo.remove()
        for page in Page.objects.filter(depth=2):
            page.delete()
        LegalDocument.objects.all().delete()
        ArticleCategory.objects.all().delete()
        from .campaigns import remove_demo_campaign
        from .notices import NoticesDemo

        NoticesDemo.remove()
        remove_demo_campaign()
        products, firms = _demo_catalogue_keys()
        Product.objects.filter(slug__in=products).delete()
        Enterprise.objects.filter(slug__in=firms, products__isnull=True).delete()
        Round.objects.filter(recognitions__isnull=True).delete()
        get_image_model().objects.filter(tags__name=DEMO_TAG).delete()
        get_document_model().objects.filter(tags__name=DEMO_TAG).delete()
        self.log("Demo content removed.")

    # --- helpers ---------------------------------------------------------------------------
    def image(self, keyword: str, alt: str = "") -> object:
        Image = get_image_model()
        title = f"Minh hoạ: {keyword}"
        if keyword not in self.images:
            image = Image.objects.filter(title=title, tags__name=DEMO_TAG).first()
            if image is None:
                image = Image(
                    title=title,
                    description=alt or title,
                    credit="Minh hoạ SPCNCL",
                    file=ImageFile(io.BytesIO(draw(keyword)), name=f"demo-{keyword}.png"),
                )
                image.save()
                image.tags.add(DEMO_TAG)
            self.images[keyword] = image
        return self.images[keyword]

    def ensure_child(self, parent: Page, model, slug: str, locale, **fields) -> Page:
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        translation_of = fields.pop("translation_of", None)
        go_live_at = fields.pop("scheduled_at", None)
        tags = fields.pop("tags", ())
        page = model(slug=slug, locale=locale, **fields)
        if tags:
            page.tags.add(*tags)  # held by modelcluster until the page is saved
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        if go_live_at:
            page.live = False
            page.go_live_at = go_live_at
            parent.add_child(instance=page)
            page.save_revision(approved_go_live_at=go_live_at)
        else:
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.created += 1
        return page

    def ensure_translated(self, parent_vi, parent_en, model, data: dict, vi_only=None, **shared):
        """The Vietnamese page from `data` and, when `data["en"]` exists, its English version.

        `shared` fields go to both; `vi_only` (tags, …) only to the Vietnamese page; the
        English data overrides any shared field it names (`image_alt` → `lead_image_alt`).
        """
        page = self.ensure_child(
            parent_vi,
            model,
            data["slug"],
            self.vi,
            title=data["title"],
            summary=data["summary"],
            body=_blocks(data.get("body", [])),
            **shared,
            **(vi_only or {}),
        )
        english = data.get("en")
        if english:
            overrides = {key: english[key] for key in shared if key in english}
            if "image_alt" in english and "lead_image_alt" in shared:
                overrides["lead_image_alt"] = english["image_alt"]
            self.ensure_child(
                parent_en,
                model,
                english["slug"],
                self.en,
                title=english["title"],
                summary=english["summary"],
                body=_blocks(english.get("body", [])),
                translation_of=page,
                **{**shared, **overrides},
            )
        return page

    # --- the site --------------------------------------------------------------------------
    def build_home(self) -> tuple[HomePage, HomePage]:
        root = Page.objects.get(depth=1)
        if not HomePage.objects.filter(depth=2).exists():
            # Wagtail's placeholder welcome page gives way to the programme's home page.
            for placeholder in Page.objects.filter(depth=2, content_type__model="page"):
                placeholder.delete()
        home_vi = self._home(
            root,
            self.vi,
            "trang-chu",
            "Trang chủ",
            content.HOME,
            None,
            "SPCNCL Hà Nội: sản phẩm công nghiệp chủ lực thành phố Hà Nội",
        )
        home_en = self._home(
            root,
            self.en,
            "home",
            "Home",
            content.HOME["en"],
            home_vi,
            "SPCNCL Hanoi: the city's key industrial products",
        )
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        base = urlparse(settings.BASE_URL)
        site.hostname = base.hostname or "localhost"
        site.port = base.port or (443 if base.scheme == "https" else 80)
        site.root_page = home_vi
        site.site_name = "SPCNCL Hà Nội"
        site.save()
        return home_vi, home_en

    def _home(self, root, locale, slug, title, data, translation_of, seo_title) -> HomePage:
        existing = HomePage.objects.filter(locale=locale, depth=2).first()
        if existing:
            return existing
        figures = [
            {"type": "figure", "value": {"value": value, "label": label}}
            for value, label in data["figures"]
        ]
        return self.ensure_child(
            root,
            HomePage,
            slug,
            locale,
            title=title,
            seo_title=seo_title,
            translation_of=translation_of,
            hero_title=data["hero_title"],
            hero_text=data["hero_text"],
            hero_image=self.image("ceremony"),
            figures_title=data["figures_title"],
            figures=json.dumps(figures),
            body=_blocks(data["intro_body"]),
        )

    def build_settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        values = SiteSettings.for_site(site)
        for field, value in content.SITE_SETTINGS.items():
            if hasattr(values, field) and not getattr(values, field):
                setattr(values, field, value)
        values.save()

    def build_programme_pages(self, home_vi: HomePage, home_en: HomePage) -> None:
        for data in content.PROGRAMME_PAGES:
            self.ensure_translated(home_vi, home_en, StandardPage, data, show_in_menus=True)

    def build_section(self, home_vi, home_en, model, key: str, intro_field: str):
        slug, title, intro = SECTION_TITLES[key]["vi"]
        vi = self.ensure_child(
            home_vi, model, slug, self.vi, title=title, show_in_menus=True, **{intro_field: intro}
        )
        slug, title, intro = SECTION_TITLES[key]["en"]
        en = self.ensure_child(
            home_en,
            model,
            slug,
            self.en,
            title=title,
            show_in_menus=True,
            translation_of=vi,
            **{intro_field: intro},
        )
        return vi, en

    def build_contact(self, home_vi: HomePage, home_en: HomePage) -> None:
        for locale, home, data, slug, translation_of in (
            (self.vi, home_vi, content.CONTACT, "lien-he", None),
            (self.en, home_en, content.CONTACT["en"], "contact", "vi"),
        ):
            if ContactPage.objects.child_of(home).filter(slug=slug).exists():
                continue
            page = ContactPage(
                slug=slug,
                locale=locale,
                title=data["title"],
                intro=data["intro"],
                thank_you_text=data["thank_you_text"],
                show_in_menus=True,
                to_address=content.SITE_SETTINGS.get("email", ""),
                from_address=parseaddr(settings.DEFAULT_FROM_EMAIL)[1],
                subject=f"[SPCNCL] {data['title']}",
            )
            if translation_of:
                page.translation_key = ContactPage.objects.get(
                    locale=self.vi, slug="lien-he"
                ).translation_key
            for order, official in enumerate(data["officials"]):
                page.officials.add(ContactOfficial(sort_order=order, **official))
            for order, field in enumerate(data["form_fields"]):
                page.form_fields.add(
                    ContactFormField(
                        sort_order=order,
                        label=field["label"],
                        field_type=field["field_type"],
                        required=field["required"],
                        choices=field.get("choices", ""),
                        help_text=field.get("help_text", ""),
                    )
                )
            home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1

    def build_invitation_forms(self) -> None:
        from .invitation_forms import build_form_templates

        self.created += build_form_templates()

    def build_catalogue(self, catalogue_vi, catalogue_en) -> None:
        from portal.search.indexing import paused

        from .catalogue import CatalogueDemo

        notices = {
            catalogue_vi: "Mục này là dữ liệu minh họa, viết ra để trình diễn cổng thông tin; "
            "doanh nghiệp và sản phẩm này không có thật.",
            catalogue_en: "This entry is illustrative demo data written to show the portal; "
            "the firm and product are not real.",
        }
        for page, notice in notices.items():
            if not page.demo_notice:
                page.demo_notice = notice
                page.save_revision().publish()
        with paused():  # indexed once, by the rebuild after the build
            self.created += CatalogueDemo(self.log).build()

    def build_campaign(self) -> None:
        from .campaigns import CampaignDemo

        self.created += CampaignDemo(self.log).build()

    def build_notices(self) -> None:
        from .notices import NoticesDemo

        self.created += NoticesDemo(self.log).build()

    def build_categories(self) -> None:
        for slug, name, name_en in content.CATEGORIES:
            ArticleCategory.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en}
            )

    def build_articles(self, news_vi, news_en) -> None:
        now = timezone.now()
        # A few minutes, so a visitor of a fresh demo watches the article go live.
        delay = datetime.timedelta(minutes=settings.DEMO_SCHEDULED_MINUTES)
        for data in content.ARTICLES:
            scheduled = now + delay if data.get("scheduled") else None
            self.ensure_translated(
                news_vi,
                news_en,
                ArticlePage,
                data,
                vi_only={"tags": data.get("tags", ())},
                scheduled_at=scheduled,
                date=scheduled.astimezone(LOCAL_TZ).date() if scheduled else data["date"],
                category=ArticleCategory.objects.filter(slug=data["category"]).first(),
                source_name=data.get("source_name", ""),
                source_url=data.get("source_url", ""),
                lead_image=self.image(data["image"]),
                lead_image_alt=data.get("image_alt", ""),
            )

    def build_documents(self) -> None:
        Document = get_document_model()
        for data in content.LEGAL_DOCUMENTS:
            if LegalDocument.objects.filter(
                number=data["number"], issue_date=data["issue_date"]
            ).exists():
                continue
            issued = data["issue_date"].strftime("%d/%m/%Y")
            pdf = summary_pdf(
                data["number"],
                data["title"],
                data["issuer"],
                issued,
                data.get("body_paragraphs", [data["summary"]]),
            )
            document = Document(title=f"{data['number']} (bản tóm tắt)")
            filename = data["number"].replace("/", "-").lower() + ".pdf"
            document.file.save(filename, ContentFile(pdf), save=False)
            document.save()
            document.tags.add(DEMO_TAG)
            fields = {k: v for k, v in data.items() if k != "body_paragraphs"}
            LegalDocument.objects.create(file=document, **fields)
            self.created += 1

    def build_events(self, events_vi, events_en) -> None:
        for data in content.EVENTS:
            self.ensure_translated(
                events_vi,
                events_en,
                EventPage,
                data,
                kind=data["kind"],
                start=_aware(data["start"]),
                end=_aware(data["end"]),
                location_name=data["location_name"],
                address=data.get("address", ""),
                organiser=data.get("organiser", ""),
                lead_image=self.image(data["image"]),
            )

    def build_press(self) -> None:
        """The 2026 communication plan and its calendar, after the pages its items link to."""
        from .press import PressDemo

        self.created += PressDemo(self.log).build()

    def order_menu(self, home: HomePage) -> None:
        """Programme pages first, then news, documents, events, contact."""
        order = [
            StandardPage,
            CatalogueIndexPage,
            NewsIndexPage,
            DocumentLibraryPage,
            EventIndexPage,
            ContactPage,
        ]
        children = list(home.get_children().specific())
        wanted = sorted(
            children,
            key=lambda p: next((i for i, m in enumerate(order) if isinstance(p, m)), len(order)),
        )
        if [p.pk for p in wanted] == [p.pk for p in children]:
            return
        for page in wanted:
            page.move(home, pos="last-child")


def _demo_catalogue_keys() -> tuple[list[str], list[str]]:
    """Slugs of the demo's products and firms, so a reset leaves staff's own records alone."""
    from .catalogue_data import ENTERPRISES

    products = [product["key"] for firm in ENTERPRISES for product in firm["products"]]
    return products, [firm["key"] for firm in ENTERPRISES]
