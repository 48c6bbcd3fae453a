"""Two editors saving the same page a moment apart: the second is refused."""

import threading

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db

SAVE_AS_JSON = {"HTTP_ACCEPT": "application/json"}


def edit_form_data(client: Client, page_id: int) -> dict:
    """What the editor's form posts as loaded: every field, the loaded revision."""
    html = client.get(f"/admin/pages/{page_id}/edit/").content
    form = BeautifulSoup(html, "html.parser").select_one("form#page-edit-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            data[field["name"]] = field.text
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[field["name"]] = chosen["value"] if chosen else ""
        else:
            data[field["name"]] = field.get("value", "")
    return data


@pytest.fixture
def editor_client(site_tree, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client = Client()
    client.force_login(user)
    return client


def test_a_save_over_a_newer_version_is_refused_with_wagtails_message(
    editor_client, site_tree
):
    _, index = site_tree
    index.save_revision()
    loaded = edit_form_data(editor_client, index.pk)
    first = editor_client.post(
        f"/admin/pages/{index.pk}/edit/", {**loaded, "title": "First"}, **SAVE_AS_JSON
    )
    assert first.json()["success"] is True
    second = editor_client.post(
        f"/admin/pages/{index.pk}/edit/", {**loaded, "title": "Second"}, **SAVE_AS_JSON
    )
    assert second.json()["error_message"] == "Saving will overwrite a newer version."
    index.refresh_from_db()
    assert index.get_latest_revision_as_object().title == "First"


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="simultaneous saves need PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_one_is_refused(editor_client, site_tree):
    _, index = site_tree
    index.save_revision()
    loaded = edit_form_data(editor_client, index.pk)
    start = threading.Barrier(2)
    answers = {}

    def save(title: str) -> None:
        try:
            start.wait()
            answers[title] = editor_client.post(
                f"/admin/pages/{index.pk}/edit/", {**loaded, "title": title},
                **SAVE_AS_JSON,
            ).json()  # fmt: skip
        finally:
            connection.close()

    saves = [threading.Thread(target=save, args=(title,)) for title in ("A", "B")]
    for thread in saves:
        thread.start()
    for thread in saves:
        thread.join()
    succeeded = [title for title, answer in answers.items() if answer["success"]]
    assert len(succeeded) == 1
    refused = answers[{"A": "B", "B": "A"}[succeeded[0]]]
    assert refused["error_message"] == "Saving will overwrite a newer version."
    index.refresh_from_db()
    assert index.get_latest_revision_as_object().title == succeeded[0]
