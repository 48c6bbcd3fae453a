"""The contributor roles, and which a new member's interests suggest.

Roles are Django groups; ``setup_roles`` gives them their permissions. Moderator
is never suggested: only a moderator's explicit choice grants it.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    WRITER = "Writer"
    RESEARCHER = "Researcher"
    ILLUSTRATOR = "Illustrator"
    TRANSLATOR = "Translator"
    EDITOR = "Editor"
    MODERATOR = "Moderator"


class Interest(StrEnum):
    RESEARCH = "research"
    WRITING = "writing"
    EDITING = "editing"
    MODERATING = "moderating"
    IMAGES = "images"
    VIDEO = "video"
    TRANSLATION = "translation"


ROLE_FOR_INTEREST: dict[Interest, Role | None] = {
    Interest.RESEARCH: Role.RESEARCHER,
    Interest.WRITING: Role.WRITER,
    Interest.EDITING: Role.EDITOR,
    Interest.MODERATING: None,
    Interest.IMAGES: Role.ILLUSTRATOR,
    Interest.VIDEO: Role.ILLUSTRATOR,
    Interest.TRANSLATION: Role.TRANSLATOR,
}


def suggested_roles(interests: list[str]) -> set[Role]:
    """Return the roles the interests suggest; never Moderator."""
    roles = {ROLE_FOR_INTEREST[Interest(interest)] for interest in interests}
    roles.discard(None)
    return roles  # type: ignore[return-value]
