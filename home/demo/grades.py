"""The demo's grades: each article and entry assessed as its text deserves.

The demo's editor and moderator assess, through the same rules as anyone
(``assessment.services.assess``): a page is graded by what it holds (a text of
its own, footnotes in every paragraph, sources, a picture), and a few of the
fully footnoted articles go through reviews for A and Featured.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from wagtail.models import Page

from articles.models import ArticlePage
from assessment.grades import Criterion, Grade, Proposal
from assessment.models import Assessment
from assessment.services import assess, evidence_for
from encyclopedia.models import EntryPage

#: Articles reviewed for A, and the one for Featured, by slug.
A_CLASS_ARTICLES = {"kama-and-tomka", "a-wall-of-concrete", "khalkhin-gol-1939"}
FEATURED_ARTICLE = "september-1938"
#: The entry reviewed for A.
A_CLASS_ENTRIES = {"battle-of-khalkhin-gol"}

ALL = frozenset(Criterion.values)
#: The criteria an assessor ticks for a grade below B.
CRITERIA_BELOW_B = {
    Grade.STUB: frozenset(),
    Grade.START: frozenset({Criterion.STRUCTURE}),
    Grade.C: frozenset({Criterion.COVERAGE, Criterion.STRUCTURE, Criterion.STYLE}),
}
NOTES = {
    Grade.STUB: "A summary and the facts in the infobox; the story is still to tell.",
    Grade.START: "A text of its own, but it needs more sources and more of the story.",
    Grade.C: "A good account; footnote each paragraph to reach B.",
    Grade.B: "Each criterion checked; every paragraph cites its source.",
    Grade.A: "Read against the sources: the claims checked hold.",
    Grade.FEATURED: "One of the site's best; a model for the others.",
}


def load_grades() -> list[str]:
    """Grade every live article and entry; nothing when the demo is graded."""
    User = get_user_model()
    editor = User.objects.filter(username="editor").first()
    moderator = User.objects.filter(username="moderator").first()
    if editor is None or moderator is None or Assessment.objects.exists():
        return []
    graded = []
    for model in (ArticlePage, EntryPage):
        for page in model.objects.live().filter(alias_of=None).specific():
            grade = _deserved(page)
            _grade(page, grade, editor.pk, moderator.pk)
            graded.append(page)
    return [f"grades for {len(graded)} pages"]


def _deserved(page: Page) -> Grade:
    evidence = evidence_for(page)
    referenced = evidence.sources and not evidence.uncited_paragraphs
    if not evidence.paragraphs:
        return Grade.START if _illustrated(page) else Grade.STUB
    if not referenced:
        return Grade.C if evidence.sources >= 2 else Grade.START
    reviewed = A_CLASS_ARTICLES | A_CLASS_ENTRIES
    if page.slug == FEATURED_ARTICLE and page.locale.language_code == "en":
        return Grade.FEATURED
    if page.slug in reviewed and page.locale.language_code == "en":
        return Grade.A
    return Grade.B


def _illustrated(page: Page) -> bool:
    return bool(getattr(page, "image_id", None) or getattr(page, "lead_image_id", None))


def _grade(page: Page, grade: Grade, editor: int, moderator: int) -> None:
    if grade in CRITERIA_BELOW_B:
        criteria = CRITERIA_BELOW_B[grade]
        if grade == Grade.C and _illustrated(page):
            criteria |= {Criterion.SUPPORTING}
        assess(page, Proposal(editor, grade, criteria, note=NOTES[grade]))
        return
    assess(page, Proposal(editor, Grade.B, ALL, note=NOTES[Grade.B]))
    reviews = {Grade.A: [Grade.A], Grade.FEATURED: [Grade.A, Grade.FEATURED]}
    for review in reviews.get(grade, []):
        # Two supports from people who did not write it, one with a source review.
        assess(page, Proposal(editor, review, ALL))
        assess(page, Proposal(moderator, review, ALL, True, NOTES[review]))
