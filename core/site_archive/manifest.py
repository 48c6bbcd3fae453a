"""The archive's manifest: what it must say, and the refusals of a bad one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.migrations.loader import MigrationLoader

#: 2 added each member's size and data as JSON Lines; 1 is still read.
FORMAT = 2
DATA_MEMBERS = {1: "data.json", 2: "data.jsonl"}
SHA256 = re.compile(r"[0-9a-f]{64}")


class ArchiveError(Exception):
    """An archive that cannot be read or loaded; the message says why."""


@dataclass(frozen=True)
class Summary:
    rows: dict[str, int]
    files: int


@dataclass(frozen=True)
class Manifest:
    format: int
    migrations: dict[str, list[str]]
    rows: dict[str, int]
    checksums: dict[str, str]
    #: Stated sizes in bytes; format 1 stated none (the tar headers then count).
    sizes: dict[str, int] | None

    @property
    def data_member(self) -> str:
        return DATA_MEMBERS[self.format]


def parse_manifest(path: object, content: bytes) -> Manifest:
    """Return the manifest ``content`` states; refuse one that is malformed."""

    def malformed(reason: str) -> ArchiveError:
        return ArchiveError(f"{path}: member manifest.json is malformed: {reason}.")

    try:
        raw = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise malformed(f"not JSON ({error})") from error
    if not isinstance(raw, dict):
        raise malformed("not a JSON object")
    missing = sorted({"format", "migrations", "rows", "checksums"} - set(raw))
    if missing:
        raise malformed(f"it lacks {', '.join(missing)}")
    version = raw["format"]
    if not _is_count(version) or version < 1:
        raise malformed("'format' is not a positive whole number")
    if version > FORMAT:
        raise ArchiveError(
            f"{path} was made by a newer Garrison (archive format {version}; this "
            f"one reads format {FORMAT}). Upgrade first."
        )
    if not _maps(raw["migrations"], _is_names):
        raise malformed("'migrations' must map app labels to lists of names")
    if not _maps(raw["rows"], _is_count):
        raise malformed("'rows' must map model labels to row counts")
    checksums = raw["checksums"]
    if not _maps(checksums, lambda v: isinstance(v, str) and SHA256.fullmatch(v)):
        raise malformed("'checksums' must map member names to SHA-256 digests")
    data = DATA_MEMBERS[version]
    if data not in checksums:
        raise malformed(f"it does not list {data}")
    sizes = raw.get("sizes")
    if version >= 2 or sizes is not None:
        if not _maps(sizes, _is_count) or set(sizes) != set(checksums):
            raise malformed("'sizes' must give the size of every member it lists")
    unknown = _unknown_migrations(raw["migrations"])
    if unknown:
        raise ArchiveError(
            f"{path} was made by a newer Garrison: its database has migrations this "
            f"one does not know ({', '.join(unknown[:5])}). Upgrade first."
        )
    return Manifest(version, raw["migrations"], raw["rows"], checksums, sizes)


def applied_migrations() -> dict[str, list[str]]:
    """Return the migrations applied to the database, by app."""
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


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _maps(value: Any, valid) -> bool:
    return isinstance(value, dict) and all(
        isinstance(key, str) and valid(item) for key, item in value.items()
    )
