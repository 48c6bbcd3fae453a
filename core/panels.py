"""Editing panels every page type shares."""

from wagtail.admin.panels import TitleFieldPanel
from wagtail.admin.widgets import AdminAutoHeightTextInput

#: The page title, wrapping onto more lines as it grows, as the search
#: description does: names of institutes and treaties here are long, and the
#: one-line field cut them off. Enter does not break the line.
TITLE_PANEL = TitleFieldPanel(
    "title",
    widget=AdminAutoHeightTextInput(
        attrs={
            "data-controller": "w-autosize w-action",
            "data-action": "keydown.enter->w-action#noop:prevent",
        }
    ),
)
