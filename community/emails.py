"""The emails an applicant receives at each step."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from .states import ApplicationState

S = ApplicationState

SUBJECTS = {
    S.SUBMITTED: _("Confirm your application to Garrison"),
    S.CONFIRMED: _("Your application to Garrison is with the moderators"),
    S.UNDER_REVIEW: _("A moderator is reviewing your application"),
    S.ACCEPTED: _("Welcome to Garrison"),
    S.DECLINED: _("Your application to Garrison"),
    S.WITHDRAWN: _("Your application to Garrison is withdrawn"),
}


def send_application_email(
    application, state: ApplicationState, *, message: str = "", links: dict
) -> None:
    """Send the applicant the email for ``state``, plain text."""
    body = render_to_string(
        f"community/email/application_{state.value}.txt",
        {"application": application, "message": message, "links": links},
    )
    send_mail(
        str(SUBJECTS[state]),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [application.email],
    )
