"""Put the records the previous migration made into the search index.

The admin's source chooser finds records through Wagtail's search; records
written by a migration are not indexed by its signals. Uses the current model:
the index is not part of the schema, and this runs in the release that made it.
"""

from django.db import migrations


def index_sources(apps, schema_editor):
    from wagtail.search.backends import get_search_backends

    from citations.models import Source

    # Only the indexed columns: later migrations add others, not there yet.
    sources = (
        Source.objects.using(schema_editor.connection.alias)
        .only("pk", "kind", "title", "author", "publisher", "container", "year")
        .order_by("pk")
    )
    if not sources.exists():
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Source, sources)


class Migration(migrations.Migration):
    dependencies = [
        ("citations", "0002_sources_into_the_library"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("garrison_search", "0001_postgres_search_indexes"),
    ]

    operations = [migrations.RunPython(index_sources, migrations.RunPython.noop)]
