"""The authorization matrix: every admin URL the project registers × every staff role.

The resolver is walked for every URL under /admin/ (Wagtail's own, the snippets with their
choosers, exports, inspect, history and usage views, and the project's own pages); path
parameters are filled with records made by the factories, and again with an id that does not
exist. Each role's answer is compared with the table below, which restates `roles.md`:
who may reach what. A URL missing from the table fails the test, so a new admin view cannot
ship without someone deciding who may open it.

Rules checked on every request:
- a role the table refuses gets a refusal (403, or Wagtail's redirect to the dashboard), and
  the same answer for a record that does not exist;
- a role the table allows is not refused and gets no server error;
- no page a role without access to personal data can open shows a contact's phone or e-mail.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from portal.admin_access import _view_model
from tests.factories.bots import (
    ChatIdentityFactory,
    InboundUpdateFactory,
    LinkTokenFactory,
    OutboxMessageFactory,
)
from tests.factories.campaigns import (
    CampaignFactory,
    ConsentRecordFactory,
    ContactFactory,
    TargetFirmFactory,
    WorkingSessionFactory,
)
from tests.factories.catalogue import (
    ProductFactory,
    RecognitionFactory,
    RoundFactory,
)
from tests.factories.invitations import (
    ApplicationFileFactory,
    FormSetBatchFactory,
    personal_link,
)
from tests.factories.notices import (
    DeliveryFactory,
    NoticeFactory,
    NoticeTemplateFactory,
    ReminderRuleFactory,
)
from tests.factories.pages import ArticleCategoryFactory, LegalDocumentFactory
from tests.factories.press import CalendarItemFactory, CommunicationPlanFactory, OutletFactory
from tests.factories.users import staff_user

pytestmark = pytest.mark.django_db

MISSING = 987654321

# ---- roles -------------------------------------------------------------------------------

ANONYMOUS, EDITOR, MODERATOR, CATALOGUE, OFFICER, COMMUNICATIONS, SUPERUSER = (
    "anonymous",
    "editor",
    "moderator",
    "catalogue",
    "officer",
    "communications",
    "superuser",
)
GROUPS = {
    EDITOR: "Biên tập viên",
    MODERATOR: "Kiểm duyệt viên",
    CATALOGUE: "Danh mục sản phẩm",
    OFFICER: "Cán bộ vận động",
    COMMUNICATIONS: "Truyền thông",
}
STAFF = (EDITOR, MODERATOR, CATALOGUE, OFFICER, COMMUNICATIONS, SUPERUSER)
#: A visitor who is not signed in is sent to the login page by every other admin URL.
ROLES = (ANONYMOUS, *STAFF)
#: Roles that may see contacts' personal data (roles.md); the others must never see it.
PERSONAL_DATA_ROLES = {OFFICER, SUPERUSER}

# ---- the expectation table ---------------------------------------------------------------
# Each entry: who may open the URL (the superuser always may). Keys are URL names, or a
# namespace followed by ":*" for all of its URLs; the exact name wins.

ALL = frozenset(STAFF)
#: Signing in and resetting a password: before anyone is known.
PUBLIC = frozenset(ROLES)
NOBODY = frozenset({SUPERUSER})
#: What a permission policy refuses even to the superuser (e.g. editing the consent log).
NEVER: frozenset[str] = frozenset()
PAGES = frozenset({EDITOR, MODERATOR, SUPERUSER})
MEDIA = frozenset({EDITOR, MODERATOR, CATALOGUE, SUPERUSER})


def roles(*names: str) -> frozenset[str]:
    return frozenset({*names, SUPERUSER})


@dataclass(frozen=True)
class ModelAccess:
    """Who holds which permission of a model viewset; its URLs follow from the actions."""

    view: frozenset[str]
    add: frozenset[str] = NOBODY
    change: frozenset[str] = NOBODY
    delete: frozenset[str] = NOBODY

    @property
    def any(self) -> frozenset[str]:
        return self.view | self.add | self.change | self.delete

    @property
    def editing(self) -> frozenset[str]:
        return self.add | self.change | self.delete


def full(*names: str) -> ModelAccess:
    return ModelAccess(*(roles(*names),) * 4)


#: Snippet and model viewsets: namespace → who holds which permission (roles.md).
MODELS: dict[str, ModelAccess] = {
    # Portal content: editors and moderators (moderators also delete legal documents).
    "wagtailsnippets_pages_legaldocument": ModelAccess(
        view=roles(EDITOR, MODERATOR),
        add=roles(EDITOR, MODERATOR),
        change=roles(EDITOR, MODERATOR),
        delete=roles(MODERATOR),
    ),
    "wagtailsnippets_pages_articlecategory": ModelAccess(
        view=roles(EDITOR, MODERATOR), add=roles(MODERATOR), change=roles(MODERATOR)
    ),
    # The catalogue: its staff; outreach officers read firms, sectors and wards and add firms.
    "wagtailsnippets_catalogue_product": full(CATALOGUE),
    "wagtailsnippets_catalogue_recognition": full(CATALOGUE),
    "wagtailsnippets_catalogue_round": full(CATALOGUE),
    "wagtailsnippets_catalogue_enterprise": ModelAccess(
        view=roles(CATALOGUE, OFFICER),
        add=roles(CATALOGUE, OFFICER),
        change=roles(CATALOGUE),
        delete=roles(CATALOGUE),
    ),
    "wagtailsnippets_catalogue_sector": ModelAccess(
        view=roles(CATALOGUE, OFFICER),
        add=roles(CATALOGUE),
        change=roles(CATALOGUE),
        delete=roles(CATALOGUE),
    ),
    "wagtailsnippets_catalogue_ward": ModelAccess(
        view=roles(CATALOGUE, OFFICER),
        add=roles(CATALOGUE),
        change=roles(CATALOGUE),
        delete=roles(CATALOGUE),
    ),
    # The recruitment campaign (personal data): outreach officers only.
    "wagtailsnippets_campaigns_campaign": full(OFFICER),
    "wagtailsnippets_campaigns_targetfirm": full(OFFICER),
    "wagtailsnippets_campaigns_contact": full(OFFICER),
    "wagtailsnippets_campaigns_workingsession": full(OFFICER),
    # The consent log is append-only: nobody edits or deletes a record.
    "wagtailsnippets_campaigns_consentrecord": ModelAccess(
        view=roles(OFFICER), add=roles(OFFICER), change=NEVER, delete=NEVER
    ),
    "wagtailsnippets_notices_notice": full(OFFICER),
    "wagtailsnippets_notices_noticetemplate": full(OFFICER),
    "wagtailsnippets_notices_reminderrule": full(OFFICER),
    "wagtailsnippets_invitations_formtemplate": ModelAccess(view=NOBODY),
    # Chat channels (personal data): officers read the outbox; the rest is the superuser's.
    "outbox": ModelAccess(view=roles(OFFICER)),
    # Chats link themselves and providers write updates: nobody adds or edits them by hand.
    "chat_identities": ModelAccess(view=NOBODY, add=NEVER, change=NEVER),
    "link_tokens": ModelAccess(view=NOBODY, change=NEVER),
    "inbound_updates": ModelAccess(view=NOBODY, add=NEVER, change=NEVER),
    # The communication work: communications officers.
    "wagtailsnippets_press_calendaritem": full(COMMUNICATIONS),
    "wagtailsnippets_press_communicationplan": full(COMMUNICATIONS),
    "wagtailsnippets_press_outlet": full(COMMUNICATIONS),
    # Wagtail's own settings screens: the superuser.
    "wagtailusers_users": ModelAccess(view=NOBODY),
    "wagtailusers_groups": ModelAccess(view=NOBODY),
    "wagtailsites": ModelAccess(view=NOBODY),
    # Every language the portal offers has its locale already: nothing is left to add.
    "wagtaillocales": ModelAccess(view=NOBODY, add=NEVER),
    "wagtailredirects": ModelAccess(view=NOBODY),
}
for _namespace in [name for name in MODELS if name.startswith("wagtailsnippets_")]:
    # A model's chooser follows its listing.
    MODELS[_namespace.replace("wagtailsnippets_", "wagtailsnippetchoosers_")] = MODELS[_namespace]

#: What a model viewset's URL needs, by the URL's name within the namespace.
ACTION_OF_URL = {
    "list": "any",
    "list_results": "any",
    "index": "any",
    "index_results": "any",
    "inspect": "any",
    "choose": "any",
    "choose_results": "any",
    "chosen": "any",
    "chosen_multiple": "any",
    "history": "editing",
    "history_results": "editing",
    "add": "add",
    "create": "add",
    "copy": "add",
    "edit": "change",
    "usage": "change",
    "delete": "delete",
    "preview_on_add": "add",
    "preview_on_edit": "change",
}

OFFICERS = roles(OFFICER)
CALENDAR = roles(COMMUNICATIONS)
CATALOGUE_STAFF = roles(CATALOGUE)

#: Every other admin URL, by name or namespace.
URLS: dict[str, frozenset[str]] = {
    # Open to every staff member: the dashboard, their account, the admin's furniture.
    "wagtailadmin_home": ALL,
    "wagtailadmin_account": ALL,
    "wagtailadmin_logout": ALL,
    "wagtailadmin_login": PUBLIC,
    "wagtailadmin_password_reset:*": PUBLIC,
    "wagtailadmin_password_reset": PUBLIC,
    "wagtailadmin_password_reset_done": PUBLIC,
    "wagtailadmin_password_reset_confirm": PUBLIC,
    "wagtailadmin_password_reset_complete": PUBLIC,
    "wagtailadmin_javascript_catalog": PUBLIC,
    "wagtailadmin_sprite": PUBLIC,
    "wagtailadmin_dismissibles": ALL,
    "wagtailadmin_error_test": ALL,
    "wagtailadmin_editing_sessions:*": ALL,
    "wagtailadmin_block_preview": ALL,
    "wagtailadmin_tag_autocomplete": ALL,
    "wagtailadmin_tag_model_autocomplete": ALL,
    # The list of snippet types: the others reach their snippets through the menu groups.
    "wagtailsnippets:*": NOBODY,
    "wagtailadmin_reports:site_history": ALL,  # entries filtered by the reader's permissions
    "wagtailadmin_reports:site_history_results": ALL,
    # The admin API behind the page explorer and the choosers: public content.
    "wagtailadmin_api:pages:*": ALL,
    "wagtailadmin_api:images:*": ALL,
    "wagtailadmin_api:documents:*": ALL,
    "admin/test404/": ALL,  # the admin's "not found" page, and its catch-all
    "admin/^.*/$": ALL,
    # Bulk actions, asked here on contacts (the confirmation lists the records).
    "wagtail_bulk_action": OFFICERS,
    # The page chooser (and its link tabs) lists the public page tree to anyone who edits
    # something that links to a page, e.g. a calendar item's article.
    "wagtailadmin_choose_page": ALL,
    "wagtailadmin_choose_page_child": ALL,
    "wagtailadmin_choose_page_search": ALL,
    "wagtailadmin_choose_page_chosen_multiple": ALL,
    "wagtailadmin_choose_page_external_link": ALL,
    "wagtailadmin_choose_page_email_link": ALL,
    "wagtailadmin_choose_page_phone_link": ALL,
    "wagtailadmin_choose_page_anchor_link": ALL,
    # The page tree and its reports: editors and moderators.
    "wagtailadmin_explore_root": PAGES,
    "wagtailadmin_explore": PAGES,
    "wagtailadmin_explore_results": PAGES,
    "wagtailadmin_pages:*": PAGES,
    # Deleting, unpublishing, moving, privacy and unscheduling need the moderator's publish.
    "wagtailadmin_pages:delete": roles(MODERATOR),
    "wagtailadmin_pages:unpublish": roles(MODERATOR),
    "wagtailadmin_pages:move": roles(MODERATOR),
    "wagtailadmin_pages:set_privacy": roles(MODERATOR),
    "wagtailadmin_pages:revisions_unschedule": roles(MODERATOR),
    "wagtailadmin_reports:locked_pages": roles(MODERATOR),
    "wagtailadmin_reports:locked_pages_results": roles(MODERATOR),
    "wagtailadmin_reports:aging_pages": PAGES,
    "wagtailadmin_reports:aging_pages_results": PAGES,
    "wagtailadmin_reports:workflow": PAGES,
    "wagtailadmin_reports:workflow_results": PAGES,
    "wagtailadmin_reports:workflow_tasks": PAGES,
    "wagtailadmin_reports:workflow_tasks_results": PAGES,
    "wagtailadmin_reports:page_types_usage": PAGES,
    "wagtailadmin_reports:page_types_usage_results": PAGES,
    "simple_translation:*": NOBODY,
    "wagtailforms:*": PAGES,
    # The portal has no form pages: deleting submissions of another page is refused to all.
    "wagtailforms:delete_submissions": NEVER,
    # Images and documents: editors, moderators and the catalogue staff (product photos).
    "wagtailimages:*": MEDIA,
    # The choosers list only the collections a user may choose from (none for the others).
    "wagtailimages_chooser:*": ALL,
    "wagtailimages_chooser:create": MEDIA,
    "wagtaildocs:*": MEDIA,
    "wagtaildocs_chooser:*": ALL,
    "wagtaildocs_chooser:create": MEDIA,
    # Site settings: moderators; collections, workflows and Zalo's connection: the superuser.
    "wagtailsettings:*": roles(MODERATOR),
    "wagtailadmin_collections:*": NOBODY,
    "wagtailadmin_workflows:*": NOBODY,
    "zalo_connect:*": NOBODY,
    "wagtailredirects:start_import": NOBODY,
    "wagtailredirects:process_import": NOBODY,
    # The catalogue's import and print: catalogue staff.
    "catalogue_import:*": CATALOGUE_STAFF,
    "catalogue_print:*": CATALOGUE_STAFF,
    # The recruitment campaign's own pages (personal data): outreach officers.
    "campaign_board:*": OFFICERS,
    "campaign_overdue:*": OFFICERS,
    "campaign_import:*": OFFICERS,
    "campaigns_contact_chat": OFFICERS,
    "applications:*": OFFICERS,
    "form_sets:*": OFFICERS,
    "wagtailsnippets_notices_notice:review": OFFICERS,
    "wagtailsnippets_notices_notice:cancel": OFFICERS,
    "wagtailsnippets_notices_notice:retry": OFFICERS,
    "link_tokens:qr_png": NOBODY,
    # Two-factor sign-in: each staff member's own page and steps; resetting another's
    # devices and lifting lockouts is the superuser's.
    "two_factor_account": ALL,
    "two_factor_verify": ALL,
    "two_factor_setup": ALL,
    "two_factor_reset": NOBODY,
    "signin_lockouts": NOBODY,
    # The communication work's own pages.
    "press_calendar:*": CALENDAR,
    "press_board:*": CALENDAR,
    "press_feed:*": CALENDAR,
}


#: In the table, but not asked: what asking would do to the rest of the walk.
NOT_ASKED = {
    "wagtailadmin_error_test": "raises on purpose, to show the error page",
    "wagtailadmin_logout": "would end the session the walk runs in",
    "wagtailadmin_login": "sends a signed-in user on to the dashboard",
    "two_factor_verify": "sends a session that passed its second step on to the dashboard "
    "(tests/portal/test_staff_signin.py walks it)",
}


def expected_roles(name: str) -> frozenset[str] | None:
    """Who may open the URL named `name`, or None when the table does not say."""
    if name in URLS:
        return URLS[name]
    namespace, _sep, action = name.rpartition(":")
    if f"{namespace}:*" in URLS:
        return URLS[f"{namespace}:*"]
    access = MODELS.get(namespace)
    if access is None or action not in ACTION_OF_URL:
        return None
    return getattr(access, ACTION_OF_URL[action])


def listing_roles(name: str) -> frozenset[str]:
    """Who may list the records behind the URL `name`: for them a record's existence is no
    secret, so a refusal after the lookup tells them nothing new."""
    namespace = name.rpartition(":")[0]
    if namespace in MODELS:
        return MODELS[namespace].any
    if namespace == "wagtailadmin_pages":
        return PAGES
    return expected_roles(name) or NEVER


# ---- the URLs ------------------------------------------------------------------------------


@dataclass
class AdminURL:
    name: str
    route: str
    callback: object


def admin_urls() -> list[AdminURL]:
    """Every URL pattern under admin/, with its full name and route."""
    found = []

    def walk(patterns, prefix: str, namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if route.startswith("admin/"):
                    name = f"{namespace}{pattern.name}" if pattern.name else route
                    found.append(AdminURL(name, route, pattern.callback))

    walk(get_resolver().url_patterns, "", "")
    return found


PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


def fill(route: str, values: dict[str, object]) -> str:
    route = route.replace("^", "").replace("$", "")
    route = REGEX_GROUP.sub(lambda match: str(values[match.group("name")]), route)
    route = route.replace("\\.", ".")
    return "/" + PARAMETER.sub(lambda match: str(values[match.group("name")]), route)


@pytest.fixture
def records(settings, tmp_path):
    """One record of every kind an admin URL can show, made by the factories."""
    settings.APPLICATIONS_ROOT = tmp_path / "applications"
    campaign = CampaignFactory()
    firm = TargetFirmFactory(campaign=campaign)
    contact = ContactFactory(firm=firm)
    product = ProductFactory()
    made = [
        campaign,
        firm,
        contact,
        product,
        product.enterprise,
        product.sector,
        RoundFactory(),
        RecognitionFactory(product=product),
        ConsentRecordFactory(contact=contact),
        session := WorkingSessionFactory(firm=firm),
        NoticeTemplateFactory(),
        ReminderRuleFactory(campaign=campaign),
        DeliveryFactory(contact=contact, notice=NoticeFactory(campaign=campaign)).notice,
        ChatIdentityFactory(subject=f"contact:{contact.pk}"),
        LinkTokenFactory(subject=f"contact:{contact.pk}"),
        InboundUpdateFactory(),
        OutboxMessageFactory(),
        CommunicationPlanFactory(),
        OutletFactory(),
        CalendarItemFactory(),
        LegalDocumentFactory(),
        ArticleCategoryFactory(),
    ]
    application_file = ApplicationFileFactory(version__application__firm=firm)
    personal_link(firm)
    # The site history lists logged actions by the record's title: the contact's name.
    log(instance=contact, action="wagtail.create")
    batch = FormSetBatchFactory(campaign=campaign)
    from cms.catalogue.models import Ward

    made.append(Ward.objects.order_by("pk").first())
    by_model = {type(record): record for record in made}
    page = Page.objects.filter(depth=3, live=True).order_by("pk").first().specific
    return {
        "by_model": by_model,
        "contact": contact,
        "session": session,
        "firm": firm,
        "application": application_file.version.application,
        "application_file": application_file,
        "batch": batch,
        "page": page,
        "revision": Revision.page_revisions.filter(object_id=str(page.pk)).first(),
    }


def parameters(url: AdminURL, records: dict, missing: bool) -> dict[str, object] | None:
    """Values of the URL's path parameters: the real records, or an id nobody has."""
    names = {match.group("name") for match in PARAMETER.finditer(url.route)}
    if "(?P<" in url.route:
        names |= set(re.findall(r"\(\?P<(\w+)>", url.route))
    if not names:
        return {}
    if missing:
        values = dict.fromkeys(names, MISSING)
    else:
        values = {}
        page, revision = records["page"], records["revision"]
        model = _view_model(url.callback)
        record = records["by_model"].get(model)
        custom = {
            "campaigns_contact_chat": records["contact"],
            "applications:detail": records["application"],
            "applications:checklist": records["application"],
            "applications:missing": records["application"],
            "applications:file": records["application_file"],
            "form_sets:firm": records["firm"],
            "form_sets:firm_generate": records["firm"],
            "form_sets:firm_download": records["firm"],
            "form_sets:revoke_link": records["firm"],
            "form_sets:batch_download": records["batch"],
            "campaign_board:ics": records["session"],
        }
        record = custom.get(url.name, record)
        for name in names:
            if name == "pk" and record is not None:
                values[name] = record.pk
            elif name in {"page_id", "parent_page_id", "page_to_move_id", "page_pk"} or (
                name == "pk" and "(?P<pk>" in url.route
            ):
                values[name] = page.pk
            elif name in {"revision_id", "revision_id_a"} and revision is not None:
                values[name] = revision.pk
            elif name == "revision_id_b":
                values[name] = "latest"
            elif name in {"content_type_app_name", "app_label", "app_name"}:
                values[name] = page._meta.app_label
            elif name in {"content_type_model_name", "model_name"}:
                values[name] = page._meta.model_name
            elif name in {"action_name", "action", "filter_spec", "uidb64", "token"}:
                values[name] = "x"
            else:
                values[name] = MISSING
    return values


# ---- the requests --------------------------------------------------------------------------

EXPORTS = ("csv", "xlsx")


def requests_of(url: AdminURL, records: dict) -> list[tuple[str, str]]:
    """(label, path) pairs to ask for the URL: with real records, with a missing id, and the
    listing's exports."""
    if url.name == "wagtail_bulk_action":
        contact = records["contact"]
        return [
            ("real", f"/admin/bulk/campaigns/contact/delete/?id={contact.pk}"),
            ("missing", f"/admin/bulk/campaigns/contact/delete/?id={MISSING}"),
        ]
    real = fill(url.route, parameters(url, records, missing=False))
    if url.name.endswith("chosen_multiple"):
        record = records["by_model"].get(_view_model(url.callback))
        real += f"?id={record.pk}" if record is not None else f"?id={MISSING}"
    asked = [("real", real)]
    if PARAMETER.search(url.route) or "(?P<" in url.route:
        asked.append(("missing", fill(url.route, parameters(url, records, missing=True))))
    if getattr(url.callback, "view_initkwargs", {}).get("list_export"):
        asked += [(f"export {kind}", f"{real}?export={kind}") for kind in EXPORTS]
    return asked


def refused(response) -> bool:
    if response.status_code == 403:
        return True
    if response.status_code in (301, 302):
        target = urlsplit(response["Location"]).path
        return target in {reverse("wagtailadmin_home"), reverse("wagtailadmin_login")}
    return False


def to_login(response) -> bool:
    return response.status_code == 302 and urlsplit(response["Location"]).path == reverse(
        "wagtailadmin_login"
    )


def answer(response) -> tuple[int, str]:
    """Status and redirect target (the login's ?next= naturally repeats the address)."""
    return response.status_code, urlsplit(response.get("Location", "")).path


def user_for(role: str):
    if role == ANONYMOUS:
        return None
    if role == SUPERUSER:
        return get_user_model().objects.create_superuser(
            "quantri-matran", "quantri-matran@so-congthuong.vi-du.vn", "x"
        )
    return staff_user(f"matran-{role}", GROUPS[role])


def personal_values(records: dict) -> list[str]:
    """What identifies the factory's contact and applicant: names, phones, e-mails."""
    contact = records["contact"]
    version = records["application"].current_version
    return [
        contact.name,
        contact.email,
        contact.phone,
        contact.phone.replace(" ", ""),
        version.contact_name,
        version.email,
        version.phone,
    ]


def text_of(response) -> str:
    """The response as a reader sees it; choosers answer JSON with escaped HTML inside."""
    text = response.content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            return json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            return text
    return text


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_answers_each_role_as_the_table_says(role, client, records):
    user = user_for(role)
    if user is not None:
        client.force_login(user)
    client.raise_request_exception = False
    secrets = personal_values(records)
    unlisted, wrong, differs, leaks, errors = [], [], [], [], []
    exported = set()
    for url in admin_urls():
        expected = expected_roles(url.name)
        if expected is None:
            unlisted.append(f"{url.name} ({url.route})")
            continue
        if url.name in NOT_ASKED:
            continue
        allowed = role in expected
        answers = {}
        for label, path in requests_of(url, records):
            response = client.get(path)
            answers[label] = response
            if label.startswith("export"):
                exported.add(url.name)
            if response.status_code >= 500:
                errors.append(f"{role} {path}: {response.status_code}")
            elif label == "missing":
                continue
            elif role == ANONYMOUS and not allowed and not to_login(response):
                wrong.append(f"anonymous not sent to log in at {path}: {answer(response)}")
            elif allowed and refused(response):
                wrong.append(f"{role} refused {path} ({url.name}): {answer(response)}")
            elif not allowed and not refused(response) and response.status_code not in (404, 405):
                wrong.append(f"{role} opened {path} ({url.name}): {answer(response)}")
            if (
                role not in PERSONAL_DATA_ROLES
                and response.status_code == 200
                and not response.streaming
            ):
                content = text_of(response)
                found = [value for value in secrets if value in content]
                if found:
                    leaks.append(f"{role} sees {found} at {path} ({url.name})")
        if (
            role not in listing_roles(url.name)
            and "missing" in answers
            and answer(answers["real"]) != answer(answers["missing"])
        ):
            differs.append(
                f"{role} {url.name}: {answer(answers['real'])} for a record, "
                f"{answer(answers['missing'])} for none"
            )
    # The personal data's exports are among the URLs asked (list_export read from the views).
    assert {
        "wagtailsnippets_campaigns_consentrecord:list",
        "wagtailsnippets_campaigns_targetfirm:list",
        "chat_identities:index",
    } <= exported
    problems = {
        "admin URLs missing from the table": unlisted,
        "server errors": errors,
        "answers the table does not expect": wrong,
        "refusals that tell an existing record from a missing one": differs,
        "personal data shown to a role that may not see it": leaks,
    }
    report = [f"{title}:\n  " + "\n  ".join(lines) for title, lines in problems.items() if lines]
    assert not report, "\n".join(report)
