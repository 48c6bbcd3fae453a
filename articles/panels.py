"""An editor's view of what the linker found in the published article."""

from __future__ import annotations

from wagtail.admin.panels import Panel

from encyclopedia.models import EntryPage, Mention


class MentionsPanel(Panel):
    """Lists the stored mentions, ambiguous ones first, beside the link choices."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/admin/mentions_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            mentions = (
                list(Mention.objects.filter(page=page).select_related("entry"))
                if page.pk
                else []
            )
            candidate_ids = {pk for m in mentions for pk in m.candidates}
            titles = dict(
                EntryPage.objects.filter(pk__in=candidate_ids).values_list(
                    "pk", "title"
                )
            )
            context["ambiguous"] = [
                (m, [titles[pk] for pk in m.candidates if pk in titles])
                for m in mentions
                if m.entry_id is None
            ]
            context["linked"] = [m for m in mentions if m.entry_id is not None]
            return context
