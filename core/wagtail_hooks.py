from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AdSlot


class AdSlotViewSet(SnippetViewSet):
    model = AdSlot
    icon = "tag"
    menu_label = "Advertisements"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["label", "is_active", "active_from", "active_until", "weight"]
    list_filter = ["is_active"]


register_snippet(AdSlotViewSet)
