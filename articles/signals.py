"""The magazine's reactions: link on publish, link again when entries change."""

from wagtail.signals import page_published

from encyclopedia.signals import entry_names_changed

from .models import ArticlePage


def link_published_article(sender, instance, **kwargs) -> None:
    from .mentions import relink_article

    relink_article(instance)


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
    entry_names_changed.connect(
        relink_articles_naming, dispatch_uid="articles-relink-on-entry"
    )
