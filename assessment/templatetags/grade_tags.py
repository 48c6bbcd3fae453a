"""The grade filter the magazine, the encyclopedia and search share."""

from django import template

from ..grades import Grade

register = template.Library()


@register.inclusion_tag("assessment/includes/grade_filter.html", takes_context=True)
def grade_filter(context, selected: str = "", form_id: str = "grade-filter") -> dict:
    """A form choosing one grade, keeping the list's other filters."""
    request = context["request"]
    return {
        "request": request,
        "kept": [
            (name, value)
            for name, value in request.GET.items()
            if name not in ("grade", "page")
        ],
        "grade_choices": Grade.choices,
        "selected": selected or "",
        "form_id": form_id,
    }
