"""The admin's site history lists the community's log entries, whatever the filter."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.log_actions import registry

from community.factories import ApplicationFactory, ContributorFactory
from community.roles import Role
from community.services import decline_application, start_review

pytestmark = pytest.mark.django_db

SITE_HISTORY = "/admin/reports/site-history/"


def community_actions() -> list[str]:
    return sorted(
        action for action, _ in registry.get_choices() if action.startswith("garrison.")
    )


def test_site_history_filtered_by_each_community_action_lists_its_entries(
    client, member
):
    moderator = member("mod", Role.MODERATOR)
    admin = get_user_model().objects.create_superuser(
        "root", "root@example.org", "a-long-test-password"
    )
    application = ApplicationFactory(name="Eva Nováková", state="confirmed")
    start_review(application, moderator=moderator)
    decline_application(application, moderator=moderator, message="Not now.")
    writer = member("writer", Role.WRITER)
    ContributorFactory(user=writer, name="Jana Dvořáková")
    client.force_login(moderator)
    roles_url = reverse("community_contributor_roles", args=[writer.contributor.pk])
    client.post(roles_url, {"roles": ["Writer", "Editor"]})
    client.force_login(admin)
    review_url = reverse("community_application:review", args=[application.pk])

    actions = community_actions()
    assert "garrison.application.declined" in actions
    assert "garrison.contributor.roles" in actions
    for action in actions:
        response = client.get(SITE_HISTORY, {"action": action})
        assert response.status_code == 200, action
    declined = client.get(SITE_HISTORY, {"action": "garrison.application.declined"})
    html = declined.content.decode()
    # The entry names the application and links to its review page.
    assert "Eva Nováková" in html and review_url in html
    roles = client.get(SITE_HISTORY, {"action": "garrison.contributor.roles"})
    assert "Jana Dvořáková" in roles.content.decode()
