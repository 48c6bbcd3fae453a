from django import forms
from django.utils.translation import gettext_lazy as _

from citations.models import SourceKind
from core.forms import HoneypotField

from .models import MAX_POST_LENGTH, FlagReason, PostKind, PostSource


class PostForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of post"),
        choices=PostKind.choices,
        initial=PostKind.DISCUSSION,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Your post"),
        max_length=MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write something first.")},
        help_text=_(
            "Paragraphs, *emphasis*, **strong**, lists, > quotes and "
            "[links](https://example.org). Nothing else is formatted."
        ),
    )
    changes = forms.CharField(
        label=_("What it adds or corrects"),
        max_length=300,
        required=False,
        help_text=_("For an addition or correction: the fact, in one line."),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Left empty by people; filled by the robots that fill every field.
    website = HoneypotField()

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write something first."), code="empty")
        return text

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(
                _("Leave the last field empty."), code="honeypot"
            )
        if data.get("kind") == PostKind.ADDITION and not data.get("changes"):
            self.add_error(
                "changes",
                forms.ValidationError(
                    _("Say in one line what the post adds or corrects."),
                    code="required",
                ),
            )
        return data


class SourceForm(forms.ModelForm):
    """A source of an addition: a web page needs its http(s) address and the
    day it was read."""

    class Meta:
        model = PostSource
        fields = ["kind", "title", "author", "publisher", "year", "url", "accessed"]
        widgets = {"accessed": forms.DateInput(attrs={"type": "date"})}

    def clean(self):
        data = super().clean()
        if (
            data.get("kind") == SourceKind.WEB
            and data.get("url")
            and not data.get("accessed")
        ):
            self.add_error(
                "accessed",
                forms.ValidationError(
                    _("Give the day you read the page."), code="required"
                ),
            )
        return data


SourceFormSet = forms.formset_factory(SourceForm, extra=1, max_num=5, absolute_max=5)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        max_length=300,
        required=False,
    )
