"""An editor's view of what the linker finds in the version being edited."""

from __future__ import annotations

from wagtail.admin.panels import Panel

from encyclopedia.models import EntryPage


class MentionsPanel(Panel):
    """Lists the names found in the edited text, ambiguous ones first.

    Found afresh from the version in the form (a draft may differ from what is
    live), so an editor can settle an ambiguous name before publishing.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/admin/mentions_panel.html"

        def get_context_data(self, parent_context=None):
            from .mentions import article_mentions

            context = super().get_context_data(parent_context)
            found = article_mentions(self.instance) if self.instance.body else []
            ids = {m.entry_id for m in found} | {
                pk for m in found for pk in m.candidates
            }
            titles = dict(
                EntryPage.objects.filter(pk__in=ids - {None}).values_list("pk", "title")
            )
            context["ambiguous"] = [
                (m, [titles[pk] for pk in m.candidates if pk in titles])
                for m in found
                if m.entry_id is None
            ]
            context["linked"] = [
                (m, titles.get(m.entry_id, "")) for m in found if m.entry_id is not None
            ]
            return context
