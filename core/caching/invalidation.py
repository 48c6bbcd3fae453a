"""How a change reaches the caches: receivers each app connects in ``ready()``.

A page published or unpublished makes stale the tags it names
(``CacheTaggedPage.cache_tags_changed``). What changes every page flushes the
site: the pages at the top of the tree (home pages and sections, in every
header), a page moved or deleted (the addresses under it), and the models an
app registers with :func:`flush_site_on_change`. Other models register
:func:`invalidate_on_change` with the tags a change of theirs makes stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db.models import Model
from django.db.models.signals import post_delete, post_save

from .generation import flush_site
from .store import invalidate
from .tags import object_tag, page_tag

#: Pages this deep or less are in every page's header: the root, the home
#: pages, the sections.
SECTION_DEPTH = 3


def page_changed(sender, instance, **kwargs) -> None:
    """A page was published or unpublished (a receiver of Wagtail's signals)."""
    if instance.depth <= SECTION_DEPTH:
        flush_site()
        return
    tags_changed = getattr(instance, "cache_tags_changed", None)
    invalidate(tags_changed() if tags_changed else {page_tag(instance.pk)})


def invalidate_on_change(
    model: type[Model],
    tags_of: Callable[[Model], Iterable[str]] = lambda instance: {object_tag(instance)},
) -> None:
    """Make ``tags_of(instance)`` stale whenever an instance is saved or deleted."""

    def changed(sender, instance, **kwargs) -> None:
        invalidate(tags_of(instance))

    for signal in (post_save, post_delete):
        signal.connect(
            changed, sender=model, weak=False, dispatch_uid=f"cache-tags-{model}"
        )


def flush_site_on_change(model: type[Model]) -> None:
    """Flush the site whenever an instance of ``model`` is saved or deleted."""
    for signal in (post_save, post_delete):
        signal.connect(flush_site, sender=model, dispatch_uid=f"flush-site-{model}")
