"""The demo's 2026 communication plan and press calendar: targets from the programme's yearly
plan, and a year of items, some done with their coverage, some late, some still ahead.

Dates are fixed in 2026 (and early 2027), not counted from the day the demo is built: the
plan is the 2026 plan, and its board, report and calendar must read the same on every build.
On 1 December 2026 that leaves several items in the next fortnight for the dashboard panel;
the one exception is the item of the demo's scheduled article, which follows that article's
go-live time as any linked item does.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from wagtail.models import Page

from cms.pages.models import ArticlePage, EventPage
from outreach.press.models import (
    CalendarItem,
    CommunicationPlan,
    CoverageEntry,
    ItemStatus,
    Outlet,
    OutletKind,
    PlanTarget,
    TargetKind,
)

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = 2026
PLAN_TITLE = "Chỉ tiêu truyền thông của chương trình SPCNCL (dữ liệu minh họa)"
PLAN_NOTES = (
    "Chỉ tiêu theo kế hoạch hằng năm của chương trình: phóng sự truyền hình, tin bài trên báo "
    "in và báo điện tử, họp báo, hội nghị phổ biến, bộ form mời, cuốn catalogue in và tin bài "
    "trên cổng thông tin."
)

TARGETS = [
    (TargetKind.TV_REPORT, 3, 5),
    (TargetKind.PRESS_ARTICLE, 10, 12),
    (TargetKind.ONLINE_ARTICLE, 10, 12),
    (TargetKind.PRESS_CONFERENCE, 1, 1),
    (TargetKind.DISSEMINATION_CONFERENCE, 2, 2),
    (TargetKind.TRAINING_CLASS, 5, 5),
    (TargetKind.FORM_SETS, 400, 400),
    (TargetKind.PRINTED_CATALOGUES, 500, 500),
    (TargetKind.WEBSITE_POSTS, 12, 24),
]

HTV = "Đài Phát thanh và Truyền hình Hà Nội (kênh H1)"
HANOIMOI = "Báo Hànộimới"
KTDT = "Báo Kinh tế & Đô thị"
ONLINE = "Báo điện tử chuyên ngành công thương (minh họa)"
OUTLETS = [
    (HTV, OutletKind.TV, "https://hanoionline.vn"),
    (HANOIMOI, OutletKind.NEWSPAPER, "https://hanoimoi.vn"),
    (KTDT, OutletKind.NEWSPAPER, "https://kinhtedothi.vn"),
    (ONLINE, OutletKind.ONLINE, ""),
]

DONE, PLANNED, CONFIRMED = ItemStatus.DONE, ItemStatus.PLANNED, ItemStatus.CONFIRMED


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = YEAR):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)


#: (kind, title, status, start, outlet, extra fields, coverage [(outlet, day, headline)]).
#: Coverage headlines are the demo's own wording; no address is given, since the articles
#: are illustrative.
ITEMS = [
    (
        TargetKind.PRESS_ARTICLE,
        "Bài viết nhìn lại lễ tôn vinh SPCNCL ngày 15/11/2025",
        DONE,
        at(1, 15),
        HANOIMOI,
        {"date_confirmed": True},
        [
            (
                HANOIMOI,
                at(1, 15),
                "Sản phẩm công nghiệp chủ lực: thương hiệu của công nghiệp Thủ đô",
            ),
            (KTDT, at(1, 17), "Doanh nghiệp có sản phẩm chủ lực nói gì sau lễ tôn vinh"),
        ],
    ),
    (
        TargetKind.ONLINE_ARTICLE,
        "Tin điện tử: kế hoạch xét chọn SPCNCL năm 2026",
        DONE,
        at(3, 2),
        ONLINE,
        {"date_confirmed": True},
        [(ONLINE, at(3, 2), "Hà Nội công bố kế hoạch xét chọn sản phẩm công nghiệp chủ lực 2026")],
    ),
    (
        TargetKind.TV_REPORT,
        "Phóng sự: doanh nghiệp SPCNCL đổi mới công nghệ sản xuất",
        DONE,
        at(3, 20, 19, 45),
        HTV,
        {"date_confirmed": True},
        [(HTV, at(3, 20), "Đổi mới công nghệ để giữ danh hiệu sản phẩm chủ lực")],
    ),
    (
        TargetKind.FORM_SETS,
        "In và phát hành 400 bộ form mời doanh nghiệp",
        DONE,
        at(3, 25),
        None,
        {"quantity": 400, "date_confirmed": True},
        [],
    ),
    (
        TargetKind.PRESS_CONFERENCE,
        "Họp báo phát động xét chọn SPCNCL năm 2026",
        DONE,
        at(4, 2),
        None,
        {"date_confirmed": True},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo đưa tin họp báo phát động xét chọn 2026",
        DONE,
        at(4, 3),
        KTDT,
        {"date_confirmed": True},
        [(KTDT, at(4, 3), "Khởi động đợt xét chọn sản phẩm công nghiệp chủ lực năm 2026")],
    ),
    (
        TargetKind.DISSEMINATION_CONFERENCE,
        "Hội nghị phổ biến tiêu chí và hồ sơ xét chọn (lần 1)",
        DONE,
        at(4, 23, 8, 30),
        None,
        {"date_confirmed": True, "ends_at": at(4, 23, 11, 30)},
        [],
    ),
    (
        TargetKind.TRAINING_CLASS,
        "Lớp tập huấn ngắn hạn cho doanh nghiệp, khóa 1",
        DONE,
        at(5, 12, 8),
        None,
        {"date_confirmed": True, "ends_at": at(5, 14, 17)},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo về công nghiệp hỗ trợ và sản phẩm chủ lực",
        DONE,
        at(5, 22),
        HANOIMOI,
        {"date_confirmed": True},
        [(HANOIMOI, at(5, 22), "Công nghiệp hỗ trợ tiếp sức cho sản phẩm chủ lực")],
    ),
    (
        TargetKind.TV_REPORT,
        "Phóng sự: hành trình xét chọn sản phẩm công nghiệp chủ lực",
        DONE,
        at(6, 18, 19, 45),
        HTV,
        {"date_confirmed": True},
        [(HTV, at(6, 18), "Hành trình trở thành sản phẩm công nghiệp chủ lực")],
    ),
    (
        TargetKind.ONLINE_ARTICLE,
        "Tọa đàm trực tuyến với doanh nghiệp về hồ sơ xét chọn",
        ItemStatus.CANCELLED,
        at(6, 30, 14),
        ONLINE,
        {"notes": "Hủy do trùng lịch hội nghị của Thành phố; nội dung chuyển sang lớp tập huấn."},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo: doanh nghiệp chủ lực mở rộng thị trường xuất khẩu",
        DONE,
        at(7, 8),
        KTDT,
        {"date_confirmed": True},
        [(KTDT, at(7, 8), "Sản phẩm chủ lực Hà Nội vươn ra thị trường khu vực")],
    ),
    (
        TargetKind.ONLINE_ARTICLE,
        "Tin điện tử: hạn nộp hồ sơ xét chọn đang đến gần",
        DONE,
        at(8, 14),
        ONLINE,
        {"date_confirmed": True},
        [(ONLINE, at(8, 14), "Doanh nghiệp cần hoàn thiện hồ sơ xét chọn trước thời hạn")],
    ),
    (
        TargetKind.TRAINING_CLASS,
        "Lớp tập huấn ngắn hạn cho doanh nghiệp, khóa 2",
        DONE,
        at(8, 18, 8),
        None,
        {"date_confirmed": True, "ends_at": at(8, 20, 17)},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo giới thiệu hội đồng xét chọn làm việc",
        DONE,
        at(9, 10),
        HANOIMOI,
        {"date_confirmed": True},
        [(HANOIMOI, at(9, 10), "Hội đồng xét chọn bắt đầu đánh giá hồ sơ năm 2026")],
    ),
    (
        TargetKind.DISSEMINATION_CONFERENCE,
        "Hội nghị phổ biến chính sách hỗ trợ doanh nghiệp SPCNCL (lần 2)",
        DONE,
        at(9, 24, 8, 30),
        None,
        {"date_confirmed": True, "ends_at": at(9, 24, 11, 30)},
        [],
    ),
    (
        TargetKind.TV_REPORT,
        "Phóng sự: sản phẩm chủ lực trong chuỗi cung ứng",
        PLANNED,
        at(10, 15, 19, 45),
        HTV,
        {"notes": "Chờ đài xếp lịch phát sóng; cần liên hệ lại biên tập viên."},
        [],
    ),
    (
        TargetKind.TRAINING_CLASS,
        "Lớp tập huấn ngắn hạn cho doanh nghiệp, khóa 3",
        CONFIRMED,
        at(10, 20, 8),
        None,
        {"date_confirmed": True, "ends_at": at(10, 22, 17)},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo: kết quả sơ bộ đợt xét chọn 2026",
        PLANNED,
        at(11, 10),
        KTDT,
        {},
        [],
    ),
    (
        TargetKind.ONLINE_ARTICLE,
        "Tin điện tử: lấy ý kiến về danh sách sản phẩm đề nghị công nhận",
        PLANNED,
        at(11, 20),
        ONLINE,
        {},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo chuẩn bị cho hội nghị đối thoại với doanh nghiệp",
        PLANNED,
        at(12, 5),
        HANOIMOI,
        {},
        [],
    ),
    (
        TargetKind.TV_REPORT,
        "Phóng sự tại hội nghị đối thoại giữa lãnh đạo Thành phố và doanh nghiệp",
        CONFIRMED,
        None,  # follows the event page
        HTV,
        {"date_confirmed": True, "event": "hoi-nghi-doi-thoai-doanh-nghiep-spcncl-2026"},
        [],
    ),
    (
        TargetKind.ONLINE_ARTICLE,
        "Tin điện tử: giới thiệu lớp tập huấn khóa 4",
        CONFIRMED,
        at(12, 11),
        ONLINE,
        {"date_confirmed": True},
        [],
    ),
    (
        TargetKind.TRAINING_CLASS,
        "Lớp tập huấn ngắn hạn cho doanh nghiệp, khóa 4",
        CONFIRMED,
        at(12, 15, 8),
        None,
        {"date_confirmed": True, "ends_at": at(12, 17, 17)},
        [],
    ),
    (
        TargetKind.PRINTED_CATALOGUES,
        "In 500 cuốn catalogue doanh nghiệp SPCNCL",
        PLANNED,
        at(12, 22),
        None,
        {"quantity": 500, "notes": "Đang chờ duyệt bản bông lần cuối."},
        [],
    ),
    (
        TargetKind.WEBSITE_POSTS,
        "Đăng bài mời doanh nghiệp đăng ký xét chọn 2026 trên cổng thông tin",
        PLANNED,
        None,  # follows the scheduled article
        None,
        {"article": "moi-dang-ky-xet-chon-2026"},
        [],
    ),
    (
        TargetKind.PRESS_ARTICLE,
        "Bài báo tổng kết công tác truyền thông SPCNCL năm 2026",
        PLANNED,
        at(1, 8, year=2027),
        KTDT,
        {},
        [],
    ),
    (
        TargetKind.TRAINING_CLASS,
        "Lớp tập huấn kỹ năng quản trị, khóa 1 năm 2027",
        PLANNED,
        None,
        None,
        {"event": "lop-tap-huan-quan-tri-khoa-1-2027"},
        [],
    ),
    (
        TargetKind.TV_REPORT,
        "Phóng sự về doanh nghiệp SPCNCL xuất khẩu sang thị trường châu Âu",
        ItemStatus.IDEA,
        None,
        HTV,
        {},
        [],
    ),
]


def demo_officer():
    """The demo has no staff of its own: the first active administrator answers for items."""
    return get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()


class PressDemo:
    def __init__(self, log: Callable[[str], None]) -> None:
        self.log = log
        self.created = 0

    def build(self) -> int:
        self.build_plan()
        outlets = self.build_outlets()
        officer = demo_officer()
        for row in ITEMS:
            self.build_item(row, outlets, officer)
        return self.created

    def build_plan(self) -> None:
        plan, created = CommunicationPlan.objects.get_or_create(
            year=YEAR, defaults={"title": PLAN_TITLE, "notes": PLAN_NOTES}
        )
        if not created:
            return  # staff may have edited the plan: leave it as it is
        for order, (kind, minimum, maximum) in enumerate(TARGETS):
            PlanTarget.objects.create(
                plan=plan, kind=kind, minimum=minimum, maximum=maximum, sort_order=order
            )
        self.created += 1

    def build_outlets(self) -> dict[str, Outlet]:
        outlets = {}
        for name, kind, website in OUTLETS:
            outlet, created = Outlet.objects.get_or_create(
                name=name, defaults={"kind": kind, "website": website}
            )
            outlets[name] = outlet
            self.created += created
        return outlets

    def build_item(self, row: tuple, outlets: dict[str, Outlet], officer) -> None:
        kind, title, status, starts_at, outlet, extra, coverage = row
        extra = dict(extra)
        page = self.linked_page(extra.pop("event", None), extra.pop("article", None))
        existing = CalendarItem.objects.filter(title=title).first()
        if existing is not None:
            if existing.officer_id is None and officer is not None:
                # Built before the administrator existed: give the item its officer now.
                CalendarItem.objects.filter(pk=existing.pk).update(officer=officer)
            return
        item = CalendarItem(
            kind=kind,
            title=title,
            status=status,
            starts_at=starts_at,
            outlet=outlets.get(outlet),
            officer=officer,
            page=page,
            **extra,
        )
        self.follow(item, page)
        item.save()
        for outlet_name, day, headline in coverage:
            CoverageEntry.objects.create(
                item=item, outlet=outlets[outlet_name], published_on=day.date(), title=headline
            )
        self.created += 1

    def linked_page(self, event_slug: str | None, article_slug: str | None) -> Page | None:
        if event_slug:
            return EventPage.objects.filter(slug=event_slug, locale__language_code="vi").first()
        if article_slug:
            return ArticlePage.objects.filter(slug=article_slug, locale__language_code="vi").first()
        return None

    def follow(self, item: CalendarItem, page: Page | None) -> None:
        """A linked item takes its dates from its page, as the calendar keeps them in step."""
        if isinstance(page, EventPage):
            item.starts_at, item.ends_at = page.start, page.end
        elif isinstance(page, ArticlePage):
            if page.live:
                item.status = ItemStatus.DONE
                item.starts_at = page.first_published_at
                item.completed_at = page.first_published_at
            else:
                item.starts_at = page.go_live_at
        if item.status == ItemStatus.DONE and item.completed_at is None:
            item.completed_at = item.starts_at

    @staticmethod
    def remove() -> None:
        """Delete what `build` made, keeping outlets staff have since used elsewhere."""
        titles = [row[1] for row in ITEMS]
        CalendarItem.objects.filter(title__in=titles).delete()
        CommunicationPlan.objects.filter(year=YEAR, title=PLAN_TITLE).delete()
        Outlet.objects.filter(
            name__in=[name for name, _kind, _website in OUTLETS],
            items__isnull=True,
            coverage__isnull=True,
        ).delete()
