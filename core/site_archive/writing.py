"""Writing an archive: the manifest first, then the data and media, streamed."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import BinaryIO

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import FileField, Model

from .manifest import DATA_MEMBERS, FORMAT, Summary, applied_migrations
from .ordering import exported_models
from .reading import CHUNK


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder keeps milliseconds of a time; a backup keeps all of it."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


class ArchiveSerializer(jsonl.Serializer):
    """Django's JSON Lines, naming related rows by primary key but for two models.

    The archive brings every row with its primary key, so a key names the same
    row after the load, unambiguously (a page's natural key, its URL path, is
    unique only within one tree) and without a lookup while loading. Content
    types and permissions are the exception: migrations make them, with keys
    that differ from one database to the next, so they go by natural key.
    """

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in made_by_migrations()
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in made_by_migrations()
        super().handle_m2m_field(obj, field)


def made_by_migrations() -> tuple[type[Model], ...]:
    return (ContentType, Permission)


def export_site(path: Path) -> Summary:
    """Write the site's content and media to ``path``; return what it holds.

    Members are streamed from the database and the media storage, never held
    whole in memory; the archive appears at ``path`` only once complete.
    """
    models = exported_models()
    rows = {model._meta.label_lower: model._base_manager.count() for model in models}
    files = sorted(_stored_files(models))
    with tempfile.TemporaryDirectory(prefix="garrison-export-") as folder:
        data = Path(folder) / DATA_MEMBERS[FORMAT]
        with data.open("w", encoding="utf-8") as stream:
            ArchiveSerializer().serialize(
                _all_objects(models), stream=stream, cls=ExactJSONEncoder
            )
        members: dict[str, Callable[[], BinaryIO]] = {
            data.name: lambda: data.open("rb")
        }
        for name in files:
            members[f"media/{name}"] = lambda name=name: default_storage.open(name)
        sizes, checksums = {}, {}
        for name, opener in members.items():
            with opener() as handle:
                sizes[name], checksums[name] = _measure(handle)
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(),
            "migrations": applied_migrations(),
            "rows": rows,
            "checksums": checksums,
            "sizes": sizes,
        }
        partial = path.with_name(f"{path.name}.partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                content = json.dumps(manifest, indent=1).encode()
                _add(archive, "manifest.json", len(content), io.BytesIO(content))
                for name, opener in members.items():
                    with opener() as handle:
                        _add(archive, name, sizes[name], handle)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return Summary(rows, len(files))


def _measure(handle: BinaryIO) -> tuple[int, str]:
    size, digest = 0, hashlib.sha256()
    while chunk := handle.read(CHUNK):
        size += len(chunk)
        digest.update(chunk)
    return size, digest.hexdigest()


def _add(archive: tarfile.TarFile, name: str, size: int, handle: BinaryIO) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, handle)


def _all_objects(models: list[type[Model]]) -> Iterator[Model]:
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
