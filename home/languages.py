"""What every public page's chrome needs per language: section links and versions."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import HttpRequest
from django.urls import translate_url
from wagtail.models import Page

from articles.models import ArticleIndexPage
from core.locales import active_language, language_name, translations_by_key
from encyclopedia.models import EncyclopediaPage

SECTIONS = {"magazine": ArticleIndexPage, "encyclopedia": EncyclopediaPage}
SECTION_URLS_TTL = 300
TRANSLATION_URLS_TTL = 600


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool


def section_urls(language: str | None = None) -> dict[str, str]:
    """Return the addresses of the magazine and the encyclopedia in a language.

    Cached for a few minutes: they change when an index is moved or renamed,
    which is rare, and every page's header needs them.
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

    return cache.get_or_set(f"garrison:sections:{language}", find, SECTION_URLS_TTL)


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
            url = request.build_absolute_uri(translate_url(request.path, code))
            if request.GET:
                url += "?" + request.GET.urlencode()
        versions.append(
            LanguageVersion(code, language_name(code), url, code == current)
        )
    return versions


def translation_urls(page: Page, request: HttpRequest | None = None) -> dict[str, str]:
    """Return the full URL of each live version of a page, by language code.

    Cached per translation key; publishing, unpublishing, moving or deleting
    any version forgets it (see :func:`forget_translation_urls`).
    """

    def find() -> dict[str, str]:
        versions = translations_by_key([page]).get(page.translation_key, {})
        return {code: other.get_full_url(request) for code, other in versions.items()}

    return cache.get_or_set(
        _translations_key(page.translation_key), find, TRANSLATION_URLS_TTL
    )


def forget_translation_urls(sender, instance, **kwargs) -> None:
    """Signal receiver: a version of this page changed, so its links may have."""
    cache.delete(_translations_key(instance.translation_key))


def _translations_key(translation_key) -> str:
    return f"garrison:translations:{translation_key}"
