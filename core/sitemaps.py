"""``/sitemap.xml``: every live page of every language, each with its alternates."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from .absolute_urls import page_full_url
from .locales import translations_by_key
from .privacy import public_pages


class LocalisedPageSitemap(Sitemap):
    """Wagtail's page sitemap, over the site root's tree in every locale.

    Wagtail's own lists the default tree only; search engines also need the
    Czech tree and the ``hreflang`` link between each page and its translations.
    Its addresses are the request's (or ``SITE_URL``), not the Site record's.
    """

    def location(self, obj):
        return page_full_url(obj, self.request)

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return (
            public_pages(pages.live()).order_by("path").defer_streamfields().specific()
        )

    def _urls(self, page, protocol, domain):
        listed = list(self.paginator.page(page).object_list)
        translations = translations_by_key(listed)
        urls = []
        for item in listed:
            location = self.location(item)
            if location is None:
                continue
            url_info = {
                "item": item,
                "location": location,
                "lastmod": self.lastmod(item),
            }
            versions = translations[item.translation_key]
            if len(versions) > 1:
                url_info["alternates"] = [
                    {"lang_code": code, "location": self.location(other)}
                    for code, other in sorted(versions.items())
                ]
            urls.append(url_info)
        lastmods = {url_info["lastmod"] for url_info in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap(request, sitemaps={"pages": LocalisedPageSitemap})
