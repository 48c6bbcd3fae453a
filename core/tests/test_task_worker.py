"""With TASK_BACKEND=database, work waits in the queue until `db_worker` runs it."""

import pytest
from django.core.management import call_command
from django.tasks import TaskResultStatus

from articles.factories import published_article
from articles.tasks import relink_articles
from garrison import backing_services
from search.queries import SearchRequest, search_site

pytestmark = pytest.mark.django_db(transaction=True)


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def found(text: str) -> list[str]:
    outcome = search_site(SearchRequest(text=text))
    return [page.title for page in outcome.results] if outcome.results else []


def test_the_worker_runs_a_queued_task_and_keeps_its_result(settings, site_tree):
    _, index = site_tree
    article = published_article(index)
    settings.TASKS = backing_services.tasks("database")
    result = relink_articles.enqueue([article.pk])
    result.refresh()
    assert result.status == TaskResultStatus.READY
    run_worker()
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1


def test_search_catches_up_with_a_published_article_once_the_worker_runs(
    settings, site_tree
):
    _, index = site_tree
    settings.TASKS = backing_services.tasks("database")
    published_article(index, title="Tomka gas trials", slug="tomka")
    # Wagtail queued the index update; nothing has run it yet.
    assert "Tomka gas trials" not in found("Tomka")
    run_worker()
    assert "Tomka gas trials" in found("Tomka")
