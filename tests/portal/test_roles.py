"""Editorial roles and the moderation workflow exist from the migrations."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow

pytestmark = pytest.mark.django_db


def test_editors_draft_and_moderators_publish():
    editors = Group.objects.get(name="Biên tập viên")
    moderators = Group.objects.get(name="Kiểm duyệt viên")
    editor_perms = set(editors.page_permissions.values_list("permission__codename", flat=True))
    moderator_perms = set(
        moderators.page_permissions.values_list("permission__codename", flat=True)
    )
    assert editor_perms == {"add_page", "change_page"}
    assert {"add_page", "change_page", "publish_page"} <= moderator_perms
    assert editors.permissions.filter(codename="access_admin").exists()


def test_articles_go_through_the_moderation_workflow(demo_site, django_user_model):
    workflow = Workflow.objects.get(name="Kiểm duyệt tin bài")
    article = demo_site["article"]
    assert article.get_workflow() == workflow
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Kiểm duyệt viên"]

    editor = django_user_model.objects.create_user("bientap", password="x")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    moderator = django_user_model.objects.create_user("kiemduyet", password="x")
    moderator.groups.add(Group.objects.get(name="Kiểm duyệt viên"))
    perms_editor = article.permissions_for_user(editor)
    perms_moderator = article.permissions_for_user(moderator)
    assert perms_editor.can_edit() and not perms_editor.can_publish()
    assert perms_moderator.can_publish()

    article.title = "Bản thảo chờ duyệt"
    revision = article.save_revision(user=editor)
    state = workflow.start(article, editor)
    assert state.current_task_state.task.specific == task
    assert Page.objects.get(pk=article.pk).title != "Bản thảo chờ duyệt"  # not live before approval
    state.current_task_state.approve(user=moderator)
    state.refresh_from_db()
    assert state.status == "approved"
    live = Page.objects.get(pk=article.pk)
    assert live.live_revision_id == revision.pk and live.title == "Bản thảo chờ duyệt"


PERSONAL_DATA_APPS = {"campaigns", "invitations", "notices", "bots"}


def _codenames(group: Group) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_catalogue_staff_work_on_the_catalogue_and_nothing_personal():
    group = Group.objects.get(name="Danh mục sản phẩm")
    perms = _codenames(group)
    assert "wagtailadmin.access_admin" in perms
    for model in ("product", "enterprise", "recognition", "round", "sector", "ward"):
        assert {f"catalogue.{action}_{model}" for action in ("add", "change", "view")} <= perms
    assert not {perm for perm in perms if perm.split(".")[0] in PERSONAL_DATA_APPS | {"press"}}
    collection_perms = set(
        group.collection_permissions.values_list("permission__codename", flat=True)
    )
    assert {"choose_image", "add_image", "choose_document"} <= collection_perms


def test_communications_officers_work_on_the_press_calendar_and_nothing_personal():
    group = Group.objects.get(name="Truyền thông")
    perms = _codenames(group)
    assert "wagtailadmin.access_admin" in perms
    for model in ("calendaritem", "communicationplan", "outlet"):
        assert {f"press.{action}_{model}" for action in ("add", "change", "view")} <= perms
    assert not {perm for perm in perms if perm.split(".")[0] in PERSONAL_DATA_APPS}
