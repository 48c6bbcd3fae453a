"""Backups that restore: the whole site's content and media in one archive.

An archive is a gzipped tar of ``manifest.json`` (format, the migrations it was
made at, each member's SHA-256 and the number of rows per model), ``data.json``
(Django's serialisation of the content, with natural keys for content types
and permissions) and ``media/`` (every stored file the content refers to).

Reading checks everything before writing anything: a truncated archive, a
member whose checksum does not match, or an archive from a newer Garrison (a
higher format, or migrations this code does not have) is refused with a
message saying which. Loading then runs in one transaction into a database
that holds nothing but what migrations create.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.models import FileField, Model

from .locales import ensure_locales

FORMAT = 1
#: Content and the people who make it; not what is rebuilt (search and
#: reference indexes, renditions), per-visit (sessions, tasks) or per-process.
EXPORTED_APPS = (
    "auth", "wagtailcore", "wagtailusers", "taggit", "wagtailimages",
    "wagtaildocs", "wagtailredirects", "wagtailembeds", "wagtail_localize",
    "core", "community", "encyclopedia", "articles", "home",
)  # fmt: skip
SKIPPED_MODELS = {
    "auth.permission", "wagtailimages.rendition", "core.garrisonrendition",
    "wagtailcore.referenceindex", "wagtailcore.uploadedfile",
    "wagtailcore.pagesubscription", "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry", "wagtailcore.taskstate", "wagtailcore.workflowstate",
    # Made again after loading (core.locales.ensure_locales): loading it would
    # make wagtail-localize synchronise the trees half-way through the load.
    "wagtail_localize.localesynchronization",
}  # fmt: skip


class ArchiveError(Exception):
    """An archive that cannot be read or loaded; the message says why."""


@dataclass(frozen=True)
class Summary:
    rows: dict[str, int]
    files: int


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder keeps milliseconds of a time; a backup keeps all of it."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def exported_models() -> list[type[Model]]:
    """The models an archive holds, parents before children."""
    models = []
    for label in EXPORTED_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in SKIPPED_MODELS or model._meta.proxy:
                continue
            models.append(model)
    return _required_first(models)


def _required_first(models: list[type[Model]]) -> list[type[Model]]:
    """Order models so each comes after those its required foreign keys name.

    Loading fills a nullable forward reference later, but a required one must
    find its row already there (a site's root page, a tag's article).
    """
    chosen = set(models)

    def required(model: type[Model]) -> set[type[Model]]:
        return {
            field.related_model._meta.concrete_model
            for field in model._meta.concrete_fields
            if field.is_relation and field.many_to_one and not field.null
        } & chosen - {model}

    ordered: list[type[Model]] = []
    waiting = list(models)
    while waiting:
        ready = [m for m in waiting if required(m) <= set(ordered)]
        if not ready:  # a cycle of required keys: keep the declared order
            ready = waiting[:1]
        for model in ready:
            ordered.append(model)
            waiting.remove(model)
    return ordered


def export_site(path: Path) -> Summary:
    """Write the site's content and media to ``path``; return what it holds."""
    models = exported_models()
    rows = {model._meta.label_lower: model._base_manager.count() for model in models}
    data = serializers.serialize(
        "json",
        _all_objects(models),
        use_natural_foreign_keys=True,
        cls=ExactJSONEncoder,
    ).encode()
    files = sorted(_stored_files(models))
    members: dict[str, bytes] = {"data.json": data}
    for name in files:
        with default_storage.open(name, "rb") as handle:
            members[f"media/{name}"] = handle.read()
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(),
        "migrations": _applied_migrations(),
        "rows": rows,
        "checksums": {
            name: hashlib.sha256(content).hexdigest()
            for name, content in members.items()
        },
    }
    with tarfile.open(path, "w:gz") as archive:
        _add(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
        for name, content in members.items():
            _add(archive, name, content)
    return Summary(rows, len(files))


def read_archive(path: Path) -> tuple[dict, dict[str, bytes]]:
    """Read and check an archive whole; return its manifest and members."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            members = {
                member.name: archive.extractfile(member).read()
                for member in archive.getmembers()
                if member.isfile()
            }
    except (tarfile.TarError, EOFError, OSError, zlib_error()) as error:
        raise ArchiveError(
            f"{path} is not a whole Garrison archive (truncated or damaged: {error})."
        ) from error
    if "manifest.json" not in members:
        raise ArchiveError(f"{path} has no manifest.json: not a Garrison archive.")
    manifest = json.loads(members.pop("manifest.json"))
    if manifest.get("format", 0) > FORMAT:
        raise ArchiveError(
            f"{path} was made by a newer Garrison (archive format "
            f"{manifest['format']}; this one reads format {FORMAT}). Upgrade first."
        )
    unknown = _unknown_migrations(manifest.get("migrations", {}))
    if unknown:
        raise ArchiveError(
            f"{path} was made by a newer Garrison: its database has migrations this "
            f"one does not know ({', '.join(unknown[:5])}). Upgrade first."
        )
    checksums = manifest.get("checksums", {})
    if set(checksums) != set(members):
        missing = sorted(set(checksums) ^ set(members))
        raise ArchiveError(
            f"{path} does not hold what its manifest lists ({', '.join(missing[:5])})."
        )
    for name, content in members.items():
        if hashlib.sha256(content).hexdigest() != checksums[name]:
            raise ArchiveError(f"{path}: {name} was changed after the export.")
    return manifest, members


def import_site(path: Path) -> Summary:
    """Load an archive into a database with no content yet; check it all first."""
    manifest, members = read_archive(path)
    _require_empty_site()
    with transaction.atomic():
        _clear_what_migrations_made()
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data.json"
            data.write_bytes(members["data.json"])
            # loaddata defers constraint checks, resolves forward references
            # and resets the sequences, as for any fixture.
            call_command("loaddata", str(data), verbosity=0)
        ensure_locales()
        rows = {
            model._meta.label_lower: model._base_manager.count()
            for model in exported_models()
        }
        if rows != manifest["rows"]:
            differences = sorted(
                label
                for label in set(rows) | set(manifest["rows"])
                if rows.get(label, 0) != manifest["rows"].get(label, 0)
            )
            raise ArchiveError(
                f"{path}: after loading, these differ from the manifest: "
                f"{', '.join(differences[:5])}. Nothing was kept."
            )
        files = 0
        for name, content in members.items():
            if not name.startswith("media/"):
                continue
            target = name.removeprefix("media/")
            if default_storage.exists(target):
                default_storage.delete(target)
            saved = default_storage.save(target, ContentFile(content))
            if saved != target:
                raise ArchiveError(f"{path}: the storage renamed {target} to {saved}.")
            files += 1
    call_command("update_index", verbosity=0)
    return Summary(rows, files)


def _all_objects(models: list[type[Model]]):
    for model in models:
        yield from model._base_manager.order_by("pk").iterator()


def _stored_files(models: list[type[Model]]) -> set[str]:
    names: set[str] = set()
    for model in models:
        for field in model._meta.concrete_fields:
            if isinstance(field, FileField):
                names.update(
                    name
                    for name in model._base_manager.values_list(
                        field.attname, flat=True
                    )
                    if name
                )
    return names


def _add(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(content))


def _applied_migrations() -> dict[str, list[str]]:
    loader = MigrationLoader(connection)
    applied: dict[str, list[str]] = {}
    for app, name in sorted(loader.applied_migrations):
        applied.setdefault(app, []).append(name)
    return applied


def _unknown_migrations(recorded: dict[str, list[str]]) -> list[str]:
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return [
        f"{app}.{name}"
        for app, names in sorted(recorded.items())
        for name in names
        if (app, name) not in known
    ]


def _require_empty_site() -> None:
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    # Migrations make a root and a welcome page (and the welcome page's Czech
    # alias), all of Wagtail's plain page type; any page of ours is content.
    if (
        Page.objects.not_exact_type(Page).exists()
        or Page.objects.filter(depth__gt=2).exists()
        or get_user_model().objects.exists()
    ):
        raise ArchiveError(
            "The database already has content or users; import into an empty "
            "database (a fresh `manage.py migrate`)."
        )


def _clear_what_migrations_made() -> None:
    # Migrations and their signals make a root page, a site, locales, groups, a
    # root collection and workflows, under keys of their own; the archive
    # brings all of these with its keys, so they go first.
    from wagtail.models import Page

    Page.objects.all().delete()
    for model in reversed(exported_models()):
        model._base_manager.all().delete()


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
