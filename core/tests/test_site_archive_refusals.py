"""import_site refuses a bad archive from its headers, naming the member, and
writes nothing: no row, no media file, no change to a file already stored."""

import hashlib
import io
import json
import tarfile
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings

from core.site_archive import export_site, exported_models
from core.tests import archive_tools
from core.tests.archive_tools import Zeros

pytestmark = pytest.mark.django_db

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def genuine(django_db_setup, django_db_blocker, tmp_path_factory) -> dict[str, bytes]:
    """The members of a small real archive: a home, a magazine, an article, an image."""
    from articles.factories import ArticleIndexPageFactory, published_article
    from core.factories import ImageFactory
    from home.factories import HomePageFactory

    folder = tmp_path_factory.mktemp("genuine")
    path = folder / "genuine.tar.gz"
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=folder / "media"),
    ):
        index = ArticleIndexPageFactory(parent=HomePageFactory(), slug="articles")
        published_article(index, title="Tomka")
        ImageFactory(title="Map of the Kama")
        export_site(path)
        transaction.set_rollback(True)
    with tarfile.open(path, "r:gz") as archive:
        return {m.name: archive.extractfile(m).read() for m in archive.getmembers()}


def member(name: str, content: bytes = b"", **header) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    for key, value in header.items():
        setattr(info, key, value)
    return info, content


def write_archive(path: Path, entries, **options) -> Path:
    with tarfile.open(path, "w:gz", **options) as archive:
        for info, content in entries:
            stream = content if hasattr(content, "read") else io.BytesIO(content)
            archive.addfile(info, stream if info.isreg() else None)
    return path


def genuine_with(genuine, *extra, listed: bool = True, manifest=None) -> list:
    """The genuine members and ``extra`` ones, listed in its manifest if ``listed``."""
    manifest = manifest or json.loads(genuine["manifest.json"])
    for info, content in extra if listed else ():
        manifest["checksums"][info.name] = hashlib.sha256(content).hexdigest()
        manifest["sizes"][info.name] = len(content)
    head = member("manifest.json", json.dumps(manifest).encode())
    rest = [member(name, content) for name, content in genuine.items()]
    return [head, *rest[1:], *extra]


def media_files(settings) -> dict[str, bytes]:
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def unchanged(settings, tmp_path):
    """Store a media file, then check the import changed no row and no file."""
    kept = Path(settings.MEDIA_ROOT) / "original_images" / "kept.jpg"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_bytes(b"a photograph stored before the import")
    rows = {m._meta.label_lower: m._base_manager.count() for m in exported_models()}
    files = media_files(settings)
    yield
    assert {
        m._meta.label_lower: m._base_manager.count() for m in exported_models()
    } == rows, "a refused archive wrote rows"
    assert media_files(settings) == files, "a refused archive touched the media"
    assert not list(tmp_path.rglob("outside*")), "a refused archive wrote outside"
    assert not Path("/tmp/outside-garrison").exists()


def refusal(path: Path, *options: str) -> str:
    with pytest.raises(CommandError) as error:
        call_command("import_site", str(path), *options, verbosity=0)
    return str(error.value)


EVIL = b"#!/bin/sh\necho owned\n"
BAD_MEMBERS = {
    "absolute path": (member("/tmp/outside-garrison", EVIL), "its path is absolute"),
    "path with ..": (
        member("media/../outside.txt", EVIL),
        "its path climbs out of the media folder with '..'",
    ),
    "path beside the media": (
        member("outside.sh", EVIL),
        "it is neither data.jsonl nor a file under media/",
    ),
    "symbolic link": (
        member("media/original_images/a.jpg", type=tarfile.SYMTYPE, linkname="/etc"),
        "it is a symbolic link (to /etc)",
    ),
    "hard link": (
        member("media/original_images/b.jpg", type=tarfile.LNKTYPE, linkname="x"),
        "it is a hard link (to x)",
    ),
    "device": (
        member("media/original_images/c", type=tarfile.CHRTYPE, devmajor=1),
        "it is a device or a FIFO",
    ),
}


@pytest.mark.parametrize("kind", BAD_MEMBERS)
def test_an_archive_with_a_dangerous_member_is_refused(
    kind, genuine, tmp_path, unchanged
):
    (info, content), reason = BAD_MEMBERS[kind]
    path = write_archive(
        tmp_path / "bad.tar.gz", genuine_with(genuine, (info, content))
    )
    assert f"member {info.name}: {reason}" in refusal(path)


def test_a_member_the_manifest_does_not_list_is_refused(genuine, tmp_path, unchanged):
    extra = member("media/original_images/extra.jpg", EVIL)
    path = write_archive(
        tmp_path / "bad.tar.gz", genuine_with(genuine, extra, listed=False)
    )
    message = refusal(path)
    assert (
        "member media/original_images/extra.jpg: the manifest does not list it"
        in message
    )


def test_a_path_through_a_symbolic_link_out_of_the_media_folder_is_refused(
    genuine, tmp_path, settings, unchanged
):
    (tmp_path / "elsewhere").mkdir()
    Path(settings.MEDIA_ROOT, "documents").symlink_to(tmp_path / "elsewhere")
    path = write_archive(
        tmp_path / "bad.tar.gz",
        genuine_with(genuine, member("media/documents/outside.pdf", EVIL)),
    )
    assert "leaves the media folder (through a symbolic link)" in refusal(path)
    assert not list((tmp_path / "elsewhere").iterdir())


@pytest.fixture
def stored(genuine, settings) -> tuple[str, Path]:
    """A media file stored under the name of one the archive holds."""
    name = next(n for n in genuine if n.startswith("media/"))
    path = Path(settings.MEDIA_ROOT, name.removeprefix("media/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"the file already stored")
    return name, path


def test_a_media_file_that_exists_is_never_overwritten(
    genuine, tmp_path, stored, unchanged
):
    name, file = stored
    path = write_archive(tmp_path / "site.tar.gz", genuine_with(genuine))
    message = refusal(path)
    assert f"member {name}: the media file" in message
    assert "already exists and is never overwritten" in message
    assert file.read_bytes() == b"the file already stored"


def manifest_of(genuine) -> dict:
    return json.loads(genuine["manifest.json"])


MALFORMED = {
    "not JSON": (b"{'format': 2", "not JSON"),
    "a list": (b"[2]", "not a JSON object"),
    "missing keys": (b'{"format": 2, "checksums": {}}', "it lacks migrations, rows"),
    "rows of words": (
        lambda m: {**m, "rows": {"auth.user": "many"}},
        "'rows' must map model labels to row counts",
    ),
    "bad digest": (
        lambda m: {**m, "checksums": {**m["checksums"], "data.jsonl": "abc"}},
        "'checksums' must map member names to SHA-256 digests",
    ),
    "no sizes": (
        lambda m: {k: v for k, v in m.items() if k != "sizes"},
        "'sizes' must give the size of every member it lists",
    ),
    "format as text": (lambda m: {**m, "format": "2"}, "'format' is not a positive"),
}


@pytest.mark.parametrize("kind", MALFORMED)
def test_a_malformed_manifest_is_refused(kind, genuine, tmp_path, unchanged):
    change, reason = MALFORMED[kind]
    content = (
        change
        if isinstance(change, bytes)
        else json.dumps(change(manifest_of(genuine))).encode()
    )
    entries = genuine_with(genuine)
    entries[0] = member("manifest.json", content)
    path = write_archive(tmp_path / "bad.tar.gz", entries)
    assert f"member manifest.json is malformed: {reason}" in refusal(path)


def test_a_manifest_that_does_not_come_first_is_refused(genuine, tmp_path, unchanged):
    entries = genuine_with(genuine)
    path = write_archive(tmp_path / "bad.tar.gz", [*entries[1:], entries[0]])
    assert "the first member is data.jsonl, not manifest.json" in refusal(path)


def test_a_member_of_another_size_than_stated_is_refused(genuine, tmp_path, unchanged):
    manifest = manifest_of(genuine)
    manifest["sizes"]["data.jsonl"] -= 1
    path = write_archive(
        tmp_path / "bad.tar.gz", genuine_with(genuine, manifest=manifest)
    )
    size = len(genuine["data.jsonl"])
    assert f"member data.jsonl: it holds {size:,} bytes; the manifest says" in refusal(
        path
    )


def test_an_oversized_extended_header_is_refused_unread(genuine, tmp_path, unchanged):
    info, content = member("media/original_images/long.jpg", EVIL)
    info.pax_headers = {"comment": "x" * (2 * MiB)}
    path = write_archive(
        tmp_path / "bad.tar.gz",
        genuine_with(genuine, (info, content)),
        format=tarfile.PAX_FORMAT,
    )
    assert "an extended tar header of 2,097," in refusal(path)


def test_data_that_does_not_load_is_refused_and_rolled_back(
    genuine, tmp_path, unchanged
):
    members = dict(genuine)
    data = (
        genuine["data.jsonl"] + b'{"model": "articles.none", "pk": 1, "fields": {}}\n'
    )
    members["data.jsonl"] = data
    manifest = manifest_of(genuine)
    manifest["checksums"]["data.jsonl"] = hashlib.sha256(data).hexdigest()
    manifest["sizes"]["data.jsonl"] = len(data)
    path = write_archive(
        tmp_path / "bad.tar.gz", genuine_with(members, manifest=manifest)
    )
    assert "member data.jsonl: it does not load" in refusal(path)


def zeros_archive(genuine, path: Path, size: int, **manifest_change) -> Path:
    """The genuine archive with an image replaced by ``size`` zero bytes, streamed."""
    name = next(n for n in genuine if n.startswith("media/"))
    manifest = manifest_of(genuine)
    for key, value in manifest_change.items():
        manifest[key][name] = value
    entries = genuine_with(genuine, manifest=manifest)
    entries = [e for e in entries if e[0].name != name]
    info = tarfile.TarInfo(name)
    info.size = size
    return write_archive(path, [*entries, (info, Zeros(size))], compresslevel=1)


def run_import(path: Path, tmp_path: Path, *options: str) -> tuple[int, str, int]:
    environment = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'target.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "target-media"),
    }
    return archive_tools.run_import(path, environment, *options)


def test_a_tar_bomb_is_refused_through_manage_py_in_little_memory(genuine, tmp_path):
    """512 MiB of zeros in a 2.3 MB archive, past a 100 MiB limit; the baseline
    is the same command refusing a small archive with a symbolic link."""
    link = member("media/original_images/a.jpg", type=tarfile.SYMTYPE, linkname="/")
    small = write_archive(tmp_path / "link.tar.gz", genuine_with(genuine, link))
    status, stderr, baseline = run_import(small, tmp_path)
    assert status == 1
    assert stderr == (
        f"CommandError: {small}: member media/original_images/a.jpg: it is a "
        "symbolic link (to /). Nothing was written.\n"
    )
    bomb = zeros_archive(genuine, tmp_path / "bomb.tar.gz", 512 * MiB)
    assert bomb.stat().st_size < 3 * MiB
    status, stderr, peak = run_import(bomb, tmp_path, "--max-size", "100M")
    assert status == 1
    assert stderr.startswith("CommandError: ") and "Traceback" not in stderr
    assert "past the limit of 104,857,600" in stderr
    assert peak - baseline < 100 * 1000 * 1000, f"{peak - baseline:,} bytes more"
    assert not (tmp_path / "target-media").exists()


def test_a_large_member_is_streamed_not_held_in_memory(genuine, tmp_path, unchanged):
    """256 MiB within the limit, checked as it streams: its checksum is wrong."""
    big = zeros_archive(genuine, tmp_path / "big.tar.gz", 256 * MiB, sizes=256 * MiB)
    tracemalloc.start()
    try:
        message = refusal(big, "--max-size", "1G")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "it was changed after the export" in message
    assert peak < 100 * 1000 * 1000, f"{peak:,} bytes at the peak"
