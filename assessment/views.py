"""``/grades/``: what each grade means to a reader, and the pages that hold it."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from core.locales import active_language
from core.privacy import public_pages
from core.sections import section_urls

from .grades import CRITERIA, MEANINGS, Criterion, Grade


def _counts(model_label: str, language: str) -> dict[str, int]:
    pages = public_pages(
        apps.get_model(model_label)
        .objects.live()
        .filter(locale__language_code=language)
    )
    return dict(pages.values_list("grade").annotate(n=Count("pk")).order_by())


def grades(request: HttpRequest) -> HttpResponse:
    """The scale, highest first, with its criteria and the pages at each grade."""
    language = active_language()
    articles = _counts("articles.ArticlePage", language)
    entries = _counts("encyclopedia.EntryPage", language)
    scale = [
        {
            "value": grade.value,
            "label": grade.label,
            "meaning": MEANINGS[grade],
            "articles": articles.get(grade.value, 0),
            "entries": entries.get(grade.value, 0),
        }
        for grade in reversed(Grade)
    ]
    return TemplateResponse(
        request,
        "assessment/grades.html",
        {
            "scale": scale,
            "criteria": [(Criterion(v).label, CRITERIA[v]) for v in Criterion.values],
            "sections": section_urls(language),
            "not_assessed": articles.get("", 0) + entries.get("", 0),
        },
    )
