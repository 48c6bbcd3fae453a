"""Every interface string has a Czech translation, and the catalogue compiles."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from core.catalogue import (
    Message,
    project_messages,
    python_messages,
    template_messages,
    untranslated,
)

ROOT = Path(settings.BASE_DIR)
APPS = ["core", "community", "encyclopedia", "articles", "search", "home", "api"]
CZECH_CATALOGUE = ROOT / "locale" / "cs" / "LC_MESSAGES" / "django.po"


@pytest.fixture(scope="module")
def czech() -> polib.POFile:
    return polib.pofile(str(CZECH_CATALOGUE))


def test_every_template_and_code_string_has_a_czech_translation(czech):
    messages = project_messages(ROOT, APPS)
    assert len(messages) > 400, "the scanner should find the interface text"
    problems = untranslated(messages, czech)
    assert not problems, "\n".join(problems)


def test_a_template_string_missing_from_the_catalogue_is_reported(czech):
    source = (
        "{% load i18n %}<h1>{% translate 'Search' %}</h1>"
        "<p>{% translate 'A sentence nobody has translated' %}</p>"
        "{% blocktranslate count n=3 %}{{ n }} item{% plural %}{{ n }} items"
        "{% endblocktranslate %}"
    )
    messages = template_messages(source, "new.html")
    assert [m.msgid for m in messages] == [
        "Search",
        "A sentence nobody has translated",
        "%(n)s item",
    ]
    assert untranslated(messages, czech) == [
        "new.html: 'A sentence nobody has translated' is not in the catalogue"
    ]


def test_code_strings_are_found_through_gettext_and_its_aliases():
    source = (
        "from django.utils.translation import gettext_lazy as _, ngettext\n"
        "label = _('Seat')\n"
        "count = ngettext('%(n)s entry', '%(n)s entries', 2)\n"
        "name = f'not {label}'\n"
    )
    assert python_messages(source, "m.py") == [
        Message("Seat", origin="m.py"),
        Message("%(n)s entry", "%(n)s entries", origin="m.py"),
    ]


def test_a_translation_that_drops_a_placeholder_is_reported():
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Hello %(name)s,", msgstr="Dobrý den,"))
    problems = untranslated([Message("Hello %(name)s,", origin="mail.txt")], catalogue)
    assert problems == [
        "mail.txt: 'Hello %(name)s,' has other placeholders in its translation"
    ]


def test_the_compiled_catalogue_serves_czech(tmp_path):
    call_command("compile_translations", stdout=open(tmp_path / "out", "w"))
    with translation.override("cs"):
        assert translation.gettext("Skip to content") == "Přejít k obsahu"
        assert translation.ngettext("%(n)s result", "%(n)s results", 3) == (
            "%(n)s výsledky"
        )
        assert translation.ngettext("%(n)s result", "%(n)s results", 5) == (
            "%(n)s výsledků"
        )
