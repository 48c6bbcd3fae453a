"""The site's sections (the magazine, the encyclopedia): where each one is.

The one way to find a section's address, for the header, the feeds and any
other link to a section's front.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from .caching.process_copies import ProcessCopies
from .locales import active_language
from .privacy import public_pages

#: Each section by its name, and the page type of its front.
SECTIONS = {
    "magazine": "articles.ArticleIndexPage",
    "encyclopedia": "encyclopedia.EncyclopediaPage",
}

# They change only when a section is published, moved or deleted, which
# flushes the site (core/caching/invalidation.py).
_section_urls: ProcessCopies[str, dict[str, str]] = ProcessCopies(16)


def section_urls(language: str | None = None) -> dict[str, str]:
    """Return the addresses of the sections in a language ("en", "cs").

    A section's first public front in the tree; ``/<name>/`` where there is
    none. Every page's header needs them: each process keeps them.
    """
    language = language or active_language()

    def find() -> dict[str, str]:
        models = {name: apps.get_model(label) for name, label in SECTIONS.items()}
        types = ContentType.objects.get_for_models(*models.values())
        fronts = public_pages(
            Page.objects.live().filter(
                locale__language_code=language,
                content_type__in=[types[model] for model in models.values()],
            )
        ).order_by("-path")
        # Read from the end of the tree, so the first front of each kind wins.
        by_type = {page.content_type_id: page for page in fronts}
        urls = {}
        for name, model in models.items():
            front = by_type.get(types[model].pk)
            urls[name] = front.url if front is not None else f"/{name}/"
        return urls

    return _section_urls.get(language, find)


# Pages at the top of the tree, flushed with the sections (SECTION_DEPTH).
_footer_pages: ProcessCopies[str, list[tuple[str, str]]] = ProcessCopies(16)


def footer_pages(language: str | None = None) -> list[tuple[str, str]]:
    """Return (title, address) of the site's own pages editors show in menus.

    The home page's public children of type ``home.StandardPage`` with
    Wagtail's "Show in menus" ticked, in the tree's order: About, the privacy
    notice, the licence.
    """
    language = language or active_language()

    def find() -> list[tuple[str, str]]:
        model = apps.get_model("home.StandardPage")
        pages = public_pages(
            model.objects.live()
            .filter(locale__language_code=language, show_in_menus=True)
            .order_by("path")
        )
        return [(page.title, page.url) for page in pages]

    return _footer_pages.get(language, find)
