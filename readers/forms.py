from allauth.account.forms import SignupForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotField
from core.locales import LANGUAGE_LABELS

from .models import ReaderProfile


class ReaderSignupForm(SignupForm):
    """allauth's sign-up, asking too for the name shown with what one writes."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("Shown with what you write. Not your email address."),
    )
    field_order = ["display_name", "email", "password1", "password2"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # allauth's own honeypot has no label and hides itself with a style
        # attribute, which the CSP refuses; the site's is labelled and hidden
        # by the stylesheet, like the other forms'.
        self.fields[settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD] = HoneypotField()

    def custom_signup(self, request, user) -> None:
        ReaderProfile.objects.update_or_create(
            user=user, defaults={"display_name": self.cleaned_data["display_name"]}
        )


class ReaderSettingsForm(forms.ModelForm):
    class Meta:
        model = ReaderProfile
        fields = ["display_name", "language", "email_frequency"]
        widgets = {"email_frequency": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Named in the reader's language ("Angličtina"), as the rest of the form.
        self.fields["language"].choices = [
            ("", _("The language of the pages I read")),
            *((code, LANGUAGE_LABELS[code]) for code, _name in settings.LANGUAGES),
        ]


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password, so a forgotten open session
    cannot be used to delete it."""

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput)

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        user = self.request.user
        if not user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password."), code="wrong_password"
            )
        return password
