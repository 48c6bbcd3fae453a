"""Cache tags: the names of what a cached page or fragment shows.

Fastly and Varnish call them surrogate keys. While a page or a fragment is
rendered, whatever it shows says so (:func:`depends_on`); what is stored is
filed under those tags, and a change makes stale exactly what is filed under
the tags it names (``core/caching/store.py``).

The vocabulary:

``page:<id>``
    The page itself: its own render, and every card, link, title or date of it
    shown elsewhere. Stale when it is published, unpublished or deleted.
``links-to:<translation key>``
    What lists the pages pointing at a page: an entry's "Mentioned in" and its
    relations from other entries. Stale when a page starts pointing at it (the
    pages that stop pointing at it are shown there, so ``page:`` reaches it).
``mentions-in:<id>``
    The entries the linker found in a page's text. Stale when they are stored
    again (an entry that matches a name was published).
``listing:<name>:<locale id>``
    Lists of a kind of page in a language (``articles``, ``entries``): indexes,
    tag pages, the home page's lists. Stale when any such page changes.
``translations:<translation key>``
    The language switcher and ``hreflang`` links of a page.
``discussion:<page id>``
    A page's discussion and the count of its posts on cards. Stale when a
    post to it is approved, hidden or shown, and never with the page's text.
``<app label>.<model>:<id>``
    Any other object shown (a contributor, a series).
``content``
    Filed on every response whose view does not list what it shows (feeds, the
    sitemap, the timeline and map): stale on any change of content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from django.db.models import Model

ANY_CONTENT = "content"


def page_tag(page_id: int) -> str:
    return f"page:{page_id}"


def links_to_tag(translation_key: UUID | str) -> str:
    return f"links-to:{translation_key}"


def mentions_tag(page_id: int) -> str:
    return f"mentions-in:{page_id}"


def discussion_tag(page_id: int) -> str:
    return f"discussion:{page_id}"


def listing_tag(listing: str, locale_id: int) -> str:
    return f"listing:{listing}:{locale_id}"


def translations_tag(translation_key: UUID | str) -> str:
    return f"translations:{translation_key}"


def object_tag(instance: Model) -> str:
    """The tag of a model instance: ``page:<id>`` for any page."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        return page_tag(instance.pk)
    return f"{instance._meta.label_lower}:{instance.pk}"


@dataclass
class Dependencies:
    """The tags one render named, and whether its view lists all it shows."""

    tags: set[str] = field(default_factory=set)
    complete: bool = False

    def stored_tags(self) -> set[str]:
        """The tags to file the render under: ``content`` too unless complete."""
        return self.tags if self.complete else self.tags | {ANY_CONTENT}


#: The renders under way in this request, outermost first: a fragment inside a
#: page names its tags for both.
_open: ContextVar[tuple[Dependencies, ...]] = ContextVar("cache_tags", default=())


@contextmanager
def collecting() -> Iterator[Dependencies]:
    """Collect the tags named while the block runs (nested blocks pass theirs up)."""
    outer = _open.get()
    # A fragment of a page that lists all it shows lists all it shows too.
    dependencies = Dependencies(complete=bool(outer) and outer[-1].complete)
    token = _open.set((*outer, dependencies))
    try:
        yield dependencies
    finally:
        _open.reset(token)


def depends_on(*tags: str) -> None:
    """Name tags for every render under way; outside one, does nothing."""
    for dependencies in _open.get():
        dependencies.tags.update(tags)


def depends_on_objects(*instances: Model | None) -> None:
    """Name the tags of model instances (pages among them); skips ``None``."""
    depends_on(*(object_tag(instance) for instance in instances if instance))


class cached_property_with_tags[T]:
    """A cached property whose value shows things: each read names their tags.

    A presenter's value is read once and may be shown in several fragments;
    every fragment that reads it must be filed under what it shows, not only
    the one that happened to read it first.
    """

    def __init__(self, function: Callable[[Any], T]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        read = instance.__dict__.setdefault("_read_with_tags", {})
        if self.name not in read:
            with collecting() as dependencies:
                read[self.name] = (self.function(instance), dependencies.tags)
        value, tags = read[self.name]
        depends_on(*tags)
        return value


def all_declared() -> None:
    """Say that the view under way names every tag of what it shows.

    Called by the page types that do (``core/caching/page_types.py``); a
    response without it is filed under ``content`` as well, so forgetting is
    slow, never stale.
    """
    for dependencies in _open.get():
        dependencies.complete = True
