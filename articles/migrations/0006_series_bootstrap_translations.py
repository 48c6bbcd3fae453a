from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    """Give each existing series the default locale and its own translation key."""

    dependencies = [
        ("articles", "0005_series_bootstrap_translatable"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [BootstrapTranslatableModel("articles.Series")]
