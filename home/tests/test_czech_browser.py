"""A Czech reader's path through the site, in Chromium: no English interface left."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CATALOGUE = Path(settings.BASE_DIR) / "locale" / "cs" / "LC_MESSAGES" / "django.po"
# Interface words that are also names on a Czech page: the site's own name.
NAMES = {"Garrison"}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def english_interface_phrases() -> list[re.Pattern]:
    """Patterns for each English interface string that Czech translates differently.

    Placeholders split a string into the fixed phrases around them; a phrase
    found as whole words in a Czech page is English left untranslated. A lone
    lower-case word ("and", "state") could as well be part of an English book
    title in a list of sources, so single words count only as labels: with a
    capital and at least four letters ("Sources", "Published").
    """
    patterns = []
    for entry in polib.pofile(str(CATALOGUE)):
        forms = (
            [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        )
        translated = entry.msgstr or " ".join(entry.msgstr_plural.values())
        for text in forms:
            if text in NAMES or text == translated:
                continue
            for phrase in re.split(r"%\(\w+\)[sd]", text):
                phrase = phrase.strip(" .,:;·—()“”")
                label = len(phrase) >= 4 and phrase[0].isupper()
                if (" " in phrase or label) and phrase not in translated:
                    patterns.append(re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"))
    return patterns


def english_left(text: str, patterns: list[re.Pattern]) -> list[str]:
    return sorted({match.group(0) for p in patterns for match in p.finditer(text)})


def test_czech_reader_sees_the_whole_reading_path_in_czech(
    chromium, live_server, demo_live
):
    patterns = english_interface_phrases()
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="cs-CZ"
    )
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)

    def check(name: str) -> str:
        assert page.locator("html").get_attribute("lang") == "cs", name
        # Text marked as another language (an untranslated original, the
        # switcher's "English") is content, not interface.
        text = page.evaluate(
            """() => {
                const body = document.body.cloneNode(true);
                body.querySelectorAll('[lang]:not([lang="cs"])')
                    .forEach((element) => element.remove());
                return body.innerText;
            }"""
        )
        assert english_left(text, patterns) == [], name
        page.screenshot(path=str(ARTIFACTS / f"czech-{name}.png"), full_page=True)
        return text

    page.goto(live_server.url + "/cs/")
    home = check("home")
    assert "Nejnovější články" in home and "Přidejte se" in home

    page.locator(".featured .card__title a").click()
    page.wait_for_url("**/cs/magazin/**")
    article = check("article")
    assert page.locator("h1.article__title").inner_text().startswith("Lipeck")
    assert "min čtení" in article and "Prameny" in article
    assert re.search(r"\d{1,2}\. \d{1,2}\. \d{4}", page.locator(".byline").inner_text())

    link = page.locator(".article__body a.entry-link", has_text="Lipecku").first
    link.click()
    page.wait_for_url("**/cs/encyklopedie/**")
    entry = check("entry")
    assert page.locator("h1").inner_text() == "Lipeck"
    assert "Zmíněno v" in entry

    page.locator(".site-nav a", has_text="Hledat").click()
    page.wait_for_url("**/cs/search/**")
    page.locator("input[name=q]").fill("Lipeck")
    page.locator("form[role=search] button[type=submit]").click()
    page.wait_for_url("**q=Lipeck**")
    results = check("search")
    assert re.search(r"\d+ výsled", results)
    assert page.locator(".search-result a", has_text="Lipeck").count() >= 1

    page.locator(".site-nav a", has_text="Přidejte se").click()
    page.wait_for_url("**/cs/join/**")
    join = check("join")
    assert "Odeslat přihlášku" in join
    page.locator("button[type=submit]").last.click()
    assert "Opravte prosím označená pole." in check("join-errors")

    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url(re.compile(r".*/join/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert "/cs/" not in page.url
    context.close()


def test_the_phrase_check_catches_english_left_in_a_czech_page():
    patterns = english_interface_phrases()
    assert "Latest articles" in english_left(
        "Nejnovější články · Latest articles", patterns
    )
    assert english_left("Garrison: Nejnovější články · Lipeck", patterns) == []
