"""Every kind of page a reader or a contributor sees, in both languages.

The page-walk tests (accessibility, layout, markup, Czech text) go through
this one list, so a new kind of page is checked everywhere by adding it here.
Addresses come from the demo site's database.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

LANGUAGES = ("en", "cs")


@dataclass(frozen=True)
class ReaderPage:
    name: str
    language: str
    path: str
    #: Seen by a signed-in reader (the demo reader "helen").
    signed_in: bool = False


def _page(model_label: str, language: str, **filters) -> str:
    from django.apps import apps

    model = apps.get_model(model_label)
    english = model.objects.get(locale__language_code="en", **filters)
    version = english.get_translation_or_none(
        Locale.objects.get(language_code=language)
    )
    return (version or english).url


def _routed(language: str, name: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def reader_pages() -> list[ReaderPage]:
    """Every page type, in English and Czech, with a demo example of each."""
    return [page for language in LANGUAGES for page in _pages_in(language)]


def _pages_in(language: str) -> list[ReaderPage]:
    from community.models import Contributor
    from discussion.models import Post

    home = _page("home.HomePage", language)
    encyclopedia = _page("encyclopedia.EncyclopediaPage", language)
    timeline = _routed(language, "encyclopedia:timeline")
    search = _routed(language, "search:search")
    poster = Post.objects.exclude(author=None).values_list("author_id", flat=True)[0]
    contributor = Contributor.objects.order_by("slug").values_list("slug", flat=True)[0]
    found = [
        ("home", home),
        ("magazine", _page("articles.ArticleIndexPage", language)),
        (
            "article",
            _page("articles.ArticlePage", language, slug="lipetsk-flying-school"),
        ),
        (
            "series-article",
            _page("articles.ArticlePage", language, slug="september-1938"),
        ),
        ("encyclopedia", encyclopedia),
        ("encyclopedia-kind", encyclopedia + "?type=person&grade=stub"),
    ]
    for slug in ENTRY_EXAMPLES:
        kind = Page.objects.get(slug=slug, locale__language_code="en").specific_class
        found.append(
            (
                f"entry-{kind._meta.model_name}",
                _page("encyclopedia.EntryPage", language, slug=slug),
            )
        )
    found += [
        ("timeline", timeline),
        ("timeline-filtered", timeline + "?start=1925&end=1933"),
        ("map", _routed(language, "encyclopedia:map")),
        ("search", search + "?q=lipetsk"),
        ("search-empty", search),
        ("search-nothing", search + "?q=zzzzqqq"),
        ("join", _routed(language, "community:join")),
        ("contributors", _routed(language, "community:contributors")),
        ("contributor", _routed(language, "community:contributor", slug=contributor)),
        ("about", _page("home.StandardPage", language, slug="about")),
        ("grades", _routed(language, "assessment:grades")),
        ("bibliography", _routed(language, "citations:bibliography")),
        ("sign-in", _routed(language, "account_login")),
        ("sign-up", _routed(language, "account_signup")),
        ("reader", _routed(language, "discussion:reader", reader_id=poster)),
        ("not-found", home + "no-such-page/"),
        *_history_pages(language),
    ]
    pages = [ReaderPage(name, language, path) for name, path in found]
    for name, route in (
        ("settings", "readers:settings"),
        ("notifications", "discussion:notifications"),
    ):
        pages.append(
            ReaderPage(name, language, _routed(language, route), signed_in=True)
        )
    return pages


def _history_pages(language: str) -> list[tuple[str, str]]:
    """The article's history, its first version, the changes since, its citation."""
    from articles.models import ArticlePage
    from history.revisions import published_revisions

    article = ArticlePage.objects.get(
        locale__language_code="en", slug="lipetsk-flying-school"
    )
    article = (
        article.get_translation_or_none(Locale.objects.get(language_code=language))
        or article
    )
    revisions = published_revisions(article)
    newest, oldest = revisions[0], revisions[-1]
    return [
        ("page-history", _routed(language, "history:page_history", page_id=article.pk)),
        (
            "page-revision",
            _routed(
                language, "history:revision", page_id=article.pk, revision_id=oldest.id
            ),
        ),
        (
            "page-changes",
            _routed(language, "history:compare", page_id=article.pk)
            + f"?from={oldest.id}&to={newest.id}",
        ),
        ("cite", _routed(language, "citations:cite", page_id=article.pk)),
    ]


#: One entry of each kind: a place, a person, equipment, an event, a unit, an
#: organisation.
ENTRY_EXAMPLES = (
    "lipetsk",
    "heinz-guderian",
    "fokker-dxiii",
    "treaty-of-rapallo",
    "legion-condor",
    "krupp",
)

#: The demo reader who signs in for the pages that need it.
READER = "helen"
