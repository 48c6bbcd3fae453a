"""export_site and import_site: the order of an archive, and bad archives refused."""

import gzip
import hashlib
import io
import json
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from core.site_archive import exported_models

from .site_archives import empty_the_database

pytestmark = pytest.mark.django_db(transaction=True)


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
