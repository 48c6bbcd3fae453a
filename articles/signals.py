"""The magazine's reactions: link on publish, link again when entries change."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from wagtail.models import Revision
from wagtail.signals import page_published

from encyclopedia.signals import entry_names_changed

from .models import ArticlePage


def link_published_article(sender, instance, **kwargs) -> None:
    from .mentions import relink_article

    relink_article(instance)


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
    from encyclopedia.mentions import store_mentions

    from .mentions import article_mentions

    store_mentions(page.pk, article_mentions(instance.as_object()))


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
