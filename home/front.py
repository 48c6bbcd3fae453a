"""The articles the front page shows: the featured one, the latest, the most read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import prefetch_related_objects

from articles.models import ArticlePage
from articles.selectors import card_prefetches, live_articles
from core.caching.tags import depends_on, listing_tag

if TYPE_CHECKING:
    from .models import HomePage

LATEST_COUNT = 6
MOST_READ_COUNT = 5


def front_page_articles(home: HomePage) -> dict:
    """Return ``featured``, ``latest`` and ``most_read`` for the home page.

    Five queries whatever is shown: the three lists, then the authors and the
    thumbnails of all of them at once.
    """
    depends_on(listing_tag("articles", home.locale_id))
    articles = live_articles().prefetch_related(None).filter(locale_id=home.locale_id)
    featured = None
    if home.featured_article_id:
        # A translated home page still points at the original's choice;
        # readers get that article in the home page's language.
        featured = articles.filter(
            translation_key__in=ArticlePage.objects.filter(
                pk=home.featured_article_id
            ).values("translation_key")
        ).first()
    others = articles if featured is None else articles.exclude(pk=featured.pk)
    latest = list(others[:LATEST_COUNT])
    most_read = list(
        articles.filter(views__count__gt=0).order_by(
            "-views__count", "-first_published_at"
        )[:MOST_READ_COUNT]
    )
    shown = [*latest, *most_read, *([featured] if featured else [])]
    prefetch_related_objects(shown, *card_prefetches())
    return {"featured": featured, "latest": latest, "most_read": most_read}
