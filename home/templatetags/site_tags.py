from django import template
from wagtail.models import Page

from core.caching.fragments import kept_fragment
from core.sections import footer_pages, section_urls
from home.languages import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> list:
    """The page in each site language, for ``hreflang`` links and the switcher."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    # The head's hreflang links and the header's switcher ask once between them.
    known = getattr(request, "_page_languages", None)
    if known is None or known[0] != getattr(page, "pk", None):
        if page is None:  # another view: the same address under each prefix
            versions = language_versions(request, None)
        else:
            versions = kept_fragment(
                "languages",
                request,
                page,
                lambda: language_versions(request, page),
                template=context.template,
            )
        known = (getattr(page, "pk", None), versions)
        request._page_languages = known
    return known[1]


@register.simple_tag
def site_sections() -> dict[str, str]:
    """The addresses of the magazine and the encyclopedia in the reader's language."""
    return section_urls()


@register.simple_tag
def footer_links() -> list[tuple[str, str]]:
    """The site's own pages linked from the footer, in the reader's language."""
    return footer_pages()
