"""Build the demo site: the page tree, contributors, articles, an ad, an admin."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from articles.models import (
    ArticleAuthor,
    ArticleCitation,
    ArticleIndexPage,
    ArticleMentionChoice,
    ArticlePage,
    Series,
)
from community.models import Contributor
from community.role_setup import setup_roles
from core.bulk_loading import indexed_at_the_end
from core.models import AdSlot, GarrisonImage
from core.trees import tree_root
from encyclopedia.models import EncyclopediaPage, EntryPage
from home.models import HomePage, StandardPage
from readers.accounts import trust_address

from . import articles as content
from .discussion import load_discussion
from .drawings import DRAWINGS, draw_avatar
from .entries import library_sources, load_encyclopedia
from .footnotes import mark_claims, mark_dead_links
from .grades import load_grades
from .history import backdate_publication
from .members import load_members
from .pictures import demo_image
from .site_pages import PAGES as SITE_PAGES
from .translations import load_czech

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "garrison-demo"

HOUSE_AD_HTML = (
    "<p><strong>Garrison is written by volunteers.</strong> Researchers, editors, "
    'illustrators and translators are welcome: <a href="/join/">join us</a>.</p>'
)


HOUSE_AD_HTML_CS = (
    "<p><strong>Garrison píší dobrovolníci.</strong> Badatelé, redaktoři, "
    'ilustrátoři i překladatelé jsou vítáni: <a href="/cs/join/">přidejte se</a>.</p>'
)


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    admin_password: str | None = None


def demo_is_loaded() -> bool:
    """Tell whether the site already has content (a home page or an article)."""
    return HomePage.objects.exists() or ArticlePage.objects.exists()


@transaction.atomic
def load_demo() -> DemoReport:
    """Create whatever part of the demo site is missing; never duplicate a part."""
    # Each page is indexed once, at the end, not at each of its saves.
    with indexed_at_the_end():
        return _load_demo()


def _load_demo() -> DemoReport:
    report = DemoReport()
    home = _home_page(report)
    # The encyclopedia comes first so that each article is linked as it is published.
    encyclopedia = _encyclopedia_index(home, report)
    report.created += [f"entry “{title}”" for title in load_encyclopedia(encyclopedia)]
    index = _article_index(home, report)
    for spec in SITE_PAGES:
        _section(
            home,
            StandardPage,
            report,
            show_in_menus=True,
            **{key: spec[key] for key in ("slug", "title", "intro")},
            body=spec["body"],
        )
    # The sections exist now, so the roles get their page permissions and the
    # sections their review workflows.
    report.created += setup_roles().created
    images = {key: _drawing(key, report) for key in DRAWINGS}
    contributors = {
        spec["slug"]: _contributor(spec, report) for spec in content.CONTRIBUTORS
    }
    series = {spec["slug"]: _series(spec, report) for spec in content.SERIES}
    for spec in content.ARTICLES:
        _article(index, spec, contributors, series, images, report)
    if not home.featured_article_id:
        home.featured_article = ArticlePage.objects.get(
            slug=content.ARTICLES[1]["slug"]
        )
        home.save_revision().publish()
    report.created += load_czech(
        home, lambda blocks, figure: _body(blocks, images, figure)
    )
    # The Czech sections exist now; they get their permissions and workflows.
    report.created += setup_roles().created
    _house_ad(report)
    report.admin_password = _demo_admin(report)
    report.created += load_members(DEMO_ADMIN_PASSWORD)
    for contributor in Contributor.objects.filter(photo=None):
        _give_avatar(contributor)
    report.created += load_discussion(DEMO_ADMIN_PASSWORD)
    report.created += load_grades()
    return report


def _home_page(report: DemoReport) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = tree_root()
    home = root.add_child(
        instance=HomePage(
            title="Garrison",
            slug="garrison-home",
            intro=(
                "A magazine and encyclopedia of military history, researched, "
                "written and checked by its community. Every article names its "
                "sources."
            ),
            join_text=(
                "Do you research military history, write, edit, moderate "
                "discussions, draw maps and diagrams, make videos or translate? "
                "Garrison is built by people like you. Join us and help readers "
                "find history they can trust."
            ),
        )
    )
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site else None
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = site or Site(is_default_site=True)
    site.root_page = home
    site.site_name = "Garrison"
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()
    # Wagtail's installation leaves a placeholder "Welcome" page; it is replaced.
    if (
        welcome is not None
        and welcome.specific_class is Page
        and not welcome.get_children().exists()
    ):
        welcome.delete()
    home.save_revision().publish()
    report.created.append("home page")
    return home


def _section(home: HomePage, model, report: DemoReport, **fields):
    """Return the home page's child of ``model``, creating and publishing it once."""
    index = model.objects.child_of(home).filter(slug=fields["slug"]).first()
    if index is not None:
        return index
    index = home.add_child(instance=model(**fields))
    index.save_revision().publish()
    report.created.append(str(model._meta.verbose_name))
    return index


def _article_index(home: HomePage, report: DemoReport) -> ArticleIndexPage:
    return _section(
        home,
        ArticleIndexPage,
        report,
        title="Magazine",
        slug="articles",
        intro="Long reads on military history, each with its sources.",
    )


def _encyclopedia_index(home: HomePage, report: DemoReport) -> EncyclopediaPage:
    return _section(
        home,
        EncyclopediaPage,
        report,
        title="Encyclopedia",
        slug="encyclopedia",
        intro=(
            "People, units, organisations, equipment, places and events, each "
            "with its dates, its connections and its sources."
        ),
    )


def _drawing(key: str, report: DemoReport) -> GarrisonImage:
    title, draw = DRAWINGS[key]
    image = GarrisonImage.objects.filter(title=title).first()
    if image is None:
        image = demo_image(title, key, draw())
        report.created.append(f"image “{title}”")
    return image


def _contributor(spec: dict, report: DemoReport) -> Contributor:
    contributor, created = Contributor.objects.get_or_create(
        slug=spec["slug"], defaults={"name": spec["name"], "bio": spec["bio"]}
    )
    if contributor.photo is None:
        _give_avatar(contributor)
    if created:
        report.created.append(f"contributor {contributor.name}")
    return contributor


def _give_avatar(contributor: Contributor) -> None:
    """Draw the contributor a portrait of their initials, as the demo has no photos."""
    contributor.photo = demo_image(
        f"Avatar: {contributor.name}",
        f"avatar-{contributor.slug}",
        draw_avatar(contributor.name),
    )
    contributor.save(update_fields=["photo"])


def _series(spec: dict, report: DemoReport) -> Series:
    series, created = Series.objects.get_or_create(
        slug=spec["slug"],
        locale=Locale.get_default(),
        defaults={"title": spec["title"], "description": spec["description"]},
    )
    if created:
        report.created.append(f"series {series.title}")
    return series


def _body(blocks: list, images: dict, figure: dict) -> list:
    """Return an article's stream data, with its drawing where the spec marks one."""
    body = []
    for block_type, value in blocks:
        if block_type == "figure_placeholder":
            body.append(
                (
                    "figure",
                    {"image": images[value], "credit": "", "licence": "", **figure},
                )
            )
        else:
            body.append((block_type, value))
    return body


def _article(index, spec, contributors, series, images, report: DemoReport) -> None:
    if ArticlePage.objects.filter(slug=spec["slug"]).exists():
        return
    body = _body(
        spec["body"],
        images,
        {
            "alt_text": "Side view of a single-seat biplane fighter.",
            "caption": "A fighter of the kind flown at Lipetsk.",
        },
    )
    # Each listed source's record, by its place in the spec's list.
    sources = [library_sources([source])[0] for source in spec["sources"]]
    body = mark_claims(body, spec.get("footnotes", []), sources)
    page = ArticlePage(
        title=spec["title"],
        slug=spec["slug"],
        standfirst=spec["standfirst"],
        body=body,
        lead_image=images.get(spec.get("image")),
        lead_image_alt=spec.get("image_alt", ""),
        series=series[spec["series"]] if spec.get("series") else None,
        series_part=spec.get("series_part"),
    )
    page.authors = [
        ArticleAuthor(contributor=contributors[slug]) for slug in spec["authors"]
    ]
    page.citations = [
        ArticleCitation(source=source) for source in dict.fromkeys(sources)
    ]
    page.mention_choices = [
        ArticleMentionChoice(
            surface=surface, entry=EntryPage.objects.filter(title=title).first()
        )
        for surface, title in spec.get("mention_choices", [])
    ]
    index.add_child(instance=page)
    page.tags.set(spec["tags"])
    page.save_revision().publish()
    mark_dead_links(spec["sources"], sources)
    published = timezone.make_aware(
        datetime.combine(date.fromisoformat(spec["published"]), time(9, 0))
    )
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=published
    )
    backdate_publication(page, published.date())
    report.created.append(f"article “{page.title}”")


def _house_ad(report: DemoReport) -> None:
    _ad, created = AdSlot.objects.get_or_create(
        label="House ad: join the community",
        defaults={"html": HOUSE_AD_HTML, "weight": 1, "language": "en"},
    )
    if created:
        report.created.append("house advertisement")
    _ad, created = AdSlot.objects.get_or_create(
        label="House ad: join the community (Czech)",
        defaults={"html": HOUSE_AD_HTML_CS, "weight": 1, "language": "cs"},
    )
    if created:
        report.created.append("Czech house advertisement")


def _demo_admin(report: DemoReport) -> str | None:
    """Create the demo superuser in development; return its password when known."""
    User = get_user_model()
    if settings.PRODUCTION:
        return None
    if not User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        trust_address(
            User.objects.create_superuser(
                DEMO_ADMIN_USERNAME, "admin@example.org", DEMO_ADMIN_PASSWORD
            )
        )
        report.created.append("demo administrator")
    return DEMO_ADMIN_PASSWORD
