from django.urls import path

from . import feeds

app_name = "feeds"

urlpatterns = [
    path("rss/", feeds.LatestArticlesFeed(), name="latest-rss"),
    path("atom/", feeds.LatestArticlesAtomFeed(), name="latest-atom"),
    path("authors/<slug:slug>/rss/", feeds.AuthorFeed(), name="author-rss"),
    path("authors/<slug:slug>/atom/", feeds.AuthorAtomFeed(), name="author-atom"),
    path("tags/<slug:slug>/rss/", feeds.TagFeed(), name="tag-rss"),
    path("tags/<slug:slug>/atom/", feeds.TagAtomFeed(), name="tag-atom"),
]
