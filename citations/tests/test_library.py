"""One bibliography: a work cited by many pages is one record, found again by
its identifiers, and shown to readers only once a public page cites it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import PageViewRestriction

from articles.factories import published_article
from articles.models import ArticleCitation
from citations.identifiers import normalise_doi, normalise_isbn
from citations.library import source_for, sources_for
from citations.models import Source


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://archive.example.org/file", "data:text/html,x", "no"],
)
def test_source_url_must_be_http_or_https(url):
    source = Source(kind="web", title="Lipetsk", url=url)
    with pytest.raises(ValidationError) as error:
        source.clean_fields()
    assert "http:// or https://" in str(error.value.message_dict["url"])


def test_web_source_needs_its_address():
    with pytest.raises(ValidationError, match="needs its address"):
        Source(kind="web", title="Lipetsk").clean()


def test_isbn_10_and_13_are_one_number_and_typos_are_refused():
    assert normalise_isbn("0-7006-0541-X") == normalise_isbn("978-0-7006-0541-5")
    assert normalise_isbn("ISBN 978 0 7006 0541 5") == "9780700605415"
    with pytest.raises(ValidationError) as error:
        normalise_isbn("978-0-7006-0541-4")
    assert error.value.code == "invalid_isbn"


def test_doi_written_as_a_link_or_in_capitals_is_one_doi():
    assert normalise_doi("https://doi.org/10.1080/ABC.123") == "10.1080/abc.123"
    assert normalise_doi("doi: 10.1080/abc.123") == "10.1080/abc.123"
    with pytest.raises(ValidationError):
        normalise_doi("11.1080/abc")


@pytest.mark.django_db
def test_a_work_described_twice_is_one_record_completed_not_overwritten():
    first, created = source_for(
        {
            "kind": "book",
            "title": "Reichswehr und Rote Armee",
            "author": "Manfred Zeidler",
            "year": 1993,
        }
    )
    assert created
    # With its subtitle, and without accents in the author's name: the same book.
    again, created = source_for(
        {
            "kind": "book",
            "title": "Reichswehr und Rote Armee: Wege und Stationen",
            "author": "Manfred Zeidler",
            "year": 1993,
            "publisher": "Oldenbourg",
            "isbn": "3-486-55978-8",
        }
    )
    assert not created and again.pk == first.pk
    again.refresh_from_db()
    assert again.publisher == "Oldenbourg"
    assert again.isbn == "9783486559781"
    assert again.title == "Reichswehr und Rote Armee: Wege und Stationen"
    # Another year is another edition; an address in http or with a slash is
    # the same page.
    other, created = source_for(
        {
            "kind": "book",
            "title": "Reichswehr und Rote Armee",
            "author": "Manfred Zeidler",
            "year": 1994,
        }
    )
    assert created
    page = sources_for(
        [
            {"kind": "web", "title": "Lipetsk", "url": "https://example.org/lipetsk"},
            {
                "kind": "web",
                "title": "Lipetsk air base",
                "url": "http://example.org/lipetsk/",
            },
        ]
    )
    assert len(page) == 1 and page[0].title == "Lipetsk"


@pytest.mark.django_db
def test_the_editor_is_told_when_a_new_record_is_a_duplicate():
    Source.objects.create(
        kind="book", title="The Roots of Blitzkrieg", isbn="9780700605415"
    )
    copy = Source(kind="book", title="Roots of Blitzkrieg", isbn="0-7006-0541-X")
    with pytest.raises(ValidationError) as error:
        copy.full_clean()
    (problem,) = error.value.error_dict["isbn"]
    assert problem.code == "duplicate"
    assert "The Roots of Blitzkrieg" in problem.message


@pytest.mark.django_db
def test_bibliography_lists_only_what_readable_pages_cite(client, site_tree):
    _home, index = site_tree
    cited = published_article(index, title="Lipetsk")
    book = Source.objects.create(
        kind="book",
        title="Die geheime Fliegerschule",
        author="Olaf Groehler",
        year=1992,
    )
    cited.citations.add(ArticleCitation(source=book, locator="pp. 12–30"))
    cited.save_revision().publish()
    # A source only a draft cites, and one only a private page cites.
    draft_only = Source.objects.create(kind="book", title="Quellberg papers", year=1930)
    cited.citations.add(ArticleCitation(source=draft_only))
    cited.save_revision()
    private = published_article(index, title="Closed file")
    hidden = Source.objects.create(kind="book", title="Brennwald diary", year=1931)
    private.citations.add(ArticleCitation(source=hidden))
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    listing = client.get(reverse("citations:bibliography")).content.decode()
    assert "Die geheime Fliegerschule" in listing
    assert "Quellberg" not in listing and "Brennwald" not in listing
    for source in (draft_only, hidden):
        url = reverse("citations:source", args=(source.pk,))
        assert client.get(url).status_code == 404

    detail = client.get(book.get_absolute_url()).content.decode()
    assert "Lipetsk" in detail and "pp. 12–30" in detail
    assert "Closed file" not in detail


@pytest.mark.django_db
def test_bibliography_is_searched_by_author_title_and_year(client, site_tree):
    _home, index = site_tree
    article = published_article(index, sources=0)
    for fields in (
        {
            "title": "Czechoslovakia between Stalin and Hitler",
            "author": "Igor Lukes",
            "year": 1996,
        },
        {"title": "Edvard Beneš", "author": "Zbyněk Zeman", "year": 1997},
        {"title": "The Munich Crisis", "author": "Erik Goldstein", "year": 1999},
    ):
        source = Source.objects.create(kind="book", **fields)
        article.citations.add(ArticleCitation(source=source))
    article.save_revision().publish()

    def found(query: str) -> set[str]:
        response = client.get(reverse("citations:bibliography"), {"q": query})
        return {
            title
            for title in ("Czechoslovakia", "Edvard", "Munich")
            if title in response.content.decode()
        }

    assert found("lukes") == {"Czechoslovakia"}
    assert found("Benes") == {"Edvard"}  # without its accent
    assert found("1999") == {"Munich"}
    assert found("Stalin 1996") == {"Czechoslovakia"}
    empty = client.get(reverse("citations:bibliography"), {"q": "Quellberg"})
    assert "No source matches" in empty.content.decode()
