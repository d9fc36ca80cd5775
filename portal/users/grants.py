"""Data migrations that give a staff group its permissions: one way of doing it, so a new
app's migration states only which group gets which codenames."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

Permissions = dict[str, list[str]]  # app label: codenames


def grant(apps, group_name: str, permissions: Permissions) -> None:
    """Add the permissions to the group, making both if they do not exist yet."""
    # Permissions are normally created after migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    for app_label, codenames in permissions.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def revoke(apps, group_name: str, permissions: Permissions) -> None:
    """Take the permissions back; the group stays, with whatever else it was given."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=group_name):
        for app_label, codenames in permissions.items():
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


def granting(group_name: str, permissions: Permissions) -> migrations.RunPython:
    """The migration operation: grant going forward, revoke going back."""
    return migrations.RunPython(
        lambda apps, schema_editor: grant(apps, group_name, permissions),
        lambda apps, schema_editor: revoke(apps, group_name, permissions),
    )
