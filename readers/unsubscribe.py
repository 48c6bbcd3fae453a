"""One-click unsubscribe (RFC 8058): a signed link in every notification email.

Mail clients that show an "Unsubscribe" button POST ``List-Unsubscribe=One-Click``
to the link, without cookies; readers who follow it by hand get a page with a
button. Either way the reader gets no more notification emails (their
notifications stay on the notifications page).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.urls import reverse

from core.absolute_urls import configured_url

SALT = "garrison.readers.unsubscribe"


def unsubscribe_url(user: AbstractBaseUser) -> str:
    """The absolute, signed address that stops ``user``'s notification emails."""
    token = signing.dumps(user.pk, salt=SALT)
    return configured_url(reverse("readers:unsubscribe", args=[token]))


def unsubscribe_headers(url: str) -> dict[str, str]:
    """The header fields that let a mail client unsubscribe in one click at
    ``url`` (:func:`unsubscribe_url`)."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def reader_of(token: str) -> AbstractBaseUser | None:
    """The account a token was signed for; None for a forged or broken one."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()
