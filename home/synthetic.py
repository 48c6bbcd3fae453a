"""A synthetic corpus for measuring search: made-up but plausible entries and articles.

Names are built from syllables, so a corpus of any size has distinct people,
places, units and machines; articles are paragraphs of military-history prose
that name those entries, with dates, so queries behave as they would on a real
encyclopedia. Everything follows from the seed: the same seed, the same corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.utils.text import slugify
from wagtail.rich_text import RichText

from articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage
from community.models import Contributor
from core.bulk_pages import insert_pages
from encyclopedia.dates import HistoricalDate, Precision
from encyclopedia.models import (
    EncyclopediaPage,
    EntryPage,
    EquipmentPage,
    EventPage,
    OrganisationPage,
    PersonPage,
    PlacePage,
    UnitPage,
)

SYLLABLES = (
    "ka mi ro ta vel sko bor lin dra gen vo mar tis kal pe ran dor shev zin ol "
    "bra ny stan ko lev gor ash mun tre vik hal sen lup rak dun ber ov ich"
).split()
FIRST_NAMES = (
    "Anton Boris Dieter Emil Fyodor Gustav Hans Ivan Jan Karel Leonid Max Nikolai "
    "Otto Pavel Rudolf Sergei Theodor Viktor Walter Yakov Zdenek Erich Kurt Mikhail"
).split()
UNIT_KINDS = (
    "Rifle Division",
    "Tank Brigade",
    "Fighter Squadron",
    "Artillery Regiment",
)
MAKERS = ("Tavorin", "Kessel", "Morava", "Ural", "Nordwerk", "Sokol", "Brandt")
EQUIPMENT = (
    ("aircraft", "fighter"),
    ("aircraft", "bomber"),
    ("tank", "light tank"),
    ("tank", "medium tank"),
    ("artillery", "field gun"),
    ("firearm", "machine gun"),
)
PLACE_KINDS = ("city", "airfield", "test_range", "factory", "base")
EVENT_KINDS = (
    ("battle", "Battle of"),
    ("treaty", "Treaty of"),
    ("exercise", "Exercise"),
)
TOPICS = (
    "winter training",
    "the secret school",
    "a failed offensive",
    "the new fighters",
    "supply by rail",
    "gas trials in the steppe",
    "the tank crews",
    "an air force in hiding",
    "the last summer",
    "officers abroad",
)
# Military-history vocabulary, most frequent first; words are drawn with
# Zipf's law (the n-th word 1/n as often as the first), as in real prose.
WORDS = (
    "army officers training school aircraft tanks pilots treaty border command "
    "artillery infantry regiment division squadron airfield railway supply "
    "reconnaissance logistics doctrine mobilisation garrison hangar convoy "
    "ammunition observers instructors manoeuvres fortifications prototype trials "
    "engineers radio camouflage bombardment cavalry armour gunnery navigation "
    "frontier depot headquarters archive memoirs telegram negotiations inspection "
    "commission budget staff ministry factory workshop engine propeller fuselage "
    "turret chassis suspension gearbox periscope rangefinder howitzer mortar "
    "trench bunker minefield pontoon bridgehead offensive retreat encirclement "
    "counterattack salient breakthrough flank rearguard vanguard barracks "
    "quartermaster cartographer cipher courier dispatch liaison attache embassy "
    "consulate ratification protocol clause reparations disarmament inspectorate "
    "conscription reservists volunteers veterans decorations court-martial "
    "deserters prisoners internment repatriation evacuation blockade embargo "
    "smuggling espionage sabotage partisans militia gendarmerie constabulary "
    "airship glider seaplane biplane monoplane dive-bomber interceptor "
    "flamethrower gasmask chlorine phosgene mustard decontamination laboratory "
    "meteorology telegraphy searchlight balloon zeppelin aerodrome catapult "
    "parachute altimeter compass sextant theodolite"
).split()
ZIPF = [1 / rank for rank in range(1, len(WORDS) + 1)]


def common_word(rng: random.Random) -> str:
    """Draw a word of the vocabulary as often as real prose would use it."""
    return rng.choices(WORDS, weights=ZIPF)[0]


SENTENCES = (
    "In {year} {person} arrived at {place} to take charge of {unit}.",
    "The {word} of {unit} depended on the {word2} sent from {place}.",
    "{person} later wrote that the {equipment} was fast but hard to maintain.",
    "By {year} the {equipment} had replaced older machines in {unit}.",
    "Reports from {place} describe the {word} in unusual detail.",
    "The {event} changed how {unit} trained its {word2}.",
    "Few records of the {word} survive, but {person} kept a diary.",
    "Trials of the {equipment} near {place} lasted until {year}.",
    "After the {event}, {person} argued for more {word}.",
    "The {word2} at {place} were inspected twice a year.",
)


def made_up_name(rng: random.Random, parts: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*parts))).title()


@dataclass
class Corpus:
    """What was made, for the benchmark's known-item queries."""

    entries: list[EntryPage] = field(default_factory=list)
    articles: list[ArticlePage] = field(default_factory=list)


class _Names:
    """Hands out names never used before in this corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def unique(self, make) -> str:
        while True:
            name = make()
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name


def _year(rng: random.Random, low: int = 1900, high: int = 1945) -> int:
    return rng.randint(low, high)


def build_entries(rng: random.Random, count: int) -> list[EntryPage]:
    """Return ``count`` unsaved entries, a mix of every kind."""
    names = _Names(rng)
    entries: list[EntryPage] = []
    for number in range(count):
        kind = number % 6
        start = _year(rng, 1850, 1940)
        period = HistoricalDate(start, precision=Precision.YEAR)
        if kind == 0:
            title = names.unique(
                lambda: f"{rng.choice(FIRST_NAMES)} {made_up_name(rng)}"
            )
            entry = PersonPage(
                title=title, nationality=rng.choice(("German", "Soviet"))
            )
            summary = f"Officer who served between {start + 20} and {start + 45}."
        elif kind == 1:
            title = names.unique(
                lambda: (
                    f"{rng.randint(1, 400)}th {rng.choice(UNIT_KINDS)} "
                    f"({made_up_name(rng)})"
                )
            )
            entry = UnitPage(title=title, kind="division")
            summary = f"Unit raised in {start} and garrisoned in the east."
        elif kind == 2:
            title = names.unique(lambda: f"{made_up_name(rng)} Works")
            entry = OrganisationPage(title=title, kind="company")
            summary = f"Manufacturer founded in {start}, later nationalised."
        elif kind == 3:
            category, noun = rng.choice(EQUIPMENT)
            designation = names.unique(
                lambda: f"{made_up_name(rng, (1, 1)).upper()[:2]}-{rng.randint(1, 999)}"
            )
            title = f"{rng.choice(MAKERS)} {designation}"
            entry = EquipmentPage(
                title=title, category=category, designation=designation
            )
            summary = f"A {noun} first built in {start} and made in small numbers."
        elif kind == 4:
            title = names.unique(lambda: made_up_name(rng))
            entry = PlacePage(
                title=title,
                kind=rng.choice(PLACE_KINDS),
                latitude=f"{rng.uniform(45, 60):.4f}",
                longitude=f"{rng.uniform(10, 60):.4f}",
            )
            summary = f"A place on the road east, first recorded in {start}."
        else:
            event_kind, prefix = rng.choice(EVENT_KINDS)
            title = names.unique(lambda prefix=prefix: f"{prefix} {made_up_name(rng)}")
            entry = EventPage(title=title, kind=event_kind)
            period = HistoricalDate(
                _year(rng), rng.randint(1, 12), rng.randint(1, 28), Precision.DAY
            )
            summary = f"An {event_kind} remembered for its {common_word(rng)}."
        entry.slug = f"{slugify(entry.title)}-{number}"
        entry.summary = summary
        entry.period_start = period
        entries.append(entry)
    return entries


def build_articles(
    rng: random.Random, count: int, entries: list[EntryPage]
) -> list[ArticlePage]:
    """Return ``count`` unsaved articles whose prose names the given entries."""
    by_kind: dict[type, list[str]] = {}
    for entry in entries:
        by_kind.setdefault(type(entry), []).append(entry.title)

    def pick(model: type, fallback: str) -> str:
        titles = by_kind.get(model)
        return rng.choice(titles) if titles else fallback

    base = datetime(2015, 1, 1, 9, tzinfo=UTC)
    articles = []
    for number in range(count):
        place = pick(PlacePage, made_up_name(rng))
        title = f"{place}: {rng.choice(TOPICS)} in {_year(rng)}"
        paragraphs = []
        for _ in range(rng.randint(4, 7)):
            sentences = [
                rng.choice(SENTENCES).format(
                    year=_year(rng),
                    person=pick(PersonPage, "an officer"),
                    place=rng.choice((place, pick(PlacePage, place))),
                    unit=pick(UnitPage, "the regiment"),
                    equipment=pick(EquipmentPage, "the machine"),
                    event=pick(EventPage, "the battle"),
                    word=common_word(rng),
                    word2=common_word(rng),
                )
                for _ in range(rng.randint(3, 5))
            ]
            paragraphs.append(f"<p>{' '.join(sentences)}</p>")
        article = ArticlePage(
            title=title,
            slug=f"{slugify(title)}-{number}",
            standfirst=f"How {place} lived through {rng.choice(TOPICS)}.",
            body=[("paragraph", RichText(text)) for text in paragraphs],
            first_published_at=base + timedelta(hours=number),
        )
        articles.append(article)
    return articles


def create_corpus(
    *,
    articles: int,
    entries: int,
    seed: int = 1925,
    magazine: ArticleIndexPage,
    encyclopedia: EncyclopediaPage,
) -> Corpus:
    """Create and index the entries and articles; return them."""
    rng = random.Random(seed)
    corpus = Corpus(entries=build_entries(rng, entries))
    for model in {type(entry) for entry in corpus.entries}:
        insert_pages(encyclopedia, [e for e in corpus.entries if type(e) is model])
    corpus.articles = build_articles(rng, articles, corpus.entries)
    contributors = list(Contributor.objects.values_list("pk", flat=True))
    insert_pages(magazine, corpus.articles)
    if contributors:
        ArticleAuthor.objects.bulk_create(
            [
                ArticleAuthor(
                    page_id=article.pk, contributor_id=rng.choice(contributors)
                )
                for article in corpus.articles
            ],
            batch_size=2000,
        )
    return corpus
