"""export_site and import_site: a round trip loses nothing; bad archives are refused."""

import gzip
import hashlib
import io
import json
import shutil
import tarfile

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from core.site_archive import exported_models

pytestmark = pytest.mark.django_db(transaction=True)


def everything() -> dict[str, list[dict]]:
    """Every exported row, as plain data, by model."""
    return {
        model._meta.label_lower: serializers.serialize(
            "python",
            model._base_manager.order_by("pk"),
            use_natural_foreign_keys=True,
        )
        for model in exported_models()
    }


def empty_the_database(settings) -> None:
    """Leave the database as a fresh `migrate` does: a root and a welcome page."""
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    Page.add_root(title="Root", slug="root").add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home")
    )


def test_every_model_is_exported_after_the_models_it_refers_to():
    from wagtail.models import Site

    from core.models import AdSettings

    order = {model: index for index, model in enumerate(exported_models())}
    for model, index in order.items():
        for field in model._meta.local_fields:
            target = field.related_model
            if field.is_relation and not field.null and target in order:
                assert target is model or order[target] < index, field
    assert order[Site] < order[AdSettings]  # a one-to-one


ENTRY_KINDS = ("person", "unit", "organisation", "equipment", "place", "event")


def serve_every_page_type(client) -> None:
    """Read every kind of page in both languages and use every reader's form.

    Serving makes rows a fresh demo does not have (the advertising settings of
    the site, view counts), which is what a live site's backup holds.
    """
    from django.apps import apps
    from wagtail.models import PageViewRestriction

    from articles.models import ArticleIndexPage, ArticlePage
    from community.models import Contributor
    from encyclopedia.models import EncyclopediaPage
    from home.models import HomePage

    contributor = Contributor.objects.filter(user__isnull=False).first() or (
        Contributor.objects.first()
    )
    for language, prefix in (("en", ""), ("cs", "/cs")):
        pages = [
            HomePage.objects.get(locale__language_code=language),
            ArticleIndexPage.objects.get(locale__language_code=language),
            ArticlePage.objects.live().filter(locale__language_code=language).first(),
            EncyclopediaPage.objects.get(locale__language_code=language),
        ] + [
            apps.get_model("encyclopedia", f"{kind}page")
            .objects.live()
            .filter(locale__language_code=language)
            .first()
            for kind in ENTRY_KINDS
        ]
        tag = ArticlePage.tags.through.objects.first().tag
        urls = [page.url for page in pages] + [
            f"{pages[1].url}tags/{tag.slug}/",
            f"{prefix}/timeline/",
            f"{prefix}/map/",
            f"{prefix}/contributors/",
            f"{prefix}/contributors/{contributor.slug}/",
            f"{prefix}/search/?q=Lipetsk",
            f"{prefix}/join/",
        ]
        for url in urls:
            assert client.get(url).status_code == 200, url
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    response = client.post(
        "/beacon/views/", {"page": article.pk}, HTTP_USER_AGENT="Mozilla/5.0 Firefox"
    )
    assert response.json()["counted"] is True
    joined = client.post(
        "/join/",
        {
            "name": "Eva Nováková",
            "email": "eva@example.org",
            "languages": ["cs", "en"],
            "interests": ["writing"],
            "experience": "I wrote for a regional museum's newsletter.",
            "consent": "on",
        },
    )
    assert joined.status_code == 302, joined.content[:2000]
    take_part(client, article)
    # A password-protected article and its password form.
    hidden = ArticlePage.objects.live().filter(locale__language_code="en").last()
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="alpha"
    )
    form = client.get(hidden.url)
    assert b'name="password"' in form.content
    unlocked = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{hidden.pk}/",
        {"password": "alpha", "return_url": hidden.url},
    )
    assert unlocked.status_code == 302
    assert client.get(hidden.url).status_code == 200


def take_part(client, article) -> None:
    """A reader signs up, confirms the address and posts to a discussion: a
    post approved and a sourced addition waiting."""
    import re

    from django.core import mail

    from discussion.models import Post
    from discussion.posting import approve

    password = "a long and sunny field at Lipetsk"
    client.post(
        "/accounts/signup/",
        {
            "display_name": "Jana",
            "email": "jana@example.org",
            "password1": password,
            "password2": password,
        },
    )
    link = re.search(r"https?://[^/\s]+(/\S*/confirm-email/\S+/)", mail.outbox[-1].body)
    assert client.post(link[1]).status_code == 302
    post = {
        "kind": "discussion",
        "text": "The first course began in June 1925.",
        "source-TOTAL_FORMS": "1",
        "source-INITIAL_FORMS": "0",
    }
    assert client.post(f"/discussion/{article.pk}/", post).status_code == 302
    approve(Post.objects.get(author__email="jana@example.org"), moderator=None)
    others = Post.objects.filter(status="approved").exclude(
        author__email="jana@example.org"
    )
    flagged = client.post(f"/discussion/flag/{others.first().pk}/", {"reason": "wrong"})
    assert flagged.status_code == 302
    post |= {
        "kind": "addition",
        "text": "A second runway by 1928.",
        "changes": "The second runway.",
        "source-0-kind": "book",
        "source-0-title": "Die geheime Fliegerschule",
    }
    assert client.post(f"/discussion/{article.pk}/", post).status_code == 302
    client.post("/accounts/logout/")


def test_a_live_site_survives_a_round_trip_through_an_archive(
    demo_site, client, settings, tmp_path
):
    from articles.models import ArticlePage, ViewCount
    from core.models import AdSettings

    serve_every_page_type(client)
    # An editor signs in with a second factor; a restored site keeps it.
    TOTP.activate(get_user_model().objects.get(username="editor"), "JBSWY3DPEHPK3PXP")
    before = everything()
    files = {
        name: default_storage.open(name).read()
        for name in default_storage.listdir("original_images")[1]
        for name in [f"original_images/{name}"]
    }
    for label in (
        "core.adsettings", "articles.viewcount", "wagtailcore.revision",
        "community.application", "wagtailcore.pageviewrestriction",
        "account.emailaddress", "readers.readerprofile", "discussion.thread",
        "discussion.post", "discussion.postsource", "discussion.flag",
        "discussion.watch", "discussion.notification", "mfa.authenticator",
    ):  # fmt: skip
        assert before[label], f"the served site has no {label}"
    assert files
    article = ArticlePage.objects.get(pk=ViewCount.objects.first().page_id)
    body, views = list(article.body.raw_data), article.views.count
    revisions = article.revisions.count()
    latest = article.latest_revision.content
    ads = AdSettings.objects.values().get()
    archive = tmp_path / "garrison.tar.gz"
    call_command("export_site", str(archive), verbosity=0)

    empty_the_database(settings)
    call_command("import_site", str(archive), verbosity=0)

    after = everything()
    for label, rows in before.items():
        assert after[label] == rows, f"{label} differs after the round trip"
    for name, content in files.items():
        assert default_storage.open(name).read() == content
    restored = ArticlePage.objects.get(pk=article.pk)
    assert list(restored.body.raw_data) == body and restored.views.count == views
    assert AdSettings.objects.values().get() == ads
    assert restored.revisions.count() == revisions >= 1
    assert restored.latest_revision.content == latest
    home = Page.objects.get(depth=2, locale__language_code="en").specific
    assert home.url == "/"
    # The restored site serves again, in both languages.
    assert client.get(restored.url).status_code == 200
    assert client.get("/cs/").status_code == 200


@pytest.fixture
def archive(site_tree, settings, tmp_path):
    from articles.factories import published_article

    _, index = site_tree
    published_article(index, title="Tomka")
    path = tmp_path / "small.tar.gz"
    call_command("export_site", str(path), verbosity=0)
    empty_the_database(settings)
    return path


def rewrite(path, change) -> None:
    """Rewrite the archive with ``change(name, content) -> content`` applied."""
    with tarfile.open(path, "r:gz") as old:
        members = {m.name: old.extractfile(m).read() for m in old.getmembers()}
    with tarfile.open(path, "w:gz") as new:
        for name, content in members.items():
            content = change(name, content)
            info = tarfile.TarInfo(name)
            info.size = len(content)
            new.addfile(info, io.BytesIO(content))


def refused(path) -> str:
    with pytest.raises(CommandError) as error:
        call_command("import_site", str(path), verbosity=0)
    assert Page.objects.count() == 2, "a refused archive wrote something"
    return str(error.value)


def test_a_truncated_archive_is_refused_before_anything_is_written(archive):
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    assert "truncated or damaged" in refused(archive)


def test_a_tampered_archive_is_refused(archive):
    rewrite(
        archive,
        lambda name, content: (
            content.replace(b"Tomka", b"Tomik") if name == "data.jsonl" else content
        ),
    )
    assert "member data.jsonl: it was changed after the export" in refused(archive)


def edit_manifest(path, change) -> None:
    def edited(name, content):
        if name != "manifest.json":
            return content
        manifest = json.loads(content)
        change(manifest)
        return json.dumps(manifest).encode()

    rewrite(path, edited)


def test_an_archive_from_a_newer_version_is_refused(archive):
    edit_manifest(archive, lambda manifest: manifest.update(format=99))
    assert "made by a newer Garrison (archive format 99" in refused(archive)


def test_an_archive_with_unknown_migrations_is_refused(archive):
    edit_manifest(
        archive,
        lambda manifest: manifest["migrations"]["articles"].append(
            "0099_from_the_future"
        ),
    )
    assert "articles.0099_from_the_future" in refused(archive)


def test_import_refuses_a_database_that_has_content(site_tree, tmp_path):
    path = tmp_path / "site.tar.gz"
    call_command("export_site", str(path), verbosity=0)
    with pytest.raises(CommandError, match="already has content"):
        call_command("import_site", str(path), verbosity=0)
    assert gzip.open(path).read(1)  # the archive itself is untouched


def test_an_archive_of_the_first_format_still_loads(archive):
    """Format 1 held the data as one JSON array and stated no member sizes."""

    def first_format(name, content):
        if name == "manifest.json":
            manifest = json.loads(content)
            del manifest["sizes"]
            checksums = manifest["checksums"]
            checksums["data.json"] = checksums.pop("data.jsonl")
            return json.dumps({**manifest, "format": 1}).encode()
        return content

    rewrite(archive, first_format)
    with tarfile.open(archive, "r:gz") as old:
        members = {m.name: old.extractfile(m).read() for m in old.getmembers()}
    data = b"[" + b",".join(members.pop("data.jsonl").splitlines()) + b"]"
    manifest = json.loads(members["manifest.json"])
    manifest["checksums"]["data.json"] = hashlib.sha256(data).hexdigest()
    with tarfile.open(archive, "w:gz") as new:
        for name, content in (
            ("manifest.json", json.dumps(manifest).encode()),
            ("data.json", data),
            *((n, c) for n, c in members.items() if n.startswith("media/")),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            new.addfile(info, io.BytesIO(content))
    call_command("import_site", str(archive), verbosity=0)
    assert Page.objects.get(title="Tomka", locale__language_code="en").live
