import pytest
from bs4 import BeautifulSoup

from articles.counting import increment
from articles.factories import published_article, utc
from community.factories import ContributorFactory

pytestmark = pytest.mark.django_db


def test_contributor_page_lists_published_articles_with_dates_and_views(
    client, site_tree
):
    _, index = site_tree
    eva = ContributorFactory(
        name="Eva Horn", slug="eva-horn", bio="Writes on <b>armour</b>."
    )
    lipetsk = published_article(
        index, title="Lipetsk", authors=[eva], published_at=utc(2025, 7, 15)
    )
    kama = published_article(
        index, title="Kama", authors=[eva], published_at=utc(2025, 9, 1)
    )
    draft = published_article(index, title="Draft", authors=[eva])
    draft.unpublish()
    published_article(index, title="Someone else's")
    increment(lipetsk.pk, by=1200)
    increment(kama.pk, by=34)

    response = client.get("/contributors/eva-horn/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h1").text == "Eva Horn"
    assert "<b>armour</b>" not in response.content.decode()
    rows = [
        [cell.text.strip() for cell in row.select("td")]
        for row in soup.select("tbody tr")
    ]
    assert rows == [
        ["Kama", "1 September 2025", "34"],
        ["Lipetsk", "15 July 2025", "1,200"],
    ]
    assert (
        "2 articles · 0 encyclopedia entries · 1,234 views"
        in soup.select_one(".page-header").text
    )


def test_unknown_contributor_is_404(client, db):
    assert client.get("/contributors/nobody/").status_code == 404


def test_directory_lists_contributors_alphabetically(client, db):
    ContributorFactory(name="Zdeněk Malý", slug="zdenek")
    ContributorFactory(name="Anna Veselá", slug="anna")
    soup = BeautifulSoup(client.get("/contributors/").content, "html.parser")
    assert [a.text for a in soup.select(".contributor-card__name a")] == [
        "Anna Veselá",
        "Zdeněk Malý",
    ]


@pytest.mark.django_db
def test_page_shows_roles_languages_entries_and_images_but_never_the_email(
    client, site_tree
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community.role_setup import setup_roles
    from core.factories import ImageFactory
    from encyclopedia.factories import EncyclopediaPageFactory, published_entry

    home, _magazine = site_tree
    setup_roles()
    user = get_user_model().objects.create_user("res", "secret@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name="Researcher"))
    user.groups.add(Group.objects.get(name="Illustrator"))
    contributor = ContributorFactory(user=user, name="Res Earcher", languages=["cs"])
    encyclopedia = EncyclopediaPageFactory(parent=home)
    entry = published_entry(encyclopedia, title="Kama River")
    type(entry).objects.filter(pk=entry.pk).update(owner=user)
    ImageFactory(title="Map of the Kama", uploaded_by_user=user)

    html = client.get(contributor.get_absolute_url()).content.decode()
    assert '<li class="badge">Researcher</li>' in html
    assert '<li class="badge">Illustrator</li>' in html
    assert "Works in: Czech" in html
    assert ">Kama River</a>" in html and "1 encyclopedia entry" in html
    assert "Map of the Kama" in html
    assert "secret@example.org" not in html


def test_a_contributor_page_lists_each_article_once_in_the_readers_language(
    client, demo
):
    """The Czech tree holds a copy of every English article until it is
    translated; the Czech page lists that copy, not it and its original."""
    from articles.models import ArticlePage

    jana = "jana-dvorakova"
    for prefix, language in (("", "en"), ("/cs", "cs")):
        html = client.get(f"{prefix}/contributors/{jana}/").content.decode()
        rows = BeautifulSoup(html, "html.parser").select(
            ".contributor-articles tbody tr"
        )
        titles = [row.find("a").get_text() for row in rows]
        expected = ArticlePage.objects.live().filter(
            locale__language_code=language, authors__contributor__slug=jana
        )
        assert len(titles) == len(set(titles)) == expected.count() > 0, language
