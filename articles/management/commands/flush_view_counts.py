"""Move the view counts buffered in Redis into the database, once or for ever."""

import time

from django.core.management.base import BaseCommand, CommandParser

from articles.view_buffer import flush_views


class Command(BaseCommand):
    help = "Flush the view counts buffered in Redis into the database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, flushing at this interval (for a service unit).",
        )

    def handle(self, *args, every: int | None = None, **options) -> None:
        while True:
            flushed = flush_views()
            if options["verbosity"] > 1 or every is None:
                self.stdout.write(f"Flushed {flushed} views.")
            if every is None:
                return
            time.sleep(every)
