"""``/api/v1/entries``: the encyclopedia."""

from typing import Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router

from core.privacy import public_pages
from encyclopedia.browsing import ENTRY_KINDS
from encyclopedia.models import EntryPage
from encyclopedia.timeline import dated_entries, years_range

from .errors import ApiError
from .pagination import PageQuery, paginate
from .params import ERRORS, MAX_ID, LanguageFilter, Year
from .presenting import entry_detail, entry_summaries, listed_entries
from .schemas import EntryDetail, EntryList, EntryType, GradeName

router = Router(tags=["Encyclopedia"])


class EntryFilters(LanguageFilter):
    type: EntryType | None = Field(None, description="Only entries of this kind.")
    start: Year | None = Field(None, description="Period reaches this year or later.")
    end: Year | None = Field(None, description="Period begins by this year.")
    order: Literal["title", "date"] = Field("title", description="Sort order.")
    grade: GradeName | None = Field(None, description="Only entries of this grade.")


@router.get("", response={200: EntryList, **ERRORS}, url_name="entries")
def list_entries(
    request: HttpRequest, filters: Query[EntryFilters], paging: Query[PageQuery]
):
    """Published entries, by title or by date."""
    if filters.start and filters.end and filters.end < filters.start:
        raise ApiError(400, "The end year comes before the start year.")
    entries = public_pages(EntryPage.objects.live())
    if filters.lang:
        entries = entries.filter(locale__language_code=filters.lang)
    if filters.type:
        entries = entries.type(ENTRY_KINDS[filters.type])
    if filters.grade:
        entries = entries.filter(grade=filters.grade)
    if filters.start or filters.end:
        entries = dated_entries(entries, years_range(filters.start, filters.end))
    ordering = ("title", "pk") if filters.order == "title" else ("period_start", "pk")
    items, page = paginate(request, listed_entries(entries.order_by(*ordering)), paging)
    return {"items": entry_summaries(items, request), "page": page}


@router.get("/{entry_id}", response={200: EntryDetail, **ERRORS}, url_name="entry")
def get_entry(request: HttpRequest, entry_id: int = Path(..., ge=1, le=MAX_ID)):
    """One entry: its typed fields, dated relations both ways, sources, mentions."""
    entry = (
        listed_entries(public_pages(EntryPage.objects.live()))
        .filter(pk=entry_id)
        .first()
    )
    if entry is None:
        raise ApiError(404, f"No published entry has the id {entry_id}.")
    return entry_detail(entry, request)
