from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contributor


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = "Contributors"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "user"]
    search_fields = ["name"]


register_snippet(ContributorViewSet)
