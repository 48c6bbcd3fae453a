"""Demo members, one per role, and an application waiting for a moderator.

Created in development only: they share the demo administrator's password so a
new user can walk the whole editorial flow in the admin at once.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import Application, Contributor
from community.roles import Role
from community.services import set_roles
from community.states import ApplicationState
from readers.accounts import trust_address

# (user name, role, contributor slug, display name when the contributor is new)
MEMBERS = [
    ("writer", Role.WRITER, "jana-dvorakova", ""),
    ("researcher", Role.RESEARCHER, "tomas-berger", ""),
    ("illustrator", Role.ILLUSTRATOR, "petra-kralova", ""),
    ("translator", Role.TRANSLATOR, "lukas-novak", "Lukáš Novák"),
    ("editor", Role.EDITOR, "marie-svobodova", "Marie Svobodová"),
    ("moderator", Role.MODERATOR, "karel-horak", "Karel Horák"),
]

WAITING_APPLICATION = {
    "name": "Ondřej Malý",
    "email": "ondrej.maly@example.org",
    "languages": ["cs", "en"],
    "interests": ["writing", "images"],
    "experience": (
        "I volunteer at a small aviation museum in Kunovice and have written "
        "captions for its exhibition on interwar trainers. I also draw "
        "three-view diagrams of aircraft."
    ),
    "sample_url": "https://example.org/portfolio",
}


def load_members(password: str) -> list[str]:
    """Create missing demo members and the waiting application; say what was made."""
    if settings.PRODUCTION:
        return []
    created = []
    User = get_user_model()
    for username, role, slug, name in MEMBERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username, f"{username}@garrison.example", password
            )
            trust_address(user)
            created.append(f"demo {role.value.lower()} “{username}”")
        set_roles(user, [role])
        contributor = Contributor.objects.filter(slug=slug).first()
        if contributor is None:
            contributor = Contributor.objects.create(slug=slug, name=name)
        if contributor.user_id is None:
            contributor.user = user
            contributor.languages = ["cs", "en"]
            contributor.save(update_fields=["user", "languages"])
    if not Application.objects.filter(email=WAITING_APPLICATION["email"]).exists():
        Application.objects.create(
            **WAITING_APPLICATION,
            state=ApplicationState.CONFIRMED.value,
            consented_at=timezone.now(),
            confirmed_at=timezone.now(),
        )
        created.append("an application waiting for review")
    return created
