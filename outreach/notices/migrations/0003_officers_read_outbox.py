"""Outreach officers read the test outbox: until the Telegram and Zalo accounts are connected,
it is the only place to see what a notice they sent actually said."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Cán bộ vận động"
CODENAME = "view_outboxmessage"


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=OFFICERS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="bots", codename=CODENAME)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=OFFICERS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="bots", codename=CODENAME)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0002_officers_send_notices"),
        ("bots", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
