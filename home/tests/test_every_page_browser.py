"""Every kind of page, in both languages, as readers' browsers show it.

One walk over ``reader_pages``: axe-core finds no accessibility violation of
serious or critical impact at 1366 px and 390 px; at 360 px nothing scrolls
sideways and no text is smaller than 12 px; Czech pages have no English
interface text, country or series names, and Czech quotation marks. Every
page is saved as a screenshot under ``test-artifacts/pages/`` for review.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from home.demo import articles as demo_articles

from .reader_pages import READER, reader_pages
from .test_czech_browser import english_interface_phrases, english_left

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "pages"
AXE = Path(__file__).parent / "vendor" / "axe-core-4.14.1" / "axe.min.js"
#: Country names the demo's places and people use, as English writes them.
ENGLISH_COUNTRIES = (
    "Soviet Union", "Germany", "Russia", "Italy", "France", "Czechoslovakia",
    "Spain", "Mongolia", "Japan", "Czech Republic", "Slovakia", "Netherlands",
)  # fmt: skip

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ["violations"]});
    return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3)
            .map((n) => n.target.join(" ")).join(", ")}`);
}"""

LAYOUT = """() => {
    const tooSmall = [];
    for (const element of document.body.querySelectorAll("*")) {
        const ownText = [...element.childNodes].some(
            (node) => node.nodeType === 3 && node.textContent.trim());
        if (!ownText || !element.getClientRects().length) continue;
        const style = getComputedStyle(element);
        const hidden = style.clip === "rect(0px, 0px, 0px, 0px)";
        if (style.visibility === "hidden" || hidden) continue;
        if (parseFloat(style.fontSize) < 12) {
            const name = `${element.tagName.toLowerCase()}.${element.className}`;
            tooSmall.push(`${name}: ${style.fontSize}`);
        }
    }
    return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        tooSmall: [...new Set(tooSmall)].slice(0, 5),
    };
}"""

# Text in another language is content, marked so; so are the titles and the
# addresses of cited works, which keep their own language in any list of sources.
CZECH_TEXT = """() => {
    const body = document.body.cloneNode(true);
    const other = body.querySelectorAll(
        '[lang]:not([lang="cs"]), .source__title, .source__url, cite');
    other.forEach((element) => element.remove());
    return body.innerText;
}"""


def czech_problems(text: str, patterns: list) -> list[str]:
    """What a Czech page's own text has that is not Czech."""
    problems = [f"English: {phrase}" for phrase in english_left(text, patterns)]
    series = [spec["title"] for spec in demo_articles.SERIES]
    for name in (*ENGLISH_COUNTRIES, *series):
        where = text.find(name)
        if where >= 0:
            context = " ".join(text[max(where - 40, 0) : where + 40].split())
            problems.append(f"English name: {name} (in “{context}”)")
    if "\N{RIGHT DOUBLE QUOTATION MARK}" in text:
        problems.append("English closing quotation mark ”")
    opened = 0
    for character in text:
        if character == "\N{DOUBLE LOW-9 QUOTATION MARK}":
            opened += 1
        elif character == "\N{LEFT DOUBLE QUOTATION MARK}":
            if not opened:
                problems.append("English opening quotation mark “")
                break
            opened -= 1
    return problems


def test_every_page_is_accessible_fits_a_phone_and_speaks_its_language(
    chromium, live_server, demo_live
):
    pages = reader_pages()
    patterns = english_interface_phrases()
    client = Client()
    client.force_login(get_user_model().objects.get(username=READER))
    session = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    axe = AXE.read_text()
    contexts = {}

    def tab(width: int, signed_in: bool):
        if (width, signed_in) not in contexts:
            # The CSP refuses scripts it does not know: axe is one of them.
            context = chromium.new_context(
                viewport={"width": width, "height": 900}, bypass_csp=True
            )
            if signed_in:
                context.add_cookies([session])
            contexts[width, signed_in] = context.new_page()
        return contexts[width, signed_in]

    failures = []
    for page in pages:
        label = f"{page.language} {page.name} ({page.path})"
        for width in (1366, 390):
            tab_ = tab(width, page.signed_in)
            tab_.goto(live_server.url + page.path)
            tab_.evaluate(axe)
            failures += [f"{label} at {width}px: {v}" for v in tab_.evaluate(RUN_AXE)]
            tab_.screenshot(
                path=str(ARTIFACTS / f"{page.language}-{page.name}-{width}.png"),
                full_page=True,
            )
            if page.language == "cs" and width == 1366:
                assert tab_.locator("html").get_attribute("lang") == "cs", label
                text = tab_.evaluate(CZECH_TEXT)
                failures += [f"{label}: {p}" for p in czech_problems(text, patterns)]
        phone = tab(360, page.signed_in)
        phone.goto(live_server.url + page.path)
        layout = phone.evaluate(LAYOUT)
        if layout["overflow"] > 0:
            failures.append(f"{label} at 360px scrolls {layout['overflow']}px sideways")
        failures += [
            f"{label} at 360px, text under 12px: {t}" for t in layout["tooSmall"]
        ]
    for page in contexts.values():
        page.context.close()
    assert not failures, "\n".join(failures)


def test_the_czech_check_catches_english_names_and_quotation_marks():
    patterns = english_interface_phrases()
    assert czech_problems("Země: Soviet Union", patterns) == [
        "English name: Soviet Union (in “Země: Soviet Union”)"
    ]
    assert czech_problems("„Lipeck“ a „Kazaň“", patterns) == []
    assert "English closing quotation mark ”" in czech_problems("“Lipeck”", patterns)
