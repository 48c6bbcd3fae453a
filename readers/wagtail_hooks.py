from wagtail import hooks

from .accounts import trust_address


@hooks.register("after_create_user")
def trust_an_address_the_admin_gave(request, user) -> None:
    """An account an editor made in the admin signs in without confirming."""
    trust_address(user)
