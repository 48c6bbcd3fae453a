"""With a task worker, an applicant's email that could not go is sent again later."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from community.models import Application
from community.tasks import RETRY_DELAYS
from community.tests.test_join import form, mail_server_back
from garrison import backing_services

pytestmark = pytest.mark.django_db(transaction=True)


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def test_the_confirm_email_is_retried_until_the_mail_server_answers(
    client, mail_server_down
):
    settings = mail_server_down
    settings.TASKS = backing_services.tasks("database")
    response = client.post("/join/", form())
    assert response.status_code == 302
    assert Application.objects.get().email == "eva@example.org"

    run_worker()  # the first attempt meets the closed port
    assert mail.outbox == []
    (retry,) = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert retry.args_kwargs["args"][3] == 2
    wait = (retry.run_after - timezone.now()).total_seconds()
    assert RETRY_DELAYS[0] - 5 < wait <= RETRY_DELAYS[0]

    mail_server_back(settings)
    run_worker()  # not due yet: nothing is sent early
    assert mail.outbox == []
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    run_worker()
    (sent,) = mail.outbox
    assert sent.subject == "Confirm your application to Garrison"
    assert sent.to == ["eva@example.org"] and "/join/confirm/" in sent.body
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
