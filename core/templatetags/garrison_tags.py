import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.absolute_urls import absolute_url as make_absolute
from core.absolute_urls import page_full_url
from core.editors import edits_site as user_edits_site
from core.embeds import embed_html
from core.html import sanitise_ad_html
from core.locales import active_language, content_language

register = template.Library()


@register.filter
def edits_site(request) -> bool:
    """Whether the request's signed-in user may use the admin (``core/editors.py``)."""
    return user_edits_site(request)


# The characters that could close the <script> element or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def video_embed(url: str, title: str) -> SafeString:
    """Render the video site's player, or a plain link when there is no embed."""
    html = embed_html(url)
    if html:
        return format_html('<div class="video__player">{}</div>', mark_safe(html))
    return format_html(
        '<p class="video__link"><a href="{}">{}</a></p>',
        url,
        _("Watch “%(title)s”") % {"title": title},
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, target: Page | str) -> str:
    """Return a page's or a path's absolute URL at the reader's address.

    Never Wagtail's ``page.full_url``, which names the host stored in the
    Site record (core/absolute_urls.py).
    """
    request = context["request"]
    if isinstance(target, Page):
        return page_full_url(target, request) or ""
    return make_absolute(request, target)


@register.filter
def ld_json(data: dict) -> SafeString:
    """Render ``data`` as a JSON-LD script element, safe inside HTML."""
    payload = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.filter
def ad_html(html: str) -> SafeString:
    """Sanitise an advertiser's HTML at the last moment before it is shown."""
    return mark_safe(sanitise_ad_html(html))


@register.simple_tag
def text_language(page) -> str:
    """``lang`` of a page's own text where it differs from the page's locale."""
    # Listings annotate it (see live_articles); a single page asks the database.
    annotated = getattr(page, "content_language", None)
    if annotated is not None:
        return annotated
    return content_language(page) if isinstance(page, Page) else ""


#: Opening and closing quotation marks by language: Czech writes „…“.
QUOTES = {"cs": ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}")}
ENGLISH_QUOTES = ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}")


@register.filter
def quoted(text: str) -> str:
    """Put ``text`` in the quotation marks of the reader's language."""
    opening, closing = QUOTES.get(active_language(), ENGLISH_QUOTES)
    return f"{opening}{text}{closing}"


@register.filter
def machine_time(value) -> str:
    """A moment as HTML's ``datetime`` attribute wants it: no fractions of a second."""
    if not value:
        return ""
    return value.replace(microsecond=0).isoformat()
