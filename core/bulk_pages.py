"""Insert many published pages under one parent at once, for synthetic corpora.

Creating a Wagtail page one by one (``add_child``, a revision, a publish) costs
tens of milliseconds; a benchmark corpus of 150,000 pages would take hours. This
writes the tree rows directly, in batches: the ``wagtailcore_page`` rows with
their materialised paths, then each table of the page type's inheritance chain.
The pages are live and searchable but have no revisions, so they are for
measuring, not for editing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH = 2000


def insert_pages(parent: Page, pages: Sequence[Page], *, index: bool = True) -> None:
    """Add ``pages`` (unsaved, all of one page type) as live children of ``parent``.

    Slugs must be unique among the parent's children; the caller makes them so.
    """
    if not pages:
        return
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    last_child = parent.get_last_child()
    step = (
        Page._str2int(last_child.path[-Page.steplen :]) if last_child is not None else 0
    )
    for page in pages:
        step += 1
        page.path = parent.path + Page._int2str(step).rjust(Page.steplen, "0")
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
    with transaction.atomic():
        for start in range(0, len(pages), BATCH):
            _insert_chain(model, pages[start : start + BATCH])
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    if index:
        backend = get_search_backend()
        for start in range(0, len(pages), BATCH):
            batch = list(
                model.get_indexed_objects().filter(
                    pk__in=[page.pk for page in pages[start : start + BATCH]]
                )
            )
            backend.add_bulk(model, batch)


def _insert_chain(model: type[Page], pages: Sequence[Page]) -> None:
    """Write each table from ``Page`` down to ``model`` for one batch of pages."""
    chain = [*reversed(model._meta.get_parent_list()), model]
    base = Page._base_manager
    rows = base._insert(
        pages,
        fields=[f for f in Page._meta.local_concrete_fields if not f.primary_key],
        returning_fields=[Page._meta.pk],
        using=connection.alias,
    )
    for page, (pk,) in zip(pages, rows, strict=True):
        page.id = pk
    for table_model in chain[1:]:
        opts = table_model._meta
        for page in pages:
            for link in opts.parents.values():
                setattr(page, link.attname, page.id)
        table_model._base_manager._insert(
            pages, fields=list(opts.local_concrete_fields), using=connection.alias
        )
