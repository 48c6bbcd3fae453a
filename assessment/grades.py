"""The quality scale and its rules, over plain values.

The scale and the criteria are those of Wikipedia's Military History project,
adapted: Stub, Start, C, B, A, Featured, and five criteria (referencing and
citation, coverage and accuracy, structure, grammar and style, supporting
materials). Who may give which grade:

- Stub, Start and C are any assessor's judgement, the page's own authors
  included; C asks for at least three of the five criteria.
- B asks for all five, ticked by an assessor who is not among the authors.
- A and Featured are reviews: a page already at B (for Featured, at A) gets
  the grade once two assessors who are not among its authors support it with
  all five criteria, and one of them has reviewed its sources.
- A lower grade takes effect at once, with a note saying why.

The referencing criterion is also checked against the text: it cannot be
ticked while the page cites no source or has a paragraph without a footnote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy


class Grade(models.TextChoices):
    STUB = "stub", pgettext_lazy("quality grade", "Stub")
    START = "start", pgettext_lazy("quality grade", "Start")
    C = "c", pgettext_lazy("quality grade", "C")
    B = "b", pgettext_lazy("quality grade", "B")
    A = "a", pgettext_lazy("quality grade", "A")
    FEATURED = "featured", pgettext_lazy("quality grade", "Featured")


#: Lowest first; a page never assessed has no grade ("").
SCALE: tuple[str, ...] = ("", *Grade.values)

#: What each grade tells a reader, in a sentence.
MEANINGS: dict[str, str] = {
    Grade.STUB: _(
        "A short page or a rough collection of facts: a start for someone to build on."
    ),
    Grade.START: _(
        "A page with some substance that still lacks sources, important parts "
        "of the story, or a clear shape."
    ),
    Grade.C: _(
        "A substantial page that meets most of the criteria but still has gaps "
        "in its sources or its coverage."
    ),
    Grade.B: _(
        "Complete in outline, cited claim by claim, well organised and well "
        "written; a reviewer has checked each criterion."
    ),
    Grade.A: _(
        "Thorough and accurate, passed by two independent reviewers and a "
        "review of its sources."
    ),
    Grade.FEATURED: _(
        "Among the best the site has: an A-class page reviewed again and "
        "chosen to be shown first."
    ),
}


class Criterion(models.TextChoices):
    REFERENCING = "referencing", _("Referencing and citation")
    COVERAGE = "coverage", _("Coverage and accuracy")
    STRUCTURE = "structure", _("Structure")
    STYLE = "style", _("Grammar and style")
    SUPPORTING = "supporting", _("Supporting materials")


#: What each criterion asks, as the assessor and the reader see it.
CRITERIA: dict[str, str] = {
    Criterion.REFERENCING: _(
        "Every paragraph, and every figure, is cited to a reliable source, with "
        "a page or locator where the source is long."
    ),
    Criterion.COVERAGE: _(
        "It covers the subject without obvious omissions or inaccuracies, and "
        "weighs the sources where they disagree."
    ),
    Criterion.STRUCTURE: _(
        "It has a lead that sums it up and sections in a sensible order."
    ),
    Criterion.STYLE: _(
        "It reads well: clear, plain language, consistent names and dates, no "
        "errors of grammar or spelling."
    ),
    Criterion.SUPPORTING: _(
        "It has what helps a reader where it fits: an infobox or a picture, a "
        "map, a timeline, links to the entries it names."
    ),
}

#: Criteria a C-class page meets, at least.
C_CRITERIA = 3
#: Independent supports an A-class or Featured review needs.
SUPPORTS_NEEDED = 2
#: Grades given by review rather than by one assessor.
REVIEWED = frozenset({Grade.A, Grade.FEATURED})
#: The grade a page must hold before a review for these may start.
PREREQUISITE = {Grade.A: Grade.B, Grade.FEATURED: Grade.A}


def rank(grade: str) -> int:
    """Where ``grade`` stands on the scale: 0 for a page never assessed."""
    return SCALE.index(grade)


@dataclass(frozen=True)
class Proposal:
    """What an assessor says of a page: the grade and the criteria it meets."""

    assessor_id: int
    grade: str
    criteria: frozenset[str]
    source_review: bool = False
    note: str = ""


@dataclass(frozen=True)
class Support:
    """An earlier assessor's support in the page's open review."""

    assessor_id: int
    grade: str
    source_review: bool


@dataclass(frozen=True)
class Evidence:
    """What the page's text says about its referencing."""

    sources: int
    uncited_paragraphs: int
    unlisted_footnotes: int = 0
    #: Paragraphs of text: none where a page has only its summary.
    paragraphs: int = 0


def problems(
    proposal: Proposal,
    *,
    current: str,
    authors: set[int],
    evidence: Evidence,
    supports: Iterable[Support] = (),
) -> list[ValidationError]:
    """Why ``proposal`` cannot be recorded; empty when it can."""
    found = []
    grade, ticked = proposal.grade, proposal.criteria
    is_author = proposal.assessor_id in authors
    if Criterion.REFERENCING in ticked:
        if not evidence.sources:
            found.append(
                ValidationError(
                    _("The page cites no source, so it is not referenced."),
                    code="no_sources",
                )
            )
        if evidence.uncited_paragraphs:
            found.append(
                ValidationError(
                    ngettext(
                        "%(count)d paragraph has no footnote, so the page is not "
                        "referenced throughout.",
                        "%(count)d paragraphs have no footnote, so the page is not "
                        "referenced throughout.",
                        evidence.uncited_paragraphs,
                    )
                    % {"count": evidence.uncited_paragraphs},
                    code="uncited",
                )
            )
        if evidence.unlisted_footnotes:
            found.append(
                ValidationError(
                    ngettext(
                        "%(count)d footnote cites a source the page does not list.",
                        "%(count)d footnotes cite a source the page does not list.",
                        evidence.unlisted_footnotes,
                    )
                    % {"count": evidence.unlisted_footnotes},
                    code="unlisted",
                )
            )
    if rank(grade) < rank(current) and not proposal.note.strip():
        found.append(
            ValidationError(
                _("Say in the note why the page goes down to this grade."),
                code="note_required",
            )
        )
    if rank(grade) >= rank(Grade.B) and is_author:
        found.append(
            ValidationError(
                _(
                    "You are among this page's authors: grade B and above are "
                    "given by someone who did not write it."
                ),
                code="author",
            )
        )
    elif is_author and rank(current) >= rank(Grade.B):
        found.append(
            ValidationError(
                _(
                    "You are among this page's authors: a page graded B or above "
                    "is reassessed by someone who did not write it."
                ),
                code="author",
            )
        )
    if grade == Grade.C and len(ticked) < C_CRITERIA:
        found.append(
            ValidationError(
                _("Grade C asks for at least three of the five criteria."),
                code="criteria_unmet",
            )
        )
    if rank(grade) >= rank(Grade.B) and set(Criterion.values) - ticked:
        found.append(
            ValidationError(
                _("Grade %(grade)s asks for all five criteria.")
                % {"grade": Grade(grade).label},
                code="criteria_unmet",
            )
        )
    if grade in REVIEWED and rank(grade) >= rank(current):
        needed = PREREQUISITE[Grade(grade)]
        if grade == current:
            found.append(
                ValidationError(
                    _("The page already holds this grade."), code="unchanged"
                )
            )
        elif rank(current) < rank(needed):
            found.append(
                ValidationError(
                    _("A review for %(grade)s starts from grade %(needed)s.")
                    % {"grade": Grade(grade).label, "needed": needed.label},
                    code="prerequisite",
                )
            )
        if any(
            support.assessor_id == proposal.assessor_id and support.grade == grade
            for support in supports
        ):
            found.append(
                ValidationError(
                    _("You already support this grade in the page's open review."),
                    code="already_supported",
                )
            )
    if proposal.source_review and (
        grade not in REVIEWED or rank(grade) < rank(current)
    ):
        found.append(
            ValidationError(
                _("A source review belongs to a review for A or Featured."),
                code="source_review",
            )
        )
    return found


def grade_after(
    proposal: Proposal, *, current: str, supports: Iterable[Support]
) -> str:
    """The page's grade once an accepted ``proposal`` is recorded.

    Stub to B, and any lower grade, take effect at once. A and Featured take
    effect when this support and the open review's earlier ones come from two
    different assessors, one of whom reviewed the sources.
    """
    if proposal.grade not in REVIEWED or rank(proposal.grade) < rank(current):
        return proposal.grade
    backing = [s for s in supports if s.grade == proposal.grade]
    backing.append(
        Support(proposal.assessor_id, proposal.grade, proposal.source_review)
    )
    assessors = {support.assessor_id for support in backing}
    if len(assessors) >= SUPPORTS_NEEDED and any(s.source_review for s in backing):
        return proposal.grade
    return current


def open_reviews(supports: list[Support], current: str) -> list[dict]:
    """The reviews open for a page at ``current``: each reviewed grade above
    it that has a support, in figures, lowest first."""
    return [
        review_state(supports, grade)
        for grade in (Grade.A, Grade.FEATURED)
        if rank(grade) > rank(current)
        and any(support.grade == grade for support in supports)
    ]


def review_state(supports: Iterable[Support], grade: str) -> dict:
    """An open review for ``grade`` in figures: its supports and what it lacks."""
    backing = [s for s in supports if s.grade == grade]
    assessors = {support.assessor_id for support in backing}
    return {
        "grade": grade,
        "label": Grade(grade).label,
        "supports": len(assessors),
        "needed": max(SUPPORTS_NEEDED - len(assessors), 0),
        "source_review": any(s.source_review for s in backing),
    }
