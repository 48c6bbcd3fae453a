"""Readers see a page's published revisions, read any of them by its
permanent link, and see what changed between two, in the words of the text.
Drafts and revisions never published stay the editors' own."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from articles.factories import paragraphs, published_article
from articles.models import ArticleCitation
from citations.models import Source
from community.factories import ContributorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_article(site_tree):
    """An article published twice, with a draft between and one after."""
    _home, index = site_tree
    editor = get_user_model().objects.create_user("jnovakova", password="x-1926-y")
    author = ContributorFactory(name="Jana Nováková", user=editor)
    article = published_article(
        index,
        title="The Lipetsk school",
        body=paragraphs("The school opened in 1925 beside the town."),
        authors=[author],
        change_note="First version.",
    )
    article.refresh_from_db()
    first = article.live_revision
    reword(article, "Unpublished wording Quellberg.")
    draft = article.save_revision(user=editor)
    reword(article, "The school opened in 1925 north of the town.")
    book = Source.objects.create(kind="book", title="Die geheime Fliegerschule")
    article.citations.add(ArticleCitation(source=book))
    article.change_note = "Placed the school north of the town."
    second = article.save_revision(user=editor)
    second.publish()
    reword(article, "Another draft Brennwald.")
    article.save_revision(user=editor)
    return article, first, draft, second


def reword(article, text: str) -> None:
    """Change the paragraph's words, as the editor does: the block stays."""
    raw = article.body.raw_data
    article.body = [{**raw[0], "value": f"<p>{text}</p>"}]


def history_url(article) -> str:
    return reverse("history:page_history", args=(article.pk,))


def test_history_lists_published_revisions_with_editor_and_note(client, edited_article):
    article, first, draft, second = edited_article
    response = client.get(history_url(article))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    items = page.select(".history__item")
    assert len(items) == 2  # the drafts are not history
    newest, oldest = (item.get_text(" ", strip=True) for item in items)
    assert "Placed the school north of the town." in newest
    assert "current" in newest and "Jana Nováková" in newest
    assert "First version." in oldest
    assert "jnovakova" not in response.content.decode()  # never a user name
    links = [a["href"] for a in page.select(".history__item a")]
    assert reverse("history:revision", args=(article.pk, first.pk)) in links
    assert reverse("history:revision", args=(article.pk, draft.pk)) not in links


def test_a_revision_permalink_serves_the_text_as_it_was(client, edited_article):
    article, first, draft, second = edited_article
    old = client.get(reverse("history:revision", args=(article.pk, first.pk)))
    assert old.status_code == 200
    text = old.content.decode()
    assert "beside the town" in text and "north of the town" not in text
    assert "Die geheime Fliegerschule" not in text  # the sources as they were
    notice = BeautifulSoup(text, "html.parser").select_one(".revision-notice")
    assert "It has changed since." in notice.get_text()
    assert notice.find("a", href=article.url)
    assert old["X-Robots-Tag"] == "noindex"

    current = client.get(reverse("history:revision", args=(article.pk, second.pk)))
    assert "north of the town" in current.content.decode()
    assert "current version" in current.content.decode()


def test_revisions_never_published_are_not_served(client, edited_article):
    article, first, draft, second = edited_article
    assert (
        client.get(reverse("history:revision", args=(article.pk, draft.pk))).status_code
        == 404
    )
    assert (
        client.get(reverse("history:revision", args=(article.pk, 10**6))).status_code
        == 404
    )
    compare = reverse("history:compare", args=(article.pk,))
    response = client.get(compare, {"from": first.pk, "to": draft.pk})
    assert response.status_code == 404


def test_the_diff_reads_in_the_words_of_the_text(client, edited_article):
    article, first, draft, second = edited_article
    compare = reverse("history:compare", args=(article.pk,))
    response = client.get(compare, {"from": second.pk, "to": first.pk})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    inserted = " ".join(tag.get_text() for tag in page.select(".diff ins"))
    deleted = " ".join(tag.get_text() for tag in page.select(".diff del"))
    assert "north of" in inserted and "beside" in deleted
    assert "Die geheime Fliegerschule" in inserted  # a source added
    sections = [h.get_text() for h in page.select(".diff h2")]
    assert "Body" in sections and "Sources" in sections
    assert "Note on this change" not in sections  # the editors' own
    text = page.get_text()
    assert '"type"' not in text and "paragraph" not in text  # no StreamField JSON


def test_compare_without_two_revisions_says_what_it_needs(client, edited_article):
    article, *_ = edited_article
    response = client.get(reverse("history:compare", args=(article.pk,)), {"from": "x"})
    assert response.status_code == 400
    assert b"Choose two revisions" in response.content


def test_a_private_page_has_no_public_history(client, edited_article):
    article, first, _draft, _second = edited_article
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    for url in (
        history_url(article),
        reverse("history:revision", args=(article.pk, first.pk)),
        reverse("citations:cite", args=(article.pk,)),
        reverse("citations:download", args=(article.pk, "bibtex")),
    ):
        assert client.get(url).status_code == 404, url
