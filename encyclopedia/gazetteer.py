"""Feed the linker from the database and keep one built gazetteer per process."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max

from .linking import CaseRule, Gazetteer, Name
from .models import EntryAlias, EntryPage, EquipmentPage, EquipmentVariant, PersonPage

# Particles that are not a surname on their own: "Erich von Manstein" is "Manstein".
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le", "di"})

_lock = threading.Lock()
# One gazetteer per locale: an article links to the entries of its own language.
_built: dict[int, tuple[tuple, Gazetteer]] = {}


def surname(full_name: str) -> str | None:
    """Return the surname a text may use alone, or None for a one-word name."""
    words = full_name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if last.lower() in _PARTICLES or len(last) < 3 or last.endswith("."):
        return None
    return last


def entry_names(locale_id: int) -> Iterator[Name]:
    """Yield every spelling of every live entry in a locale, with its matching rule."""
    live = EntryPage.objects.live().filter(locale_id=locale_id)
    person_type = ContentType.objects.get_for_model(PersonPage).pk
    equipment = EquipmentPage.objects.live().filter(locale_id=locale_id)
    equipment_ids = set(equipment.values_list("pk", flat=True))
    for pk, title, native_name, content_type_id in live.values_list(
        "pk", "title", "native_name", "content_type_id"
    ):
        yield Name(title, pk)
        if native_name:
            yield Name(native_name, pk)
        if content_type_id == person_type and (family := surname(title)):
            yield Name(family, pk, CaseRule.CAPITALISED)
    for entry_id, name, common in EntryAlias.objects.filter(
        entry__live=True, entry__locale_id=locale_id
    ).values_list("entry_id", "name", "is_common_word"):
        yield Name(name, entry_id, CaseRule.COMMON_WORD if common else CaseRule.ANY)
    for equipment_id, designation in equipment.exclude(designation="").values_list(
        "pk", "designation"
    ):
        yield Name(designation, equipment_id)
    for equipment_id, name in EquipmentVariant.objects.filter(
        equipment_id__in=equipment_ids
    ).values_list("equipment_id", "name"):
        yield Name(name, equipment_id)


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
            built = _built[locale_id] = (version, Gazetteer(entry_names(locale_id)))
        return built[1]
