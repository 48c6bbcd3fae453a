from django.conf import settings
from django.core.management.base import BaseCommand

from home.demo.build import DEMO_ADMIN_USERNAME, demo_is_loaded, load_demo
from home.demo.discussion import READERS
from home.demo.members import MEMBERS


class Command(BaseCommand):
    help = (
        "Create the demo site: home page, magazine, contributors, articles and an ad."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has content.",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and demo_is_loaded():
            self.stdout.write("The site has content already; demo not loaded.")
        else:
            report = load_demo()
            for item in report.created:
                self.stdout.write(f"  created {item}")
            if not report.created:
                self.stdout.write("The demo content is complete; nothing to add.")
        if not settings.PRODUCTION:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                    f"user {DEMO_ADMIN_USERNAME!r}, password 'garrison-demo' "
                    "(development only)"
                )
            )
            self.stdout.write(
                "Demo members, one per role, same password: "
                + ", ".join(username for username, *_rest in MEMBERS)
            )
            self.stdout.write(
                "Demo readers, who post in the discussions, same password: "
                + ", ".join(username for username, *_rest in READERS)
            )
