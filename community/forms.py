"""The "Join us" form."""

from django import forms
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.absolute_urls import configured_url
from core.forms import HoneypotField
from core.validators import HttpURLFormField, refuse_bidi_controls

from .models import INTEREST_CHOICES, LANGUAGE_CHOICES


class ApplicationForm(forms.Form):
    # The form is not a model form, so the model fields' rule on direction
    # controls is given to its text fields here.
    name = forms.CharField(
        label=_("Your name"), max_length=150, validators=[refuse_bidi_controls]
    )
    email = forms.EmailField(label=_("Email"), max_length=254)
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    other_languages = forms.CharField(
        label=_("Other languages"),
        max_length=200,
        required=False,
        validators=[refuse_bidi_controls],
    )
    interests = forms.MultipleChoiceField(
        label=_("What would you like to do?"),
        choices=INTEREST_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    experience = forms.CharField(
        label=_("Your experience"),
        max_length=5000,
        validators=[refuse_bidi_controls],
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Research, writing, editing, drawing, film: what have you done?"),
    )
    sample_url = HttpURLFormField(
        label=_("A writing sample or portfolio (optional)"),
        max_length=500,
        required=False,
    )
    consent = forms.BooleanField(
        label=_("I agree that Garrison keeps these details to handle my application."),
    )
    # A field people never see; forms that fill it in are not people.
    website = HoneypotField()

    def clean(self):
        data = super().clean()
        if "other" in data.get("languages", []) and not data.get("other_languages"):
            self.add_error("other_languages", _("Say which other languages."))
        return data

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def application_data(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "languages": data["languages"],
            "other_languages": data["other_languages"],
            "interests": data["interests"],
            "experience": data["experience"],
            "sample_url": data["sample_url"],
        }


def application_from_account(user: AbstractBaseUser | AnonymousUser) -> dict:
    """The application form filled in for a signed-in reader: their name,
    address and language, and the additions of theirs that pages took in."""
    if not user.is_authenticated:
        return {}
    from discussion.models import Post
    from readers.accounts import profile_of

    profile = profile_of(user)
    initial = {"name": profile.display_name, "email": user.email}
    if profile.language:
        initial["languages"] = [profile.language]
    additions = Post.objects.filter(author=user, incorporated__isnull=False)
    lines = [
        f"- {post.thread.page.title}: {post.changes}"
        for post in additions.select_related("thread__page").order_by("incorporated")
    ]
    if lines:
        initial["sample_url"] = configured_url(
            reverse("discussion:reader", args=[user.pk])
        )
        initial["experience"] = "\n".join(
            [str(_("My additions that became part of Garrison's pages:")), *lines]
        )
    return initial
