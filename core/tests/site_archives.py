"""What the site-archive tests share: the rows an archive holds, an empty site."""

import shutil

from django.core import serializers
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from core.site_archive import exported_models


def everything() -> dict[str, list[dict]]:
    """Every exported row, as plain data, by model."""
    return {
        model._meta.label_lower: serializers.serialize(
            "python",
            model._base_manager.order_by("pk"),
            use_natural_foreign_keys=True,
        )
        for model in exported_models()
    }


def empty_the_database(settings) -> None:
    """Leave the database as a fresh `migrate` does: a root and a welcome page."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        # Inside a test's transaction the deferred key checks are still
        # pending, and PostgreSQL truncates no table with pending checks.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            call_command("flush", interactive=False, verbosity=0)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    else:
        call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    Page.add_root(title="Root", slug="root").add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home")
    )
