"""A series read in Czech: its title translated, its parts whatever each is."""

import pytest
from bs4 import BeautifulSoup
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from articles.models import ArticlePage, Series

pytestmark = pytest.mark.django_db


def test_a_czech_series_joins_translated_parts_and_untranslated_copies(
    client, demo, demo_media
):
    czech = Locale.objects.get(language_code="cs")
    english = Series.objects.get(slug="czechoslovakia-1938", locale__language_code="en")
    series = english.get_translation(czech)
    parts = ArticlePage.objects.filter(series=english, locale=czech).order_by(
        "series_part"
    )
    # Part 1 is translated (and, as wagtail-localize does, names the Czech
    # series); parts 2 and 3 are still copies naming the English one.
    first = parts[0]
    ConvertAliasPageAction(first).execute(skip_permission_checks=True)
    first = ArticlePage.objects.get(pk=first.pk)
    first.title, first.series = "Zeď z betonu", series
    first.save_revision().publish()

    for part in (first, parts[1]):
        html = client.get(part.url).content.decode()
        nav = BeautifulSoup(html, "html.parser").select_one(".series-nav")
        assert f"{series.title}: díl {part.series_part} z 3" in nav.text, part.url
    html = client.get(parts[1].url).content.decode()
    assert "Zeď z betonu" in html
