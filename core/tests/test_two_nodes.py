"""Two web nodes sharing the database and Redis agree after a publication.

Each is a ``bin/web`` of its own on a port of its own, as two machines behind a
load balancer would be: both serve hits from the shared page cache, and an
article published through the admin of one reads as published through the
other at the next request.
"""

import os
import re
import subprocess
import sys
import time
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, Request, build_opener, urlopen

import pytest

from conftest import TEST_REDIS_URL, free_port

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "/articles/winter-flying/"

SETUP = """
from django.contrib.auth import get_user_model
from articles.factories import ArticleIndexPageFactory, published_article
from wagtail.models import Page
from home.factories import HomePageFactory

home = HomePageFactory(parent=Page.get_first_root_node(), slug="garrison")
index = ArticleIndexPageFactory(parent=home, slug="articles", title="Magazine")
article = published_article(index, title="Winter flying", slug="winter-flying")
article.title = "Winter flying, revised"
article.save_revision()  # a draft, published in the test
get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-1234")
print(article.pk)
"""


@pytest.fixture
def two_nodes(tmp_path, redis_url):
    import redis

    redis.Redis.from_url(TEST_REDIS_URL).flushdb()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        REDIS_URL=TEST_REDIS_URL,
        SECRET_KEY="a-test-only-key-" + "x" * 40,
        WEB_CONCURRENCY="1",
    )
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    made = subprocess.run(
        [*manage, "shell", "-c", SETUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if made.returncode:
        pytest.fail(f"The site could not be made: {made.stderr}")
    article_id = int(made.stdout.split()[-1])
    nodes = []
    for name in ("a", "b"):
        port = free_port()
        log = (tmp_path / f"{name}.log").open("w")
        server = subprocess.Popen(
            [str(ROOT / "bin" / "web")],
            cwd=ROOT,
            env={**env, "PORT": str(port)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        nodes.append((server, f"http://127.0.0.1:{port}"))
    for server, base in nodes:
        for _ in range(600):
            try:
                if urlopen(f"{base}/healthz", timeout=5).read() == b"ok":
                    break
            except URLError:
                pass
            if server.poll() is not None:
                pytest.fail(f"bin/web stopped: {list(tmp_path.glob('*.log'))}")
            time.sleep(0.1)
    yield article_id, [base for _server, base in nodes]
    for server, _base in nodes:
        server.terminate()
        server.wait(timeout=20)


def get(base: str, path: str) -> tuple[str, str]:
    # As behind a load balancer: every node is asked for the site's one host.
    request = Request(f"{base}{path}", headers={"Host": "localhost"})
    with urlopen(request, timeout=30) as response:
        return response.headers["Cache-Status"], response.read().decode()


def publish_through_admin(base: str, article_id: int) -> None:
    """Sign in to the admin of one node and publish the article's draft there."""
    browser = build_opener(HTTPCookieProcessor(CookieJar()))

    def token(path: str) -> str:
        html = browser.open(f"{base}{path}", timeout=30).read().decode()
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]

    def post(path: str, fields: dict) -> None:
        data = urlencode({"csrfmiddlewaretoken": token(path), **fields}).encode()
        browser.open(Request(f"{base}{path}", data=data), timeout=30).read()

    # Where the action sends the editor afterwards: anywhere that answers.
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={article_id}&next=/healthz"
    sign_in = {"username": "editor", "password": "pw-1234", "next": publish}
    post("/admin/login/", sign_in)
    post(publish, {})


def test_a_publication_through_one_node_reads_at_once_through_the_other(two_nodes):
    article_id, (node_a, node_b) = two_nodes
    get(node_a, ARTICLE)  # the first view makes the site's ad settings
    assert get(node_a, ARTICLE)[0] == "garrison; fwd=uri-miss; stored"
    for node in (node_a, node_b):  # each serves hits, from the shared cache
        status, html = get(node, ARTICLE)
        assert status == "garrison; hit" and "Winter flying</h1>" in html

    publish_through_admin(node_a, article_id)

    status, html = get(node_b, ARTICLE)
    assert status == "garrison; fwd=uri-miss; stored"
    assert "Winter flying, revised</h1>" in html
    status, html = get(node_a, ARTICLE)  # what the other node stored
    assert status == "garrison; hit" and "Winter flying, revised</h1>" in html
