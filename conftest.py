"""Fixtures shared by every app's tests."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import caches

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def running_in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """Compile the Czech catalogue when a run starts outside `make test`."""
    from core.translations import catalogue_paths, compile_catalogue

    for path in catalogue_paths():
        compile_catalogue(path)


@pytest.fixture(autouse=True)
def _isolated_services(settings, tmp_path):
    """Give each test its own media folder and an empty cache; never fetch embeds."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILEMBEDS_FINDERS = []
    _clear_cache()
    yield
    _clear_cache()


def _clear_cache() -> None:
    # The view-window cache lives in the database, which tests without the
    # django_db mark may not touch; they cannot have put anything in it either.
    for cache in caches.all():
        try:
            cache.clear()
        except RuntimeError:
            pass


@pytest.fixture
def site_tree(db):
    """Return (home page, article index) as the default site's tree."""
    from articles.factories import ArticleIndexPageFactory
    from home.factories import HomePageFactory

    home = HomePageFactory()
    index = ArticleIndexPageFactory(parent=home, slug="articles", title="Magazine")
    return home, index


@pytest.fixture(scope="session")
def chromium():
    """Launch Debian's Chromium through Playwright for the session's browser tests.

    Without Chromium the browser tests skip on a developer's machine and fail in CI.
    """
    if not (os.path.exists(CHROMIUM_PATH) or shutil.which("chromium")):
        if running_in_ci():
            pytest.fail(
                f"Chromium is required under CI and was not found at {CHROMIUM_PATH}."
            )
        pytest.skip(
            f"No Chromium at {CHROMIUM_PATH}; install Debian's chromium to run."
        )
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


SHARED_DIR = Path(__file__).resolve().parent.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return ``../shared``; skip where it is absent, but fail under CI."""
    if not (SHARED_DIR / "seed").is_dir():
        message = f"The shared seed data is not at {SHARED_DIR}."
        if running_in_ci():
            pytest.fail(message + " CI must provide it.")
        pytest.skip(message + " It ships beside the project checkout.")
    return SHARED_DIR


@pytest.fixture
def demo_site(db):
    """Load the demo site (encyclopedia, magazine, contributors); return its report."""
    from home.demo.build import load_demo

    return load_demo()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory) -> Path:
    """Load the demo once for a test module, in a transaction rolled back after.

    Returns the media folder of its images; tests that render them point
    ``MEDIA_ROOT`` there (see :func:`demo_media`).
    """
    from django.db import transaction
    from django.test import override_settings

    from home.demo.build import load_demo

    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=media),
    ):
        load_demo()
        yield media
        transaction.set_rollback(True)


@pytest.fixture
def demo_media(demo, settings) -> None:
    """Serve the module's demo images, which live outside the test's own media."""
    settings.MEDIA_ROOT = demo
