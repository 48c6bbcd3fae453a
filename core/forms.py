"""What the site's forms share: the honeypot field and how a field is rendered."""

from __future__ import annotations

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _


class HoneypotField(forms.CharField):
    """A field people never see or reach: forms that fill it in are not people.

    Hidden by the stylesheet (``.honeypot``), out of the keyboard order and of
    the browser's autofill.
    """

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
        )
        super().__init__(**kwargs)


def described_by(field: BoundField) -> str:
    """The ids of a field's help text and errors, as the page renders them."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    return " ".join(ids)


def control(field: BoundField) -> str:
    """Render a field's widget tied to its help text and errors.

    Django marks a field with errors ``aria-invalid``; its own
    ``aria-describedby`` names the help text only.
    """
    ids = described_by(field)
    return field.as_widget(attrs={"aria-describedby": ids} if ids else None)
