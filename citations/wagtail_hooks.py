"""The library in the admin (sources listed, searched, created while choosing)
and the editor's footnotes: a claim marked with one of the page's sources."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from draftjs_exporter.dom import DOM
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    InlineEntityElementHandler,
)
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .admin_views import dead_links, import_sources
from .library import DESCRIPTION_FIELDS
from .models import Source


class SourceChooserViewSet(SnippetChooserViewSet):
    # An editor citing a book the library lacks adds it without leaving the page.
    form_fields = list(DESCRIPTION_FIELDS)
    create_action_label = _("Add to the library")


class SourceIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Import references"),
                url=reverse("citations_import"),
                icon_name="upload",
            ),
        ]


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    menu_label = _("Library")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["title", "author", "year", "kind"]
    list_filter = ["kind"]
    search_fields = ["title", "author", "publisher", "container"]
    chooser_viewset_class = SourceChooserViewSet
    index_view_class = SourceIndexView


register_snippet(SourceViewSet)


@hooks.register("register_admin_urls")
def register_library_urls():
    return [
        path("library/import/", import_sources, name="citations_import"),
        path("reports/dead-links/", dead_links, name="citations_dead_links"),
    ]


@hooks.register("register_reports_menu_item")
def register_dead_links_report():
    return MenuItem(
        _("Dead links"), reverse("citations_dead_links"), icon_name="warning", order=700
    )


class CitationElementHandler(InlineEntityElementHandler):
    """A claim as stored (``<span data-cites>``) into the editor's entity."""

    mutability = "MUTABLE"

    def get_attribute_data(self, attrs):
        return {
            "source": attrs.get("data-cites", ""),
            "locator": attrs.get("data-locator", ""),
        }


def citation_entity_decorator(props):
    """The editor's entity into the claim as stored (``citations/footnotes.py``)."""
    attributes = {"data-cites": str(props.get("source", ""))}
    if props.get("locator"):
        attributes["data-locator"] = props["locator"]
    return DOM.create_element("span", attributes, props["children"])


@hooks.register("register_rich_text_features")
def register_citation_feature(features) -> None:
    features.register_editor_plugin(
        "draftail",
        "citation",
        draftail_features.EntityFeature(
            {
                "type": "CITATION",
                "icon": "doc-full",
                "description": _("Cite a source for the selected words"),
                # The dialog's words, in the editor's language.
                "strings": {
                    "title": _("Cite a source for this claim"),
                    "source": _("Source"),
                    "locator": _("Page or part (optional), e.g. p. 47"),
                    "cite": _("Cite"),
                    "remove": _("Remove the citation"),
                    "cancel": _("Cancel"),
                    "selectFirst": _(
                        "Select the words the source supports, then press the "
                        "button again."
                    ),
                    "noSources": _(
                        "This page cites no source yet: add it under “Sources”, "
                        "then mark the claim."
                    ),
                },
            },
            js=["citations/citation-entity.js"],
            css={"all": ["citations/citation-entity.css"]},
        ),
    )
    features.register_converter_rule(
        "contentstate",
        "citation",
        {
            "from_database_format": {
                "span[data-cites]": CitationElementHandler("CITATION")
            },
            "to_database_format": {
                "entity_decorators": {"CITATION": citation_entity_decorator}
            },
        },
    )
