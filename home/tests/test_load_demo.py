import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

from articles.models import ArticlePage, Series
from citations.coverage import body_coverage
from citations.footnotes import body_footnotes
from citations.models import Source
from community.models import Contributor
from core.models import AdSlot, GarrisonImage
from encyclopedia.models import EntryPage, Mention, Relation
from home.demo import articles as demo
from home.demo import encyclopedia as demo_encyclopedia
from home.models import HomePage

SEED = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "seed"
    / "german-soviet-cooperation.txt"
)


@pytest.mark.django_db
def test_load_demo_builds_the_site_and_running_it_again_adds_nothing(
    demo, demo_media, client
):
    # The session's demo was built by load_demo; the command runs it again.
    counts = (
        ArticlePage.objects.count(),
        Contributor.objects.count(),
        GarrisonImage.objects.count(),
        AdSlot.objects.count(),
        HomePage.objects.count(),
        EntryPage.objects.count(),
        Relation.objects.count(),
        Mention.objects.count(),
    )
    call_command("load_demo", stdout=open(os.devnull, "w"))
    call_command("load_demo", "--if-empty", stdout=open(os.devnull, "w"))
    assert counts == (
        ArticlePage.objects.count(),
        Contributor.objects.count(),
        GarrisonImage.objects.count(),
        AdSlot.objects.count(),
        HomePage.objects.count(),
        EntryPage.objects.count(),
        Relation.objects.count(),
        Mention.objects.count(),
    )

    from django.contrib.auth import get_user_model

    from community.models import Application

    User = get_user_model()
    for username in ("writer", "researcher", "illustrator", "translator", "editor"):
        user = User.objects.get(username=username)
        assert user.groups.get().name == username.capitalize()
        assert user.contributor is not None
    assert Application.objects.filter(state="confirmed").count() == 1

    for url in ("/encyclopedia/", "/timeline/", "/map/", "/map/places.geojson"):
        assert client.get(url).status_code == 200, url
    for article in ArticlePage.objects.live():
        assert client.get(article.url).status_code == 200
    assert all(home.featured_article for home in HomePage.objects.all())
    assert AdSlot.objects.running().exists()
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_demo_looks_like_a_living_site(demo):
    """The counts a new visitor's first look needs: a full home page, a
    browsable encyclopedia, pictures, faces, and readers taking part."""
    from discussion.models import Post, PostKind

    entries = EntryPage.objects.live().filter(locale__language_code="en")
    assert entries.count() >= 150
    assert not entries.filter(citations__isnull=True).exists()
    short = [
        entry.title
        for entry in entries
        if len(re.findall(r"[.!?](\s|$)", entry.summary)) < 2
    ]
    assert short == []  # every summary is a few sentences
    assert entries.filter(image__isnull=False).count() >= 40
    assert Relation.objects.count() >= 40

    articles = ArticlePage.objects.live().filter(locale__language_code="en")
    assert articles.count() >= 12
    for article in articles.prefetch_related("citations__source"):
        sources = [citation.source for citation in article.citations.all()]
        assert len(sources) >= 3, article.title
        assert article.authors.exists(), article.title
        assert article.lead_image_id, article.title
        assert all(s.url.startswith("https://") for s in sources if s.url)
        # Claims footnoted with the article's own sources, in most paragraphs.
        coverage = body_coverage(article.body)
        assert coverage.cited_paragraphs >= coverage.paragraphs - 1, article.title
        cited = {note.source_id for note in body_footnotes(article.body)}
        assert cited and cited <= {source.pk for source in sources}, article.title
    # A few dead links, with archived copies, at addresses marked as examples.
    dead = Source.objects.filter(url_status="dead").exclude(archive_url="")
    assert dead.count() >= 2
    assert all(".example.org/" in s.url + s.archive_url for s in dead)
    assert all(s.url.split("/")[2].endswith(".example.org") for s in dead)
    in_series = articles.exclude(series=None)
    assert in_series.values("series").distinct().count() >= 2
    assert articles.filter(series=None).count() >= 4
    for series in Series.objects.filter(locale__language_code="en"):
        parts = series.articles.filter(locale__language_code="en")
        assert sorted(parts.values_list("series_part", flat=True)) == list(
            range(1, parts.count() + 1)
        ), series.title
        assert series.get_translation_or_none(
            HomePage.objects.get(locale__language_code="cs").locale
        ), series.title

    contributors = Contributor.objects.all()
    assert contributors.count() >= 5
    assert not contributors.filter(photo=None).exists()
    kinds = set(Post.objects.filter(status="approved").values_list("kind", flat=True))
    assert {PostKind.DISCUSSION, PostKind.ADDITION} <= kinds


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ž0-9]+", text.lower())


def test_demo_articles_do_not_reuse_the_seed_sentences():
    """The seed's facts are free to use; no run of eight of its words may appear."""
    if not SEED.exists():
        if os.environ.get("CI"):
            pytest.fail(f"The seed is missing at {SEED}; CI must have ../shared/.")
        pytest.skip(f"The seed text is not beside this clone ({SEED}).")
    seed = _words(SEED.read_text(encoding="utf-8"))
    seed_runs = {tuple(seed[i : i + 8]) for i in range(len(seed) - 7)}
    for article in demo.ARTICLES:
        text = " ".join(
            [article["standfirst"]]
            + [strip_tags(str(value)) for _, value in article["body"]]
        )
        assert _reused(text, seed_runs) == [], article["slug"]
    for entry in demo_encyclopedia.ENTRIES:
        text = f"{entry['summary']} {strip_tags(entry.get('body', ''))}"
        assert _reused(text, seed_runs) == [], entry["title"]


def _reused(text: str, seed_runs: set) -> list[str]:
    words = _words(text)
    return [
        " ".join(words[i : i + 8])
        for i in range(len(words) - 7)
        if tuple(words[i : i + 8]) in seed_runs
    ]
