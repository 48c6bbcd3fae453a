"""Readers who hit a missing page or a fault get the site's page in their language.

Both run as in production (DEBUG off): the 404 page with the site's header, the
500 page from no context and no database, each with a way on.
"""

import pytest
from bs4 import BeautifulSoup
from django.test import Client


@pytest.fixture
def production(settings):
    settings.DEBUG = False


@pytest.fixture
def failing(production, settings):
    """The site's URLs with a view that raises at ``/failing/`` and ``/cs/failing/``."""
    settings.ROOT_URLCONF = "core.tests.failing_urls"
    return Client(raise_request_exception=False)


def error_page(response, status: int, language: str) -> BeautifulSoup:
    assert response.status_code == status
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language
    # The site's layout: its header, navigation and footer.
    assert page.find("header", class_="site-header").find("nav", class_="site-nav")
    assert page.find("footer", class_="site-footer")
    # A way on: a search box and the home page.
    prefix = "/cs" if language == "cs" else ""
    assert page.find("form", role="search", action=f"{prefix}/search/").find(
        "input", attrs={"name": "q"}
    )
    assert page.find("main").find("a", href=f"{prefix}/")
    assert not page.find("link", hreflang=True)
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/cs/neexistuje/", "cs", "Stránka nenalezena"),
        ("/cs/encyklopedie/nikdo/", "cs", "Stránka nenalezena"),
        ("/nothing/", "en", "Page not found"),
        ("/articles/nothing/here/", "en", "Page not found"),
    ],
)
def test_a_missing_page_is_the_sites_404_in_the_readers_language(
    client, site_tree, production, path, language, heading
):
    page = error_page(client.get(path), 404, language)
    assert page.find("h1").get_text(strip=True) == heading
    # The sections of the site are in its header, as on every page.
    assert len(page.select(".site-nav a")) >= 6


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/cs/failing/", "cs", "Něco se pokazilo"),
        ("/failing/", "en", "Something went wrong"),
    ],
)
def test_a_fault_is_the_sites_500_in_the_readers_language_without_the_database(
    failing, path, language, heading
):
    """No django_db mark: a query while rendering the page would fail the test."""
    page = error_page(failing.get(path), 500, language)
    assert page.find("h1").get_text(strip=True) == heading
    assert "A fault on purpose" not in page.get_text()
