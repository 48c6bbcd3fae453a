"""Give the demo its Czech side: the tree in Czech, then real translations.

wagtail-localize's tree synchronisation makes every English page exist under the
Czech home as an alias (the English content, kept in step on every publish).
The pages in :mod:`home.demo.czech` are then converted into translations of
their own, as an editor would do in the admin, and published.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from articles.models import ArticlePage, Series
from articles.tasks import relink_articles
from encyclopedia.models import EntryAlias, EntryNamesake, EntryPage
from home.models import HomePage

from . import czech, site_pages
from .encyclopedia import CZECH as CZECH_ENTRIES
from .encyclopedia.namesakes import CZECH_NAMESAKES
from .footnotes import mark_claims

CZECH = "cs"


def load_czech(home: HomePage, body_of: Callable[[list, dict], list]) -> list[str]:
    """Create the Czech tree and translate the demo's Czech pages; return what was made.

    ``body_of`` turns an article's block list (with figure placeholders) into
    stream data, as for the English articles.
    """
    english = home.locale
    locale, _ = Locale.objects.get_or_create(language_code=CZECH)
    synchronize_tree(english, locale)
    created = []
    if _translate(home, locale, czech.HOME):
        created.append("Czech home page")
    for slug, fields in czech.SECTIONS.items():
        section = Page.objects.child_of(home).filter(slug=slug).specific().first()
        if section is not None and _translate(section, locale, fields):
            created.append(f"Czech section “{fields['title']}”")
    for slug, fields in site_pages.CZECH.items():
        page = Page.objects.child_of(home).filter(slug=slug).specific().first()
        if page is not None and _translate(page, locale, fields):
            created.append(f"Czech page “{fields['title']}”")
    for slug, fields in czech.SERIES.items():
        series = Series.objects.filter(slug=slug, locale=english).first()
        if series is not None and not series.has_translation(locale):
            translated = series.copy_for_translation(locale)
            translated.title = fields["title"]
            translated.description = fields["description"]
            translated.save()
            created.append(f"Czech series “{fields['title']}”")
    for title, fields in (czech.ENTRIES | CZECH_ENTRIES).items():
        entry = EntryPage.objects.filter(locale=english, title=title).first()
        if entry is None:
            continue
        aliases = fields.get("aliases", [])
        dropped = fields.get("drop_aliases", [])
        fields = {
            key: value
            for key, value in fields.items()
            if key not in ("aliases", "drop_aliases")
        }
        if "body" in fields:
            fields["body"] = [("paragraph", fields["body"])]
        if entry.image_id:
            fields |= czech_picture_text(entry.specific, fields["title"])
        translated = _translate(
            entry.specific,
            locale,
            fields,
            aliases=aliases,
            dropped_aliases=dropped,
            adapt=lambda page, title=title: czech_entry_lists(page, title),
        )
        if translated:
            created.append(f"Czech entry “{fields['title']}”")
    for slug, spec in czech.ARTICLES.items():
        article = ArticlePage.objects.filter(locale=english, slug=slug).first()
        if article is None:
            continue
        fields = {
            "title": spec["title"],
            "slug": spec["slug"],
            "standfirst": spec["standfirst"],
            "lead_image_alt": spec["image_alt"],
            "body": mark_claims(
                body_of(spec["body"], spec["figure"]),
                spec.get("footnotes", []),
                [citation.source for citation in article.citations.all()],
            ),
        }
        if _translate(article, locale, fields, tags=spec["tags"]):
            created.append(f"Czech article “{spec['title']}”")
    # Aliases are created without a publish, so nothing has linked them yet.
    relink_articles.enqueue(
        list(
            ArticlePage.objects.live()
            .filter(locale=locale)
            .values_list("pk", flat=True)
        )
    )
    return created


def _translate(
    original: Page,
    locale: Locale,
    fields: dict,
    *,
    aliases: list[str] = (),
    dropped_aliases: list[str] = (),
    tags: list[str] = (),
    adapt: Callable[[Page], None] | None = None,
) -> bool:
    """Turn the alias of ``original`` in ``locale`` into a published translation.

    Returns False when the page is already translated (the demo is re-run).
    """
    page = original.get_translation_or_none(locale)
    if page is None:
        page = original.copy_for_translation(locale, copy_parents=True, alias=True)
    page = page.specific
    if not page.alias_of_id:
        return False
    ConvertAliasPageAction(page).execute(skip_permission_checks=True)
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    if dropped_aliases:
        # The copy keeps the English page's other names; a few do not suit
        # Czech text, as a Czech editor would find.
        page.other_names.remove(
            *[
                alias
                for alias in page.other_names.all()
                if alias.name in dropped_aliases
            ]
        )
    if aliases:
        page.other_names.add(*czech_aliases(page.title, aliases))
    if tags:
        page.tags.set(tags, clear=True)
    if adapt is not None:
        adapt(page)
    page.save_revision().publish()
    return True


def czech_aliases(
    title: str, aliases: list[str | tuple[str, bool]]
) -> list[EntryAlias]:
    """Tell the declined forms among a Czech entry's aliases from its other names.

    A form has the words of the title or of an other name before it, each with
    at most its last two letters changed ("Lipecku" of "Lipeck", "Leningradu"
    of "Leningrad"); anything else is a name of its own ("Lipetsk"). Forms are
    for the linker; readers are shown the names. ``("Chato", True)`` is a name
    that is also an ordinary word, as in the English data.
    """
    names = [title]
    found = []
    for alias in aliases:
        alias, common = (alias, False) if isinstance(alias, str) else alias
        is_form = any(_declines(name, alias) for name in names)
        if not is_form:
            names.append(alias)
        found.append(
            EntryAlias(name=alias, is_inflected_form=is_form, is_common_word=common)
        )
    return found


def _declines(name: str, alias: str) -> bool:
    words, forms = name.casefold().split(), alias.casefold().split()
    return len(words) == len(forms) and all(
        form.startswith(word[: max(len(word) - 2, 3)])
        for word, form in zip(words, forms, strict=True)
    )


def czech_picture_text(entry: EntryPage, title: str) -> dict[str, str]:
    """The Czech description and caption of a demo entry's drawing, by its kind."""
    from encyclopedia.models import EquipmentPage, EventPage, PlacePage

    if isinstance(entry, PlacePage | EventPage):
        alt = f"Orientační mapa s vyznačeným místem: {title}, a okolními městy."
        caption = f"Orientační mapa: {title}"
    elif isinstance(entry, EquipmentPage):
        alt = f"Schematická kresba: {title} z boku."
        caption = f"{title}, schematická kresba"
    else:
        alt = f"Znak s iniciálami a názvem: {title}."
        caption = "Znak nakreslený pro Garrison, nikoli oficiální odznak"
    return {"image_alt": alt, "image_caption": caption}


#: The demo's specification labels, and the words of their values, in Czech.
SPECIFICATION_NAMES = {
    "Armour": "Pancéřování",
    "Bomb load": "Pumové zatížení",
    "Calibre": "Ráže",
    "Crew": "Posádka",
    "Engine": "Motor",
    "Engine power": "Výkon motoru",
    "Engines": "Motory",
    "Main armament": "Hlavní výzbroj",
    "Maximum speed": "Nejvyšší rychlost",
    "Top speed": "Nejvyšší rychlost",
    "Weight": "Hmotnost",
    "Wingspan": "Rozpětí",
}
SPECIFICATION_WORDS = [
    ("two to four", "dva až čtyři"),
    ("about ", "asi "),
    ("up to ", "až "),
    ("machine guns", "kulomety"),
    ("machine gun", "kulomet"),
    ("cannon", "kanóny"),
    (" gun", " kanón"),
    ("licence-built", "licenční"),
    ("radials", "hvězdicové motory"),
    ("radial", "hvězdicový motor"),
    ("later", "později"),
    (" and ", " a "),
    (" or ", " nebo "),
    ("two ", "dva "),
    ("three ", "tři "),
    ("four ", "čtyři "),
]


def czech_specifications(page: Page) -> None:
    """Write a translated demo entry's specifications in Czech: labels, words,
    decimal commas ("asi 270 km/h", "2 × 7,92 mm kulomety")."""
    if not hasattr(page, "specifications"):
        return
    specifications = list(page.specifications.all())
    for specification in specifications:
        name, _, detail = specification.name.partition(" (")
        specification.name = SPECIFICATION_NAMES.get(name, name) + (
            f" ({detail}" if detail else ""
        )
        for attribute in ("value", "unit"):
            text = getattr(specification, attribute)
            for word, translation in SPECIFICATION_WORDS:
                text = text.replace(word, translation)
            setattr(specification, attribute, re.sub(r"(\d)\.(\d)", r"\1,\2", text))
    # Set as the page's list, so that its revision saves them.
    page.specifications = specifications


def czech_entry_lists(page: Page, english_title: str) -> None:
    """Write a translated demo entry's lists in Czech: its specifications and
    its namesakes (the copy holds the English ones)."""
    czech_specifications(page)
    page.namesakes = [
        EntryNamesake(name=name, description=description)
        for name, description in CZECH_NAMESAKES.get(english_title, [])
    ]
