"""The catalogue staff's group (Danh mục sản phẩm): sectors, firms, products, rounds,
recognitions and wards, the catalogue import and print, with the images and documents a product
or a round carries. Firms' public contacts are on the enterprise record; nothing of the
recruitment campaign (its contacts, consent, notices, chats) is given."""

from django.db import migrations

from portal.users.grants import grant, revoke

CATALOGUE_STAFF = "Danh mục sản phẩm"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "catalogue": [
        f"{action}_{model}"
        for model in ("product", "enterprise", "recognition", "round", "sector", "ward")
        for action in ("add", "change", "delete", "view")
    ],
}

# Product photos, firms' logos, brochures and decisions are picked from the root collection.
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


def _collection_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        yield from Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )


def create_group(apps, schema_editor):
    grant(apps, CATALOGUE_STAFF, PERMISSIONS)
    group = apps.get_model("auth", "Group").objects.get(name=CATALOGUE_STAFF)
    root = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for permission in _collection_permissions(apps):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def remove_group(apps, schema_editor):
    revoke(apps, CATALOGUE_STAFF, PERMISSIONS)
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
        group__name=CATALOGUE_STAFF
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_catalogue_print"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
