import time

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from articles.models import ArticleIndexPage
from encyclopedia.models import EncyclopediaPage
from home.synthetic import create_corpus


class Command(BaseCommand):
    help = (
        "Add N synthetic articles and M synthetic entries (plausible names and "
        "prose, searchable, without revisions) to the magazine and encyclopedia, "
        "for measuring search and pages at scale."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--entries", type=int, default=500)
        parser.add_argument("--seed", type=int, default=1925)

    def handle(self, *args, articles: int, entries: int, seed: int, **options) -> None:
        if articles < 0 or entries < 0:
            raise CommandError("--articles and --entries must be 0 or more.")
        default = Locale.get_default()
        magazine = ArticleIndexPage.objects.filter(locale=default).first()
        encyclopedia = EncyclopediaPage.objects.filter(locale=default).first()
        if magazine is None or encyclopedia is None:
            raise CommandError(
                "There is no magazine or encyclopedia to add to; "
                "run `manage.py load_demo` first."
            )
        started = time.perf_counter()
        create_corpus(
            articles=articles,
            entries=entries,
            seed=seed,
            magazine=magazine,
            encyclopedia=encyclopedia,
        )
        self.stdout.write(
            f"Created {articles:,} articles and {entries:,} entries "
            f"in {time.perf_counter() - started:.1f} s."
        )
