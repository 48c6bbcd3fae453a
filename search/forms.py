from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from assessment.grades import Grade
from core.locales import LANGUAGE_LABELS
from encyclopedia.browsing import ENTRY_KINDS

from .queries import ALL_LANGUAGES, MAX_QUERY_LENGTH

KIND_CHOICES = [
    ("", _("Everything")),
    ("article", _("Articles")),
    # capfirst keeps the names lazy, so they are read in the reader's language.
    *[
        (slug, capfirst(model._meta.verbose_name_plural))
        for slug, model in ENTRY_KINDS.items()
    ],
    ("contributor", _("Contributors")),
]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=MAX_QUERY_LENGTH, required=False)
    type = forms.ChoiceField(label=_("Show"), choices=KIND_CHOICES, required=False)
    author = forms.SlugField(label=_("Author"), required=False)
    start = forms.IntegerField(
        label=_("From year"), min_value=1, max_value=9999, required=False
    )
    end = forms.IntegerField(
        label=_("To year"), min_value=1, max_value=9999, required=False
    )
    grade = forms.ChoiceField(
        label=_("Quality"),
        choices=[("", _("Any grade")), *Grade.choices],
        required=False,
    )
    lang = forms.ChoiceField(
        label=_("Language"),
        choices=[
            ("", _("The language of this page")),
            (ALL_LANGUAGES, _("All languages")),
            *LANGUAGE_LABELS.items(),
        ],
        required=False,
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("relevance", _("Relevance")), ("date", _("Date"))],
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end year comes before the start year."))
        return data
