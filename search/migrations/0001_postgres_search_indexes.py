"""Two indexes PostgreSQL needs for Wagtail's search to stay fast at scale.

The database search backend matches ``title || body`` and joins index entries to
pages on ``page.id::varchar``. Without an index on either expression, every
search reads every index entry and every page (about a second at 150,000 pages);
with them, a search reads only what it matches (see bench/README.md). Other
databases are left alone.
"""

from django.db import migrations

INDEXES = [
    (
        "garrison_search_title_body_gin",
        "CREATE INDEX IF NOT EXISTS garrison_search_title_body_gin "
        "ON wagtailsearch_indexentry USING gin ((title || body))",
    ),
    (
        "garrison_page_id_as_text",
        "CREATE INDEX IF NOT EXISTS garrison_page_id_as_text "
        "ON wagtailcore_page (((id)::varchar(50)))",
    ),
]


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for _name, sql in INDEXES:
        schema_editor.execute(sql)


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _sql in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(create, drop)]
