import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.factories import paragraphs, published_article
from community.role_setup import setup_roles
from community.roles import Role
from readers.accounts import trust_address
from readers.models import ReaderProfile

PASSWORD = "a long and sunny field at Lipetsk"


@pytest.fixture
def article(site_tree):
    _home, magazine = site_tree
    return published_article(
        magazine,
        title="The school at Lipetsk",
        body=paragraphs("Pilots trained at Lipetsk from 1925."),
    )


@pytest.fixture
def make_reader(db):
    def make(name: str = "Jana", *, confirmed: bool = True):
        user = get_user_model().objects.create_user(
            name.lower(), f"{name.lower()}@example.org", PASSWORD
        )
        ReaderProfile.objects.create(user=user, display_name=name)
        if confirmed:
            trust_address(user)
        return user

    return make


@pytest.fixture
def moderator(db):
    setup_roles()
    user = get_user_model().objects.create_user("mod", "mod@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=Role.MODERATOR.value))
    return user


def discussion_post(client, page, headers=None, **fields):
    data = {
        "kind": "discussion",
        "text": "The first course began in June 1925.",
        "changes": "",
        "source-TOTAL_FORMS": "1",
        "source-INITIAL_FORMS": "0",
        "source-MIN_NUM_FORMS": "0",
        "source-MAX_NUM_FORMS": "5",
        **fields,
    }
    return client.post(f"/discussion/{page.pk}/", data, headers=headers)


def web_source(**fields) -> dict:
    return {
        "source-0-kind": "web",
        "source-0-title": "Die geheime Fliegerschule",
        "source-0-url": "https://example.org/lipetsk",
        "source-0-accessed": "2026-11-20",
        **fields,
    }
