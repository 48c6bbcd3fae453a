from django.core.management.base import BaseCommand, CommandError

from core.translations import catalogue_paths, compile_catalogue


class Command(BaseCommand):
    help = "Compile the project's .po translation catalogues into .mo files."

    def handle(self, *args, **options) -> None:
        for path in catalogue_paths():
            try:
                compiled = compile_catalogue(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"{path}: {error}") from error
            self.stdout.write(f"{compiled}")
