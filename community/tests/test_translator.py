"""Translators: they translate a page into Czech in the admin, and edit only there."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from articles.factories import ArticleIndexPageFactory, published_article
from articles.models import ArticlePage
from community.role_setup import setup_roles
from community.roles import Role
from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual(roles):
    """An English magazine with one article, its Czech tree, and the roles on both."""
    home = HomePageFactory()
    magazine = ArticleIndexPageFactory(parent=home, slug="articles")
    article = published_article(magazine, title="Lipetsk", slug="lipetsk")
    czech = Locale.objects.get(language_code="cs")
    synchronize_tree(Locale.get_default(), czech)
    setup_roles()  # the Czech sections exist now
    return article, czech


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def test_a_translator_translates_an_article_and_edits_only_the_czech_side(
    client, member, bilingual
):
    article, czech = bilingual
    translator = member("tereza", Role.TRANSLATOR)
    client.force_login(translator)
    assert translator.has_perm("wagtail_localize.submit_translation")

    submit = reverse("wagtail_localize:submit_page_translation", args=(article.pk,))
    assert client.get(submit).status_code == 200
    response = client.post(submit, {"locales": [czech.pk]})
    assert response.status_code == 302

    translation = ArticlePage.objects.get(
        translation_key=article.translation_key, locale=czech
    )
    # The alias that stood in for the article is now a translation of its own.
    assert translation.alias_of_id is None
    assert client.get(edit_url(translation)).status_code == 200
    english = client.get(edit_url(article))
    assert english.status_code != 200  # a translator does not rewrite originals


@pytest.mark.parametrize("role", [Role.EDITOR, Role.MODERATOR])
def test_editors_and_moderators_may_send_pages_for_translation(member, roles, role):
    assert member(f"{role.value}-user", role).has_perm(
        "wagtail_localize.submit_translation"
    )


@pytest.mark.parametrize("role", [Role.WRITER, Role.RESEARCHER, Role.ILLUSTRATOR])
def test_other_roles_do_not_send_pages_for_translation(member, roles, role):
    assert not member(f"{role.value}-user", role).has_perm(
        "wagtail_localize.submit_translation"
    )
