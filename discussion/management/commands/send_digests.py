"""Send the daily digests of notifications (a timer runs it once a day)."""

from django.core.management.base import BaseCommand

from discussion.digests import send_digests


class Command(BaseCommand):
    help = "Email each reader who chose the daily digest what they were not yet told."

    def handle(self, *args, **options) -> None:
        sent = send_digests()
        self.stdout.write(f"Sent {sent} digests.")
