"""Who may approve a step of a review workflow.

The rule that a piece is never approved by the person who submitted it, nor by
the author of the version under review, lives here and nowhere else: both
workflows' tasks (``community.ReviewTask`` and the magazine's sign-off) are
built on :class:`AbstractReviewTask`.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models.workflows import AbstractGroupApprovalTask


def review_parties(task_state) -> set[int]:
    """Return the ids of the users who may not approve ``task_state``.

    They are whoever submitted the piece to the workflow and the author of the
    revision the step reviews, when that is someone else (an editor who
    submits a writer's draft).
    """
    revision = task_state.revision
    parties = {
        task_state.workflow_state.requested_by_id,
        revision.user_id if revision else None,
    }
    parties.discard(None)
    return parties


def may_approve(task_state, user) -> bool:
    """Tell whether ``user`` is free to approve: not a party to the piece."""
    return task_state is not None and user.pk not in review_parties(task_state)


class AbstractReviewTask(AbstractGroupApprovalTask):
    """A group's approval that is never given by a party to the piece.

    Wagtail asks ``get_actions`` before it shows or accepts an action, in the
    editor and at the workflow-action endpoint alike; ``on_action`` refuses
    again for any other caller.
    """

    class Meta:
        abstract = True

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if may_approve(obj.current_workflow_task_state, user):
            return actions
        return [action for action in actions if action[0] != "approve"]

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and not may_approve(task_state, user):
            raise PermissionDenied(
                _(
                    "You submitted this or wrote the version under review; "
                    "another reviewer must approve it."
                )
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_template_for_action(self, action):
        # The reviewer's dialog shows which paragraphs and figures cite nothing.
        if action == "approve":
            return "citations/admin/review_action.html"
        return super().get_template_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # "Awaiting your review" leaves out what the user submitted.
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )
