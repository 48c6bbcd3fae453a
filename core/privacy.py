"""Page privacy, checked in one query on every page served, or none."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction


def view_restrictions_of(page: Page) -> QuerySet[PageViewRestriction]:
    """The view restrictions that apply to ``page``: its own and its ancestors'.

    An alias, whether the page or an ancestor, is restricted as its original is.
    The same answer as Wagtail's ``Page.get_view_restrictions()``, which reads
    the ancestors first and then their restrictions: two queries on every page
    served, where this is one.
    """
    steplen = page.steplen
    chain = Page.objects.filter(
        path__in=[
            page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)
        ]
    )
    return PageViewRestriction.objects.filter(
        Q(page__in=chain.filter(alias_of__isnull=True).values("pk"))
        | Q(page__in=chain.filter(alias_of__isnull=False).values("alias_of"))
    )


def kept_view_restrictions(
    restrictions: tuple[PageViewRestriction, ...],
) -> QuerySet[PageViewRestriction]:
    """Restrictions read earlier, as a queryset of exactly them, already evaluated.

    Iterating it asks nothing; filtering or ordering it asks for the same rows.
    Built in a fraction of the time ``view_restrictions_of`` takes to compose.
    """
    if restrictions:
        queryset = PageViewRestriction.objects.filter(
            pk__in=[restriction.pk for restriction in restrictions]
        )
    else:
        queryset = PageViewRestriction.objects.none()
    queryset._result_cache = list(restrictions)
    queryset._prefetch_done = True
    return queryset


class OneQueryViewRestrictions:
    """Mixed into Garrison's page types, before ``Page``.

    A page served from a process's copy (``core.process_copies.kept_page``)
    carries its restrictions, read with it, so checking them asks nothing.
    """

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        from .process_copies import content_cache_on

        kept = getattr(self, "_kept_view_restrictions", None)
        if kept is not None and content_cache_on():
            return kept_view_restrictions(kept)
        return view_restrictions_of(self)
