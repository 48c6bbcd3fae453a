"""The life of an application to join, as one table of allowed moves.

No Django models here: the rule is plain data, tested on its own, and the one
place a move is judged allowed or not.
"""

from __future__ import annotations

from enum import StrEnum


class ApplicationState(StrEnum):
    SUBMITTED = "submitted"
    CONFIRMED = "confirmed"
    UNDER_REVIEW = "under_review"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


S = ApplicationState

#: Where an application may go from each state. Decisions are final.
MOVES: dict[ApplicationState, frozenset[ApplicationState]] = {
    S.SUBMITTED: frozenset({S.CONFIRMED, S.WITHDRAWN}),
    S.CONFIRMED: frozenset({S.UNDER_REVIEW, S.ACCEPTED, S.DECLINED, S.WITHDRAWN}),
    S.UNDER_REVIEW: frozenset({S.ACCEPTED, S.DECLINED, S.WITHDRAWN}),
    S.ACCEPTED: frozenset(),
    S.DECLINED: frozenset(),
    S.WITHDRAWN: frozenset(),
}

#: An applicant may have one of these at a time.
OPEN_STATES = frozenset({S.SUBMITTED, S.CONFIRMED, S.UNDER_REVIEW})
#: Moderators see an application only once its email address is confirmed.
REVIEWABLE_STATES = frozenset({S.CONFIRMED, S.UNDER_REVIEW})


class ApplicationStateError(Exception):
    """A move the table does not allow; nothing was changed."""

    def __init__(self, current: ApplicationState, target: ApplicationState) -> None:
        super().__init__(
            f"An application that is {current.replace('_', ' ')} cannot become "
            f"{target.replace('_', ' ')}."
        )
        self.current = current
        self.target = target


def check_move(current: str, target: str) -> None:
    """Raise :class:`ApplicationStateError` unless ``current`` may become ``target``."""
    current_state, target_state = ApplicationState(current), ApplicationState(target)
    if target_state not in MOVES[current_state]:
        raise ApplicationStateError(current_state, target_state)
