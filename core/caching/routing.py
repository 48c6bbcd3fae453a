"""Routing through this process's copies of pages, for every page type."""

from __future__ import annotations

from wagtail.models import Page

from .process_copies import kept_child


class RoutedFromCopies:
    """Mixed into the page types with children, before ``Page``.

    A request walks from the home page to the page it asks for, a query or two
    at each step; the pages on the way are this process's copies instead
    (``process_copies.kept_child``), checked against their cache tags. A page
    type narrows how its children are found by overriding :meth:`child_at`.
    """

    #: Whether the children are the site's sections (a home page's are).
    children_are_sections = False

    def route(self, request, path_components):
        if path_components:
            slug = path_components[0]
            child = kept_child(
                self,
                slug,
                lambda: self.child_at(slug),
                section=self.children_are_sections,
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        # No live child there: Wagtail's routing says 404, or a route of a
        # RoutablePageMixin answers (the magazine's tag pages).
        return super().route(request, path_components)

    def child_at(self, slug: str) -> Page | None:
        """The live child at ``slug``, as its own type, or None."""
        return self.get_children().live().filter(slug=slug).specific().first()
