"""Every page's own copies of its sources become one library.

Each article's and entry's source becomes a citation of a library record; the
same work cited by many pages becomes one record (same address, or same author,
main title and year). The page's order is kept, and so are the rows' ids, so
that the revisions rewritten here still point at the citations the page has:
every revision's sources are rewritten too, so old revisions still show theirs.

Going back gives each page its copies again; what the copies have no field for
(a locator, an ISBN, a DOI, a signature) is kept in the copy's note.
"""

import json
from datetime import date

from django.core.management.color import no_style
from django.db import migrations

from citations.identifiers import match_key, url_variants

_FIELDS = ("kind", "title", "author", "publisher", "year", "url", "accessed", "note")
_PARENTS = (
    ("articles", "ArticleSource", "ArticleCitation", "page"),
    ("encyclopedia", "EntrySource", "EntryCitation", "entry"),
)


class _Library:
    """The records made so far, by every key a later description may match."""

    def __init__(self, Source):
        self.Source = Source
        self.by_key = {}
        self.records = {}

    @staticmethod
    def keys(fields):
        keys = [f"url:{variant}" for variant in url_variants(fields["url"])]
        if fields["author"] or fields["year"]:
            work = match_key(fields["author"], fields["title"], fields["year"])
            keys.append(f"work:{work}")
        return keys

    def source_id(self, fields, *, complete: bool = True) -> int:
        """The record of the work ``fields`` describe, made if there is none;
        completed from ``fields`` only if ``complete`` (a live row, not a draft's
        or an old revision's, whose words must not reach the live record)."""
        keys = self.keys(fields)
        found = next(
            (
                self.by_key[key]
                for key in keys
                if key in self.by_key and _compatible(self.by_key[key], fields)
            ),
            None,
        )
        if found is None:
            found = self.Source(
                **fields,
                match_key=match_key(fields["author"], fields["title"], fields["year"]),
            )
            found.save()
        elif complete:
            self._complete(found, fields)
        for key in self.keys({name: getattr(found, name) for name in _FIELDS}):
            self.by_key.setdefault(key, found)
        self.records[found.pk] = found
        return found.pk

    @staticmethod
    def _complete(found, fields):
        changed = [
            name
            for name, value in fields.items()
            if value not in ("", None) and getattr(found, name) in ("", None)
        ]
        if len(fields["title"]) > len(found.title) and fields["title"].startswith(
            found.title
        ):
            changed.append("title")
        for name in changed:
            setattr(found, name, fields[name])
        if changed:
            found.match_key = match_key(found.author, found.title, found.year)
            found.save()


def _own_note(described, record) -> str:
    note = described["note"]
    return note[:100] if note and note != record.note else ""


def _compatible(found, fields) -> bool:
    """Two descriptions of one work cannot have different addresses."""
    return not (found.url and fields["url"]) or fields["url"] in url_variants(
        found.url
    )


def _description(item) -> dict:
    fields = {name: item.get(name) for name in _FIELDS}
    for name in ("kind", "title", "author", "publisher", "url", "note"):
        fields[name] = (fields[name] or "").strip()
    fields["kind"] = fields["kind"] or "other"
    fields["title"] = fields["title"][:400]
    if isinstance(fields["accessed"], str):
        fields["accessed"] = date.fromisoformat(fields["accessed"][:10])
    return fields


def _citations(items, parent, library, *, keep_pk) -> list[dict]:
    """A revision's ``sources`` as ``citations``: one per work, in order."""
    cited = set()
    citations = []
    for item in items:
        source_id = library.source_id(_description(item), complete=False)
        if source_id in cited:
            continue
        cited.add(source_id)
        citations.append(
            {
                "pk": item.get("pk") if keep_pk(item.get("pk"), source_id) else None,
                "sort_order": item.get("sort_order"),
                parent: item.get(parent),
                "source": source_id,
                "locator": "",
            }
        )
    return citations


def _rewritten(content, library, kept) -> bool:
    items = content.get("sources")
    if not isinstance(items, list):
        return False
    parent = next(
        (
            p
            for *_, p in _PARENTS
            if items and isinstance(items[0], dict) and p in items[0]
        ),
        None,
    )
    content["citations"] = (
        _citations(
            items,
            parent,
            library,
            keep_pk=lambda pk, source_id: kept.get(pk) == source_id,
        )
        if parent
        else []
    )
    del content["sources"]
    return True


def forward(apps, schema_editor):
    library = _Library(apps.get_model("citations", "Source"))
    kept = {}
    for app, old_name, new_name, parent in _PARENTS:
        Old = apps.get_model(app, old_name)
        New = apps.get_model(app, new_name)
        rows, cited = [], set()
        for old in Old.objects.order_by(f"{parent}_id", "sort_order", "pk"):
            described = _description(vars(old))
            source_id = library.source_id(described)
            owner = getattr(old, f"{parent}_id")
            if (owner, source_id) in cited:
                continue  # the same work twice on one page: cited once
            cited.add((owner, source_id))
            kept[(app, old.pk)] = source_id
            rows.append(
                New(
                    pk=old.pk,
                    sort_order=old.sort_order,
                    source_id=source_id,
                    # A page's own note on a work others cite too (its pages,
                    # say) is this page's: kept as its locator.
                    locator=_own_note(described, library.records[source_id]),
                    **{f"{parent}_id": owner},
                )
            )
        New.objects.bulk_create(rows, batch_size=500)
        # Rows were given their ids: move the sequence past them (PostgreSQL).
        with schema_editor.connection.cursor() as cursor:
            for sql in schema_editor.connection.ops.sequence_reset_sql(
                no_style(), [New]
            ):
                cursor.execute(sql)

    app_of_parent = {parent: app for app, *_, parent in _PARENTS}
    Revision = apps.get_model("wagtailcore", "Revision")
    changed = []
    for revision in Revision.objects.filter(content__has_key="sources").iterator(
        chunk_size=200
    ):
        items = revision.content.get("sources") or [{}]
        app = next((app_of_parent[p] for p in app_of_parent if p in items[0]), "")
        by_pk = {pk: sid for (a, pk), sid in kept.items() if a == app}
        if _rewritten(revision.content, library, by_pk):
            changed.append(revision)
        if len(changed) >= 200:
            Revision.objects.bulk_update(changed, ["content"])
            changed = []
    Revision.objects.bulk_update(changed, ["content"])

    # wagtail-localize keeps the source page's content to build translations from.
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for translation_source in TranslationSource.objects.filter(
        content_json__contains='"sources"'
    ):
        content = json.loads(translation_source.content_json)
        items = content.get("sources") or [{}]
        app = next((app_of_parent[p] for p in app_of_parent if p in items[0]), "")
        by_pk = {pk: sid for (a, pk), sid in kept.items() if a == app}
        if _rewritten(content, library, by_pk):
            translation_source.content_json = json.dumps(content)
            translation_source.save(update_fields=["content_json"])


def _copy_fields(source, locator: str) -> dict:
    """A library record as the fields of a page's own copy (going back)."""
    fields = {name: getattr(source, name) for name in _FIELDS}
    extra = [
        locator,
        f"ISBN {source.isbn}" if source.isbn else "",
        f"doi:{source.doi}" if source.doi else "",
        source.signature,
        source.container,
    ]
    fields["note"] = "; ".join(part for part in (fields["note"], *extra) if part)[:500]
    return fields


def _copies(citations, parent, sources) -> list[dict]:
    copies = []
    for citation in citations:
        source = sources.get(citation.get("source"))
        if source is None:
            continue
        fields = _copy_fields(source, citation.get("locator") or "")
        if fields["accessed"]:
            fields["accessed"] = fields["accessed"].isoformat()
        copies.append(
            {
                "pk": citation.get("pk"),
                "sort_order": citation.get("sort_order"),
                **fields,
                parent: citation.get(parent),
            }
        )
    return copies


def _rewritten_back(content, sources) -> bool:
    citations = content.get("citations")
    if not isinstance(citations, list):
        return False
    first = citations[0] if citations and isinstance(citations[0], dict) else {}
    parent = next((p for *_, p in _PARENTS if p in first), None)
    content["sources"] = _copies(citations, parent, sources) if parent else []
    del content["citations"]
    return True


def backward(apps, schema_editor):
    Source = apps.get_model("citations", "Source")
    sources = {source.pk: source for source in Source.objects.all()}
    for app, old_name, new_name, parent in _PARENTS:
        Old = apps.get_model(app, old_name)
        New = apps.get_model(app, new_name)
        Old.objects.bulk_create(
            [
                Old(
                    pk=citation.pk,
                    sort_order=citation.sort_order,
                    **_copy_fields(sources[citation.source_id], citation.locator),
                    **{f"{parent}_id": getattr(citation, f"{parent}_id")},
                )
                for citation in New.objects.order_by("pk")
            ],
            batch_size=500,
        )
        New.objects.all().delete()
        with schema_editor.connection.cursor() as cursor:
            for sql in schema_editor.connection.ops.sequence_reset_sql(
                no_style(), [Old]
            ):
                cursor.execute(sql)
    Revision = apps.get_model("wagtailcore", "Revision")
    changed = []
    for revision in Revision.objects.filter(content__has_key="citations").iterator(
        chunk_size=200
    ):
        if _rewritten_back(revision.content, sources):
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=200)
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for translation_source in TranslationSource.objects.filter(
        content_json__contains='"citations"'
    ):
        content = json.loads(translation_source.content_json)
        if _rewritten_back(content, sources):
            translation_source.content_json = json.dumps(content)
            translation_source.save(update_fields=["content_json"])
    Source.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("citations", "0001_initial"),
        ("articles", "0009_articlecitation"),
        ("encyclopedia", "0004_entrycitation"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forward, backward)]
