from django import template
from wagtail.models import Page

from home.languages import language_versions, section_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> list:
    """The page in each site language, for ``hreflang`` links and the switcher."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return language_versions(request, page if isinstance(page, Page) else None)


@register.simple_tag
def site_sections() -> dict[str, str]:
    """The addresses of the magazine and the encyclopedia in the reader's language."""
    return section_urls()
