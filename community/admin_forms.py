"""Forms moderators use in the admin: deciding on an application, changing roles."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.widgets import AdminImageChooser

from .models import LANGUAGE_CHOICES, Contributor
from .roles import Role

ROLE_CHOICES = [(role.value, _(role.value)) for role in Role]


class RolesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs) -> None:
        super().__init__(
            choices=ROLE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            help_text=_(
                "Suggested from the applicant's interests. Moderator is given only "
                "by choosing it here."
            ),
            **kwargs,
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("accept", _("Accept")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    roles = RolesField(label=_("Roles"))
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "accept" and not data.get("roles"):
            self.add_error("roles", _("Choose at least one role to accept."))
        if data.get("decision") == "decline" and not data.get("message", "").strip():
            self.add_error("message", _("Tell the applicant why, in a sentence."))
        return data


class RolesForm(forms.Form):
    roles = RolesField(label=_("Roles"))


class OwnProfileForm(forms.ModelForm):
    """What a contributor may change about their own public page."""

    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Contributor
        fields = ["name", "bio", "languages", "photo"]
        widgets = {"photo": AdminImageChooser}
