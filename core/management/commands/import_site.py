"""Load an archive made by export_site into an empty database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.site_archive import ArchiveError, import_site


class Command(BaseCommand):
    help = "Load an export_site archive into a freshly migrated, empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive to read.")

    def handle(self, *args, file: Path, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            summary = import_site(file)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Loaded {file}: {sum(summary.rows.values()):,} rows and "
            f"{summary.files} media files."
        )
