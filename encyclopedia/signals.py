"""Signals the encyclopedia sends, and its reactions to Wagtail's page signals."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import Signal
from modelsearch.tasks import insert_or_update_object_task
from wagtail.signals import page_published, page_unpublished

from .models import ENTRY_TYPES, EntryPage

#: Sent when the spellings the linker knows may have changed: an entry was
#: published (perhaps with a new alias), unpublished or deleted. Arguments:
#: ``entry`` and ``names`` (its spellings). Pages naming it should be linked
#: again; the magazine listens, the encyclopedia never imports it.
entry_names_changed = Signal()


def entry_spellings(entry: EntryPage) -> list[str]:
    """Return the spellings a published entry is known by."""
    return entry.specific.spellings()


def _entry_published(sender, instance, **kwargs) -> None:
    # The search index is updated as the page row is saved, before its other
    # names are; index it again now that a new alias is in the database too.
    insert_or_update_object_task.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )
    entry_names_changed.send(
        sender=EntryPage, entry=instance, names=entry_spellings(instance)
    )


def _entry_withdrawn(sender, instance, **kwargs) -> None:
    entry_names_changed.send(sender=EntryPage, entry=instance, names=[instance.title])


def _entry_deleted(sender, instance, **kwargs) -> None:
    # Django deletes the subclass row before the page row, so the entry still
    # looks live now; react once the whole deletion is committed.
    transaction.on_commit(lambda: _entry_withdrawn(sender, instance))


def connect() -> None:
    """Connect the encyclopedia's receivers (from ``EncyclopediaConfig.ready``)."""
    for entry_type in ENTRY_TYPES:
        page_published.connect(
            _entry_published, sender=entry_type, dispatch_uid=f"published-{entry_type}"
        )
        page_unpublished.connect(
            _entry_withdrawn,
            sender=entry_type,
            dispatch_uid=f"unpublished-{entry_type}",
        )
        post_delete.connect(
            _entry_deleted, sender=entry_type, dispatch_uid=f"deleted-{entry_type}"
        )
