"""A piece is never approved by whoever submitted it or wrote the version in review.

Both workflows: the encyclopedia's one step (Editorial review) and the
magazine's two (Editorial review, then Publication sign-off). Every refusal is
tried through the editor's form and by posting to Wagtail's workflow-action
endpoint directly.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from articles.models import ArticlePage
from articles.tests.test_publishing import add_url as article_add_url
from articles.tests.test_publishing import article_form, book
from articles.tests.test_workflow import workflow_action
from community.factories import ContributorFactory
from community.role_setup import setup_roles
from encyclopedia.factories import EncyclopediaPageFactory
from encyclopedia.models import PersonPage
from encyclopedia.tests.test_admin import add_url as entry_add_url
from encyclopedia.tests.test_admin import person_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(site_tree):
    home, magazine = site_tree
    encyclopedia = EncyclopediaPageFactory(parent=home)
    setup_roles()
    return magazine, encyclopedia


@pytest.fixture
def person(sections):
    def make(username: str, role: str):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", "a-long-test-password"
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def approve_at_endpoint(client, page):
    """POST Wagtail's workflow-action endpoint, as the modal's form does."""
    task_state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    return client.post(url, {"comment": ""})


def current_step(page) -> str:
    page.refresh_from_db()
    return page.current_workflow_task.name


def entry_approve_form(page) -> dict:
    latest = page.get_latest_revision_as_object()
    data = person_form()
    rows_prefixes = ("other_names-", "offices-", "citations-")
    kept = {k: v for k, v in data.items() if not k.startswith(rows_prefixes)}

    rows = {
        "other_names": [
            {"id": a.pk, "name": a.name, "is_common_word": "on"}
            for a in latest.other_names.all()
        ],
        "offices": [
            {"id": o.pk, "title": o.title, "start": "1944", "end": ""}
            for o in latest.offices.all()
        ],
        "citations": [
            {"id": c.pk, "source": c.source_id, "locator": c.locator}
            for c in latest.citations.all()
        ],
    }  # fmt: skip
    return kept | nested_form_data(
        {name: inline_formset(r, initial=len(r)) for name, r in rows.items()}
    )


def approve_in_editor(client, page):
    data = entry_approve_form(page) | {
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": json.dumps({}),
    }
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def test_an_editor_cannot_approve_an_entry_they_submitted(client, sections, person):
    _magazine, encyclopedia = sections
    editor, other_editor = person("ed", "Editor"), person("ed2", "Editor")
    client.force_login(editor)
    response = client.post(
        entry_add_url(encyclopedia), person_form() | {"action-submit": "submit"}
    )
    assert response.status_code == 302
    entry = PersonPage.objects.get(slug="kurt-student", alias_of__isnull=True)
    assert current_step(entry) == "Editorial review"

    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=(entry.pk,)))
    assert "/approve/" not in edit_page.content.decode()  # no Approve button
    approve_in_editor(client, entry)
    assert approve_at_endpoint(client, entry).status_code in (302, 403)
    entry.refresh_from_db()
    assert not entry.live and entry.current_workflow_task_state.status == "in_progress"
    # Publishing past the workflow is not an editor's to do either.
    client.post(
        reverse("wagtailadmin_pages:edit", args=(entry.pk,)),
        entry_approve_form(entry) | {"action-publish": "publish"},
    )
    entry.refresh_from_db()
    assert not entry.live

    client.force_login(other_editor)
    assert (
        "/approve/"
        in client.get(
            reverse("wagtailadmin_pages:edit", args=(entry.pk,))
        ).content.decode()
    )
    approve_at_endpoint(client, entry)
    entry.refresh_from_db()
    assert entry.live


def test_the_author_of_a_draft_another_editor_submitted_cannot_approve_it(
    client, sections, person
):
    _magazine, encyclopedia = sections
    author, submitter = person("author", "Editor"), person("submitter", "Editor")
    third = person("third", "Editor")
    entry = PersonPage(
        title="Kurt Student", slug="kurt-student", summary="Airman.", live=False
    )
    encyclopedia.add_child(instance=entry)
    entry.save_revision(user=author)
    entry.get_workflow().start(entry, submitter)
    for party in (author, submitter):
        client.force_login(party)
        approve_at_endpoint(client, entry)
        entry.refresh_from_db()
        assert not entry.live, party
        task = entry.current_workflow_task.specific
        assert "approve" not in [name for name, *_ in task.get_actions(entry, party)]
    client.force_login(third)
    approve_at_endpoint(client, entry)
    entry.refresh_from_db()
    assert entry.live


def submitted_article(client, magazine, user) -> ArticlePage:
    """An article ``user`` wrote and submitted to the magazine's workflow."""
    client.force_login(user)
    data = article_form(sources=[book()], authors=[ContributorFactory(user=user)])
    client.post(article_add_url(magazine), data | {"action-submit": "submit"})
    return ArticlePage.objects.get(slug="lipetsk", alias_of__isnull=True)


def test_neither_step_of_the_magazine_is_approved_by_its_submitter(
    client, sections, person
):
    magazine, _encyclopedia = sections
    editor, other_editor = person("ed", "Editor"), person("ed2", "Editor")
    moderator = person("mod", "Moderator")
    # An editor's own article: the editor may not pass the first step.
    article = submitted_article(client, magazine, editor)
    workflow_action(client, article, "approve")
    approve_at_endpoint(client, article)
    assert current_step(article) == "Editorial review"
    client.force_login(other_editor)
    workflow_action(client, article, "approve")
    assert current_step(article) == "Publication sign-off"
    client.force_login(moderator)
    approve_at_endpoint(client, article)
    article.refresh_from_db()
    assert article.live


def test_a_moderator_cannot_sign_off_an_article_they_submitted(
    client, sections, person
):
    magazine, _encyclopedia = sections
    editor, moderator = person("ed", "Editor"), person("mod", "Moderator")
    other_moderator = person("mod2", "Moderator")
    article = submitted_article(client, magazine, moderator)
    client.force_login(editor)
    workflow_action(client, article, "approve")
    assert current_step(article) == "Publication sign-off"
    client.force_login(moderator)
    workflow_action(client, article, "approve")
    approve_at_endpoint(client, article)
    article.refresh_from_db()
    assert not article.live
    assert TaskState.objects.filter(status="approved").count() == 1
    client.force_login(other_moderator)
    approve_at_endpoint(client, article)
    article.refresh_from_db()
    assert article.live


def test_setup_roles_replaces_a_plain_approval_step_left_from_an_older_set_up(
    sections,
):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from community.models import ReviewTask

    old = GroupApprovalTask.objects.create(name="Editorial review")
    WorkflowTask.objects.filter(task__name="Editorial review").delete()
    ReviewTask.objects.all().delete()
    workflow = Workflow.objects.get(name="Encyclopedia review")
    WorkflowTask.objects.create(workflow=workflow, task=old, sort_order=0)

    report = setup_roles()
    old.refresh_from_db()
    assert not old.active
    assert "(retired the plain approval task Editorial review)" in report.created
    (step,) = workflow.tasks.all()
    assert isinstance(step.specific, ReviewTask)
