"""Editorial roles: editors (Biên tập viên) draft and submit, moderators (Kiểm duyệt viên) approve
and publish, through one moderation workflow on the whole page tree.

Wagtail's first migrations create "Editors", "Moderators" and a "Moderators approval" workflow;
this renames them to the Department's terms and completes their permissions, or creates them
when they are missing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"
WORKFLOW = "Kiểm duyệt tin bài"
TASK = "Kiểm duyệt viên phê duyệt"

EDITOR_PAGE_PERMS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
EDITOR_MODEL_PERMS = {
    "pages": ["add_legaldocument", "change_legaldocument", "view_legaldocument",
              "view_articlecategory"],
}
MODERATOR_MODEL_PERMS = {
    "pages": ["add_legaldocument", "change_legaldocument", "delete_legaldocument",
              "view_legaldocument", "add_articlecategory", "change_articlecategory",
              "view_articlecategory"],
    "core": ["change_sitesettings"],
}


def _ensure_permissions(apps):
    # Permissions are normally created after migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _group(Group, new_name, old_name):
    group = Group.objects.filter(name=new_name).first()
    if group:
        return group
    group = Group.objects.filter(name=old_name).first()
    if group:
        group.name = new_name
        group.save(update_fields=["name"])
        return group
    return Group.objects.create(name=new_name)


def create_roles(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors = _group(Group, EDITORS, "Editors")
    moderators = _group(Group, MODERATORS, "Moderators")
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for group, page_perms, model_perms in (
        (editors, EDITOR_PAGE_PERMS, EDITOR_MODEL_PERMS),
        (moderators, MODERATOR_PAGE_PERMS, MODERATOR_MODEL_PERMS),
    ):
        group.permissions.add(admin_access)
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=page_perms
        ).delete()
        for codename in page_perms:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for app_label, codenames in COLLECTION_PERMS.items():
            for codename in codenames:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for app_label, codenames in model_perms.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )

    task = GroupApprovalTask.objects.filter(groups=moderators, active=True).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
        task.groups.set([moderators])
    else:
        task.name = TASK
        task.save(update_fields=["name"])
    workflow = Workflow.objects.filter(workflow_tasks__task=task, active=True).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        workflow.name = WORKFLOW
        workflow.save(update_fields=["name"])
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
