"""Every article and entry can be cited: by a permanent link to the revision
read, in Chicago, APA and ČSN ISO 690, as BibTeX, RIS and CSL-JSON, and from
the tags in its head that Zotero and Google Scholar read."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticlePage
from encyclopedia.models import PlacePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_media")]


@pytest.fixture
def article():
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", slug="lipetsk-flying-school")
        .get()
    )


def first_author(page) -> tuple[str, str]:
    name = page.authors.order_by("sort_order").first().contributor.name
    given, _, family = name.rpartition(" ")
    return given, family


def references(client, page) -> dict[str, str]:
    response = client.get(reverse("citations:cite", args=(page.pk,)), follow=True)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        style.dt.get_text(): style.select_one(".cite__reference").get_text()
        for style in soup.select(".cite__style")
    }


def test_an_article_is_cited_in_three_styles_by_its_revision(client, article):
    given, family = first_author(article)
    permalink = "http://testserver" + reverse(
        "history:revision", args=(article.pk, article.live_revision_id)
    )
    published = timezone.localtime(article.live_revision.created_at)
    today = timezone.localdate()
    cited = references(client, article)

    assert f"{family}, {given}" in cited["Chicago"]
    # In headline case, the full stop inside the quotes, as Americans write.
    assert f"“{article.title}.” Garrison,".lower() in cited["Chicago"].lower()
    assert "Officially Did Not" in cited["Chicago"]
    assert cited["Chicago"].endswith(f"{permalink}.")

    assert f"{family}, {given[0]}." in cited["APA"]
    assert f"({published.year}, {published:%B} {published.day})." in cited["APA"]
    assert cited["APA"].endswith(permalink)

    # ČSN ISO 690: the family name in capitals, the date read in square
    # brackets, the address after "Dostupné z:".
    iso = cited["ČSN ISO 690"]
    assert iso.startswith(f"{family.upper()}, {given}")
    assert f"[vid.\xa0{today:%Y-%m-%d}]" in iso  # a space that does not break
    assert iso.endswith(f"Dostupné z: {permalink}")
    assert client.get(permalink).status_code == 200


def test_the_citation_downloads_for_reference_managers(client, article):
    given, family = first_author(article)
    revision = article.live_revision_id
    url = reverse("citations:download", args=(article.pk, "bibtex"))
    bibtex = client.get(url)
    assert bibtex["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert "attachment" in bibtex["Content-Disposition"]
    text = bibtex.content.decode()
    assert text.startswith(f"@online{{garrison-{article.pk}-{revision},")
    assert f"{family}, {given}" in text
    assert f"urldate = {{{timezone.localdate():%Y-%m-%d}}}" in text

    ris = client.get(reverse("citations:download", args=(article.pk, "ris")))
    lines = ris.content.decode().split("\r\n")
    assert lines[0] == "TY  - ELEC" and f"AU  - {family}, {given}" in lines
    assert "ER  - " in lines

    data = client.get(reverse("citations:download", args=(article.pk, "csl-json")))
    (item,) = json.loads(data.content)
    assert item["title"] == article.title and item["type"] == "webpage"
    assert item["URL"].endswith(f"/revisions/{revision}/")

    unknown = client.get(reverse("citations:download", args=(article.pk, "doc")))
    assert unknown.status_code == 404


def test_pages_carry_highwire_tags_and_coins(client, article):
    given, family = first_author(article)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    meta = {}
    for tag in soup.select("meta[name^=citation_]"):
        meta.setdefault(tag["name"], []).append(tag["content"])
    assert meta["citation_title"] == [article.title]
    assert f"{family}, {given}" in meta["citation_author"]
    assert re.fullmatch(r"\d{4}/\d\d/\d\d", meta["citation_publication_date"][0])
    assert "rft.title=" in soup.select_one("span.Z3988")["title"]

    entry = PlacePage.objects.live().get(locale__language_code="en", slug="lipetsk")
    soup = BeautifulSoup(client.get(entry.url).content, "html.parser")
    authors = [t["content"] for t in soup.select("meta[name=citation_author]")]
    assert authors == ["Garrison contributors"]  # an entry is the community's


def test_a_czech_page_is_cited_under_its_own_language(client):
    page = ArticlePage.objects.live().filter(locale__language_code="cs").first()
    response = client.get(reverse("citations:cite", args=(page.pk,)))
    assert response.status_code == 302  # the Czech page, under /cs/
    assert response["Location"].startswith("/cs/pages/")
    soup = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert soup.h1.get_text() == "Citovat tuto stránku"
    assert soup.select_one(".cite__style:last-child .cite__reference")["lang"] == "cs"
