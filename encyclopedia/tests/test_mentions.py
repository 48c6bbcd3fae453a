"""Stored mentions: editors' pins and suppressions, re-linking when entries change."""

import pytest

from articles.factories import paragraphs, published_article
from articles.models import ArticleMentionChoice
from encyclopedia.factories import published_entry
from encyclopedia.models import EntryAlias, Mention, OrganisationPage, PlacePage

pytestmark = pytest.mark.django_db


def mentions(page) -> dict[str, int | None]:
    return dict(Mention.objects.filter(page=page).values_list("surface", "entry_id"))


@pytest.fixture
def kama(encyclopedia):
    school = published_entry(
        encyclopedia,
        OrganisationPage,
        title="Panzerschule Kama",
        kind="school",
        aliases=["Kama"],
    )
    river = published_entry(
        encyclopedia, PlacePage, title="Kama River", kind="natural", aliases=["Kama"]
    )
    return school, river


def test_ambiguous_spelling_is_stored_without_an_entry(site_tree, kama):
    _home, index = site_tree
    school, river = kama
    article = published_article(index, body=paragraphs("Crews studied the Kama maps."))
    row = Mention.objects.get(page=article)
    assert row.entry_id is None
    assert sorted(row.candidates) == sorted([school.pk, river.pk])


def test_pin_and_suppress_survive_relinking(site_tree, kama):
    _home, index = site_tree
    school, river = kama
    article = published_article(
        index, body=paragraphs("Crews trained at Kama, near the Kama River.")
    )
    article.mention_choices = [ArticleMentionChoice(surface="kama", entry=school)]
    article.save_revision().publish()
    assert mentions(article) == {"Kama": school.pk, "Kama River": river.pk}

    article.mention_choices = [
        ArticleMentionChoice(surface="Kama", entry=school),
        ArticleMentionChoice(surface="Kama River", entry=None),
    ]
    article.save_revision().publish()
    # Publishing the river again re-links the article; the choices still hold.
    river.summary = "The Volga's main tributary."
    river.save_revision().publish()
    assert mentions(article) == {"Kama": school.pk}


def test_pin_links_a_spelling_the_encyclopedia_does_not_know(site_tree, kama):
    _home, index = site_tree
    school, _river = kama
    article = published_article(index, body=paragraphs("The Kazan school opened."))
    article.mention_choices = [
        ArticleMentionChoice(surface="Kazan school", entry=school)
    ]
    article.save_revision().publish()
    assert mentions(article) == {"Kazan school": school.pk}


def test_new_entry_and_new_alias_relink_the_articles_that_name_them(
    site_tree, encyclopedia
):
    _home, index = site_tree
    article = published_article(
        index, body=paragraphs("Trautloft flew the Heinkel from WIWUPAL.")
    )
    other = published_article(index, body=paragraphs("Nothing to see."))
    assert mentions(article) == {}

    school = published_entry(
        encyclopedia,
        OrganisationPage,
        title="Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge",
        kind="school",
    )
    assert mentions(article) == {}
    school.other_names = [EntryAlias(name="WIWUPAL")]
    school.save_revision().publish()
    assert mentions(article) == {"WIWUPAL": school.pk}

    published_entry(encyclopedia, title="Johannes Trautloft")
    assert set(mentions(article)) == {"WIWUPAL", "Trautloft"}
    assert mentions(other) == {}


def test_article_page_links_first_mention_and_lists_entries(site_tree, client, kama):
    _home, index = site_tree
    school, _river = kama
    published_entry(
        school.get_parent().specific,
        PlacePage,
        title="Kazan",
        kind="city",
        latitude="55.7963",
        longitude="49.1088",
        start="1005",
    )
    article = published_article(
        index,
        body=paragraphs(
            "Panzerschule Kama lay near Kazan.", "Later Panzerschule Kama closed."
        ),
    )
    related = published_article(index, body=paragraphs("Kazan in winter."))
    html = client.get(article.url).content.decode()
    assert html.count('class="entry-link"') == 2
    assert html.count('href="/encyclopedia/panzerschule-kama/"') >= 1
    assert "In this article" in html and "Places in this article" in html
    assert 'id="article-places"' in html
    assert "Related articles" in html and related.title in html
    entry_html = client.get(school.url).content.decode()
    assert "Mentioned in" in entry_html and article.title in entry_html
    assert "named twice" not in entry_html and "named 2 times" in entry_html


def test_editor_sees_ambiguous_names_in_the_article_form(admin_client, site_tree, kama):
    from django.urls import reverse

    _home, index = site_tree
    article = published_article(
        index,
        # Both entries named in full: "Kama" alone could be either.
        body=paragraphs(
            "Crews studied the Kama maps: Panzerschule Kama, by the Kama River."
        ),
    )
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=(article.pk,))
    ).content.decode()
    from bs4 import BeautifulSoup

    table = (
        BeautifulSoup(html, "html.parser")
        .find("caption", string="Names found in the text and the entries they link to")
        .parent
    )
    rows = [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    ]
    # The name that needs a choice comes first, then each linked name.
    assert rows == [
        ["Kama", "1", "Needs a choice: Panzerschule Kama / Kama River"],
        ["Panzerschule Kama", "1", "Panzerschule Kama"],
        ["Kama River", "1", "Kama River"],
    ]


def test_withdrawing_one_of_two_entries_resolves_the_ambiguity(
    site_tree, kama, django_capture_on_commit_callbacks
):
    _home, index = site_tree
    school, river = kama
    article = published_article(index, body=paragraphs("Crews studied the Kama maps."))
    assert mentions(article) == {"Kama": None}
    river.unpublish()
    assert mentions(article) == {"Kama": school.pk}
    river.save_revision().publish()
    assert mentions(article) == {"Kama": None}
    with django_capture_on_commit_callbacks(execute=True):
        school.delete()
    assert mentions(article) == {"Kama": river.pk}


def test_a_new_draft_stores_its_mentions_and_the_form_shows_the_draft(
    admin_client, site_tree, kama
):
    from django.urls import reverse

    from articles.models import ArticlePage

    _home, index = site_tree
    school, _river = kama
    draft = ArticlePage(
        title="Draft",
        slug="draft",
        standfirst="x",
        body=paragraphs("On the Kama maps."),
        live=False,
    )
    index.add_child(instance=draft)
    draft.save_revision()
    assert mentions(draft) == {"Kama": None}

    draft.body = paragraphs("At Panzerschule Kama.")
    draft.save_revision()
    assert mentions(draft) == {"Panzerschule Kama": school.pk}
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=(draft.pk,))
    ).content.decode()
    assert f'pages/{school.pk}/edit/">Panzerschule Kama</a>' in html
