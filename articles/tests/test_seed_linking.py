"""The seed article, imported as plain text, links every name the original linked."""

import pytest

from articles.importing import ArticleImportError, import_article, parse_plain_article
from articles.mentions import article_blocks
from articles.models import ArticleIndexPage
from community.models import Contributor
from encyclopedia.linking import name_keys
from encyclopedia.mentions import surface_key
from encyclopedia.models import Mention
from encyclopedia.signals import entry_spellings

KIND_OF_MODEL = {
    "personpage": "person",
    "unitpage": "unit",
    "organisationpage": "organisation",
    "equipmentpage": "equipment",
    "placepage": "place",
    "eventpage": "event",
}

FALSE_FRIENDS = (
    "She was a student of the 51st regiment before the war.",
    "The model of the new tank was shown to the visitors.",
    "Mercury rose above thirty degrees that summer.",
    "Model railways were his hobby. Student life was hard.",
    "He 51 times asked for leave, and a 20 mm gun was fitted.",
    "The theatre showed a new play; the kamaraderie of the crews was real.",
)


def linked_pairs(page) -> set[tuple[str, str]]:
    """Return (kind, text as written) for every linked occurrence in the page."""
    texts = {block.id: block.text for block in article_blocks(page)}
    pairs = set()
    for mention in Mention.objects.filter(page=page, entry__isnull=False):
        kind = KIND_OF_MODEL[mention.entry.specific_class._meta.model_name]
        for block_id, start, end in mention.occurrences:
            pairs.add((kind, texts[block_id][start:end], mention.entry_id))
    return pairs


def seed_article(shared_dir, index):
    text = (shared_dir / "seed" / "german-soviet-cooperation.txt").read_text()
    author = Contributor.objects.get(slug="jana-dvorakova")
    return import_article(text, index=index, author=author, name="seed")


@pytest.mark.django_db
def test_seed_article_links_every_name_the_original_linked(shared_dir, demo, db):
    index = ArticleIndexPage.objects.get(slug="articles")
    page = seed_article(shared_dir, index)
    found = linked_pairs(page)
    expected = [
        line.split("\t")
        for line in (shared_dir / "seed" / "linked-mentions.tsv")
        .read_text()
        .splitlines()
        if line and not line.startswith("#")
    ]
    assert expected, "the seed lists no linked mentions"
    missing = []
    for kind, surface in expected:
        hits = [entry_id for k, text, entry_id in found if (k, text) == (kind, surface)]
        if not hits:
            missing.append((kind, surface))
            continue
        # The right entry: the surface is one of that entry's own spellings.
        from encyclopedia.models import EntryPage

        entry = EntryPage.objects.get(pk=hits[0])
        keys = set().union(*(name_keys(name) for name in entry_spellings(entry)))
        assert surface_key(surface) in keys or surface.split()[-1].lower() in keys, (
            surface,
            entry.title,
        )
    assert missing == []


@pytest.mark.django_db
def test_kama_is_the_school_the_paragraph_names_in_full(shared_dir, demo, db):
    # "Kama" is the school's name and the river's; the seed's paragraph says
    # "the tank school Kama in Kazan (Panzerschule Kama)".
    index = ArticleIndexPage.objects.get(slug="articles")
    page = seed_article(shared_dir, index)
    school = Mention.objects.get(page=page, surface="Kama").entry
    assert school.title == "Panzerschule Kama"


def imported(title: str, *paragraphs: str):
    """A demo writer's article of these paragraphs, imported as plain text."""
    text = "\n\n".join((title, *paragraphs, "Sources:\nhttps://example.org/\n"))
    return import_article(
        text,
        index=ArticleIndexPage.objects.get(slug="articles"),
        author=Contributor.objects.get(slug="jana-dvorakova"),
    )


@pytest.mark.django_db
def test_a_name_of_two_entries_is_left_for_the_editor(demo, db):
    page = imported("Kama", "The Germans came to the Kama area in 1929.")
    unresolved = Mention.objects.get(page=page, entry__isnull=True, surface="Kama")
    assert len(unresolved.candidates) == 2


@pytest.mark.django_db
def test_false_friends_make_no_link(demo, db):
    page = imported("False friends", *FALSE_FRIENDS)
    assert (
        list(Mention.objects.filter(page=page).values_list("surface", flat=True)) == []
    )


def test_plain_text_format_is_read_and_ad_markers_dropped():
    article = parse_plain_article(
        "Title\nAuthor: Someone\n\nFirst line\ncontinues.\n\nReklama\n\nSecond.\n\n"
        "Source:\nhttps://a.example/x_y\n\nJoin us\n\nFind out more"
    )
    assert article.title == "Title"
    assert article.paragraphs == ["First line continues.", "Second."]
    assert article.source_urls == ["https://a.example/x_y"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "the file is empty"),
        ("\n\nTitle only\n", 3, "has no text"),
        ("Title\n\nBody.\n\nSources:\nnot a link\n", 6, "must be a web address"),
    ],
)
def test_bad_text_is_refused_naming_the_line(text, line, words):
    with pytest.raises(ArticleImportError) as error:
        parse_plain_article(text, name="article.txt")
    assert error.value.line == line
    assert str(error.value).startswith(f"article.txt:{line}: ")
    assert words in str(error.value)
