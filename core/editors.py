"""Whether a signed-in user edits the site, known without a query a page.

Wagtail's user bar asks ``has_perm("wagtailadmin.access_admin")`` on every
page a signed-in user reads, and the view beacon asks the same to leave
editors' own views uncounted: two queries (the user's permissions and their
groups') on every page, for readers who never edit. The answer is noted in
the session when a user signs in and read from there. It only decides what
to offer: the admin checks permissions itself on every request, and the user
bar checks them again before it shows. A role granted or withdrawn reaches
the note at the user's next sign-in.
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.permission_policies.pages import PagePermissionPolicy

#: The session's note that its user may use the admin.
EDITS_SITE = "garrison_edits_site"


def note_on_sign_in(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """Note in the new session whether its user may use the admin."""
    if request is not None and hasattr(request, "session"):
        request.session[EDITS_SITE] = user.has_perm("wagtailadmin.access_admin")


def edits_site(request: HttpRequest | None) -> bool:
    """Whether the request's signed-in user may use the admin (their session's note)."""
    if request is None or not hasattr(request, "session"):
        return False
    return bool(request.session.get(EDITS_SITE)) and request.user.is_authenticated


def explorable_page_ids(user) -> set[int]:
    """The pages ``user`` may see in the admin's page explorer, for the
    editors' reports: they list only what the user could open."""
    return set(
        PagePermissionPolicy().explorable_instances(user).values_list("pk", flat=True)
    )
