"""Background work of the community, run by the task backend in ``TASKS``.

An applicant's email must not be lost because the mail server is down for a
while, nor may a mail server that is down break the page that sends it: each
email is a task, and a failed one is queued again, later.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

#: Seconds before each further attempt at an email the mail server refused:
#: a minute, five, half an hour, two hours, twelve; then the task fails.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600)


@task
def send_email(
    subject: str,
    body: str,
    recipient: str,
    attempt: int = 1,
    headers: dict[str, str] | None = None,
) -> bool:
    """Send one plain-text email; when the mail server fails, queue a retry.

    ``headers`` are extra header fields (``List-Unsubscribe``, for one).

    Return whether it was sent. Retrying needs a backend that can run a task
    later (``TASK_BACKEND=database``); with the immediate backend the failure
    is logged and the applicant may send the form again, which sends it again.
    """
    try:
        message = EmailMessage(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
            headers=headers or {},
        )
        message.send()
    except OSError as error:  # smtplib's errors and refused connections alike
        if attempt > len(RETRY_DELAYS) or not send_email.get_backend().supports_defer:
            raise
        delay = RETRY_DELAYS[attempt - 1]
        send_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject, body, recipient, attempt + 1, headers
        )
        logger.warning(
            "Email %r not sent (%s); attempt %d in %d s.",
            subject,
            error,
            attempt + 1,
            delay,
        )
        return False
    return True
