from django.db import migrations


class Migration(migrations.Migration):
    """The page's own copies of its sources, now moved into the library."""

    dependencies = [
        ("encyclopedia", "0004_entrycitation"),
        ("citations", "0002_sources_into_the_library"),
    ]

    operations = [
        migrations.DeleteModel(name="EntrySource"),
    ]
