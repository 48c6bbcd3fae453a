"""The roots of the page and collection trees, which everything else hangs from."""

from wagtail.models import Collection, Page

from .locales import ensure_locales


def tree_root() -> Page:
    """Return the root of the page tree, creating it (and its locale) when missing.

    Wagtail's migrations create both, but a database that was flushed, as
    transactional tests and `manage.py flush` do, has neither.
    """
    root = Page.get_first_root_node()
    if root is not None:
        return root
    ensure_locales()
    return Page.add_root(instance=Page(title="Root", slug="root"))


def collection_root() -> Collection:
    """Return the root collection of images and documents, creating it when missing."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")
