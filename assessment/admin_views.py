"""Assessing a page, and the worklist of what to improve next."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from citations.coverage import coverage_report
from core.editors import explorable_page_ids

from .forms import AssessmentForm
from .grades import CRITERIA, MEANINGS, Criterion, Grade, open_reviews
from .models import Graded
from .services import assess, open_supports
from .worklist import add_steps, worklist

PERMISSION = "assessment.assess_page"
WORKLIST_PAGE_SIZE = 50


def assess_page(request: HttpRequest, page_id: int) -> HttpResponse:
    """The page's grade, its grading history and the form to assess it."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, Graded):
        raise Http404(_("Only articles and encyclopedia entries are graded."))
    if page.pk not in explorable_page_ids(request.user):
        raise PermissionDenied
    form = AssessmentForm(request.POST or None, initial={"grade": page.grade or None})
    if request.method == "POST" and form.is_valid():
        if not page.live:
            form.add_error(None, _("Only a published page is assessed."))
        else:
            try:
                assessment = assess(page, form.proposal(request.user.pk))
            except ValidationError as error:
                form.add_refusal(error.error_list)
            else:
                if assessment.changed_grade:
                    messages.success(
                        request,
                        _("“%(title)s” is now graded %(grade)s.")
                        % {
                            "title": page.title,
                            "grade": Grade(assessment.grade_after).label,
                        },
                    )
                else:
                    messages.success(request, _("Your assessment is recorded."))
                return redirect("assessment_assess", page_id=page.pk)
    authors = page.authors_user_ids()
    supports = open_supports(page, authors)
    reviews = open_reviews(supports, page.grade)
    return TemplateResponse(
        request,
        "assessment/admin/assess.html",
        {
            "page": page,
            "form": form,
            "is_author": request.user.pk in authors,
            "meaning": MEANINGS.get(page.grade, ""),
            "criteria": [(Criterion(v).label, CRITERIA[v]) for v in Criterion.values],
            "reviews": reviews,
            "assessments": page.assessments.select_related("assessor")[:50],
            "report": coverage_report(page),
            "grades": Grade,
        },
    )


def quality_worklist(request: HttpRequest) -> HttpResponse:
    """Every graded page a user may explore, open reviews first, with its next step."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    wanted = request.GET.get("grade", "")
    grade = "" if wanted == "none" else wanted if wanted in Grade.values else None
    items = worklist(explorable_page_ids(request.user), grade)
    shown = Paginator(items, WORKLIST_PAGE_SIZE).get_page(request.GET.get("p"))
    for item in shown:
        add_steps(item)
    return TemplateResponse(
        request,
        "assessment/admin/worklist.html",
        {
            "items": shown,
            "wanted": wanted if grade is not None else "",
            "grades": Grade.choices,
            "may_assess": request.user.has_perm(PERMISSION),
        },
    )
