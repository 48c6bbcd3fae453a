"""Recording an assessment: the one place a page's grade changes."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.index import insert_or_update_object

from citations.coverage import coverage_report
from core.bulk_loading import loading_in_bulk
from core.caching.store import invalidate
from core.caching.tags import ANY_CONTENT

from .grades import Criterion, Evidence, Proposal, Support, grade_after, problems
from .models import Assessment


def evidence_for(page: Page) -> Evidence:
    """What the live version of ``page`` (specific) says about its referencing."""
    report = coverage_report(page)
    return Evidence(
        sources=page.citations.count(),
        uncited_paragraphs=len(report["coverage"].uncited_paragraphs),
        unlisted_footnotes=len(report["unlisted"]),
        paragraphs=report["coverage"].paragraphs,
    )


def open_supports(page: Page, authors: set[int]) -> list[Support]:
    """Supports for a grade given since the page's grade last changed.

    Only assessors who are not among the page's authors and who ticked every
    criterion count: the supports an A-class or Featured review adds up.
    """
    last_change = (
        Assessment.objects.filter(page=page)
        .exclude(grade_before=F("grade_after"))
        .values_list("pk", flat=True)
        .first()
    )
    assessments = Assessment.objects.filter(page=page).exclude(assessor=None)
    if last_change is not None:
        assessments = assessments.filter(pk__gt=last_change)
    supports = []
    for assessor_id, grade, criteria, source_review in assessments.values_list(
        "assessor_id", "grade", "criteria", "source_review"
    ):
        if assessor_id in authors or set(Criterion.values) - set(criteria):
            continue
        supports.append(Support(assessor_id, grade, source_review))
    return supports


@transaction.atomic
def assess(page: Page, proposal: Proposal) -> Assessment:
    """Record ``proposal`` on ``page`` and give the page the grade that follows.

    Raises ``ValidationError`` (each problem with its code) and records
    nothing when the rules refuse it. The page row is locked, so two
    assessors at once are counted one after the other.
    """
    page = type(page).objects.select_for_update().get(pk=page.pk)
    if page.alias_of_id:
        raise ValidationError(
            _("This page shows another's text: assess the original."), code="alias"
        )
    authors = page.authors_user_ids()
    supports = open_supports(page, authors)
    found = problems(
        proposal,
        current=page.grade,
        authors=authors,
        evidence=evidence_for(page),
        supports=supports,
    )
    if found:
        raise ValidationError(found)
    after = grade_after(proposal, current=page.grade, supports=supports)
    assessment = Assessment.objects.create(
        page=page,
        revision_id=page.live_revision_id,
        assessor_id=proposal.assessor_id,
        grade=proposal.grade,
        criteria=sorted(proposal.criteria),
        source_review=proposal.source_review,
        note=proposal.note.strip(),
        grade_before=page.grade,
        grade_after=after,
    )
    if after != page.grade:
        # Its aliases in the other languages' trees show its text, and its grade.
        type(page).objects.filter(Q(pk=page.pk) | Q(alias_of=page)).update(grade=after)
        page.grade = after
        transaction.on_commit(lambda: _grade_changed(page))
    return assessment


def _grade_changed(page: Page) -> None:
    # The page shows its grade, the lists filter by it and /grades/ counts it.
    for graded in [page, *type(page).objects.filter(alias_of=page)]:
        invalidate(graded.cache_tags_changed() | {ANY_CONTENT})
        if not loading_in_bulk():  # else it is indexed at the end of the load
            insert_or_update_object(graded)
