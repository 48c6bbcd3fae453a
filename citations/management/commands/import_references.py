"""manage.py import_references FILE...: add reference files to the library."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from citations.importing import ReferenceFileError, import_references


class Command(BaseCommand):
    help = (
        "Add the references of BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) "
        "files to the library, reporting the duplicates it already held."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files, **options):
        refused = 0
        for path in files:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(
                    f"{path}: cannot be read as UTF-8 text ({error})"
                ) from error
            try:
                report = import_references(text, path.name)
            except ReferenceFileError as error:
                raise CommandError(
                    f"{path}, line {error.line}: {error.message}"
                ) from error
            for record in report.records:
                if record.outcome == "added":
                    continue
                detail = record.reason
                if record.outcome == "in the library":
                    detail = (
                        f"already in the library as “{record.source.title}”: {detail}"
                    )
                elif record.outcome == "repeated in the file":
                    detail = f"repeated in the file: {detail}"
                stream = self.stderr if record.outcome == "refused" else self.stdout
                stream.write(f"{path}, line {record.line}: “{record.title}”, {detail}")
            refused += len(report.refused)
            self.stdout.write(
                f"{path}: {len(report.added)} added, {len(report.duplicates)} "
                f"duplicates, {len(report.refused)} refused"
            )
        if refused:
            raise CommandError(f"{refused} records were refused; the others were kept.")
