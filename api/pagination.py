"""Numbered pages of a list, with a largest page size."""

from __future__ import annotations

import math
from typing import Any

from django.http import HttpRequest
from ninja import Field, Schema

from core.absolute_urls import absolute_url

from .errors import ApiError

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class PageQuery(Schema):
    page: int = Field(1, ge=1, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Items per page, at most {MAX_PAGE_SIZE}.",
    )


class PageInfo(Schema):
    page: int
    page_size: int
    pages: int
    count: int
    next: str | None = Field(None, description="Address of the next page.")
    previous: str | None = Field(None, description="Address of the previous page.")


def paginate(
    request: HttpRequest, items: Any, query: PageQuery, *, count: int | None = None
) -> tuple[list, PageInfo]:
    """Slice ``items`` (a queryset or list) for the asked page.

    A page past the last is an error that says how many pages there are; an
    empty list has one empty page.
    """
    total = count if count is not None else _count(items)
    pages = max(1, math.ceil(total / query.page_size))
    if query.page > pages:
        raise ApiError(
            404,
            f"Page {query.page} does not exist: there "
            + ("is 1 page." if pages == 1 else f"are {pages} pages."),
            code="page_out_of_range",
        )
    start = (query.page - 1) * query.page_size
    window = list(items[start : start + query.page_size])
    return window, PageInfo(
        page=query.page,
        page_size=query.page_size,
        pages=pages,
        count=total,
        next=_page_url(request, query.page + 1) if query.page < pages else None,
        previous=_page_url(request, query.page - 1) if query.page > 1 else None,
    )


def _count(items: Any) -> int:
    return len(items) if isinstance(items, list | tuple) else items.count()


def _page_url(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return absolute_url(request, f"{request.path}?{params.urlencode()}")
