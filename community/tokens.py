"""Signed, expiring links sent by email: confirm an application, withdraw it."""

from __future__ import annotations

from django.conf import settings
from django.core import signing


class LinkError(Exception):
    """The link was altered, or is too old; ``expired`` tells which."""

    def __init__(self, *, expired: bool) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(purpose: str, application_id: int) -> str:
    return signing.TimestampSigner(salt=f"community.{purpose}").sign(
        str(application_id)
    )


def read_token(purpose: str, token: str) -> int:
    """Return the application id in ``token``; raise LinkError if altered or old."""
    signer = signing.TimestampSigner(salt=f"community.{purpose}")
    try:
        value = signer.unsign(token, max_age=settings.APPLICATION_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkError(expired=True) from error
    except signing.BadSignature as error:
        raise LinkError(expired=False) from error
    return int(value)
