"""What editors should improve next: every assessed kind of page with its step."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from .grades import Criterion, Grade, open_reviews, rank
from .models import Assessment, Graded
from .services import evidence_for, open_supports

#: The assessed page types, by model label.
GRADED_TYPES = ("articles.ArticlePage", "encyclopedia.EntryPage")


@dataclass
class WorkItem:
    """One page and what would raise its grade."""

    page: Page
    latest: Assessment | None = None
    review: dict | None = None
    steps: list[str] = field(default_factory=list)

    @property
    def grade(self) -> str:
        return self.page.grade


def graded_pages(grade: str | None = None) -> list[QuerySet]:
    """The live pages of every assessed type, optionally of one grade ("" for none)."""
    querysets = []
    for label in GRADED_TYPES:
        model: type[Graded] = apps.get_model(label)
        # An alias shows its original's text and grade: the original is the work.
        pages = model.objects.live().filter(alias_of=None).select_related("locale")
        if grade is not None:
            pages = pages.filter(grade=grade)
        querysets.append(pages)
    return querysets


def worklist(
    page_ids: set[int] | None = None, grade: str | None = None
) -> list[WorkItem]:
    """The work items, open reviews first, then from the lowest grade up.

    ``page_ids`` limits them to the pages a user may explore.
    """
    pages = [
        page
        for queryset in graded_pages(grade)
        for page in queryset.defer_streamfields()
        if page_ids is None or page.pk in page_ids
    ]
    latest: dict[int, Assessment] = {}
    for assessment in Assessment.objects.filter(
        page_id__in=[page.pk for page in pages]
    ).select_related("assessor"):
        latest.setdefault(assessment.page_id, assessment)
    items = [WorkItem(page, latest.get(page.pk)) for page in pages]
    for item in items:
        # Reviews are for pages at B or above: those that may have one open.
        if rank(item.grade) >= rank(Grade.B):
            supports = open_supports(item.page, item.page.authors_user_ids())
            if reviews := open_reviews(supports, item.grade):
                item.review = reviews[-1]
    items.sort(
        key=lambda item: (item.review is None, rank(item.grade), item.page.title)
    )
    return items


def add_steps(item: WorkItem) -> None:
    """Say what the page needs next, reading its text (call for shown items only)."""
    page, last = item.page.specific, item.latest
    evidence = evidence_for(page)
    if item.review:
        review = item.review
        if review["needed"]:
            item.steps.append(
                ngettext(
                    "Review for %(grade)s open: %(count)d more support needed.",
                    "Review for %(grade)s open: %(count)d more supports needed.",
                    review["needed"],
                )
                % {"grade": Grade(review["grade"]).label, "count": review["needed"]}
            )
        if not review["source_review"]:
            item.steps.append(_("A reviewer has still to review the sources."))
    if not item.grade:
        item.steps.append(_("Not assessed yet."))
    if not evidence.paragraphs:
        item.steps.append(_("Write its text: it has only a summary."))
    if not evidence.sources:
        item.steps.append(_("Cite its sources."))
    elif evidence.uncited_paragraphs:
        item.steps.append(
            ngettext(
                "Footnote %(count)d paragraph.",
                "Footnote %(count)d paragraphs.",
                evidence.uncited_paragraphs,
            )
            % {"count": evidence.uncited_paragraphs}
        )
    if last and rank(item.grade) < rank(Grade.B):
        unmet = [
            str(Criterion(value).label)
            for value in Criterion.values
            if value not in last.criteria
        ]
        if unmet:
            item.steps.append(
                _("Not yet met for B: %(criteria)s.") % {"criteria": ", ".join(unmet)}
            )
    if item.grade == Grade.B and not item.review and not evidence.uncited_paragraphs:
        item.steps.append(_("Ready for a review for A."))
    if item.grade == Grade.A and not item.review:
        item.steps.append(_("Ready for a review for Featured."))
