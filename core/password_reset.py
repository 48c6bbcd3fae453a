"""Password-reset requests, rate-limited per address and per email address.

Each request sends an email, so an unlimited form lets anyone flood a mailbox
or the site's mail quota. The limit is the site's own per-address counter
(:func:`core.clients.over_limit`), the one "Join us" uses.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView

from .clients import (
    over_limit,
    over_rate_limit,
    parse_rate,
    refused_for_now,
    try_again_in,
)


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's "Reset your password", with 429 past ``PASSWORD_RESET_RATE_LIMIT``.

    The address and the email address typed are counted apart, so neither
    many addresses nor many email addresses get around it. The refusal is
    the same whether an account has that email address or not.
    """

    def form_valid(self, form) -> HttpResponse:
        limit, window = parse_rate(settings.PASSWORD_RESET_RATE_LIMIT)
        email = form.cleaned_data["email"].strip().casefold()
        from_address = over_rate_limit(
            self.request, "password-reset", limit=limit, window=window
        )
        for_email = over_limit(
            "password-reset-email", email, limit=limit, window=window
        )
        if not (from_address or for_email):
            return super().form_valid(form)
        message = _("Too many password reset emails were asked for.")
        form.add_error(
            None,
            ValidationError(f"{message} {try_again_in(window)}", code="rate_limited"),
        )
        return refused_for_now(self.form_invalid(form), window)
