"""Grades over the demo: on every page, and a filter of every list that shows pages."""

import re

import pytest
from django.contrib.auth import get_user_model

from articles.models import ArticlePage
from assessment.grades import Grade
from encyclopedia.models import EntryPage

pytestmark = pytest.mark.django_db


def test_every_demo_article_and_entry_has_a_grade(demo):
    for model in (ArticlePage, EntryPage):
        pages = model.objects.live()
        assert pages.exists()
        assert not pages.filter(grade="").exists()
    grades = set(ArticlePage.objects.values_list("grade", flat=True))
    assert {Grade.FEATURED, Grade.A, Grade.B} <= grades


def test_the_magazine_and_the_encyclopedia_filter_by_grade(client, demo):
    a_class = set(
        ArticlePage.objects.live()
        .filter(locale__language_code="en", grade="a")
        .values_list("title", flat=True)
    )
    html = client.get("/articles/", {"grade": "a"}).text
    listed = set(re.findall(r'class="card__title"><a href="[^"]+">(.*?)</a>', html))
    assert listed == a_class and len(a_class) == 3
    assert "articles graded A" in html

    unknown = client.get("/articles/", {"grade": "excellent"}).text
    assert "“excellent” is not a quality grade." in unknown

    entries = client.get("/encyclopedia/", {"grade": "b"}).text
    titles = re.findall(r'entry-list__item"><a href="[^"]+"[^>]*>(.*?)</a>', entries)
    assert "Battle of Khalkhin Gol" not in titles  # graded A
    assert "Panzerschule Kama" in titles
    assert all("quality B" in item for item in entries.split("entry-list__item")[1:])
    # The kinds and letters keep the grade.
    assert 'href="?grade=b&amp;type=person' in entries


def test_search_and_the_api_filter_by_grade_and_show_it(client, demo):
    html = client.get("/search/", {"q": "Khalkhin", "grade": "a"}).text
    hits = re.findall(r'<li class="search-result"><a href="([^"]+)"', html)
    assert hits and all("khalkhin" in hit for hit in hits)
    assert "quality A" in html

    articles = client.get("/api/v1/articles", {"grade": "featured"}).json()
    assert [item["grade"] for item in articles["items"]] == ["featured"] * len(
        articles["items"]
    )
    assert articles["items"]
    entries = client.get("/api/v1/entries", {"grade": "stub", "lang": "en"}).json()
    assert entries["items"] and {e["grade"] for e in entries["items"]} == {"stub"}
    found = client.get("/api/v1/search", {"q": "Guernica", "grade": "b"}).json()
    assert found["items"] and {hit["grade"] for hit in found["items"]} == {"b"}

    refused = client.get("/api/v1/entries", {"grade": "excellent"})
    assert refused.status_code == 400


def test_the_scale_counts_pages_in_the_readers_language(client, demo):
    english = client.get("/grades/").text
    czech = client.get("/cs/grades/").text

    assert '<a href="/articles/?grade=featured">1 article</a>' in english
    assert 'href="/cs/magazin/?grade=' in czech
    assert 'lang="cs"' in czech


def test_the_worklist_shows_editors_what_to_do_next(client, demo):
    editor = get_user_model().objects.get(username="editor")
    client.force_login(editor)

    html = client.get("/admin/reports/quality/", {"grade": "c"}).text

    assert "Footnote 1 paragraph." in html
    assert "Lipetsk: a German air force" in html
    stubs = client.get("/admin/reports/quality/", {"grade": "stub"}).text
    assert "Write its text: it has only a summary." in stubs
