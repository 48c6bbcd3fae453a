"""Failed sign-ins: counted per account and per address, then refused for a while.

django-axes records every failed sign-in, on the admin's login and on any
other form that calls ``authenticate()``, and its backend refuses a locked-out
sign-in before any password is checked (so a right password is refused too).
This module tells it how Garrison counts:

- two limits, each on its own: ``SIGN_IN_FAILURES_PER_ACCOUNT`` failures for
  one account from anywhere, and ``SIGN_IN_FAILURES_PER_ADDRESS`` failures from
  one address whatever the accounts (one guesser trying many accounts);
- each failure is remembered for the cool-off, ``SIGN_IN_COOL_OFF_MINUTES``
  after the last one; every time a limit is reached again the cool-off doubles,
  up to ``SIGN_IN_COOL_OFF_MAX_HOURS``, and while locked out each attempt
  restarts it;
- a failed sign-in with few attempts left says how many
  (:class:`WarnsBeforeLockout`); a refused one gets a 429 page in the
  reader's language that says when to try again (:func:`lockout_response`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessAttemptExpiration
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from .clients import refused_for_now, try_again_in

#: A failed sign-in says how many attempts are left from this many down.
WARN_WHEN_ATTEMPTS_LEFT = 3
#: Fields a sign-in form names the account by: Django's and Wagtail's
#: ``username``, allauth's ``login`` and ``email``.
ACCOUNT_FIELDS = ("username", "login", "email")


@dataclass(frozen=True)
class Failures:
    """Failed sign-ins not yet expired, for one account and from one address."""

    account: int
    address: int

    def attempts_left(self) -> int:
        """How many more failures either limit allows (0 or less: locked out)."""
        return min(
            settings.SIGN_IN_FAILURES_PER_ACCOUNT - self.account,
            settings.SIGN_IN_FAILURES_PER_ADDRESS - self.address,
        )

    def times_limit_reached(self) -> int:
        """How many times over the account or the address reached its limit."""
        return max(
            self.account // settings.SIGN_IN_FAILURES_PER_ACCOUNT,
            self.address // settings.SIGN_IN_FAILURES_PER_ADDRESS,
        )


def account_name(request: HttpRequest | None, credentials: dict | None) -> str | None:
    """Return the account a sign-in names, folded so that case cannot dodge a limit."""
    sources = [credentials or {}]
    if request is not None:
        sources.append(getattr(request, "POST", {}))
    for source in sources:
        for field in ACCOUNT_FIELDS:
            value = source.get(field)
            if value:
                return str(value).strip().casefold()[:255]
    return None


def failure_limit(request: HttpRequest, credentials: dict | None) -> int:
    """Axes' one limit; :meth:`SignInAttempts.get_failures` fits both to it."""
    return settings.SIGN_IN_FAILURES_PER_ACCOUNT


def failures_of(request: HttpRequest, credentials: dict | None) -> Failures:
    """Return the unexpired failures of the request's account and address."""
    unexpired = AccessAttempt.objects.filter(expiration__expires_at__gt=timezone.now())
    name = get_client_username(request, credentials)
    return Failures(
        account=_failures(unexpired.filter(username=name)) if name else 0,
        address=_failures(unexpired.filter(ip_address=request.axes_ip_address)),
    )


def _failures(attempts) -> int:
    return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0


def cool_off(request: HttpRequest | None) -> timedelta:
    """How long failures are remembered, and so how long a lockout lasts.

    ``SIGN_IN_COOL_OFF_MINUTES``, doubled for each time a limit was reached
    beyond the first, up to ``SIGN_IN_COOL_OFF_MAX_HOURS``.
    """
    base = timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
    longest = timedelta(hours=settings.SIGN_IN_COOL_OFF_MAX_HOURS)
    if request is None or not hasattr(request, "axes_ip_address"):
        return base
    credentials = getattr(request, "sign_in_credentials", None)
    doublings = max(failures_of(request, credentials).times_limit_reached() - 1, 0)
    return min(base * 2 ** min(doublings, 20), longest)


class SignInAttempts(AxesDatabaseHandler):
    """Axes' database handler, counting the account and the address apart.

    Axes compares one number with one limit. ``get_failures`` gives it the
    failures the nearer of the two limits has seen, as counted against the
    account's limit: ``SIGN_IN_FAILURES_PER_ACCOUNT - attempts_left``.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        left = failures_of(request, credentials).attempts_left()
        return settings.SIGN_IN_FAILURES_PER_ACCOUNT - left

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        if request is not None:
            request.sign_in_credentials = credentials  # for cool_off(request)
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None and request.axes_locked_out:
            self._hold_lockout(request, credentials)

    def user_logged_in(self, sender, request, user, **kwargs):
        """A right password forgets the account's failures, not the address's."""
        super().user_logged_in(sender, request, user, **kwargs)
        name = account_name(None, {"username": user.get_username()})
        AccessAttempt.objects.filter(username=name).delete()

    def _hold_lockout(self, request: HttpRequest, credentials: dict) -> None:
        """Keep every failure that made the lockout until the cool-off ends.

        Each failure expires on its own; without this the earliest would expire
        first and lift the lockout before the cool-off is over.
        """
        failures = failures_of(request, credentials)
        until = request.axes_attempt_time + cool_off(request)
        attempts = AccessAttempt.objects.none()
        if failures.account >= settings.SIGN_IN_FAILURES_PER_ACCOUNT:
            name = get_client_username(request, credentials)
            attempts |= AccessAttempt.objects.filter(username=name)
        if failures.address >= settings.SIGN_IN_FAILURES_PER_ADDRESS:
            attempts |= AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        AccessAttemptExpiration.objects.filter(
            access_attempt__in=attempts, expires_at__lt=until
        ).update(expires_at=until)


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The 429 page for a refused sign-in, saying when to try again.

    The admin's login gets the admin's look, any other sign-in the site's.
    """
    wait = cool_off(request)
    template = (
        "core/sign_in_locked_admin.html"
        if request.path.startswith("/admin/")
        else "core/sign_in_locked.html"
    )
    response = render(
        request, template, {"try_again": try_again_in(wait.total_seconds())}
    )
    return refused_for_now(response, int(wait.total_seconds()))


class WarnsBeforeLockout:
    """A sign-in form that, with few attempts left, says how many on a failure.

    Mixed in before Django's ``AuthenticationForm`` (or a form built on it).
    """

    def get_invalid_login_error(self) -> ValidationError:
        error = super().get_invalid_login_error()
        failures = getattr(self.request, "axes_failures_since_start", None)
        if failures is None:
            return error
        left = settings.SIGN_IN_FAILURES_PER_ACCOUNT - failures
        if not 0 < left <= WARN_WHEN_ATTEMPTS_LEFT:
            return error
        warning = ngettext(
            "%(count)d attempt left before signing in is paused for a while.",
            "%(count)d attempts left before signing in is paused for a while.",
            left,
        ) % {"count": left}
        return ValidationError([error, ValidationError(warning, code="attempts_left")])


class AdminLoginForm(WarnsBeforeLockout, LoginForm):
    """Wagtail's login form, with the warning before a lockout."""
