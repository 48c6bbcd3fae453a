"""``/sitemap.xml``: every live page of every language, each with its alternates."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from .locales import translations_by_key
from .privacy import public_pages


class LocalisedPageSitemap(Sitemap):
    """Wagtail's page sitemap, over the site root's tree in every locale.

    Wagtail's own lists the default tree only; search engines also need the
    Czech tree and the ``hreflang`` link between each page and its translations.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return (
            public_pages(pages.live()).order_by("path").defer_streamfields().specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        listed = list(self.paginator.page(page).object_list)
        translations = translations_by_key(listed)
        by_location = {item.get_full_url(self.request): item for item in listed}
        for url_info in urls:
            item = by_location.get(url_info["location"])
            if item is None:
                continue
            versions = translations[item.translation_key]
            if len(versions) > 1:
                url_info["alternates"] = [
                    {"lang_code": code, "location": other.get_full_url(self.request)}
                    for code, other in sorted(versions.items())
                ]
        return urls


def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap(request, sitemaps={"pages": LocalisedPageSitemap})
