"""Loading many pages at once: each saved object indexed once, at the end.

A page made by a loader is saved several times (added to the tree, revised,
published, linked, translated), and every save updates its search index entry
and its references. Inside :func:`indexed_at_the_end` the saves only note the
object; when the block ends, each object is indexed once, model by model, in
bulk. It is meant for commands that load content (the demo); the site's
requests keep Wagtail's indexing on every save.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexed_at_the_end() -> Iterator[None]:
    """Index for search and references what the block saves, once, at its end.

    The signal handlers are the process's: a command that loads content runs
    alone. Inside a block already open, a nested one adds nothing.
    """
    if _noting():
        yield
        return
    searched = [
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    saved: dict[type, set] = defaultdict(set)

    def note(sender, instance, raw=False, **kwargs) -> None:
        if not raw:
            saved[sender].add(instance.pk)

    # Only the handlers that were there are put back.
    paused = [
        model
        for model in searched
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    post_save.connect(note, weak=False, dispatch_uid=NOTE)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=NOTE)
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)
    _index(saved, set(paused))


def loading_in_bulk() -> bool:
    """Whether an :func:`indexed_at_the_end` block is open: what it saves is
    indexed once, at its end, from the database."""
    return _noting()


def _noting() -> bool:
    return any(key[0] == NOTE for key, _receiver, *_rest in post_save.receivers)


#: The receiver that notes saves inside :func:`indexed_at_the_end`.
NOTE = "core.bulk_loading.note"


def _index(saved: dict[type, set], searched: set[type]) -> None:
    by_class: dict[type, dict] = defaultdict(dict)
    for model, pks in saved.items():
        referenced = ReferenceIndex.is_indexed(model)
        if model not in searched and not referenced:
            continue
        for instance in model._base_manager.filter(pk__in=pks):
            if referenced:
                ReferenceIndex.create_or_update_for_object(instance)
            if model in searched:
                indexed = index.get_indexed_instance(instance)
                if indexed is not None:
                    by_class[type(indexed)][indexed.pk] = indexed
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_class.items():
            backend.add_bulk(model, list(objects.values()))
