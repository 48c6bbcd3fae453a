"""Reading an archive without trusting it.

Everything the tar headers can tell is checked before a byte is written
anywhere (:func:`check_archive`): member paths, member types, that each member
is listed in the manifest with the size it has, that the whole fits under the
size limit, and that no media file would replace one already stored. Only then
are the members streamed to temporary files, each checked against its SHA-256
as it streams (:func:`unpack_archive`). No member is held whole in memory but
the manifest, whose size is capped.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import tarfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage

from .manifest import ArchiveError, Manifest, parse_manifest

CHUNK = 1024 * 1024
MANIFEST_LIMIT = 64 * 1024 * 1024
#: tarfile reads a pax or GNU long-name header whole into memory; a real one
#: holds a path and a few numbers.
EXTENDED_HEADER_LIMIT = 1024 * 1024
EXTENDED_HEADER_TYPES = {
    tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE,
    tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK,
}  # fmt: skip


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def refusal(path: object, member: str, reason: str) -> ArchiveError:
    return ArchiveError(f"{path}: member {member}: {reason}. Nothing was written.")


class BoundedTarInfo(tarfile.TarInfo):
    """A tar header that refuses an extended header bigger than any real one.

    ``_proc_member`` is the hook tarfile documents for subclasses; without this,
    a header claiming gigabytes is read into memory before any check of ours.
    """

    def _proc_member(self, tarfile):
        if self.type in EXTENDED_HEADER_TYPES and self.size > EXTENDED_HEADER_LIMIT:
            raise ArchiveError(
                f"{tarfile.name}: member {self.name}: an extended tar header of "
                f"{self.size:,} bytes (at most {EXTENDED_HEADER_LIMIT:,}). "
                "Nothing was written."
            )
        return super()._proc_member(tarfile)


def check_archive(path: Path, *, max_size: int) -> tuple[Manifest, list[Member]]:
    """Check the whole archive from its headers; return its manifest and members.

    Refuse, naming the member and the reason, anything that is not a regular
    file at a plain path inside the media folder, listed in the manifest with
    the size it has, new to the media storage, and within ``max_size`` bytes in
    all. The data of members is skipped, never read (the manifest's apart).
    """
    with _reading(path) as archive:
        first = archive.next()
        if first is None or first.name != "manifest.json":
            raise ArchiveError(
                f"{path}: the first member is "
                f"{first.name if first else 'missing'}, not manifest.json: "
                "not a Garrison archive. Nothing was written."
            )
        reason = _type_refusal(first) or (
            first.size > MANIFEST_LIMIT
            and f"{first.size:,} bytes, more than a manifest can need"
        )
        if reason:
            raise refusal(path, first.name, reason)
        manifest = parse_manifest(path, archive.extractfile(first).read())
        if manifest.sizes and sum(manifest.sizes.values()) > max_size:
            raise refusal(
                path,
                "manifest.json",
                f"it states {sum(manifest.sizes.values()):,} bytes unpacked, "
                f"more than the limit of {max_size:,} (--max-size, "
                "SITE_ARCHIVE_MAX_SIZE)",
            )
        members: list[Member] = []
        seen: set[str] = set()
        total = 0
        while (header := archive.next()) is not None:
            total += header.size
            reason = _member_refusal(header, manifest, seen, total, max_size)
            if reason:
                raise refusal(path, header.name, reason)
            seen.add(header.name)
            members.append(Member(header.name, header.size))
    missing = sorted(set(manifest.checksums) - seen)
    if missing:
        raise refusal(
            path, missing[0], "the manifest lists it but the archive does not hold it"
        )
    return manifest, members


def unpack_archive(
    path: Path, folder: Path, manifest: Manifest, members: list[Member]
) -> dict[str, Path]:
    """Stream the checked members into ``folder``; return each one's file.

    The data goes to ``data.json`` or ``data.jsonl`` (loaddata reads the format
    from the name), media to numbered files. A checksum that does not match
    refuses the archive; ``folder`` is the caller's to remove.
    """
    needed = sum(member.size for member in members)
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise ArchiveError(
            f"{path}: unpacking needs {needed:,} bytes in {folder}, which has "
            f"{free:,} free. Nothing was written."
        )
    files: dict[str, Path] = {}
    with _reading(path) as archive:
        archive.next()  # the manifest, read by check_archive
        for index, expected in enumerate(members):
            header = archive.next()
            if header is None or Member(header.name, header.size) != expected:
                raise ArchiveError(f"{path} changed while it was being read.")
            name = expected.name
            target = folder / (
                name if name == manifest.data_member else f"media-{index}"
            )
            digest = hashlib.sha256()
            with archive.extractfile(header) as source, target.open("wb") as sink:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    sink.write(chunk)
            if digest.hexdigest() != manifest.checksums[name]:
                raise refusal(
                    path,
                    name,
                    "it was changed after the export (its SHA-256 is not the "
                    "manifest's)",
                )
            files[name] = target
    return files


def media_refusal(target: str) -> str | None:
    """Say why the media file ``target`` may not be written, or None."""
    try:
        local = Path(default_storage.path(target)).resolve()
        root = Path(default_storage.path("")).resolve()
    except NotImplementedError:  # remote storage: names are all there is
        pass
    except SuspiciousFileOperation:
        return "its path leaves the media folder"
    else:
        if not local.is_relative_to(root):
            return "its path leaves the media folder (through a symbolic link)"
    if default_storage.exists(target):
        return f"the media file {target} already exists and is never overwritten"
    return None


@contextmanager
def _reading(path: Path) -> Iterator[tarfile.TarFile]:
    try:
        with tarfile.open(path, "r:gz", tarinfo=BoundedTarInfo) as archive:
            yield archive
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise ArchiveError(
            f"{path} is not a whole Garrison archive (truncated or damaged: "
            f"{error}). Nothing was written."
        ) from error


def _member_refusal(
    header: tarfile.TarInfo,
    manifest: Manifest,
    seen: set[str],
    total: int,
    max_size: int,
) -> str | None:
    name = header.name
    reason = _path_refusal(name, manifest.data_member) or _type_refusal(header)
    if reason:
        return reason
    if name in seen:
        return "it appears twice"
    if name not in manifest.checksums:
        return "the manifest does not list it"
    if total > max_size:
        return (
            f"it brings the unpacked size to {total:,} bytes, past the limit of "
            f"{max_size:,} (--max-size, SITE_ARCHIVE_MAX_SIZE)"
        )
    stated = manifest.sizes[name] if manifest.sizes else header.size
    if header.size != stated:
        return f"it holds {header.size:,} bytes; the manifest says {stated:,}"
    if name.startswith("media/"):
        return media_refusal(name.removeprefix("media/"))
    return None


def _path_refusal(name: str, data_member: str) -> str | None:
    if name.startswith("/") or PurePosixPath(name).is_absolute():
        return "its path is absolute"
    if "\\" in name or "\x00" in name:
        return "its path holds a backslash or a NUL"
    parts = name.split("/")
    if ".." in parts:
        return "its path climbs out of the media folder with '..'"
    if any(part in {"", "."} for part in parts):
        return "its path is not a plain relative path"
    if name != data_member and (parts[0] != "media" or len(parts) < 2):
        return f"it is neither {data_member} nor a file under media/"
    return None


def _type_refusal(header: tarfile.TarInfo) -> str | None:
    if header.issym():
        return f"it is a symbolic link (to {header.linkname})"
    if header.islnk():
        return f"it is a hard link (to {header.linkname})"
    if header.isdev():
        return "it is a device or a FIFO"
    if header.isdir():
        return "it is a directory"
    if header.issparse():
        return "it is a sparse file"
    if not header.isreg():
        return "it is not a regular file"
    return None
