"""Write the site's content and media to one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.site_archive import export_site


class Command(BaseCommand):
    help = "Export pages (with revisions), entries, sources, contributors, "
    help += "applications, view counts and media to one .tar.gz archive."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive to write.")

    def handle(self, *args, file: Path, **options) -> None:
        if not file.parent.is_dir():
            raise CommandError(f"{file}: the folder {file.parent} does not exist.")
        try:
            summary = export_site(file)
        except OSError as error:
            raise CommandError(
                f"{file}: cannot write the archive ({error})."
            ) from error
        self.stdout.write(
            f"Wrote {file}: {sum(summary.rows.values()):,} rows of "
            f"{len(summary.rows)} models and {summary.files} media files."
        )
