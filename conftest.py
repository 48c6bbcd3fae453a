"""Fixtures shared by every app's tests."""

import json
import os
import shutil
import subprocess
import time
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


def required_program(name: str, why: str) -> str:
    """The path of a program a test runs; skip without it, but fail under CI."""
    path = shutil.which(name)
    if path is None:
        if running_in_ci():
            pytest.fail(f"{name} is required under CI {why}.")
        pytest.skip(f"{name} is not installed.")
    return path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pytest_configure(config):
    """On SQLite, let the browser tests' server answer one request at a time.

    Its request threads share the test's in-memory database through one
    connection, so two requests at once (a sign-in still being written while
    the next page loads) would run inside each other's transactions.
    """
    import threading

    from django.conf import settings
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return

    class OneRequestAtATime(ThreadedWSGIServer):
        def set_app(self, application):
            lock = threading.Lock()

            def serial(environ, start_response):
                with lock:
                    return application(environ, start_response)

            super().set_app(serial)

    LiveServerThread.server_class = OneRequestAtATime


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """Compile the Czech catalogue when a run starts outside `make test`."""
    from core.translations import catalogue_paths, compile_catalogue

    for path in catalogue_paths():
        compile_catalogue(path)


@pytest.fixture(autouse=True)
def _isolated_services(settings, tmp_path):
    """Give each test its own media folder and an empty cache; never fetch embeds;
    start in the default language (a request to /cs/ leaves Czech active)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILEMBEDS_FINDERS = []
    _clear_cache()
    yield
    _clear_cache()


def _clear_cache() -> None:
    from articles.beacon import forget_live_articles
    from core.caching.process_copies import forget_copies

    forget_copies()  # as a new process would start
    forget_live_articles()
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


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded on first use in the session (``home.demo.snapshot``)."""
    from home.demo.snapshot import DemoDatabase

    database = DemoDatabase(tmp_path_factory.mktemp("demo-media"))
    with django_db_blocker.unblock():
        database.load()
    yield database
    with django_db_blocker.unblock():
        database.drop()


@pytest.fixture(scope="module")
def demo(demo_database, django_db_blocker) -> Path:
    """The demo site for a test module, in a transaction rolled back after.

    Returns the media folder of its images; tests that render them point
    ``MEDIA_ROOT`` there (see :func:`demo_media`).
    """
    from django.db import transaction

    with django_db_blocker.unblock(), demo_database.lent(), transaction.atomic():
        yield demo_database.media
        transaction.set_rollback(True)


@pytest.fixture
def demo_live(transactional_db, demo_database, django_db_blocker, settings):
    """The demo for a test whose server answers from another thread (a browser
    test), committed where that thread reads it (``lent_committed``)."""
    settings.MEDIA_ROOT = demo_database.media
    with demo_database.lent_committed():
        yield demo_database.media


@pytest.fixture
def demo_media(demo, settings) -> None:
    """Serve the module's demo images, which live outside the test's own media."""
    settings.MEDIA_ROOT = demo


TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url(settings) -> str:
    """Point the caches at a real Redis (database 15, emptied around the test).

    Skips where no Redis answers; fails under CI, where one must.
    """
    import redis

    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        if running_in_ci():
            pytest.fail(f"Redis is required under CI at {TEST_REDIS_URL}: {error}")
        pytest.skip(f"No Redis at {TEST_REDIS_URL} ({error}).")
    from garrison import backing_services

    client.flushdb()
    settings.REDIS_URL = TEST_REDIS_URL
    settings.CACHES = backing_services.caches(TEST_REDIS_URL)
    yield TEST_REDIS_URL
    client.flushdb()
    client.close()


class OwnRedis:
    """A redis-server of a test's own on a free port, writing an append-only file,
    so that it can be stopped and started again with what it held."""

    def __init__(self, binary: str, folder: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.command = [
            binary, "--port", str(self.port), "--bind", "127.0.0.1",
            "--dir", str(folder), "--appendonly", "yes", "--appendfsync", "always",
            "--save", "",
        ]  # fmt: skip
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
            finally:
                client.close()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        """Stop it as a service manager would (SIGTERM); the file stays."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def durable_redis(tmp_path, settings):
    """Point the caches at a Redis of the test's own (:class:`OwnRedis`)."""
    from garrison import backing_services

    binary = required_program("redis-server", "to stop and start a Redis of its own")
    server = OwnRedis(binary, tmp_path)
    server.start()
    settings.REDIS_URL = server.url
    settings.CACHES = backing_services.caches(server.url)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def s3_server():
    """A real S3-compatible server (moto's, in server mode) on a free local port."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def public_read_policy(bucket: str) -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


@pytest.fixture
def s3_media(settings, monkeypatch, s3_server) -> str:
    """Keep media in a fresh bucket on the S3 server, as MEDIA_STORAGE=s3 does."""
    import uuid

    import boto3
    import environ

    from garrison import backing_services

    bucket = f"media-{uuid.uuid4().hex[:12]}"
    variables = {
        "S3_BUCKET": bucket,
        "S3_ENDPOINT_URL": s3_server,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "garrison",
        "S3_SECRET_ACCESS_KEY": "garrison-secret",
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="garrison",
        aws_secret_access_key="garrison-secret",
    )
    s3.create_bucket(Bucket=bucket)
    # As deploy/ sets it up: anyone may read media (readers' browsers load the
    # images from the store); only the site may write.
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public_read_policy(bucket)))
    settings.AWS_S3_CLIENT_CONFIG = backing_services.s3_client_config()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": backing_services.media_storage("s3", environ.Env()),
    }
    return bucket


@pytest.fixture
def front_cache(settings):
    """A stand-in for nginx that records the PURGE requests it receives."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    purged: list[str] = []

    class Front(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Front)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield purged
    server.shutdown()
