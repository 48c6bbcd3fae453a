"""``/encyclopedia/``: entries by kind and by first letter, with counts."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest

from assessment.grades import Grade
from core.caching.tags import depends_on, listing_tag
from core.locales import ORIGINAL_LANGUAGE
from core.privacy import public_pages
from discussion.threads import post_count_annotation

from .linking import fold
from .models import ENTRY_TYPES, EntryPage

PAGE_SIZE = 60


@dataclass(frozen=True)
class KindCount:
    slug: str
    label: str
    count: int
    selected: bool


def kind_slug(model) -> str:
    """The word for a kind of entry in addresses and filters: "person", "place"."""
    return model._meta.model_name.removesuffix("page")


#: Each kind of entry by its slug, in the order of ENTRY_TYPES.
ENTRY_KINDS = {kind_slug(model): model for model in ENTRY_TYPES}


def first_letter(title: str) -> str:
    """Return the index letter of a title: folded, A-Z, '#' for anything else."""
    letter = fold(title.strip()[:1]).upper()
    return letter if "A" <= letter <= "Z" else "#"


def browse_context(index_page, request: HttpRequest) -> dict:
    """Return the kinds, letters and entries for the index, filtered by the query."""
    types = ENTRY_KINDS
    kind = request.GET.get("type", "")
    letter = request.GET.get("letter", "").upper()[:1]
    entries = public_pages(EntryPage.objects.live()).child_of(index_page)
    depends_on(listing_tag("entries", index_page.locale_id))
    grade = request.GET.get("grade", "")
    if grade in Grade.values:
        entries = entries.filter(grade=grade)
    else:
        grade = ""

    by_type = dict(
        entries.values_list("content_type").annotate(n=Count("pk")).order_by()
    )
    content_types = ContentType.objects.get_for_models(*ENTRY_TYPES)
    kinds = [
        KindCount(
            slug,
            str(model._meta.verbose_name_plural).capitalize(),
            by_type.get(content_types[model].pk, 0),
            slug == kind,
        )
        for slug, model in types.items()
    ]
    if kind in types:
        entries = entries.filter(content_type=content_types[types[kind]])
    titles = list(entries.order_by("title").values_list("pk", "title"))
    letters: dict[str, int] = {}
    for _pk, title in titles:
        key = first_letter(title)
        letters[key] = letters.get(key, 0) + 1
    if letter:
        wanted = [pk for pk, title in titles if first_letter(title) == letter]
        entries = entries.filter(pk__in=wanted)
    entries = entries.annotate(
        post_count=post_count_annotation(), content_language=ORIGINAL_LANGUAGE
    )
    page = Paginator(entries.order_by("title"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return {
        "kinds": kinds,
        "kind": kind if kind in types else "",
        "letters": sorted(letters.items()),
        "letter": letter,
        "grade": grade,
        "entries_page": page,
        "listed": [
            (entry, (entry.specific_class or EntryPage)._meta.verbose_name)
            for entry in page
        ],
        "total": sum(by_type.values()),
    }
