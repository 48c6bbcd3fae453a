"""Moderators review applications in the admin and take people in."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from community.factories import ApplicationFactory, ContributorFactory
from community.models import Contributor
from community.roles import Role
from community.states import ApplicationState

pytestmark = pytest.mark.django_db
S = ApplicationState


def review_url(application) -> str:
    return reverse("community_application:review", args=[application.pk])


def test_listing_hides_unconfirmed_and_filters_by_state_and_interest(client, member):
    client.force_login(member("mod", Role.MODERATOR))
    ApplicationFactory(name="Hidden", state=S.SUBMITTED.value)
    ApplicationFactory(
        name="Writer one", state=S.CONFIRMED.value, interests=["writing"]
    )
    ApplicationFactory(name="Drawer", state=S.UNDER_REVIEW.value, interests=["images"])
    index = reverse("community_application:index")
    html = client.get(index).content.decode()
    assert "Writer one" in html and "Drawer" in html and "Hidden" not in html
    html = client.get(index, {"interest": "images"}).content.decode()
    assert "Drawer" in html and "Writer one" not in html
    html = client.get(index, {"state": "confirmed"}).content.decode()
    assert "Writer one" in html and "Drawer" not in html


def test_moderator_accepts_with_roles_and_the_applicant_gets_a_password_link(
    client, member
):
    moderator = member("mod", Role.MODERATOR)
    client.force_login(moderator)
    application = ApplicationFactory(
        name="Eva Nováková",
        email="eva@example.org",
        state=S.CONFIRMED.value,
        interests=["writing", "moderating", "images"],
    )
    page = client.get(review_url(application))
    suggested = page.context["form"].initial["roles"]
    assert sorted(suggested) == ["Illustrator", "Writer"]  # never Moderator

    client.post(review_url(application), {"start_review": "1"})
    application.refresh_from_db()
    assert application.state == S.UNDER_REVIEW

    response = client.post(
        review_url(application),
        {
            "decision": "accept",
            "roles": ["Writer", "Illustrator"],
            "message": "Welcome!",
        },
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == S.ACCEPTED and application.decided_by == moderator
    user = application.user
    assert sorted(user.groups.values_list("name", flat=True)) == [
        "Illustrator",
        "Writer",
    ]
    assert not user.has_usable_password()
    assert Contributor.objects.get(user=user).name == "Eva Nováková"

    welcome = mail.outbox[-1]
    assert welcome.subject == "Welcome to Garrison" and "Welcome!" in welcome.body
    (link,) = re.findall(r"http://testserver(/join/set-password/\S+/)", welcome.body)
    client.logout()
    form_page = client.get(link, follow=True)
    assert "Set your password" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "Lipetsk-1925-fighters",
            "new_password2": "Lipetsk-1925-fighters",
        },
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Lipetsk-1925-fighters")
    used_again = client.get(link, follow=True)
    assert "has been used already or has expired" in used_again.content.decode()


def test_accepting_links_an_existing_account_with_that_email(client, member):
    client.force_login(member("mod", Role.MODERATOR))
    existing = get_user_model().objects.create_user("eva", "EVA@example.org", "x" * 12)
    ContributorFactory(user=existing, name="Eva N.", slug="eva-n")
    application = ApplicationFactory(email="eva@example.org", state=S.CONFIRMED.value)
    client.post(
        review_url(application), {"decision": "accept", "roles": ["Translator"]}
    )
    application.refresh_from_db()
    assert application.user == existing
    assert Contributor.objects.filter(user=existing).count() == 1
    assert existing.groups.filter(name="Translator").exists()


def test_decline_needs_a_reason_and_then_tells_the_applicant(client, member):
    client.force_login(member("mod", Role.MODERATOR))
    application = ApplicationFactory(state=S.CONFIRMED.value)
    response = client.post(review_url(application), {"decision": "decline"})
    assert response.status_code == 400
    assert "Tell the applicant why" in response.content.decode()
    client.post(
        review_url(application),
        {"decision": "decline", "message": "We need Czech speakers."},
    )
    application.refresh_from_db()
    assert application.state == S.DECLINED
    assert "We need Czech speakers." in mail.outbox[-1].body
    assert not get_user_model().objects.filter(email=application.email).exists()


def test_a_decided_application_cannot_be_decided_again(client, member):
    client.force_login(member("mod", Role.MODERATOR))
    application = ApplicationFactory(state=S.DECLINED.value)
    response = client.post(
        review_url(application),
        {"decision": "accept", "roles": ["Writer"]},
        follow=True,
    )
    assert "cannot become accepted" in response.content.decode()
    application.refresh_from_db()
    assert application.state == S.DECLINED and application.user is None


@pytest.mark.parametrize("role", [Role.EDITOR, Role.WRITER, None])
def test_only_moderators_may_review(client, member, role):
    user = member("someone", *([role] if role else []))
    client.force_login(user)
    application = ApplicationFactory(state=S.CONFIRMED.value)
    assert client.get(review_url(application)).status_code in (302, 403)
    response = client.post(
        review_url(application), {"decision": "accept", "roles": ["Moderator"]}
    )
    assert response.status_code in (302, 403)
    application.refresh_from_db()
    assert application.state == S.CONFIRMED
    index = client.get(reverse("community_application:index"))
    assert index.status_code in (302, 403)


def test_moderator_changes_a_contributors_roles_later(client, member):
    client.force_login(member("mod", Role.MODERATOR))
    writer = member("writer", Role.WRITER)
    profile = ContributorFactory(user=writer)
    url = reverse("community_contributor_roles", args=[profile.pk])
    client.post(url, {"roles": ["Writer", "Editor"]})
    assert sorted(writer.groups.values_list("name", flat=True)) == ["Editor", "Writer"]
    client.post(url, {"roles": []})
    assert not writer.groups.exists()


def test_contributor_edits_only_their_own_profile(client, member):
    writer = member("writer", Role.WRITER)
    mine = ContributorFactory(user=writer, name="Old Name")
    other = ContributorFactory(name="Someone Else")
    client.force_login(writer)
    url = reverse("community_own_profile")
    assert "My public profile" in client.get("/admin/").content.decode()
    response = client.post(
        url, {"name": "<b>New</b> Name", "bio": "Armour.", "languages": ["cs"]}
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.name == "<b>New</b> Name" and mine.languages == ["cs"]
    other.refresh_from_db()
    assert other.name == "Someone Else"
    public = client.get(mine.get_absolute_url()).content.decode()
    assert "&lt;b&gt;New&lt;/b&gt; Name" in public

    stranger = member("stranger", Role.WRITER)
    client.force_login(stranger)
    denied = client.get(url)
    assert denied.status_code == 302 and denied["Location"] == "/admin/"
