"""What happens to an application: every move is checked, logged and announced.

Views, the admin and commands call these functions; none of them sets
``Application.state`` directly.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from wagtail.log_actions import log

from readers.accounts import trust_address

from .emails import send_already_open_email, send_application_email
from .models import Application, Contributor
from .roles import Role
from .states import OPEN_STATES, ApplicationState, check_move
from .tokens import make_token, read_token

S = ApplicationState

#: Sent after every move, with ``application``, ``previous`` and ``user``.
application_moved = Signal()


@transaction.atomic
def move(
    application: Application,
    target: ApplicationState,
    *,
    user=None,
    message: str = "",
    links: dict | None = None,
) -> Application:
    """Move the application to ``target`` or raise ApplicationStateError.

    Writes the new state, an audit-log row and an email to the applicant.
    """
    locked = Application.objects.select_for_update().get(pk=application.pk)
    previous = locked.state
    check_move(previous, target)
    now = timezone.now()
    locked.state = target.value
    if target is S.CONFIRMED:
        locked.confirmed_at = now
    if target in (S.ACCEPTED, S.DECLINED):
        locked.decided_at = now
        locked.decided_by = user
        locked.decision_message = message
    locked.save()
    log(
        instance=locked,
        action=f"garrison.application.{target.value}",
        user=user,
        data={"from": previous, "to": target.value, "message": message},
    )
    send_application_email(locked, target, message=message, links=links or {})
    application_moved.send(
        sender=Application, application=locked, previous=previous, user=user
    )
    application.__dict__.update(locked.__dict__)
    return locked


def submit_application(data: dict, *, base_url: str) -> Application:
    """Store a new application and email the link that confirms the address.

    An address with an application open gets no second one: its owner is
    emailed about the open one instead, with its links (the confirm link again
    while it is unconfirmed, so an email that never came can be had again).
    Either way the caller answers the same, so that the form never tells
    anyone whether an address has applied. Return the new or the open
    application.
    """
    email = data["email"].strip()
    if (existing := open_application(email)) is None:
        try:
            with transaction.atomic():
                application = Application.objects.create(
                    **{**data, "email": email, "consented_at": timezone.now()}
                )
        except IntegrityError:  # a simultaneous application from the address
            existing = open_application(email)
            if existing is None:
                raise
    if existing is not None:
        send_already_open_email(existing, links=_applicant_links(existing, base_url))
        return existing
    log(
        instance=application,
        action="garrison.application.submitted",
        data={"to": S.SUBMITTED.value},
    )
    send_application_email(
        application, S.SUBMITTED, links=_applicant_links(application, base_url)
    )
    return application


def open_application(email: str) -> Application | None:
    """Return the address's application in progress, if it has one."""
    return Application.objects.filter(
        email__iexact=email.strip(), state__in=[state.value for state in OPEN_STATES]
    ).first()


def _applicant_links(application: Application, base_url: str) -> dict[str, str]:
    links = {"withdraw": withdraw_url(application, base_url)}
    if application.state == S.SUBMITTED:
        links["confirm"] = base_url + reverse(
            "community:join-confirm", args=[make_token("confirm", application.pk)]
        )
    return links


def withdraw_url(application: Application, base_url: str) -> str:
    return base_url + reverse(
        "community:join-withdraw", args=[make_token("withdraw", application.pk)]
    )


def confirm_application(token: str) -> Application:
    """Confirm the address behind a link; raise LinkError or ApplicationStateError."""
    application = Application.objects.get(pk=read_token("confirm", token))
    if application.state == S.CONFIRMED:
        return application
    return move(application, S.CONFIRMED)


def withdraw_application(token: str) -> Application:
    application = Application.objects.get(pk=read_token("withdraw", token))
    return move(application, S.WITHDRAWN)


def start_review(application: Application, *, moderator) -> Application:
    return move(application, S.UNDER_REVIEW, user=moderator)


def decline_application(
    application: Application, *, moderator, message: str
) -> Application:
    return move(application, S.DECLINED, user=moderator, message=message)


@transaction.atomic
def accept_application(
    application: Application,
    *,
    moderator,
    roles: Iterable[Role],
    message: str = "",
    base_url: str,
) -> Application:
    """Take the applicant in: an account, a contributor profile and their roles.

    An existing account with the same email is linked instead of a new one. The
    email carries a one-time link to set a password.
    """
    check_move(application.state, S.ACCEPTED)
    User = get_user_model()
    user = User.objects.filter(email__iexact=application.email).first()
    if user is None:
        user = User(
            username=_free_username(application.email),
            email=application.email,
            first_name=application.name[:150],
        )
        user.set_unusable_password()
        user.save()
    trust_address(user)
    set_roles(user, roles)
    profile = Contributor.objects.filter(user=user).first()
    if profile is None:
        profile = Contributor.objects.create(
            user=user, name=application.name, slug=_free_slug(application.name)
        )
    application.user = user
    application.save(update_fields=["user"])
    return move(
        application,
        S.ACCEPTED,
        user=moderator,
        message=message,
        links={"set_password": set_password_url(user, base_url)},
    )


def set_roles(user, roles: Iterable[Role]) -> None:
    """Make the user's role groups exactly ``roles``; other groups are kept."""
    wanted = {Role(role).value for role in roles}
    role_groups = Group.objects.filter(name__in=[role.value for role in Role])
    for group in role_groups:
        if group.name in wanted:
            user.groups.add(group)
        else:
            user.groups.remove(group)
    missing = wanted - {group.name for group in role_groups}
    if missing:
        raise Group.DoesNotExist(
            f"Run `manage.py setup_roles`: no group named {', '.join(sorted(missing))}."
        )


def set_password_url(user, base_url: str) -> str:
    """Return the one-time link (Django's password-reset token) to set a password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return base_url + reverse("community:set-password", args=[uid, token])


def _free_username(email: str) -> str:
    return _first_free(get_user_model(), "username", email.split("@")[0])


def _free_slug(name: str) -> str:
    return _first_free(Contributor, "slug", name)


def _first_free(model, field_name: str, text: str) -> str:
    """Return the slug of ``text``, numbered ("-2", "-3") until no row has it."""
    base = slugify(text)[:140] or "contributor"
    candidate, number = base, 1
    while model.objects.filter(**{field_name: candidate}).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate
