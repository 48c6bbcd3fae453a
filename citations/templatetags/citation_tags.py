"""The page's citation in its head (Highwire Press tags) and body (COinS), and
the citation coverage a reviewer sees."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from wagtail.models import Page

from core.absolute_urls import page_full_url

from ..pages import coins, highwire_tags, page_reference

register = template.Library()


def _reference(context, page: Page, authors) -> dict:
    """The page as the reader reads it: served under its language's prefix,
    by the byline the page's context has read (``authors``: contributors)."""
    return page_reference(
        page,
        url=page_full_url(page, context["request"]) or "",
        published=page.first_published_at,
        language=get_language(),
        authors=[author.name for author in authors or ()],
    )


@register.simple_tag(takes_context=True)
def citation_meta(context, page: Page, authors=None) -> str:
    """``citation_*`` meta tags: what Zotero and Google Scholar read from a head."""
    return format_html_join(
        "\n  ",
        '<meta name="{}" content="{}">',
        highwire_tags(_reference(context, page, authors)),
    )


@register.simple_tag(takes_context=True)
def coins_span(context, page: Page, authors=None) -> str:
    """An empty COinS span, for reference managers that read those instead."""
    return format_html(
        '<span class="Z3988" title="{}"></span>',
        coins(_reference(context, page, authors)),
    )


@register.simple_tag
def review_coverage(task_state) -> dict | None:
    """The citation coverage of the version a review step is about, for the
    reviewer's dialog; None for what has no rich-text body or sources."""
    from ..coverage import coverage_report

    revision = getattr(task_state, "revision", None)
    page = revision.as_object() if revision else None
    if page is None or not hasattr(page, "citations") or not hasattr(page, "body"):
        return None
    return coverage_report(page)
