"""The assessor's form: a grade, the criteria the page meets, a note."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .grades import CRITERIA, Criterion, Grade, Proposal


class AssessmentForm(forms.Form):
    grade = forms.ChoiceField(label=_("Grade"), choices=Grade.choices)
    criteria = forms.MultipleChoiceField(
        label=_("Criteria the page meets"),
        choices=[
            (value, f"{label}: {CRITERIA[value]}") for value, label in Criterion.choices
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    source_review = forms.BooleanField(
        label=_("I have reviewed the sources"),
        help_text=_(
            "For a review for A or Featured: the sources are reliable and fully "
            "described, and the passages I checked say what the page says they do."
        ),
        required=False,
    )
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
        help_text=_(
            "What the page does well and what it needs next; required when the "
            "grade goes down."
        ),
    )

    def proposal(self, assessor_id: int) -> Proposal:
        data = self.cleaned_data
        return Proposal(
            assessor_id=assessor_id,
            grade=data["grade"],
            criteria=frozenset(data["criteria"]),
            source_review=data["source_review"],
            note=data["note"],
        )

    def add_refusal(self, errors: list) -> None:
        """Put each of the rules' refusals on the field it concerns."""
        fields = {
            "no_sources": "criteria",
            "uncited": "criteria",
            "unlisted": "criteria",
            "criteria_unmet": "criteria",
            "note_required": "note",
            "source_review": "source_review",
        }
        for error in errors:
            self.add_error(fields.get(error.code), error)
