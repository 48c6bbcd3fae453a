"""An article through review: writer submits, editor approves, moderator signs off."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from articles.models import ArticlePage
from articles.tests.test_publishing import add_url, article_form, book
from community.factories import ContributorFactory
from community.role_setup import setup_roles
from community.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(site_tree):
    from django.contrib.auth.models import Group

    setup_roles()
    people = {}
    for role in (Role.WRITER, Role.EDITOR, Role.MODERATOR):
        user = get_user_model().objects.create_user(
            role.value.lower(), f"{role.value.lower()}@example.org", "pw-" * 4
        )
        user.groups.add(Group.objects.get(name=role.value))
        people[role] = user
    people["writer_profile"] = ContributorFactory(user=people[Role.WRITER])
    return people


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def edit_form(page) -> dict:
    """Return the edit form's data for the page's latest revision, rows with ids."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    latest = page.get_latest_revision_as_object()
    sources = [
        {"id": c.pk, "source": c.source_id, "locator": ""}
        for c in latest.citations.all()
    ]
    authors = [
        {"id": a.pk, "contributor": a.contributor_id} for a in latest.authors.all()
    ]
    flat = article_form()
    flat = {
        k: v for k, v in flat.items() if not k.startswith(("citations-", "authors-"))
    }
    return flat | nested_form_data(
        {
            "citations": inline_formset(sources, initial=len(sources)),
            "authors": inline_formset(authors, initial=len(authors)),
        }
    )


def workflow_action(client, page, action: str, comment: str = ""):
    data = edit_form(page) | {
        "action-workflow-action": "true",
        "workflow-action-name": action,
        "workflow-action-extra-data": json.dumps(
            {"comment": comment} if comment else {}
        ),
    }
    return client.post(edit_url(page), data)


def submit_article(client, team, index, *, sources) -> ArticlePage:
    client.force_login(team[Role.WRITER])
    data = article_form(sources=sources, authors=[team["writer_profile"]])
    response = client.post(add_url(index), data | {"action-submit": "submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    return ArticlePage.objects.get(slug="lipetsk", alias_of__isnull=True)


def test_writer_submits_editor_approves_moderator_signs_off(client, team, site_tree):
    _home, index = site_tree
    page = submit_article(client, team, index, sources=[book()])
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk)
    )
    assert state.current_task_state.task.name == "Editorial review"
    assert not page.live

    client.force_login(team[Role.EDITOR])
    assert workflow_action(client, page, "approve").status_code == 302
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Publication sign-off"

    client.force_login(team[Role.MODERATOR])
    assert workflow_action(client, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_sign_off_of_an_unsourced_article_is_refused_with_the_reason(
    client, team, site_tree
):
    _home, index = site_tree
    page = submit_article(client, team, index, sources=[])
    client.force_login(team[Role.EDITOR])
    workflow_action(client, page, "approve")

    client.force_login(team[Role.MODERATOR])
    response = workflow_action(client, page, "approve")
    assert response.status_code == 200
    assert "cannot be published without a source" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    task = page.current_workflow_task.specific
    actions = [
        name for name, _label, _modal in task.get_actions(page, team[Role.MODERATOR])
    ]
    assert actions == ["reject"]


def test_rejection_goes_back_to_the_writer_with_the_comment(client, team, site_tree):
    _home, index = site_tree
    page = submit_article(client, team, index, sources=[book()])
    mail.outbox.clear()
    client.force_login(team[Role.EDITOR])
    workflow_action(client, page, "reject", comment="Cite the archive file.")
    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk)
    )
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_writer = [m for m in mail.outbox if "writer@example.org" in m.to]
    assert to_writer and "Cite the archive file." in to_writer[0].body
