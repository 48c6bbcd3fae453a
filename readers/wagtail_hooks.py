from allauth.mfa.utils import is_mfa_enabled
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .accounts import trust_address


@hooks.register("after_create_user")
def trust_an_address_the_admin_gave(request, user) -> None:
    """An account an editor made in the admin signs in without confirming."""
    trust_address(user)


class TwoFactorPanel(Component):
    """On the admin's dashboard, for staff who sign in with a password alone."""

    name = "two_factor"
    order = 50
    template_name = "readers/admin/two_factor_panel.html"


@hooks.register("construct_homepage_panels")
def ask_staff_for_two_factor(request, panels) -> None:
    if not is_mfa_enabled(request.user):
        panels.append(TwoFactorPanel())
