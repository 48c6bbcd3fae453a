"""From a reader's sourced addition to the page itself.

An editor "folds in" an approved addition: a draft of its page gets the
post's sources, and the page's history notes what the addition says. The
editor works the fact into the text in Wagtail's editor; publishing a version
that cites the post's sources marks the post incorporated, and the reader is
named on the page under "Also contributed by". Enough incorporated additions
(``DISCUSSION_INVITE_AFTER``) invite the reader to join the community.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from citations.library import find_duplicate, source_for
from citations.models import AbstractSource, Source
from core.caching.store import invalidate
from core.caching.tags import depends_on, depends_on_objects, discussion_tag

from .models import Notification, NotificationKind, Post, PostKind, PostStatus
from .notify import tell_author
from .threads import shown_author

#: What a reader's source says (``citations.models.AbstractSource``).
SOURCE_FIELDS = tuple(field.name for field in AbstractSource._meta.get_fields())


def _description(source: AbstractSource) -> dict:
    return {name: getattr(source, name) for name in SOURCE_FIELDS}


def foldable(post: Post) -> bool:
    """Whether ``post`` is an addition waiting to be folded into its page
    (approved, and no editor has folded it in yet)."""
    return (
        post.kind == PostKind.ADDITION
        and post.status == PostStatus.APPROVED
        and post.incorporated_by_id is None
        and post.incorporated is None
    )


def may_fold_in(user: AbstractBaseUser, post: Post) -> bool:
    """Whether ``user`` may fold ``post`` into its page: they may edit the page,
    and nobody else holds it locked."""
    if not foldable(post):
        return False
    page = post.thread.page
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return False
    return page.permissions_for_user(user).can_edit()


@transaction.atomic
def fold_in(post: Post, editor: AbstractBaseUser) -> Revision:
    """Add ``post``'s sources to a new draft of its page, by ``editor``; return
    the draft's revision. The page's history notes the addition's claim."""
    # Two editors at once: the second finds it folded in by the first.
    post = Post.objects.select_for_update().get(pk=post.pk)
    if not foldable(post):
        raise ValidationError(
            _("Only an approved addition not yet folded in can be."), code="foldable"
        )
    page = post.thread.page.specific
    draft = page.get_latest_revision_as_object()
    existing = list(draft.citations.all())
    cited = {citation.source_id for citation in existing}
    citation_model = type(page)._meta.get_field("citations").related_model
    order = max((citation.sort_order or 0 for citation in existing), default=0)
    for post_source in post.sources.all():
        # The library's record of the work, new or the one other pages cite;
        # a record other pages cite is not changed by a draft.
        source, _created = source_for(_description(post_source), complete=False)
        if source.pk not in cited:
            order += 1
            cited.add(source.pk)
            draft.citations.add(citation_model(sort_order=order, source=source))
    revision = draft.save_revision(user=editor)
    post.incorporated_by = editor
    post.save(update_fields=["incorporated_by"])
    log(
        page,
        "garrison.page.fold_in",
        user=editor,
        revision=revision,
        data={"post": post.pk, "reader": shown_author(post), "changes": post.changes},
    )
    return revision


def credit_incorporated(page: Page) -> list[Post]:
    """Mark incorporated the additions folded into ``page`` whose sources the
    published page now cites; return them. Called when the page is published."""
    waiting = list(
        Post.objects.filter(
            thread__page=page,
            status=PostStatus.APPROVED,
            incorporated=None,
            incorporated_by__isnull=False,
        ).prefetch_related("sources")
    )
    if not waiting:
        return []
    cited = set(page.specific.citations.values_list("source_id", flat=True))
    credited = []
    for post in waiting:
        if any(_in_library(source) in cited for source in post.sources.all()):
            post.incorporated = timezone.now()
            post.save(update_fields=["incorporated"])
            tell_author(post, NotificationKind.INCORPORATED)
            _invite_when_due(post)
            credited.append(post)
    if credited:
        invalidate([discussion_tag(page.pk)])
    return credited


def _in_library(post_source: AbstractSource) -> int | None:
    """The id of the library's record of the work a reader's source describes."""
    found = find_duplicate(Source(**_description(post_source)))
    return found.pk if found else None


def _invite_when_due(post: Post) -> None:
    """Invite the author to "Join us" once ``DISCUSSION_INVITE_AFTER`` of their
    additions are incorporated, unless they already work on the site or were
    invited before."""
    author = post.author
    if author is None or author.is_staff or author.groups.exists():
        return
    count = Post.objects.filter(author=author, incorporated__isnull=False).count()
    invited = Notification.objects.filter(
        recipient=author, kind=NotificationKind.INVITED
    ).exists()
    if count >= settings.DISCUSSION_INVITE_AFTER and not invited:
        tell_author(post, NotificationKind.INVITED)


def contributors_of(page: Page) -> list[tuple[int, str]]:
    """The readers (id, shown name) whose additions became part of ``page``."""
    depends_on(discussion_tag(page.pk))
    posts = (
        Post.objects.filter(
            thread__page=page,
            status=PostStatus.APPROVED,
            incorporated__isnull=False,
            author__reader__deleted=None,
        )
        .select_related("author__reader")
        .order_by("incorporated")
    )
    names: dict[int, str] = {}
    for post in posts:
        depends_on_objects(post.author.reader)  # a new name shows at once
        names.setdefault(post.author_id, shown_author(post))
    return list(names.items())
