"""System checks for the rate limits' settings, so a typo stops start-up."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error

from .clients import parse_rate

RATE_SETTINGS = (
    "SEARCH_RATE_LIMIT",
    "SEARCH_SUGGEST_RATE_LIMIT",
    "PASSWORD_RESET_RATE_LIMIT",
    "DISCUSSION_POSTS_PER_MINUTE",
    "DISCUSSION_POSTS_PER_DAY",
)
COUNT_SETTINGS = (
    "SIGN_IN_FAILURES_PER_ACCOUNT",
    "SIGN_IN_FAILURES_PER_ADDRESS",
    "SIGN_IN_COOL_OFF_MINUTES",
    "SIGN_IN_COOL_OFF_MAX_HOURS",
    "VIEW_COUNT_PER_ADDRESS",
    "DISCUSSION_TRUSTED_AFTER",
    "DISCUSSION_HIDE_AFTER_FLAGS",
)


def check_rate_limits(app_configs=None, **kwargs) -> list[Error]:
    """Report a rate that does not read as ``"60/m"`` or a limit below 1."""
    errors = []
    for name in RATE_SETTINGS:
        try:
            parse_rate(getattr(settings, name))
        except ValueError as error:
            errors.append(Error(f"{name}: {error}", id="core.E010"))
    for name in COUNT_SETTINGS:
        if getattr(settings, name) < 1:
            errors.append(
                Error(
                    f"{name} must be at least 1, not {getattr(settings, name)}.",
                    id="core.E011",
                )
            )
    return errors
