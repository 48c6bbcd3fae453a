"""The discussion in the admin: the moderators' queue of posts."""

import django_filters
from django.conf import settings
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from . import admin_views
from .models import Post, PostKind, PostStatus


class PostFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=PostStatus.choices)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PostKind.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        field_name="thread__page__locale__language_code",
    )
    flagged = django_filters.BooleanFilter(
        label=_("Flagged, not yet looked at"), method="filter_flagged"
    )
    reader = django_filters.CharFilter(
        label=_("Reader"),
        field_name="author__reader__display_name",
        lookup_expr="icontains",
    )

    class Meta:
        model = Post
        fields = ["status", "kind"]

    def filter_flagged(self, queryset, name, value):
        open_flags = queryset.filter(flags__isnull=False, flags__handled=None)
        return (
            open_flags.distinct()
            if value
            else queryset.exclude(pk__in=open_flags.values("pk"))
        )


class PostViewSet(ModelViewSet):
    """The queue: every post, newest first, filtered; each opens to be decided."""

    model = Post
    icon = "comment"
    menu_label = _("Discussion")
    menu_order = 225
    add_to_admin_menu = True
    url_namespace = "discussion_post"
    filterset_class = PostFilterSet
    search_fields = ["text", "changes"]
    copy_view_enabled = False
    form_fields = ["reason"]  # never served: decisions go through the moderate view
    ordering = ["-created"]
    list_display = [
        "__str__",  # the first column links to the moderate view
        Column("get_status_display", label=_("Status")),
        Column("thread", label=_("Page")),
        Column("author", label=_("Reader")),
        "created",
    ]

    def get_queryset(self, request):
        return Post.objects.select_related("thread__page", "author")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "edit_url_name": self.get_url_name("moderate"),
                "add_url_name": None,
                "delete_url_name": None,
                **kwargs,
            }
        )

    @property
    def url_finder_class(self):
        # The audit log links a post to the one view that stands for "edit".
        return type(
            "PostAdminURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("moderate")},
        )

    def get_urlpatterns(self):
        kept = {"index", "index_results", "history", "history_results"}
        return [p for p in super().get_urlpatterns() if p.name in kept] + [
            path("moderate/<int:pk>/", admin_views.moderate_post, name="moderate"),
            path("fold-in/<int:pk>/", admin_views.fold_in_post, name="fold_in"),
        ]


@hooks.register("register_admin_viewset")
def register_post_viewset():
    return PostViewSet("discussion")


@hooks.register("register_log_actions")
def register_post_actions(actions) -> None:
    """Name each moderator's decision on a post in Wagtail's audit log."""
    actions.register_action(
        "garrison.post.approve", _("Approve post"), _("Post approved")
    )
    actions.register_action(
        "garrison.post.reject", _("Reject post"), _("Post rejected")
    )
    actions.register_action("garrison.post.hide", _("Hide post"), _("Post hidden"))
    actions.register_action("garrison.post.pin", _("Pin post"), _("Post pinned"))
    actions.register_action("garrison.post.unpin", _("Unpin post"), _("Post unpinned"))
    actions.register_action(
        "garrison.thread.lock", _("Lock discussion"), _("Discussion locked")
    )
    actions.register_action(
        "garrison.thread.unlock", _("Unlock discussion"), _("Discussion unlocked")
    )
    actions.register_action(
        "garrison.reader.suspend", _("Suspend reader"), _("Reader suspended")
    )

    @actions.register_action("garrison.page.fold_in")
    class FoldInFormatter(LogFormatter):
        """In the page's history: whose addition was folded in, and its claim."""

        label = _("Fold in a reader's addition")

        def format_message(self, log_entry) -> str:
            return _("Folded in %(reader)s's addition: %(changes)s") % {
                "reader": log_entry.data.get("reader", ""),
                "changes": log_entry.data.get("changes", ""),
            }


class WaitingPostsSummaryItem(SummaryItem):
    """On the admin's dashboard: the posts a moderator has still to decide on."""

    order = 250
    template_name = "discussion/admin/waiting_posts_summary.html"

    def get_context_data(self, parent_context):
        return {
            "waiting": Post.objects.filter(status=PostStatus.PENDING).count(),
            "flagged": Post.objects.filter(
                status__in=[PostStatus.APPROVED, PostStatus.HIDDEN],
                flags__handled=None,
                flags__isnull=False,
            )
            .distinct()
            .count(),
        }

    def is_shown(self) -> bool:
        return admin_views.posts_policy.user_has_permission(self.request.user, "change")


@hooks.register("construct_homepage_summary_items")
def add_waiting_posts(request, items) -> None:
    items.append(WaitingPostsSummaryItem(request))
