"""The community in the admin: contributors, applications and their moves."""

import django_filters
from django.urls import path, reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import INTEREST_CHOICES, STATE_CHOICES, Application, Contributor
from .states import REVIEWABLE_STATES, ApplicationState


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = _("Contributors")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "user"]
    search_fields = ["name"]


register_snippet(ContributorViewSet)


class ApplicationFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[c for c in STATE_CHOICES if c[0] != ApplicationState.SUBMITTED],
    )
    interest = django_filters.ChoiceFilter(
        label=_("Interest"), choices=INTEREST_CHOICES, method="filter_interest"
    )

    class Meta:
        model = Application
        fields = ["state"]

    def filter_interest(self, queryset, name, value):
        # Interests are a JSON list; matching the quoted value works the same
        # on SQLite and PostgreSQL.
        return queryset.filter(interests__icontains=f'"{value}"')


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        # Moderators see an application once its address is confirmed.
        return (
            super().get_base_queryset().exclude(state=ApplicationState.SUBMITTED.value)
        )


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "mail"
    menu_label = _("Applications")
    menu_order = 220
    add_to_admin_menu = True
    url_namespace = "community_application"
    index_view_class = ApplicationIndexView
    filterset_class = ApplicationFilterSet
    search_fields = ["name", "email", "experience"]
    copy_view_enabled = False
    # No add or edit views are served (see get_urlpatterns): the state changes
    # only through the review view. The base class still asks for a form.
    form_fields = ["decision_message"]
    list_display = [
        "name",
        "email",
        Column("get_state_display", label=_("State")),
        Column("interest_text", label=_("Interests")),
        "submitted_at",
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "edit_url_name": self.get_url_name("review"),
                "add_url_name": None,
                "delete_url_name": None,
                **kwargs,
            }
        )

    @property
    def url_finder_class(self):
        # The audit log and site history link an application to its review view,
        # the one view that stands for "edit" here.
        return type(
            "ApplicationAdminURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("review")},
        )

    def get_urlpatterns(self):
        kept = {"index", "index_results", "history", "history_results"}
        return [p for p in super().get_urlpatterns() if p.name in kept] + [
            path("review/<int:pk>/", admin_views.review_application, name="review"),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("applications")


@hooks.register("register_admin_urls")
def register_community_urls():
    return [
        path(
            "contributors/<int:pk>/roles/",
            admin_views.contributor_roles,
            name="community_contributor_roles",
        ),
        path("my-profile/", admin_views.own_profile, name="community_own_profile"),
    ]


class OwnProfileMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return Contributor.objects.filter(user=request.user).exists()


@hooks.register("register_admin_menu_item")
def own_profile_menu_item():
    return OwnProfileMenuItem(
        _("My public profile"),
        reverse("community_own_profile"),
        icon_name="user",
        order=900,
    )


@hooks.register("register_snippet_listing_buttons")
def contributor_roles_button(snippet, user, next_url=None):
    if isinstance(snippet, Contributor) and snippet.user_id:
        yield ListingButton(
            _("Roles"),
            reverse("community_contributor_roles", args=[snippet.pk]),
            icon_name="group",
            priority=30,
        )


@hooks.register("register_log_actions")
def register_community_actions(actions) -> None:
    """Name each application move, and role changes, in Wagtail's audit log."""
    for state, label in STATE_CHOICES:
        actions.register_action(
            f"garrison.application.{state}",
            format_lazy("{}: {}", _("Application"), label),
            format_lazy("{}: {}", _("Application"), label),
        )
    actions.register_action(
        "garrison.contributor.roles", _("Change roles"), _("Roles changed")
    )


class WaitingApplicationsSummaryItem(SummaryItem):
    """On the admin's dashboard: confirmed applications nobody has decided on."""

    order = 240
    template_name = "community/admin/waiting_applications_summary.html"

    def get_context_data(self, parent_context):
        return {
            "waiting": Application.objects.filter(
                state__in=[state.value for state in REVIEWABLE_STATES]
            ).count()
        }

    def is_shown(self) -> bool:
        return admin_views.applications_policy.user_has_permission(
            self.request.user, "change"
        )


@hooks.register("construct_homepage_summary_items")
def add_waiting_applications(request, items) -> None:
    items.append(WaitingApplicationsSummaryItem(request))
