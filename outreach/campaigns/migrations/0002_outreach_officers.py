"""The outreach officers' group (Cán bộ vận động): everything of the campaign, contacts and
consent included, and what they need of the catalogue to add a firm. Portal editors get none of
it, so contacts' personal data stays with the officers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Cán bộ vận động"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "campaigns": [
        f"{action}_{model}"
        for model in ("campaign", "targetfirm", "contact", "workingsession")
        for action in ("add", "change", "delete", "view")
    ]
    # The consent log is append-only: recorded and read, never changed.
    + ["add_consentrecord", "view_consentrecord"],
    "catalogue": ["add_enterprise", "view_enterprise", "view_sector", "view_ward"],
}


def create_group(apps, schema_editor):
    # Permissions are normally created after migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=OFFICERS)
    for app_label, codenames in PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=OFFICERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("catalogue", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
