"""The communications officers' group (Truyền thông): the year's plan, the press calendar with
its board and report, the outlets, and their own calendar feed. An item carries its date to a
linked article, which is how they schedule articles. Nothing of the recruitment campaign's
contacts, applications or chats is given."""

from django.db import migrations

from portal.users.grants import granting

COMMUNICATIONS = "Truyền thông"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "press": [
        f"{action}_{model}"
        for model in ("calendaritem", "communicationplan", "outlet")
        for action in ("add", "change", "delete", "view")
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0003_calendarfeedtoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [granting(COMMUNICATIONS, PERMISSIONS)]
