"""The timeline's filter form."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .browsing import kind_slug
from .fields import HistoricalDateFormField
from .models import ENTRY_TYPES


class TimelineFilterForm(forms.Form):
    start = HistoricalDateFormField(label=_("From"), required=False, help_text="")
    end = HistoricalDateFormField(label=_("To"), required=False, help_text="")
    type = forms.ChoiceField(
        label=_("Kind of entry"),
        required=False,
        choices=[("", _("All kinds"))]
        + [
            (kind_slug(model), capfirst(model._meta.verbose_name_plural))
            for model in ENTRY_TYPES
        ],
    )
    entry = forms.SlugField(label=_("Entry"), required=False, max_length=255)

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end.certainly_before(start):
            self.add_error("end", _("The end of the range comes before its start."))
        return data
