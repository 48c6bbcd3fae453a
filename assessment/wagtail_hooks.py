"""The assessor's page and the worklist in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .admin_views import PERMISSION, assess_page, quality_worklist
from .models import Graded


@hooks.register("register_admin_urls")
def register_assessment_urls():
    return [
        path("assessment/pages/<int:page_id>/", assess_page, name="assessment_assess"),
        path("reports/quality/", quality_worklist, name="assessment_worklist"),
    ]


@hooks.register("register_reports_menu_item")
def register_worklist():
    return MenuItem(
        _("Quality worklist"),
        reverse("assessment_worklist"),
        icon_name="tasks",
        order=710,
    )


@hooks.register("register_page_header_buttons")
def assess_button(page, user, view_name=None, next_url=None):
    cls = page.specific_class
    if cls and issubclass(cls, Graded) and user.has_perm(PERMISSION):
        yield Button(
            _("Assess quality"),
            reverse("assessment_assess", args=[page.pk]),
            icon_name="pick",
            priority=60,
        )
