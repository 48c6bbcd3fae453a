import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from community.role_setup import setup_roles
from community.roles import Role
from conftest import free_port


@pytest.fixture
def roles(db):
    """Make sure the role groups exist (post_migrate made them; a flush may not)."""
    setup_roles()
    return {role: Group.objects.get(name=role.value) for role in Role}


@pytest.fixture
def member(roles):
    """Return a function making a user with the given roles."""

    def make(username: str, *role_list: Role):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", "a-long-test-password"
        )
        user.groups.set([roles[role] for role in role_list])
        return user

    return make


@pytest.fixture
def mail_server_down(settings):
    """Send mail over SMTP to a port on 127.0.0.1 where nothing listens."""
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
        }
    }
    return settings
