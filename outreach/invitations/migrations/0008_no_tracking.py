# No read or click tracking without consent (rules.md): the personal link's open counts and
# times go, and the download log (times and browsers) shrinks to the one fact kept, the day the
# firm first downloaded its set.

from django.db import migrations, models
from django.db.models import Min
from django.utils import timezone


def keep_first_download_day(apps, schema_editor):
    FormSet = apps.get_model("invitations", "FormSet")
    FormSetDownload = apps.get_model("invitations", "FormSetDownload")
    first = FormSetDownload.objects.values("firm_id").annotate(first=Min("at"))
    for row in first:
        FormSet.objects.filter(firm_id=row["firm_id"]).update(
            downloaded_on=timezone.localdate(row["first"])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("invitations", "0007_private_form_sets"),
    ]

    operations = [
        migrations.AddField(
            model_name="formset",
            name="downloaded_on",
            field=models.DateField(blank=True, null=True, verbose_name="downloaded by the firm"),
        ),
        migrations.RunPython(keep_first_download_day, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="personallink",
            name="first_opened_at",
        ),
        migrations.RemoveField(
            model_name="personallink",
            name="last_opened_at",
        ),
        migrations.RemoveField(
            model_name="personallink",
            name="open_count",
        ),
        migrations.DeleteModel(
            name="FormSetDownload",
        ),
    ]
