"""One way to render a form field on every page (``includes/form_field.html``)."""

from django import template
from django.forms import BoundField

from core.forms import HoneypotField

register = template.Library()


@register.inclusion_tag("includes/form_field.html")
def form_field(field: BoundField) -> dict:
    """A field with its label, help text and errors, tied for screen readers.

    Django names the help and the errors in the control's ``aria-describedby``
    (``<id>_helptext``, ``<id>_error``) and marks it ``aria-invalid``; the
    template gives them those ids. A group of choices is described as a whole.
    """
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
        "described_by": field.aria_describedby,
    }
