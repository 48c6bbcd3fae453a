"""Give the demo its Czech side: the tree in Czech, then real translations.

wagtail-localize's tree synchronisation makes every English page exist under the
Czech home as an alias (the English content, kept in step on every publish).
The pages in :mod:`home.demo.czech` are then converted into translations of
their own, as an editor would do in the admin, and published.
"""

from __future__ import annotations

from collections.abc import Callable

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from articles.models import ArticlePage
from articles.tasks import relink_articles
from encyclopedia.models import EntryAlias, EntryPage
from home.models import HomePage

from . import czech

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
    for title, fields in czech.ENTRIES.items():
        entry = EntryPage.objects.filter(locale=english, title=title).first()
        if entry is None:
            continue
        aliases = fields.get("aliases", [])
        fields = {key: value for key, value in fields.items() if key != "aliases"}
        if "body" in fields:
            fields["body"] = [("paragraph", fields["body"])]
        translated = _translate(entry.specific, locale, fields, aliases=aliases)
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
            "body": body_of(spec["body"], spec["figure"]),
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
    tags: list[str] = (),
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
    if aliases:
        page.other_names.add(*[EntryAlias(name=name) for name in aliases])
    if tags:
        page.tags.set(tags, clear=True)
    page.save_revision().publish()
    return True
