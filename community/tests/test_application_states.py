"""The application's life: every allowed move, every forbidden one, logs and emails."""

from itertools import product

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from community.factories import ApplicationFactory
from community.models import Application
from community.services import move
from community.states import MOVES, ApplicationState, ApplicationStateError, check_move

S = ApplicationState
ALLOWED = [(a, b) for a, targets in MOVES.items() for b in targets]
FORBIDDEN = [(a, b) for a, b in product(S, S) if b not in MOVES[a]]


def test_every_state_is_in_the_table_and_decisions_are_final():
    assert set(MOVES) == set(S)
    for final in (S.ACCEPTED, S.DECLINED, S.WITHDRAWN):
        assert MOVES[final] == frozenset()


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_forbidden_move_is_refused_by_the_rule(current, target):
    with pytest.raises(ApplicationStateError):
        check_move(current, target)


@pytest.mark.django_db
@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_move_changes_state_logs_and_emails(current, target, admin_user):
    application = ApplicationFactory(state=current.value)
    move(application, target, user=admin_user, message="Thank you.")
    application.refresh_from_db()
    assert application.state == target.value
    entry = ModelLogEntry.objects.get(action=f"garrison.application.{target.value}")
    assert entry.object_id == str(application.pk)
    assert entry.data["from"] == current.value
    assert entry.user_id == admin_user.pk
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [application.email]
    if target in (S.ACCEPTED, S.DECLINED):
        assert application.decided_by == admin_user
        assert application.decision_message == "Thank you."


@pytest.mark.django_db
@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_forbidden_move_changes_nothing(current, target, admin_user):
    application = ApplicationFactory(state=current.value)
    before = Application.objects.filter(pk=application.pk).values().get()
    with pytest.raises(ApplicationStateError) as error:
        move(application, target, user=admin_user)
    assert "cannot become" in str(error.value)
    assert Application.objects.filter(pk=application.pk).values().get() == before
    assert not ModelLogEntry.objects.exists()
    assert mail.outbox == []
