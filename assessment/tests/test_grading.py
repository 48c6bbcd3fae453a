"""Who may give which grade, and what a grade does to the page that holds it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.factories import published_article
from articles.models import ArticlePage
from assessment.grades import Criterion, Grade
from assessment.models import Assessment
from community.factories import ContributorFactory
from community.role_setup import setup_roles

pytestmark = pytest.mark.django_db

ALL = list(Criterion.values)


def cited(source_id: int, text: str) -> dict:
    return {
        "type": "paragraph",
        "value": f'<p><span data-cites="{source_id}">{text}</span></p>',
    }


@pytest.fixture
def people(site_tree):
    """An article's bylined author and three editors who did not write it."""
    setup_roles()
    users = {}
    for name in ("author", "first", "second", "third"):
        user = get_user_model().objects.create_user(name, f"{name}@example.org", "x")
        user.groups.add(Group.objects.get(name="Editor"))
        users[name] = user
    return users


@pytest.fixture
def article(site_tree, people):
    _home, index = site_tree
    byline = ContributorFactory(user=people["author"])
    page = published_article(index, authors=[byline], body=[])
    source = page.citations.get().source_id
    page.body = [
        cited(source, "The school opened in 1925."),
        cited(source, "It closed in 1933."),
    ]
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def assess(client, user, page, grade, criteria=(), **extra):
    client.force_login(user)
    data = {"grade": grade, "criteria": list(criteria), **extra}
    return client.post(reverse("assessment_assess", args=[page.pk]), data)


def grade_of(page) -> str:
    return ArticlePage.objects.get(pk=page.pk).grade


def test_an_author_cannot_grade_their_own_page_a(client, article, people):
    for user in ("first", "second"):
        assess(client, people[user], article, "b", ALL)
    assert grade_of(article) == Grade.B

    response = assess(
        client, people["author"], article, "a", ALL, source_review="on", note="Done."
    )

    assert response.status_code == 200
    assert "You are among this page&#x27;s authors" in response.text
    assert grade_of(article) == Grade.B
    assert not Assessment.objects.filter(assessor=people["author"]).exists()


def test_whoever_saved_a_version_is_an_author_too(client, article, people):
    article.title = "A corrected title"
    article.save_revision(user=people["first"]).publish()

    response = assess(client, people["first"], article, "b", ALL)

    assert "You are among this page&#x27;s authors" in response.text
    assert grade_of(article) == ""


def test_an_author_may_grade_their_page_up_to_c(client, article, people):
    assess(client, people["author"], article, "c", ALL[:3])

    assert grade_of(article) == Grade.C


def test_a_needs_two_independent_supports_and_a_source_review(client, article, people):
    assess(client, people["first"], article, "b", ALL)
    assess(client, people["first"], article, "a", ALL)
    assert grade_of(article) == Grade.B  # one support

    again = assess(client, people["first"], article, "a", ALL)
    assert "already support" in again.text

    assess(client, people["second"], article, "a", ALL)
    assert grade_of(article) == Grade.B  # two supports, the sources unreviewed

    assess(client, people["third"], article, "a", ALL, source_review="on")
    assert grade_of(article) == Grade.A
    assert Assessment.objects.filter(page=article, grade_after="a").count() == 1


def test_a_review_starts_from_b(client, article, people):
    response = assess(client, people["first"], article, "a", ALL, source_review="on")

    assert "A review for A starts from grade B" in response.text
    assert grade_of(article) == ""


def test_b_needs_every_criterion_and_a_footnote_in_every_paragraph(
    client, article, people
):
    short = assess(client, people["first"], article, "b", ALL[1:])
    assert "asks for all five criteria" in short.text

    article.body = [
        *article.body.raw_data,
        {"type": "paragraph", "value": "<p>Uncited.</p>"},
    ]
    article.save_revision(user=people["author"]).publish()
    uncited = assess(client, people["first"], article, "b", ALL)
    assert "1 paragraph has no footnote" in uncited.text
    assert grade_of(article) == ""


def test_a_lower_grade_needs_a_note(client, article, people):
    assess(client, people["first"], article, "b", ALL)

    silent = assess(client, people["second"], article, "start", [])
    assert "why the page goes down" in silent.text
    assess(client, people["second"], article, "start", [], note="Half is unsourced.")

    assert grade_of(article) == Grade.START


def test_publishing_keeps_the_grade_and_a_copy_starts_without_one(
    client, article, people
):
    assess(client, people["first"], article, "b", ALL)
    older = article.revisions.order_by("created_at").first()

    older.publish()
    copy = ArticlePage.objects.get(pk=article.pk).copy(
        update_attrs={"slug": "a-copy", "title": "A copy"}
    )

    assert grade_of(article) == Grade.B
    assert copy.grade == ""


def test_readers_see_the_grade_with_its_meaning(client, article, people):
    assess(client, people["first"], article, "b", ALL)
    client.logout()

    page = client.get(article.url).text
    scale = client.get("/grades/").text

    assert 'href="/grades/#grade-b"' in page
    assert "Quality: B" in page
    assert "cited claim by claim" in page
    assert 'id="grade-b"' in scale
    assert "1 article" in scale


def test_only_assessors_assess(client, article):
    reader = get_user_model().objects.create_user("reader", "r@example.org", "x")
    client.force_login(reader)

    response = client.get(reverse("assessment_assess", args=[article.pk]))

    assert response.status_code in (302, 403)


def test_one_assessor_lowers_even_a_featured_page_with_a_note(client, article, people):
    assess(client, people["first"], article, "b", ALL)
    for grade in ("a", "featured"):
        assess(client, people["first"], article, grade, ALL)
        assess(client, people["second"], article, grade, ALL, source_review="on")
    assert grade_of(article) == Grade.FEATURED

    assess(client, people["third"], article, "a", ALL, note="Two sections gone stale.")

    assert grade_of(article) == Grade.A


def test_a_publish_begun_before_an_assessment_does_not_undo_it(client, article, people):
    loaded_before = ArticlePage.objects.get(pk=article.pk)
    assess(client, people["first"], article, "b", ALL)

    loaded_before.save_revision().publish()

    assert grade_of(article) == Grade.B
