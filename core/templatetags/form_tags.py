"""One way to render a form field on every page (``includes/form_field.html``)."""

from django import template
from django.forms import BoundField

from core.forms import HoneypotField, control, described_by

register = template.Library()


@register.inclusion_tag("includes/form_field.html")
def form_field(field: BoundField) -> dict:
    """A field with its label, help text and errors, tied for screen readers."""
    widget = field.widget_type
    return {
        "field": field,
        "layout": (
            "honeypot"
            if isinstance(field.field, HoneypotField)
            else "choices"
            if widget in ("radioselect", "checkboxselectmultiple")
            else "checkbox"
            if widget == "checkbox"
            else "control"
        ),
        "described_by": described_by(field),
    }


@register.simple_tag
def form_control(field: BoundField) -> str:
    """The field's widget alone, with ``aria-describedby`` for help and errors."""
    return control(field)
