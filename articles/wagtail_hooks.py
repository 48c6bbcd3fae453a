from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Series


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ol"
    menu_label = "Series"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "slug"]


register_snippet(SeriesViewSet)
