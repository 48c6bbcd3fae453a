from django.core.management.base import BaseCommand

from community.role_setup import setup_roles


class Command(BaseCommand):
    help = (
        "Create the contributor groups (Writer, Researcher, Illustrator, Translator, "
        "Editor, Moderator), their permissions and the review workflows. "
        "Running it again only adds what is missing."
    )

    def handle(self, *args, **options) -> None:
        report = setup_roles()
        for line in report.created:
            self.stdout.write(f"  created {line}")
        self.stdout.write("Roles, permissions and workflows are in place.")
