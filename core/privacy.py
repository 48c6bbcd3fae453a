"""Page privacy, checked in one query on every page served."""

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


class OneQueryViewRestrictions:
    """Mixed into Garrison's page types, before ``Page``."""

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        return view_restrictions_of(self)
