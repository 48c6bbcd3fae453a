"""export_site and import_site: a round trip loses nothing; bad archives are refused."""

import gzip
import io
import json
import shutil
import tarfile

import pytest
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


def test_a_round_trip_through_an_archive_loses_nothing(demo_site, settings, tmp_path):
    from articles.counting import increment
    from articles.models import ArticlePage
    from community.factories import ApplicationFactory

    increment(ArticlePage.objects.live().first().pk, 41)
    ApplicationFactory()
    before = everything()
    files = {
        name: default_storage.open(name).read()
        for name in default_storage.listdir("original_images")[1]
        for name in [f"original_images/{name}"]
    }
    assert before["wagtailcore.revision"] and before["articles.viewcount"]
    assert before["community.application"] and files
    archive = tmp_path / "garrison.tar.gz"
    call_command("export_site", str(archive), verbosity=0)

    empty_the_database(settings)
    call_command("import_site", str(archive), verbosity=0)

    after = everything()
    for label, rows in before.items():
        assert after[label] == rows, f"{label} differs after the round trip"
    for name, content in files.items():
        assert default_storage.open(name).read() == content
    home = Page.objects.get(depth=2, locale__language_code="en").specific
    assert home.url == "/"


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
            content.replace(b"Tomka", b"Tomcat") if name == "data.json" else content
        ),
    )
    assert "data.json was changed after the export" in refused(archive)


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
