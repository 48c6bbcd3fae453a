"""Every kind of reader and every role against every action of the discussion.

Through real requests; the matrix below is the specification. Nobody may post
to a locked thread, and nobody may change another's post: posts have no edit
view at all, and the moderators' decisions go through the admin's queue.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from community.role_setup import setup_roles
from community.roles import Role
from discussion.models import Post, PostStatus, Suspension, Thread
from readers.accounts import trust_address
from readers.models import ReaderProfile

from .conftest import PASSWORD, discussion_post

pytestmark = pytest.mark.django_db

ACTIONS = (
    "read the discussion",
    "post",
    "post to a locked thread",
    "flag another's post",
    "see the moderation queue",
    "approve a post",
    "fold an addition into the page",
    "open the admin",
)
READ = {"read the discussion"}
TAKE_PART = READ | {"post", "flag another's post"}
ROLE = TAKE_PART | {"open the admin"}
ALLOWED = {
    "anonymous": READ,
    "unconfirmed reader": READ,
    "reader": TAKE_PART,
    "trusted reader": TAKE_PART,
    "suspended reader": READ | {"flag another's post"},
    **{role.value: ROLE for role in Role if role not in (Role.MODERATOR, Role.EDITOR)},
    # Editors fold additions in from the page; moderators from the queue too.
    Role.EDITOR.value: ROLE | {"fold an addition into the page"},
    Role.MODERATOR.value: ROLE
    | {"see the moderation queue", "approve a post", "fold an addition into the page"},
}


def actor(name: str, client, others_post: Post):
    """Sign ``client`` in as ``name``; return the user (None when anonymous)."""
    if name == "anonymous":
        return None
    user = get_user_model().objects.create_user(
        name.replace(" ", "-"), f"{name.replace(' ', '-')}@example.org", PASSWORD
    )
    ReaderProfile.objects.create(user=user, display_name=name)
    if name != "unconfirmed reader":
        trust_address(user)
    if name == "trusted reader":
        for number in range(3):
            Post.objects.create(
                thread=others_post.thread, author=user, text=f"Old {number}.",
                html="<p>Old.</p>", status=PostStatus.APPROVED,
            )  # fmt: skip
    if name == "suspended reader":
        Suspension.objects.create(reader=user, reason="Spam.")
    if name in {role.value for role in Role}:
        user.groups.add(Group.objects.get(name=name))
    client.force_login(user)
    return user


def allowed(client, action: str, article, others_post: Post, locked_page) -> bool:
    """Try ``action``; tell whether it was done."""
    if action == "read the discussion":
        return 'id="discussion"' in client.get(article.url).content.decode()
    if action == "post":
        before = Post.objects.count()
        discussion_post(client, article, text=f"New {before}.")
        return Post.objects.count() == before + 1
    if action == "post to a locked thread":
        before = Post.objects.count()
        discussion_post(client, locked_page, text="Into a locked thread.")
        return Post.objects.count() == before + 1
    if action == "flag another's post":
        before = others_post.flags.count()
        client.post(f"/discussion/flag/{others_post.pk}/", {"reason": "wrong"})
        return others_post.flags.count() == before + 1
    if action == "see the moderation queue":
        return client.get("/admin/discussion/").status_code == 200
    if action == "approve a post":
        waiting = Post.objects.create(
            thread=others_post.thread, author=others_post.author, text="Waiting.",
            html="<p>Waiting.</p>",
        )  # fmt: skip
        client.post(
            f"/admin/discussion/moderate/{waiting.pk}/", {"decision": "approve"}
        )
        waiting.refresh_from_db()
        return waiting.status == PostStatus.APPROVED
    if action == "fold an addition into the page":
        addition = Post.objects.create(
            thread=others_post.thread, author=others_post.author, kind="addition",
            text="A runway.", html="<p>A runway.</p>", changes="Adds a runway.",
            status=PostStatus.APPROVED,
        )  # fmt: skip
        addition.sources.create(kind="book", title="Flying in secret")
        client.post(f"/admin/discussion/fold-in/{addition.pk}/")
        addition.refresh_from_db()
        return addition.incorporated_by is not None
    if action == "open the admin":
        return client.get("/admin/").status_code == 200
    raise AssertionError(action)


def test_the_discussions_permission_matrix(article, site_tree, settings):
    """One site for every actor, each in a client of their own."""
    from django.test import Client

    from articles.factories import published_article

    settings.DISCUSSION_POSTS_PER_MINUTE = "100/m"
    setup_roles()
    _home, magazine = site_tree
    locked_page = published_article(magazine, title="A closed question")
    Thread.objects.create(page=locked_page, locked=True)
    author = get_user_model().objects.create_user("author", "a@example.org", PASSWORD)
    others_post = Post.objects.create(
        thread=Thread.objects.create(page=article), author=author,
        text="Someone else's.", html="<p>Someone else's.</p>",
        status=PostStatus.APPROVED,
    )  # fmt: skip
    found = {}
    for name in ALLOWED:
        client = Client()
        actor(name, client, others_post)
        found[name] = {
            action
            for action in ACTIONS
            if allowed(client, action, article, others_post, locked_page)
        }
    assert found == ALLOWED
