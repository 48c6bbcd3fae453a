"""The site's languages as Wagtail locales, and pages read across them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import F, QuerySet
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .caching.tags import depends_on, translations_tag
from .privacy import public_pages


def ensure_locales() -> list[str]:
    """Create a locale for every content language; the others follow the default.

    Returns the language codes created. Wagtail's migration makes only the
    default locale, and a flushed database (transactional tests) has none.
    """
    from wagtail_localize.models import LocaleSynchronization

    created = []
    default_code = settings.LANGUAGE_CODE
    default, made = Locale.objects.get_or_create(language_code=default_code)
    if made:
        created.append(default_code)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == default_code:
            continue
        locale, made = Locale.objects.get_or_create(language_code=code)
        if made:
            created.append(code)
        # Until a page is translated, its copy in this locale is an alias of
        # the original, so every page exists in every language.
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default}
        )
    return created


#: Languages named in the reader's language, for filters ("Angličtina" in Czech);
#: the switcher names each in its own (settings.LANGUAGES).
LANGUAGE_LABELS = {"en": _("English"), "cs": _("Czech")}


def language_name(code: str) -> str:
    """Return a language's own name for itself ("Čeština"), for switchers."""
    return dict(settings.LANGUAGES).get(code, code)


def translations_by_key(pages: Iterable[Page]) -> dict:
    """Map each page's translation key to its public translations, by language code.

    A translation that is private is left out, so no public page links to it.
    """
    keys = {page.translation_key for page in pages}
    found: dict = defaultdict(dict)
    for page in (
        public_pages(Page.objects.live())
        .filter(translation_key__in=keys)
        .select_related("locale")
        .defer_streamfields()
    ):
        found[page.translation_key][page.locale.language_code] = page
    return found


#: An annotation of a page queryset: the language of an alias's original, the
#: language its text is in (None for a page with text of its own).
ORIGINAL_LANGUAGE = F("alias_of__locale__language_code")


def localize_pages[P: Page](pages: Iterable[P], locale_id: int) -> dict[int, P]:
    """Map each page's id to its public version in the locale (itself if none).

    One query for the lot, where ``page.localized`` would make one per page.
    The versions found carry ``content_language`` (see :func:`content_language`),
    so a list marks the text of an untranslated copy with its language.
    """
    pages = list(pages)
    others = {page.translation_key for page in pages if page.locale_id != locale_id}
    # What is shown changes when a version in the locale is published.
    depends_on(*(translations_tag(key) for key in others))
    found = {}
    if others:
        for page in (
            public_pages(Page.objects.live())
            .filter(translation_key__in=others, locale_id=locale_id)
            .annotate(content_language=ORIGINAL_LANGUAGE)
            .specific()
        ):
            found[page.translation_key] = page
    # Those already in the locale: only a copy of another language's page has
    # text in another language; one query tells which, for all of them.
    copies = [
        page
        for page in pages
        if page.locale_id == locale_id and not hasattr(page, "content_language")
    ]
    languages = {}
    if any(page.alias_of_id for page in copies):
        languages = dict(
            Page.objects.filter(
                pk__in=[page.pk for page in copies if page.alias_of_id]
            ).values_list("pk", "alias_of__locale__language_code")
        )
    for page in copies:
        page.content_language = languages.get(page.pk) or ""
    # Those with no version here are shown in their own language.
    unmatched = [page for page in pages if page.translation_key in others - set(found)]
    if unmatched:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        for page in unmatched:
            page.content_language = codes[page.locale_id]
    return {page.pk: found.get(page.translation_key, page) for page in pages}


def content_language(page: Page) -> str:
    """Return the language a page's text is written in, when not its locale's.

    An alias in the Czech tree shows the English original until it is
    translated; its text is marked ``lang="en"`` so that screen readers and
    search engines read it as English. Empty for every other page.
    """
    if not page.alias_of_id:
        return ""
    return (
        Page.objects.filter(pk=page.alias_of_id)
        .values_list("locale__language_code", flat=True)
        .first()
        or ""
    )


def active_language() -> str:
    """Return the content language of this request, e.g. "cs" under /cs/."""
    try:
        return get_supported_content_language_variant(
            translation.get_language() or settings.LANGUAGE_CODE
        )
    except LookupError:
        return settings.LANGUAGE_CODE


def in_active_language[Q: QuerySet](pages: Q) -> Q:
    """Narrow a page queryset to the reader's language, with a join, not a query."""
    return pages.filter(locale__language_code=active_language())
