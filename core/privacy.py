"""What a reader may see: page privacy, the one definition every channel asks.

A page is *private* when a view restriction of any kind (a password, signing
in, membership of groups) stands on it, on one of its ancestors, or on the
original of an alias (or an ancestor of that original), wherever the alias
stands: an alias shows its original's content, so it is exactly as private.

Pages are served to the readers their restrictions admit (Wagtail's password
form and sign-in ask). Everything else that shows pages (lists, search and
suggestions, the API, feeds, the sitemap, hover cards, mentions, relations,
related articles, the timeline, the map, contributor pages, the view counter)
shows only *public* pages, to every reader: what those channels render is
shared between readers through the caches, so it must be what anyone may see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextvars import ContextVar

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page, PageViewRestriction

#: The private roots, once read, in the request being served (see
#: ``PrivateRootsPerRequest``); None outside a request.
_request_roots: ContextVar[dict[str, list[str]] | None] = ContextVar(
    "private_roots", default=None
)


def view_restrictions_of(page: Page) -> QuerySet[PageViewRestriction]:
    """Return the view restrictions that apply to ``page``, in one query.

    Its own and its ancestors'; for each alias among them (the page included),
    also those of the original and the original's ancestors. Wagtail's own
    ``Page.get_view_restrictions()`` reads the original alone, so an alias of an
    article in a members-only section would be open to all: this is stricter.
    """
    steplen = page.steplen
    chain = Page.objects.filter(
        path__in=[
            page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)
        ]
    )
    original_under = Page.objects.filter(
        pk__in=chain.filter(alias_of__isnull=False).values("pk"),
        alias_of__path__startswith=OuterRef("page__path"),
    )
    return PageViewRestriction.objects.filter(
        Q(page__in=chain.filter(alias_of__isnull=True).values("pk"))
        | Exists(original_under)
    )


def is_public(page: Page) -> bool:
    """Whether anyone, signed in or not, may see ``page`` (read from its path)."""
    return not any(page.path.startswith(root) for root in private_roots())


def private_roots() -> list[str]:
    """Return the tree paths under which no page is public.

    The pages that carry a restriction, and the aliases of them and of the
    pages under them: few rows in any site, read in one query when nothing is
    restricted, and once per request served.
    """
    memo = _request_roots.get()
    if memo is None:
        return read_private_roots()
    if "roots" not in memo:
        memo["roots"] = read_private_roots()
    return memo["roots"]


def read_private_roots() -> list[str]:
    """Read the paths ``private_roots`` returns from the database."""
    restricted = set(
        PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
    )
    if not restricted:
        return []
    aliases = Page.objects.filter(alias_of__in=Page.objects.filter(_under(restricted)))
    return sorted(restricted | set(aliases.values_list("path", flat=True)))


class PrivateRootsPerRequest:
    """Read the private roots at most once for each request served.

    A page asks for them from several channels (its links, related articles,
    its series, its translations); they change only when an editor changes a
    restriction or moves a page, which no reader's request does.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request_roots.set({})
        try:
            return self.get_response(request)
        finally:
            _request_roots.reset(token)


def _under(roots, prefix: str = "") -> Q:
    condition = Q(pk__in=[])
    for path in roots:
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition


def private_pages_q(prefix: str = "") -> Q | None:
    """A condition true of private pages, or None when every page is public.

    ``prefix`` reaches the page from another model: ``"entry__"`` for a
    mention's entry, ``"page__"`` for an authorship's article.
    """
    roots = private_roots()
    return _under(roots, prefix) if roots else None


def public_pages[T: QuerySet](pages: T, prefix: str = "") -> T:
    """Return the rows of ``pages`` that anyone may see.

    ``pages`` is a queryset of pages, or of rows that reach a page through
    ``prefix`` (``Mention.objects`` with ``"page__"``).
    """
    private = private_pages_q(prefix)
    return pages.exclude(private) if private is not None else pages


def public_ids(ids: Iterable[int]) -> set[int]:
    """Return those of the page ids ``ids`` that anyone may see, in one query."""
    ids = set(ids)
    if not ids:
        return set()
    pages = Page.objects.filter(pk__in=ids)
    return set(public_pages(pages).values_list("pk", flat=True))


class OneQueryViewRestrictions:
    """Mixed into Garrison's page types, before ``Page``.

    Reads a page's restrictions as ``view_restrictions_of`` defines them, in
    one query; a page served from a process's copy
    (``core.caching.process_copies.kept_page``) carries them, read with it, so checking
    them asks nothing.
    """

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        kept = getattr(self, "_kept_view_restrictions", None)
        # Trusted only where every process is told of a change at once.
        if kept is not None and settings.CONTENT_CACHE_SECONDS > 0:
            return kept_view_restrictions(kept)
        return view_restrictions_of(self)


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
