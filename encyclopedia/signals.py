"""Signals the encyclopedia sends, and its reactions to Wagtail's page signals."""

from django.dispatch import Signal, receiver
from wagtail.signals import page_published

from .models import ENTRY_TYPES, EntryPage

#: Sent after an entry is published, with ``entry`` and ``names`` (every spelling),
#: so that pages naming it can be linked again. Sent by the encyclopedia; the
#: magazine listens, the encyclopedia never imports it.
entry_names_published = Signal()


def entry_spellings(entry: EntryPage) -> list[str]:
    """Return the spellings a published entry is known by."""
    names = [entry.title, entry.native_name]
    names += [alias.name for alias in entry.other_names.all()]
    specific = entry.specific
    names.append(getattr(specific, "designation", ""))
    if hasattr(specific, "variants"):
        names += [variant.name for variant in specific.variants.all()]
    return [name for name in names if name]


def _entry_published(sender, instance, **kwargs) -> None:
    entry_names_published.send(
        sender=EntryPage, entry=instance, names=entry_spellings(instance)
    )


for _entry_type in ENTRY_TYPES:
    receiver(page_published, sender=_entry_type, weak=False)(_entry_published)
