"""The synthetic corpus: a valid page tree of live, searchable, readable pages."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from articles.models import ArticleAuthor, ArticlePage
from encyclopedia.models import ENTRY_TYPES, EntryPage
from search.queries import SearchRequest, search_site

pytestmark = pytest.mark.django_db


# Before the demo is lent to the module, for the rest of it, by the next test.
def test_random_data_needs_a_site_to_add_to(db):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("create_random_data", articles=1, entries=1)


def test_random_data_adds_live_searchable_pages_to_a_valid_tree(client, demo, db):
    articles_before = ArticlePage.objects.count()
    entries_before = EntryPage.objects.count()
    call_command(
        "create_random_data", articles=30, entries=18, stdout=open("/dev/null", "w")
    )
    new_articles = ArticlePage.objects.order_by("-pk")[:30]
    assert ArticlePage.objects.count() == articles_before + 30
    assert EntryPage.objects.count() == entries_before + 18
    # Every kind of entry is made; the tree is consistent by treebeard's check.
    for model in ENTRY_TYPES:
        assert model.objects.filter(slug__regex=r"-\d+$").exists(), model
    assert Page.find_problems() == ([], [], [], [], [])
    article = new_articles[0]
    assert article.live and article.body
    assert ArticleAuthor.objects.filter(page=article).exists()
    assert client.get(article.url).status_code == 200
    outcome = search_site(SearchRequest(text=article.title))
    assert article.pk in [page.pk for page in outcome.results[:3]]
