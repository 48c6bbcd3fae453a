from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import ArticleImportError, import_article_file
from articles.models import ArticleIndexPage
from community.models import Contributor


class Command(BaseCommand):
    help = (
        "Import a plain-text article (title, paragraphs, 'Sources:' and URLs) "
        "and publish it, linked to the encyclopedia."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--author", required=True, help="Contributor slug.")
        parser.add_argument(
            "--index", default="articles", help="Slug of the magazine index page."
        )
        parser.add_argument("--draft", action="store_true", help="Do not publish.")

    def handle(self, *args, file: Path, author: str, index: str, draft: bool, **kw):
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        contributor = Contributor.objects.filter(slug=author).first()
        if contributor is None:
            raise CommandError(f"No contributor with the slug “{author}”.")
        magazine = ArticleIndexPage.objects.filter(slug=index).first()
        if magazine is None:
            raise CommandError(f"No magazine index page with the slug “{index}”.")
        try:
            page = import_article_file(
                file, index=magazine, author=contributor, publish=not draft
            )
        except ArticleImportError as error:
            raise CommandError(str(error)) from error
        mentions = page.mentions.count()
        state = "saved as a draft" if draft else "published"
        self.stdout.write(
            f"{page.title}: {state} at {page.url_path}, {mentions} mentions linked."
        )
