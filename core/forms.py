"""What the site's forms share: the honeypot field."""

from __future__ import annotations

from django import forms
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
