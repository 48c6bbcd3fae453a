"""Every role against every action, through real requests to the admin and the site.

Each action is a request and a check of what it did; no permission is asked for
directly. The matrix at the top is the specification.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.factories import ArticleIndexPageFactory, paragraphs
from articles.models import ArticlePage
from articles.tests.test_publishing import article_form, book
from community.factories import ApplicationFactory, ContributorFactory
from community.role_setup import setup_roles
from community.roles import Role
from encyclopedia.factories import EncyclopediaPageFactory
from encyclopedia.models import PersonPage
from home.factories import HomePageFactory

ALL_ACTIONS = [
    "open the admin",
    "start an article",
    "edit another writer's article",
    "edit own article",
    "publish an article",
    "unpublish an article",
    "lock an article",
    "start an encyclopedia entry",
    "approve an entry someone else submitted",
    "approve an entry they submitted",
    "upload an image",
    "review applications",
    "edit contributors",
    "manage users",
    "read the magazine",
]

WRITING = {"open the admin", "read the magazine"}
MATRIX: dict[str, set[str]] = {
    "anonymous": {"read the magazine"},
    "no role": {"read the magazine"},
    Role.WRITER: WRITING | {"start an article", "edit own article"},
    Role.RESEARCHER: WRITING | {"start an encyclopedia entry"},
    Role.ILLUSTRATOR: WRITING | {"upload an image"},
    Role.TRANSLATOR: WRITING
    | {"start an article", "start an encyclopedia entry", "edit own article"},
    Role.EDITOR: WRITING
    | {
        "start an article",
        "start an encyclopedia entry",
        "edit another writer's article",
        "edit own article",
        "approve an entry someone else submitted",
    },
    # Moderators sign articles off; entries are the editors' to review.
    Role.MODERATOR: set(ALL_ACTIONS)
    - {
        "manage users",
        "approve an entry someone else submitted",
        "approve an entry they submitted",
    },
}


@pytest.fixture
def world(db):
    home = HomePageFactory()
    magazine = ArticleIndexPageFactory(parent=home)
    encyclopedia = EncyclopediaPageFactory(parent=home)
    setup_roles()
    User = get_user_model()
    other = User.objects.create_user("other", "other@example.org", "pw" * 6)
    draft = ArticlePage(
        title="Another's draft",
        slug="anothers-draft",
        standfirst="x",
        body=paragraphs("Text."),
        owner=other,
        live=False,
    )
    magazine.add_child(instance=draft)
    draft.save_revision(user=other)
    live = ArticlePage(
        title="Published piece", slug="published", standfirst="x", body=paragraphs("x")
    )
    magazine.add_child(instance=live)
    live.save_revision().publish()
    return {
        "magazine": magazine,
        "encyclopedia": encyclopedia,
        "draft": draft,
        "live": live,
        "other": other,
        "contributor": ContributorFactory(),
        "application": ApplicationFactory(state="confirmed"),
    }


def subject_client(client, subject):
    if subject == "anonymous":
        return client, None
    user = get_user_model().objects.create_user(
        "subject", "subject@example.org", "pw" * 6
    )
    if subject != "no role":
        user.groups.add(Group.objects.get(name=subject.value))
    client.force_login(user)
    return client, user


def allowed(response) -> bool:
    """An admin page that rendered, rather than a login redirect, 403 or bounce."""
    return response.status_code == 200


def perform(action: str, client, user, world) -> bool:
    magazine, draft, live = world["magazine"], world["draft"], world["live"]
    if action == "open the admin":
        return allowed(client.get("/admin/"))
    if action == "start an article":
        url = reverse(
            "wagtailadmin_pages:add", args=("articles", "articlepage", magazine.pk)
        )
        return allowed(client.get(url))
    if action == "start an encyclopedia entry":
        url = reverse(
            "wagtailadmin_pages:add",
            args=("encyclopedia", "personpage", world["encyclopedia"].pk),
        )
        return allowed(client.get(url))
    if action == "edit another writer's article":
        return allowed(client.get(reverse("wagtailadmin_pages:edit", args=(draft.pk,))))
    if action == "edit own article":
        if user is None:
            return allowed(
                client.get(reverse("wagtailadmin_pages:edit", args=(draft.pk,)))
            )
        own = ArticlePage(
            title="Mine",
            slug="mine",
            standfirst="x",
            body=paragraphs("x"),
            owner=user,
            live=False,
        )
        magazine.add_child(instance=own)
        return allowed(client.get(reverse("wagtailadmin_pages:edit", args=(own.pk,))))
    if action == "publish an article":
        data = article_form(
            title=draft.title,
            slug=draft.slug,
            sources=[book()],
            authors=[world["contributor"]],
        )
        client.post(
            reverse("wagtailadmin_pages:edit", args=(draft.pk,)),
            data | {"action-publish": "publish"},
        )
        draft.refresh_from_db()
        return draft.live
    if action == "unpublish an article":
        client.post(reverse("wagtailadmin_pages:unpublish", args=(live.pk,)))
        live.refresh_from_db()
        return not live.live
    if action == "lock an article":
        client.post(reverse("wagtailadmin_pages:lock", args=(live.pk,)))
        live.refresh_from_db()
        return live.locked
    if action.startswith("approve an entry"):
        submitter = (
            user if action.endswith("they submitted") and user else world["other"]
        )
        entry = PersonPage(
            title="Kurt Student", slug="kurt-student", summary="Airman.", live=False
        )
        world["encyclopedia"].add_child(instance=entry)
        entry.save_revision(user=submitter)
        task_state = entry.get_workflow().start(entry, submitter).current_task_state
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(entry.pk, "approve", task_state.pk),
            )
        )
        entry.refresh_from_db()
        return entry.live
    if action == "upload an image":
        return allowed(client.get(reverse("wagtailimages:add")))
    if action == "review applications":
        url = reverse("community_application:review", args=[world["application"].pk])
        return allowed(client.get(url))
    if action == "edit contributors":
        url = reverse(
            "wagtailsnippets_community_contributor:edit", args=[world["contributor"].pk]
        )
        return allowed(client.get(url))
    if action == "manage users":
        return allowed(client.get(reverse("wagtailusers_users:index")))
    if action == "read the magazine":
        return allowed(client.get(live.url))
    raise AssertionError(action)


CASES = [(subject, action) for subject in MATRIX for action in ALL_ACTIONS]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("subject", "action"), CASES, ids=[f"{s}-{a}".replace(" ", "_") for s, a in CASES]
)
def test_permission_matrix(client, world, subject, action):
    client, user = subject_client(client, subject)
    expected = action in MATRIX[subject]
    assert perform(action, client, user, world) is expected, (
        f"{subject} {'may' if expected else 'may not'} {action}"
    )
