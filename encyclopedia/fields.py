"""A model field and a form field for :class:`~encyclopedia.dates.HistoricalDate`."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .dates import HistoricalDate, HistoricalDateError, parse_historical_date

STORAGE_LENGTH = 12
MAX_TYPED_LENGTH = 40


def _editor_text(value: HistoricalDate) -> str:
    """Write a date the way the parser reads it back, for the edit form."""
    text = value.iso if value.precision > 1 else f"{value.year}s"
    return f"c. {text}" if value.circa else text


def to_historical_date(value) -> HistoricalDate | None:
    """Accept a date, its stored text or editor's text; raise ValidationError if not."""
    if value is None or isinstance(value, HistoricalDate):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        if text[:4].isdigit() and len(text) >= 10 and text[4] == "-" and text[7] == "-":
            return HistoricalDate.from_storage(text)
        return parse_historical_date(text)
    except HistoricalDateError as error:
        raise ValidationError(error.message, code=error.code) from error


class HistoricalDateFormField(forms.CharField):
    """A text box that reads "1925", "June 1925", "15.7.1925" or "c. 1921"."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault(
            "help_text",
            _("For example 1925, June 1925, 15.7.1925, 1925-07-15, 1920s or c. 1921."),
        )
        kwargs.pop("max_length", None)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("maxlength", str(MAX_TYPED_LENGTH))

    def prepare_value(self, value):
        if isinstance(value, HistoricalDate):
            return _editor_text(value)
        if isinstance(value, str) and value:
            try:
                parsed = to_historical_date(value)
            except ValidationError:
                return value
            return _editor_text(parsed) if parsed else ""
        return value

    def to_python(self, value) -> HistoricalDate | None:
        text = super().to_python(value)
        if len(text) > MAX_TYPED_LENGTH:
            raise ValidationError(
                _("A date is at most %(limit)d characters long."),
                code="max_length",
                params={"limit": MAX_TYPED_LENGTH},
            )
        return to_historical_date(text)

    def has_changed(self, initial, data) -> bool:
        try:
            return to_historical_date(initial) != to_historical_date(data)
        except ValidationError:
            return True


class HistoricalDateField(models.CharField):
    """A partial, possibly approximate date, stored as sortable text.

    Blank means unknown. The stored text sorts as the dates do, so ordering and
    range filters run in the database.
    """

    description = _("Historical date")

    def __init__(self, *args, **kwargs) -> None:
        kwargs["max_length"] = STORAGE_LENGTH
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        if not value:
            return None
        return HistoricalDate.from_storage(value)

    def to_python(self, value) -> HistoricalDate | None:
        return to_historical_date(value)

    def get_prep_value(self, value) -> str:
        value = to_historical_date(value)
        return value.storage if value else ""

    def run_validators(self, value) -> None:
        # The stored text has a fixed length by construction; CharField's length
        # validator would only trip over the date object.
        return

    def value_to_string(self, obj) -> str:
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": HistoricalDateFormField, **kwargs})
