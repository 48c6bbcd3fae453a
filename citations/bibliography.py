"""The public bibliography: the sources readers' pages cite, and who cites them.

A source is shown once a live, public page in the reader's language cites it;
a record made for a draft or a private page stays out of sight until then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.apps import apps
from django.db.models import (
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from wagtail.models import Page

from core.privacy import private_pages_q

from .identifiers import folded_words
from .models import PageCitation, Source

_YEAR = re.compile(r"^\d{3,4}$")


@dataclass(frozen=True)
class CitingPage:
    """A page that cites a source, with the part it rests on."""

    page: Page
    kind: str
    locator: str


def citation_models() -> list[tuple[type[PageCitation], str]]:
    """Each kind of page citation (articles', entries'), with the name of the
    field that leads to its page."""
    found = []
    for model in apps.get_models():
        if issubclass(model, PageCitation):
            parent = next(
                field.name
                for field in model._meta.get_fields()
                if getattr(field, "many_to_one", False) and field.name != "source"
            )
            found.append((model, parent))
    return found


def _readable(model: type[PageCitation], parent: str, language: str) -> QuerySet:
    """The citations of live, public pages in ``language``."""
    citations = model.objects.filter(
        **{f"{parent}__live": True, f"{parent}__locale__language_code": language}
    )
    private = private_pages_q(f"{parent}__")
    return citations.exclude(private) if private is not None else citations


def public_sources(language: str) -> QuerySet[Source]:
    """The sources cited by readable pages in ``language``, each with the number
    of those pages (``citing_pages``)."""
    counts = [
        Coalesce(
            Subquery(
                _readable(model, parent, language)
                .filter(source=OuterRef("pk"))
                .values("source")
                .annotate(pages=Count("pk"))
                .values("pages"),
                output_field=IntegerField(),
            ),
            Value(0),
        )
        for model, parent in citation_models()
    ]
    total = counts[0]
    for count in counts[1:]:
        total = total + count
    return Source.objects.annotate(citing_pages=total).filter(citing_pages__gt=0)


def matching(sources: QuerySet[Source], query: str) -> QuerySet[Source]:
    """The ``sources`` whose author, title or year match every word of ``query``
    (as written, or without accents: "Benes" finds "Beneš")."""
    for word in query.split()[:8]:
        folded = folded_words(word)
        condition = (
            Q(title__icontains=word)
            | Q(author__icontains=word)
            | Q(container__icontains=word)
            | Q(publisher__icontains=word)
        )
        if folded:
            condition |= Q(match_key__contains=folded)
        if _YEAR.match(word):
            condition |= Q(year=int(word))
        sources = sources.filter(condition)
    return sources


def citing_pages(source: Source, language: str) -> list[CitingPage]:
    """The readable pages in ``language`` that cite ``source``: articles, then
    entries (in the order of the apps), each by title."""
    citing = []
    for model, parent in citation_models():
        found = []
        for citation in (
            _readable(model, parent, language)
            .filter(source=source)
            .select_related(parent)
        ):
            page = getattr(citation, parent)
            kind = capfirst(page.specific_class._meta.verbose_name)
            found.append(CitingPage(page, kind, citation.locator))
        citing += sorted(found, key=lambda item: item.page.title.casefold())
    return citing


@dataclass(frozen=True)
class PageWithDeadLinks:
    page: Page
    sources: list[Source]


def pages_with_dead_links() -> list[PageWithDeadLinks]:
    """Every page (in any language, live or not) citing a source whose address
    is dead or failing, by title: what editors should mend first."""
    from .models import LinkStatus

    broken = {LinkStatus.DEAD, LinkStatus.FAILING}
    found: dict[int, PageWithDeadLinks] = {}
    for model, parent in citation_models():
        citations = (
            model.objects.filter(source__url_status__in=broken)
            .select_related(parent, "source")
            .order_by("sort_order")
        )
        for citation in citations:
            page = getattr(citation, parent)
            found.setdefault(page.pk, PageWithDeadLinks(page, [])).sources.append(
                citation.source
            )
    return sorted(found.values(), key=lambda item: item.page.title.casefold())
