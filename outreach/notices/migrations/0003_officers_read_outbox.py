"""Outreach officers read the test outbox: until the Telegram and Zalo accounts are connected,
it is the only place to see what a notice they sent actually said."""

from django.db import migrations

from portal.users.grants import granting

OFFICERS = "Cán bộ vận động"


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0002_officers_send_notices"),
        ("bots", "0001_initial"),
    ]

    operations = [granting(OFFICERS, {"bots": ["view_outboxmessage"]})]
