"""What every public page's chrome needs per language: section links and versions."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.urls import translate_url
from wagtail.models import Page

from articles.models import ArticleIndexPage
from core.absolute_urls import absolute_url
from core.caching.process_copies import ProcessCopies
from core.locales import active_language, language_name, translations_by_key
from encyclopedia.models import EncyclopediaPage

SECTIONS = {"magazine": ArticleIndexPage, "encyclopedia": EncyclopediaPage}

# They change only when a section is published, moved or deleted, which
# flushes the site (core/caching/invalidation.py).
_section_urls: ProcessCopies[str, dict[str, str]] = ProcessCopies(16)


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool


def section_urls(language: str | None = None) -> dict[str, str]:
    """Return the addresses of the magazine and the encyclopedia in a language.

    Every page's header needs them; each process keeps them until anything is
    published or moved.
    """
    language = language or active_language()

    def find() -> dict[str, str]:
        types = ContentType.objects.get_for_models(*SECTIONS.values())
        sections = (
            Page.objects.live()
            .filter(
                locale__language_code=language,
                content_type__in=[types[model] for model in SECTIONS.values()],
            )
            .order_by("-path")
        )
        # Read from the end of the tree, so the first index of each kind wins.
        by_type = {page.content_type_id: page for page in sections}
        urls = {}
        for name, model in SECTIONS.items():
            index = by_type.get(types[model].pk)
            urls[name] = index.url if index is not None else f"/{name}/"
        return urls

    return _section_urls.get(language, find)


def language_versions(request: HttpRequest, page: Page | None) -> list[LanguageVersion]:
    """Return this page in every site language the reader can switch to.

    A Wagtail page links to its translations (and aliases, which stand in for
    them); any other view links to the same address under the other prefix.
    """
    current = active_language()
    urls = translation_urls(page, request) if page is not None else {}
    versions = []
    for code, _label in settings.LANGUAGES:
        if page is not None:
            url = urls.get(code)
            if url is None:
                continue
        else:
            url = translate_url(request.path, code)
            if request.GET:
                url += "?" + request.GET.urlencode()
        versions.append(
            LanguageVersion(
                code, language_name(code), absolute_url(request, url), code == current
            )
        )
    return versions


def translation_urls(page: Page, request: HttpRequest | None = None) -> dict[str, str]:
    """Return the URL of each live version of a page, by language code.

    They are paths, which each request makes absolute with its own address.
    A page's render names them (``translations:<key>``, by ``CacheTaggedPage``).
    """
    versions = translations_by_key([page]).get(page.translation_key, {})
    return {code: other.get_url(request) for code, other in versions.items()}
