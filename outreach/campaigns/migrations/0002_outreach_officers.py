"""The outreach officers' group (Cán bộ vận động): everything of the campaign, contacts and
consent included, and what they need of the catalogue to add a firm. Portal editors get none of
it, so contacts' personal data stays with the officers."""

from django.db import migrations

from portal.users.grants import grant

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
    grant(apps, OFFICERS, PERMISSIONS)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=OFFICERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("catalogue", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
