"""Wagtail's page editor, with its "newer version" check made under a lock.

Wagtail refuses a save whose editor loaded a revision that is no longer the
latest ("Saving will overwrite a newer version."). It reads the latest
revision when the request starts and saves at its end, so two saves a few
milliseconds apart both read the same latest revision and both succeed, the
second silently replacing the first. Here a save holds a lock on the page's
row from before that read until it commits: the second waits for the first,
then sees its revision and is refused, as when the saves are seconds apart.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Page


class LockedEditView(EditView):
    def dispatch(self, request, page_id, **kwargs):
        if request.method != "POST":
            return super().dispatch(request, page_id, **kwargs)
        with transaction.atomic():
            # SELECT ... FOR UPDATE; SQLite's IMMEDIATE transactions lock anyway.
            list(Page.objects.select_for_update().filter(pk=page_id).values("pk"))
            return super().dispatch(request, page_id, **kwargs)


#: In front of Wagtail's admin URLs, for the same address as Wagtail's editor.
edit_page = require_admin_access(LockedEditView.as_view())
