"""Background work of the magazine, run by the task backend in ``TASKS``.

Without a task worker configured, Django's immediate backend runs these inline.
"""

from django.tasks import task

from .models import ArticlePage


@task
def relink_articles(page_ids: list[int]) -> int:
    """Link the given live articles to the encyclopedia again; return how many."""
    from .mentions import relink_article

    pages = ArticlePage.objects.live().filter(pk__in=page_ids)
    relinked = 0
    for page in pages:
        relink_article(page)
        relinked += 1
    return relinked


@task
def link_draft(revision_id: int) -> int:
    """Store the mentions of a never-published article as of one revision."""
    from wagtail.models import Revision

    from encyclopedia.mentions import store_mentions

    from .mentions import article_mentions

    revision = Revision.objects.filter(pk=revision_id).first()
    if revision is None:
        return 0
    return len(
        store_mentions(int(revision.object_id), article_mentions(revision.as_object()))
    )


@task
def flush_view_counts() -> int:
    """Move the view counts buffered in Redis into the database."""
    from .view_buffer import flush_views

    return flush_views()
