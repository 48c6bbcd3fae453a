from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import STATE_CHOICES, Contributor


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = "Contributors"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "user"]
    search_fields = ["name"]


register_snippet(ContributorViewSet)


@hooks.register("register_log_actions")
def register_application_actions(actions) -> None:
    """Name each application move in Wagtail's audit log."""
    for state, label in STATE_CHOICES:
        actions.register_action(
            f"garrison.application.{state}",
            format_lazy("{}: {}", _("Application"), label),
            format_lazy("{}: {}", _("Application"), label),
        )
