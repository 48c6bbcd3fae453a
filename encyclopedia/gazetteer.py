"""Feed the linker from the database and keep one built gazetteer per process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from wagtail.models import Locale

from .browsing import ENTRY_KINDS as ENTRY_KIND_MODELS
from .linking import Gazetteer, Name
from .models import (
    EntryAlias,
    EntryNamesake,
    EntryPage,
    EquipmentPage,
    EquipmentVariant,
)
from .spellings import EntryNames, capitalises_every_word, spellings

_lock = threading.Lock()
# One gazetteer per locale: an article links to the entries of its own language.
_built: dict[int, tuple[tuple, Gazetteer]] = {}


def entry_records(locale_id: int) -> list[EntryNames]:
    """The names of every live entry in a locale, as the editors wrote them."""
    live = EntryPage.objects.live().filter(locale_id=locale_id)
    kinds = {
        ContentType.objects.get_for_model(model).pk: slug
        for slug, model in ENTRY_KIND_MODELS.items()
    }
    aliases: dict[int, list[tuple[str, bool, bool]]] = {}
    for entry_id, name, common, form in EntryAlias.objects.filter(
        entry__live=True, entry__locale_id=locale_id
    ).values_list("entry_id", "name", "is_common_word", "is_inflected_form"):
        aliases.setdefault(entry_id, []).append((name, common, form))
    equipment = EquipmentPage.objects.live().filter(locale_id=locale_id)
    designations = dict(equipment.values_list("pk", "designation"))
    variants: dict[int, list[str]] = {}
    for equipment_id, name in EquipmentVariant.objects.filter(
        equipment_id__in=designations
    ).values_list("equipment_id", "name"):
        variants.setdefault(equipment_id, []).append(name)
    return [
        EntryNames(
            entry_id=pk,
            title=title,
            kind=kinds.get(content_type_id, ""),
            native_name=native_name,
            aliases=tuple(aliases.get(pk, ())),
            designation=designations.get(pk, ""),
            variants=tuple(variants.get(pk, ())),
        )
        for pk, title, native_name, content_type_id in live.values_list(
            "pk", "title", "native_name", "content_type_id"
        )
    ]


def entry_names(locale_id: int, language: str) -> Iterator[Name]:
    """Yield every spelling of every live entry in a locale, with its matching rule."""
    for record in entry_records(locale_id):
        yield from _kept_spellings(record, language)


@lru_cache(maxsize=1024)
def _kept_spellings(record: EntryNames, language: str) -> tuple[Name, ...]:
    # The gazetteer is built again whenever any entry changes: the others'
    # spellings are the same. A small site's are all kept; a large one's are
    # made again, as keeping them all would cost more memory than time.
    return tuple(spellings(record, language))


def _language(locale_id: int) -> str:
    return (
        Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True)
    ).first() or ""


def build_gazetteer(locale_id: int) -> Gazetteer:
    """The gazetteer of a locale's live entries, with its language's rules."""
    language = _language(locale_id)
    gazetteer = Gazetteer(
        entry_names(locale_id, language),
        every_word_capitalised=capitalises_every_word(language),
    )
    gazetteer.learn_namesakes(
        (entry_id, f"{name} {description}")
        for entry_id, name, description in EntryNamesake.objects.filter(
            entry__live=True, entry__locale_id=locale_id
        ).values_list("entry_id", "name", "description")
    )
    if wanted := gazetteer.wanting_topics:
        gazetteer.learn_topics(
            EntryPage.objects.filter(pk__in=wanted)
            .values_list("pk", "summary")
            .iterator()
        )
    return gazetteer


def names_version(locale_id: int) -> tuple:
    """Return what changes whenever a live entry's names in a locale may change."""
    state = (
        EntryPage.objects.live()
        .filter(locale_id=locale_id)
        .aggregate(entries=Count("pk"), published=Max("last_published_at"))
    )
    return (state["entries"], state["published"])


def current_gazetteer(locale_id: int) -> Gazetteer:
    """Return the gazetteer of a locale's live entries, rebuilt only when changed.

    Web processes and workers each keep their own; a publish anywhere changes
    :func:`names_version`, which every process checks with one cheap query.
    """
    version = names_version(locale_id)
    with _lock:
        built = _built.get(locale_id)
        if built is None or built[0] != version:
            built = _built[locale_id] = (version, build_gazetteer(locale_id))
        return built[1]
