"""The magazine's reactions: link on publish, link again when entries change."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from wagtail.models import Revision
from wagtail.signals import page_published

from encyclopedia.signals import entry_names_changed

from .models import ArticlePage


def link_published_article(sender, instance, **kwargs) -> None:
    # A task, so that with a worker running the web process never has to build
    # the gazetteer (a second and 200 MB at 100,000 entries).
    from .tasks import relink_articles

    relink_articles.enqueue([instance.pk])


def link_new_draft(sender, instance, created, **kwargs) -> None:
    """Store the mentions of an article that has never been live, on every save.

    A live article keeps the mentions of its live text until the next publish,
    because that is the text readers see and the offsets describe.
    """
    if not created or instance.content_type_id != _article_type_id():
        return
    page = ArticlePage.objects.filter(pk=instance.object_id, live=False).first()
    if page is None or page.first_published_at:
        return
    from .tasks import link_draft

    link_draft.enqueue(instance.pk)


def _article_type_id() -> int:
    return ContentType.objects.get_for_model(ArticlePage).pk


def relink_articles_naming(sender, entry, names, **kwargs) -> None:
    from .mentions import articles_naming
    from .tasks import relink_articles

    page_ids = articles_naming(entry.pk, names)
    if page_ids:
        relink_articles.enqueue(page_ids)


def connect() -> None:
    page_published.connect(
        link_published_article, sender=ArticlePage, dispatch_uid="articles-link"
    )
    post_save.connect(link_new_draft, sender=Revision, dispatch_uid="articles-draft")
    entry_names_changed.connect(
        relink_articles_naming, dispatch_uid="articles-relink-on-entry"
    )
