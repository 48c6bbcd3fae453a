"""Cite this page, download its sources, and read the bibliography."""

from __future__ import annotations

from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.locales import active_language
from history.revisions import published_revision, revisions_page
from history.views import in_page_language, view_languages

from .bibliography import citing_pages, matching, public_sources
from .csl import source_reference
from .exports import to_bibtex, to_csl_json, to_ris
from .formatting import STYLES, format_reference
from .models import SourceKind
from .pages import byline, page_reference

#: What each download is: how it is written, its media type, its extension.
DOWNLOADS = {
    "bibtex": (to_bibtex, "application/x-bibtex", "bib"),
    "ris": (to_ris, "application/x-research-info-systems", "ris"),
    "csl-json": (to_csl_json, "application/vnd.citationstyles.csl+json", "json"),
}


def cited_version(
    request: HttpRequest, page: Page
) -> tuple[int | None, datetime | None]:
    """The revision a citation points at: ``?revision=N``, else the current one."""
    wanted = request.GET.get("revision", "")
    if wanted:
        if not wanted.isdigit():
            raise Http404(_("A revision is given by its number."))
        return int(wanted), published_revision(page, int(wanted))[1]
    live = revisions_page(page).live_revision_id
    try:
        return live, published_revision(page, live)[1] if live else None
    except Http404:  # published before the site kept a log of it
        return None, page.last_published_at


def cited_reference(request: HttpRequest, page: Page) -> tuple[dict, int | None]:
    """The page as a reference to the version being cited, accessed today, and
    that version's revision (None for a page published before the log)."""
    revision_id, published = cited_version(request, page)
    if revision_id:
        path = reverse(
            "history:revision", kwargs={"page_id": page.pk, "revision_id": revision_id}
        )
    else:
        path = page.url
    item = page_reference(
        page,
        url=request.build_absolute_uri(path),
        published=published,
        language=page.locale.language_code,
        authors=byline(page),
        accessed=timezone.localdate(),
        revision_id=revision_id,
    )
    return item, revision_id


@in_page_language
def cite_page(request: HttpRequest, page: Page) -> HttpResponse:
    """The page's citation in Chicago, APA and ČSN ISO 690, with its permalink."""
    item, revision_id = cited_reference(request, page)
    query = f"?revision={revision_id}" if revision_id else ""
    return TemplateResponse(
        request,
        "citations/cite_page.html",
        {
            "page": page,
            "item": item,
            "references": [
                (style, mark_safe(format_reference(item, style))) for style in STYLES
            ],
            "languages": view_languages(request, page, "citations:cite"),
            "downloads": [
                (name, reverse("citations:download", args=(page.pk, name)) + query)
                for name in DOWNLOADS
            ],
        },
    )


@in_page_language
def download(request: HttpRequest, page: Page, file_format: str) -> HttpResponse:
    """The page's reference as a BibTeX, RIS or CSL-JSON file."""
    item, _revision = cited_reference(request, page)
    return _reference_file(file_format, [item], item["id"])


def _reference_file(file_format: str, items: list[dict], name: str) -> HttpResponse:
    if file_format not in DOWNLOADS:
        raise Http404(_("References download as bibtex, ris or csl-json."))
    write, media_type, extension = DOWNLOADS[file_format]
    response = HttpResponse(write(items), content_type=f"{media_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


@in_page_language
def page_sources(request: HttpRequest, page: Page, file_format: str) -> HttpResponse:
    """The sources the page cites, in its order, as a BibTeX, RIS or CSL-JSON file."""
    citations = page.specific.citations.select_related("source")
    items = [source_reference(c.source, locator=c.locator) for c in citations]
    return _reference_file(file_format, items, f"garrison-{page.pk}-sources")


def bibliography(request: HttpRequest) -> HttpResponse:
    """Every source the site's pages cite, searchable by author, title and year."""
    query = " ".join(request.GET.get("q", "").split())[:200]
    kind = request.GET.get("kind", "")
    if kind not in SourceKind.values:
        kind = ""
    sources = public_sources(active_language())
    if kind:
        sources = sources.filter(kind=kind)
    if query:
        sources = matching(sources, query)
    # As a bibliography is read: by author, and by title where there is none.
    sources = sources.order_by(
        Lower(Coalesce(NullIf("author", Value("")), "title")), "title", "pk"
    )
    return TemplateResponse(
        request,
        "citations/bibliography.html",
        {
            "sources": Paginator(sources, 50).get_page(request.GET.get("page")),
            "query": query,
            "kind": kind,
            "kinds": SourceKind.choices,
        },
    )


def _readable_source(source_id: int):
    found = public_sources(active_language()).filter(pk=source_id).first()
    if found is None:
        raise Http404(_("No page in this language cites this source."))
    return found


def source_detail(request: HttpRequest, source_id: int) -> HttpResponse:
    """One source: the full reference, and every page that cites it."""
    source = _readable_source(source_id)
    return TemplateResponse(
        request,
        "citations/source.html",
        {
            "source": source,
            "citing": citing_pages(source, active_language()),
            "downloads": [
                (name, reverse("citations:source-download", args=(source.pk, name)))
                for name in DOWNLOADS
            ],
        },
    )


def source_download(
    request: HttpRequest, source_id: int, file_format: str
) -> HttpResponse:
    """One source as a BibTeX, RIS or CSL-JSON file."""
    source = _readable_source(source_id)
    return _reference_file(
        file_format, [source_reference(source)], f"source-{source.pk}"
    )
