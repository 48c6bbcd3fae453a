"""The admin's sign-in, finished by django-allauth, so that staff who turned
on two-factor authentication are asked for their code there too.

Wagtail's form checks the password (and django-axes the failures); signing in
then goes through allauth's stages, which ask an authenticator code of an
account that has one before the session is opened.
"""

from __future__ import annotations

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.utils import perform_login
from django.conf import settings
from django.http import HttpResponse
from wagtail.admin.views.account import LoginView


class StaffLoginView(LoginView):
    """Wagtail's sign-in form; the signing in itself is allauth's."""

    def form_valid(self, form) -> HttpResponse:
        response = perform_login(
            self.request,
            form.get_user(),
            # Staff accounts are made by the site, their addresses trusted.
            email_verification=EmailVerificationMethod.NONE,
            redirect_url=self.get_success_url(),
        )
        if self.request.user.is_authenticated:  # no second step was asked
            remember = form.cleaned_data.get("remember")
            self.request.session.set_expiry(
                settings.SESSION_COOKIE_AGE if remember else 0
            )
        return response
