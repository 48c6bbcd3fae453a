"""The editor's view of a page's sources: the citations, and what cites none."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel, Panel

from .coverage import coverage_report


class CitationCoveragePanel(Panel):
    """The paragraphs and figures of the edited version that cite no source,
    and footnotes citing a source the page does not list."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "citations/admin/coverage_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(coverage_report(self.instance))
            return context


def citations_panels() -> list[Panel]:
    """The page's sources, in its order, and the coverage of its text."""
    return [
        InlinePanel(
            "citations",
            label=_("Source"),
            heading=_("Sources"),
            help_text=_(
                "Choose each source from the library, or add it there from the "
                "chooser. Mark a claim in the text with the “Cite” button to "
                "footnote it with one of these."
            ),
        ),
        CitationCoveragePanel(heading=_("Citation coverage")),
    ]
