"""Load an archive made by export_site into an empty database."""

import argparse
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.site_archive import ArchiveError, import_site

UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def size(text: str) -> int:
    """Read a size in bytes, or with K, M, G or T (powers of 1024): ``500M``."""
    match = re.fullmatch(r"(\d+)\s*([KMGT]?)(?:i?B)?", text.strip(), re.IGNORECASE)
    if match is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size such as 2000000000, 500M or 10G."
        )
    return int(match[1]) * UNITS[match[2].upper()]


class Command(BaseCommand):
    help = "Load an export_site archive into a freshly migrated, empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive to read.")
        parser.add_argument(
            "--max-size",
            type=size,
            default=None,
            help="Refuse an archive that unpacks to more than this (500M, 20G); "
            "SITE_ARCHIVE_MAX_SIZE by default.",
        )

    def handle(self, *args, file: Path, max_size: int | None, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            summary = import_site(file, max_size=max_size)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Loaded {file}: {sum(summary.rows.values()):,} rows and "
            f"{summary.files} media files."
        )
