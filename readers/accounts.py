"""A reader's account: their profile, their data, and deleting it all."""

from __future__ import annotations

import json

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from .models import ReaderProfile


def profile_of(user: AbstractBaseUser) -> ReaderProfile:
    """The reader's profile; an account made before profiles gets one now."""
    try:
        return user.reader
    except ReaderProfile.DoesNotExist:
        profile, _created = ReaderProfile.objects.get_or_create(
            user=user,
            defaults={"display_name": user.get_full_name() or user.get_username()},
        )
        return profile


def trust_address(user: AbstractBaseUser) -> None:
    """Count the user's email address as confirmed: for accounts the site made.

    Readers confirm theirs by the emailed link. An account made by an editor
    in the admin, or for an accepted applicant (who proves the address by
    setting a password from the emailed link), signs in as it stands.
    """
    if not user.email:
        return
    others = EmailAddress.objects.exclude(user=user)
    if others.filter(email__iexact=user.email, verified=True).exists():
        return  # a confirmed address belongs to one account only
    EmailAddress.objects.filter(user=user).exclude(email__iexact=user.email).update(
        primary=False
    )
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )
    elif not (address.verified and address.primary):
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])


def reader_data(user: AbstractBaseUser) -> dict:
    """Everything the site keeps about the reader, as they may download it."""
    # Imported here: the discussion app builds on this one.
    from discussion.threads import reader_contributions

    profile = profile_of(user)
    return {
        "account": {
            "username": user.get_username(),
            "email_addresses": [
                {"email": address.email, "verified": address.verified}
                for address in EmailAddress.objects.filter(user=user)
            ],
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "display_name": profile.display_name,
            "language": profile.language,
            "email_frequency": profile.email_frequency,
        },
        **reader_contributions(user),
    }


def reader_data_json(user: AbstractBaseUser) -> str:
    return json.dumps(reader_data(user), ensure_ascii=False, indent=2)


@transaction.atomic
def delete_account(user: AbstractBaseUser) -> None:
    """Delete what is personal in an account; what it wrote stays, unsigned.

    The row stays so that the reader's posts keep their place in threads,
    shown as by a deleted reader; its name, addresses and password go, and
    it can never sign in again.
    """
    from discussion.models import Notification, Watch

    profile = profile_of(user)
    Watch.objects.filter(reader=user).delete()
    Notification.objects.filter(recipient=user).delete()
    profile.display_name = ""
    profile.language = ""
    profile.deleted = timezone.now()
    profile.save()
    EmailAddress.objects.filter(user=user).delete()
    user.username = f"deleted-{user.pk}"
    user.email = ""
    user.first_name = user.last_name = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
