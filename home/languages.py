"""The versions of a page in the site's languages, for hreflang and the switcher."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from wagtail.models import Page

from core.absolute_urls import absolute_url
from core.locales import active_language, language_name, translations_by_key


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool


def language_versions(
    request: HttpRequest,
    page: Page | None,
    view_of: Callable[[str, Page], str] | None = None,
) -> list[LanguageVersion]:
    """Return this page in every site language the reader can switch to.

    A Wagtail page links to its translations (and aliases, which stand in for
    them), or with ``view_of(language, translation)`` to a view of each (its
    history, its citation); any other view links to the same address under
    the other prefix.
    """
    current = active_language()
    urls = translation_urls(page, request, view_of) if page is not None else {}
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


def translation_urls(
    page: Page,
    request: HttpRequest | None = None,
    view_of: Callable[[str, Page], str] | None = None,
) -> dict[str, str]:
    """Return the URL of each live version of a page, or of ``view_of`` it, by
    language code.

    They are paths, which each request makes absolute with its own address.
    A page's render names them (``translations:<key>``, by ``CacheTaggedPage``).
    """
    versions = translations_by_key([page]).get(page.translation_key, {})
    if view_of is None:
        return {code: other.get_url(request) for code, other in versions.items()}
    return {code: view_of(code, other) for code, other in versions.items()}
