from django.db import migrations


def load(apps, schema_editor):
    from cms.catalogue.models.areas import load_areas
    from cms.catalogue.reference import load_sectors

    load_areas(apps.get_model("catalogue", "FormerDistrict"), apps.get_model("catalogue", "Ward"))
    load_sectors(apps.get_model("catalogue", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
