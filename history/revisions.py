"""Which revisions of a page readers may read: those that were published.

A draft, or a revision saved and never published, is the editors' own; once a
revision has been published, anyone who could read the page then may cite it,
so it stays readable by its permanent link for as long as the page is public.
Wagtail records each publication in the page's log (``wagtail.publish``, with
the revision): that log is the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models.fields.json import KeyTextTransform
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Page, PageLogEntry, Revision

from core.privacy import is_public

from .models import ChangeNoted


@dataclass(frozen=True)
class PublishedRevision:
    id: int
    published: datetime
    #: The name readers know the editor by: their byline or their reader name.
    editor: str
    #: The editor's note, where it differs from the revision published before.
    note: str
    #: Whether this is the revision readers see on the page now.
    current: bool = False


def page_with_history(page_id: int) -> Page:
    """Return the live, public page whose history readers may read, or 404.

    An alias (a Czech copy that shows the English page) has the history of the
    page it shows.
    """
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, ChangeNoted) or not is_public(page):
        raise Http404(_("This page has no public history."))
    return page


def revisions_page(page: Page) -> Page:
    """The page whose revisions ``page`` shows: itself, or its alias's original."""
    if page.alias_of_id:
        return Page.objects.get(pk=page.alias_of_id).specific
    return page


def published_revisions(page: Page) -> list[PublishedRevision]:
    """Return the revisions of ``page`` that were published, newest first."""
    page = revisions_page(page)
    publications = (
        PageLogEntry.objects.filter(
            page_id=page.pk,
            action="wagtail.publish",
            revision__isnull=False,
        )
        .annotate(note=KeyTextTransform("change_note", "revision__content"))
        .order_by("timestamp", "pk")
        .values_list("revision_id", "timestamp", "revision__user_id", "note")
    )
    editors = editor_names({user for _, _, user, _ in publications if user})
    revisions: list[PublishedRevision] = []
    seen: set[int] = set()
    previous_note = ""
    for revision_id, published, user_id, note in publications:
        if revision_id in seen:  # published again, e.g. after a revert
            continue
        seen.add(revision_id)
        note = (note or "").strip()
        revisions.append(
            PublishedRevision(
                id=revision_id,
                published=published,
                editor=editors.get(user_id, "") or _("an editor"),
                note=note if note != previous_note else "",
                current=revision_id == page.live_revision_id,
            )
        )
        previous_note = note
    revisions.reverse()
    return revisions


def published_revision(page: Page, revision_id: int) -> tuple[Revision, datetime]:
    """Return a published revision of ``page`` and when it was first published.

    Raise 404 for a revision of another page, or one never published.
    """
    publication = (
        PageLogEntry.objects.filter(
            page_id=revisions_page(page).pk,
            action="wagtail.publish",
            revision_id=revision_id,
        )
        .select_related("revision")
        .order_by("timestamp", "pk")
        .first()
    )
    if publication is None:
        raise Http404(_("This page has no published revision by that number."))
    return publication.revision, publication.timestamp


def editor_names(user_ids: set[int]) -> dict[int, str]:
    """The public names of editors: a contributor's byline, else a reader name.

    An account's user name is never shown: it is what one signs in with.
    """
    users = get_user_model().objects.filter(pk__in=user_ids)
    names: dict[int, str] = {}
    for user in users.select_related("contributor", "reader"):
        contributor = getattr(user, "contributor", None)
        reader = getattr(user, "reader", None)
        if contributor is not None:
            names[user.pk] = contributor.name
        elif reader is not None:
            names[user.pk] = reader.shown_name
    return names
