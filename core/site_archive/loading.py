"""Loading a checked archive into an empty database and media storage."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction

from ..locales import ensure_locales
from .manifest import ArchiveError, Manifest, Summary
from .ordering import exported_models
from .reading import check_archive, media_refusal, refusal, unpack_archive


def import_site(path: Path, *, max_size: int | None = None) -> Summary:
    """Load an archive into a database with no content yet; check it all first.

    Nothing is written, to the database or the media storage, before the
    whole archive has passed every check of its headers and checksums, and
    ``max_size`` (by default ``SITE_ARCHIVE_MAX_SIZE``) bounds what it unpacks
    to. Media files already stored are never overwritten.
    """
    limit = settings.SITE_ARCHIVE_MAX_SIZE if max_size is None else max_size
    manifest, members = check_archive(path, max_size=limit)
    _require_empty_site()
    with tempfile.TemporaryDirectory(prefix="garrison-import-") as folder:
        files = unpack_archive(path, Path(folder), manifest, members)
        summary = _load(path, manifest, files)
    call_command("update_index", verbosity=0)
    return summary


def _load(path: Path, manifest: Manifest, files: dict[str, Path]) -> Summary:
    data = manifest.data_member
    placed: list[str] = []
    try:
        with transaction.atomic():
            _clear_what_migrations_made()
            try:
                # loaddata resolves forward references, checks the foreign
                # keys at the end and resets the sequences, as for any fixture.
                call_command("loaddata", str(files[data]), verbosity=0)
            except (DeserializationError, LookupError) as error:
                raise refusal(path, data, f"it does not load ({error})") from error
            rows = {
                model._meta.label_lower: model._base_manager.count()
                for model in exported_models()
            }
            if rows != manifest.rows:
                differences = sorted(
                    label
                    for label in set(rows) | set(manifest.rows)
                    if rows.get(label, 0) != manifest.rows.get(label, 0)
                )
                raise ArchiveError(
                    f"{path}: after loading, these differ from the manifest: "
                    f"{', '.join(differences[:5])}. Nothing was kept."
                )
            # After the count: a language added since the export gets its
            # tree of aliases now, as it would have on the running site.
            ensure_locales()
            for name, temporary in files.items():
                if name.startswith("media/"):
                    placed.append(_place(path, name, temporary))
    except BaseException as error:
        for name in placed:
            default_storage.delete(name)
        if isinstance(error, DatabaseError):  # also at commit, where keys are checked
            raise refusal(path, data, f"it does not load ({error})") from error
        raise
    return Summary(rows, len(placed))


def _place(path: Path, name: str, temporary: Path) -> str:
    target = name.removeprefix("media/")
    # Checked with the headers already; checked again in case a file
    # appeared since. The storage never overwrites: it would pick a new name.
    reason = media_refusal(target)
    if reason:
        raise refusal(path, name, reason)
    with temporary.open("rb") as handle:
        saved = default_storage.save(target, File(handle, name=target))
    if saved != target:
        default_storage.delete(saved)
        raise refusal(path, name, f"the storage would have named it {saved}")
    return saved


def _require_empty_site() -> None:
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    # Migrations make a root and a welcome page (and the welcome page's Czech
    # alias), all of Wagtail's plain page type; any page of ours is content.
    try:
        has_content = (
            Page.objects.not_exact_type(Page).exists()
            or Page.objects.filter(depth__gt=2).exists()
            or get_user_model().objects.exists()
        )
    except DatabaseError as error:
        raise ArchiveError(
            f"The database cannot be read ({error}); import into a freshly "
            "migrated database (`manage.py migrate`)."
        ) from error
    if has_content:
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
