"""The emails an applicant receives at each step."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from .states import ApplicationState
from .tasks import send_email

S = ApplicationState

SUBJECTS = {
    S.SUBMITTED: _("Confirm your application to Garrison"),
    S.CONFIRMED: _("Your application to Garrison is with the moderators"),
    S.UNDER_REVIEW: _("A moderator is reviewing your application"),
    S.ACCEPTED: _("Welcome to Garrison"),
    S.DECLINED: _("Your application to Garrison"),
    S.WITHDRAWN: _("Your application to Garrison is withdrawn"),
}
ALREADY_OPEN_SUBJECT = _("Your application to Garrison is already open")


def send_application_email(
    application, state: ApplicationState, *, message: str = "", links: dict
) -> None:
    """Queue the applicant's email for ``state``, plain text."""
    _queue(
        application,
        SUBJECTS[state],
        f"community/email/application_{state.value}.txt",
        {"message": message, "links": links},
    )


def send_already_open_email(application, *, links: dict) -> None:
    """Tell the owner of the address that its application is still open.

    Sent when the form is sent again for an address with an open application;
    it carries the open application's links, never what the form said.
    """
    _queue(
        application,
        ALREADY_OPEN_SUBJECT,
        "community/email/application_already_open.txt",
        {"links": links},
    )


def _queue(application, subject, template: str, context: dict) -> None:
    # Rendered now, in the language of the request; the task only sends it.
    body = render_to_string(template, {"application": application, **context})
    send_email.enqueue(str(subject), body, application.email)
