"""A claim marked in the editor with one of the page's sources reaches readers
as a numbered superscript with a way back, the API as a footnote with its
target, and the editors as coverage: the paragraphs and figures citing none."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from articles.tests.test_publishing import add_url
from citations.coverage import body_coverage
from citations.models import Source
from community.factories import ContributorFactory
from core.blocks import PARAGRAPH_FEATURES

pytestmark = pytest.mark.django_db


@pytest.fixture
def books():
    return [
        Source.objects.create(
            kind="book", title="Die geheime Fliegerschule", author="Olaf Groehler"
        ),
        Source.objects.create(
            kind="book", title="The Roots of Blitzkrieg", author="James S. Corum"
        ),
    ]


def claim(source: Source, words: str, locator: str = "") -> str:
    located = f' data-locator="{locator}"' if locator else ""
    return f'<span data-cites="{source.pk}"{located}>{words}</span>'


def test_a_footnote_goes_from_the_editor_to_readers_the_api_and_back(
    admin_client, client, site_tree, books
):
    groehler, corum = books
    _home, index = site_tree
    stored = (
        f"<p>The school trained {claim(groehler, 'about 120 German pilots', 'p. 47')}"
        f" between 1925 and 1933.</p>"
        f"<p>{claim(corum, 'Seeckt wanted officers who knew modern aircraft')}; "
        f"{claim(groehler, 'the Soviets asked for engineers in return')}.</p>"
        "<p>The airfield lay north of the town.</p>"
    )
    form = {
        "title": "Lipetsk",
        "slug": "lipetsk",
        "standfirst": "A flying school the treaty forbade.",
        "body": streamfield(
            [
                (
                    "paragraph",
                    rich_text(stored, features=[*PARAGRAPH_FEATURES, "citation"]),
                )
            ]
        ),
        "citations": inline_formset(
            [
                {"source": corum.pk, "locator": ""},
                {"source": groehler.pk, "locator": ""},
            ]
        ),
        "authors": inline_formset([{"contributor": ContributorFactory().pk}]),
        "mention_choices": inline_formset([]),
        "tags": "",
        "action-publish": "publish",
    }
    response = admin_client.post(add_url(index), nested_form_data(form))
    assert response.status_code == 302
    article = ArticlePage.objects.get(alias_of__isnull=True)
    # The editor's converter stores the claims as they were written.
    saved = re.sub(r' data-block-key="\w+"', "", article.body[0].value.source)
    assert saved == stored

    # Back in the editor, each claim is the CITATION entity with its data.
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,)))
    editor = edit.content.decode()
    assert "CITATION" in editor and "citations/citation-entity.js" in editor
    assert "Citation coverage" in editor and "2 of 3 paragraphs cite a source" in editor

    # Readers: the number of the source in the page's list, and a way back.
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    references = page.select(".article__body sup.reference")
    assert [sup.a["href"] for sup in references] == [
        "#source-2",
        "#source-1",
        "#source-2",
    ]
    assert references[0].get_text(" ", strip=True).endswith("[2] : p. 47")
    groehler_item = page.select_one("#source-2")
    assert "Die geheime Fliegerschule" in groehler_item.get_text()
    backlinks = [a["href"] for a in groehler_item.select(".source__backlinks a")]
    assert backlinks == ["#cite-ref-2-1", "#cite-ref-2-2"]
    assert all(page.select_one(link) for link in backlinks)

    # The API: the body with the references, and each footnote's target.
    api = client.get(f"/api/v1/articles/{article.pk}").json()
    assert 'href="#source-2"' in api["body_html"]
    first = api["footnotes"][0]
    assert first == {
        "claim": "about 120 German pilots",
        "source": groehler.pk,
        "number": 2,
        "locator": "p. 47",
        "anchor": "cite-ref-2-1",
    }
    assert [source["id"] for source in api["sources"]] == [corum.pk, groehler.pk]


def test_coverage_finds_the_uncited_paragraph_and_figure(books):
    groehler, _corum = books
    body = ArticlePage(
        body=[
            (
                "paragraph",
                f"<p>{claim(groehler, 'The school opened in 1925')}. "
                "By 1933 it had trained 120 pilots.</p>"
                "<p>The airfield lay north of the town.</p>",
            )
        ]
    ).body
    coverage = body_coverage(body)
    assert (coverage.paragraphs, coverage.cited_paragraphs) == (2, 1)
    assert [item.text for item in coverage.uncited_paragraphs] == [
        "The airfield lay north of the town."
    ]
    assert [item.text for item in coverage.uncited_figures] == [
        "By 1933 it had trained 120 pilots."
    ]
