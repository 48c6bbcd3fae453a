"""References come into the library from BibTeX, RIS and CSL-JSON files, with a
report of the duplicates they held, and a page's sources go out in the same
formats."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.factories import published_article
from articles.models import ArticleCitation
from citations.importing import ReferenceFileError, import_references
from citations.models import Source

pytestmark = pytest.mark.django_db

BIBTEX = """\
@book{corum1992,
  author    = {Corum, James S.},
  title     = {The Roots of Blitzkrieg: Hans von Seeckt and German Military Reform},
  publisher = {University Press of Kansas},
  address   = {Lawrence},
  year      = {1992},
  isbn      = {0-7006-0541-X},
}

@article{habeck,
  author  = {Habeck, Mary R.},
  title   = {Imagining War},
  journal = {Journal of Military History},
  volume  = {66},
  number  = {2},
  pages   = {345--372},
  year    = {2002},
  doi     = {10.2307/3093061},
}

@book{corum-again,
  author = {Corum, James},
  title  = {Roots of Blitzkrieg},
  year   = {1994},
  isbn   = {978-0-7006-0541-5},
}

@article{habeck-link,
  author = {Habeck, M.},
  title  = {Imagining war: the development of armored doctrine},
  year   = {2002},
  doi    = {https://doi.org/10.2307/3093061},
}

@book{zeidler,
  author    = {Zeidler, Manfred},
  title     = {Reichswehr und Rote Armee 1920--1933},
  publisher = {Oldenbourg},
  year      = {1993},
}
"""


def test_a_bibtex_file_with_a_duplicate_isbn_and_doi_adds_each_work_once():
    Source.objects.create(
        kind="book",
        title="Reichswehr und Rote Armee 1920–1933: Wege und Stationen",
        author="Manfred Zeidler",
        year=1993,
    )
    report = import_references(BIBTEX, "library.bib")

    assert [(r.line, r.outcome) for r in report.records] == [
        (1, "added"),
        (10, "added"),
        (21, "repeated in the file"),
        (28, "repeated in the file"),
        (35, "in the library"),
    ]
    corum, habeck, corum_again, habeck_link, zeidler = report.records
    assert corum_again.source == corum.source
    assert corum_again.reason == "the same ISBN (9780700605415) (line 1)"
    assert habeck_link.reason == "the same DOI (10.2307/3093061) (line 10)"
    assert zeidler.reason == "the same author, title and year"
    assert Source.objects.count() == 3

    book = corum.source
    assert (book.author, book.place, book.year) == ("James S. Corum", "Lawrence", 1992)
    article = habeck.source
    assert (article.kind, article.container, article.pages) == (
        "journal",
        "Journal of Military History",
        "345–372",
    )
    assert (article.volume, article.issue) == ("66", "2")

    # Imported again, nothing is added.
    again = import_references(BIBTEX, "library.bib")
    assert not again.added and len(again.duplicates) == 5


def test_ris_and_csl_json_are_read_too():
    ris = (
        "TY  - BOOK\r\nAU  - Habeck, Mary R.\r\nTI  - Storm of Steel\r\n"
        "PY  - 2003\r\nPB  - Cornell University Press\r\nSN  - 0-8014-4074-2\r\n"
        "ER  - \r\n\r\n"
        "TY  - ELEC\r\nTI  - Lipetsk\r\nUR  - https://en.wikipedia.org/wiki/Lipetsk\r\n"
        "Y2  - 2026/11/20\r\nER  - \r\n"
    )
    report = import_references(ris, "export.ris")
    assert [r.line for r in report.added] == [1, 9]
    storm, lipetsk = (r.source for r in report.added)
    assert storm.isbn == "9780801440748" and storm.author == "Mary R. Habeck"
    assert lipetsk.kind == "web" and str(lipetsk.accessed) == "2026-11-20"

    csl = json.dumps(
        [
            {
                "type": "book",
                "title": "Storm of Steel",
                "author": [{"family": "Habeck", "given": "Mary R."}],
                "issued": {"date-parts": [[2003]]},
            },
            {
                "type": "manuscript",
                "title": "Lipetsk station report",
                "archive": "Bundesarchiv",
                "archive_location": "RH 12-1/53",
            },
        ],
        indent=2,
    )
    report = import_references(csl, "zotero.json")
    assert [r.outcome for r in report.records] == ["in the library", "added"]
    assert report.records[0].reason == "the same author, title and year"
    archived = report.records[1].source
    assert (archived.kind, archived.publisher, archived.signature) == (
        "archive",
        "Bundesarchiv",
        "RH 12-1/53",
    )


def test_bad_files_are_refused_with_the_file_and_line(tmp_path):
    with pytest.raises(ReferenceFileError) as error:
        import_references('[{"title": "x"},\n  {"title": ]', "broken.json")
    assert str(error.value).startswith("broken.json, line 2:")

    bad_isbn = "@book{x,\n  title = {A book},\n  isbn = {978-0-7006-0541-4},\n}\n"
    report = import_references(bad_isbn, "typo.bib")
    (refused,) = report.refused
    assert refused.line == 1 and "not an ISBN" in refused.reason
    assert not Source.objects.exists()

    path = tmp_path / "typo.bib"
    path.write_text(bad_isbn, encoding="utf-8")
    with pytest.raises(CommandError, match="1 records were refused"):
        call_command("import_references", str(path))
    with pytest.raises(CommandError, match=r"notes\.txt, line 1: give a \.bib"):
        (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
        call_command("import_references", str(tmp_path / "notes.txt"))


def test_the_import_page_reports_duplicates_to_the_editor(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("citations_import")
    upload = SimpleUploadedFile("library.bib", BIBTEX.encode(), "application/x-bibtex")
    page = admin_client.post(url, {"file": upload}).content.decode()
    assert "3 sources added" in page and "2 duplicates" in page
    assert "Repeated in the file: the same ISBN (9780700605415) (line 1)" in page
    listing = admin_client.get(reverse("wagtailsnippets_citations_source:list"))
    assert url in listing.content.decode()


def test_a_pages_sources_download_in_its_order(client, site_tree):
    _home, index = site_tree
    article = published_article(index, sources=0)
    for title, isbn in (("Storm of Steel", "0-8014-4074-2"), ("Imagining War", "")):
        source = Source.objects.create(
            kind="book", title=title, author="Mary R. Habeck", isbn=isbn
        )
        article.citations.add(ArticleCitation(source=source, locator="ch. 2"))
    article.save_revision().publish()

    bibtex = client.get(
        reverse("citations:page-sources", args=(article.pk, "bibtex")), follow=True
    )
    text = bibtex.content.decode()
    assert text.index("Storm of Steel") < text.index("Imagining War")
    assert "isbn = {9780801440748}" in text
    csl = client.get(
        reverse("citations:page-sources", args=(article.pk, "csl-json")), follow=True
    ).json()
    assert csl[0]["author"] == [{"family": "Habeck", "given": "Mary R."}]
    assert csl[0]["locator"] == "ch. 2"
    # Re-imported, the page's sources are the library's own records.
    assert not import_references(text, "page.bib").added
