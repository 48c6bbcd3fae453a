"""The cited addresses are checked politely against servers the test starts on
127.0.0.1 (a live page, a 404, a redirect loop, a slow page, a page robots.txt
forbids, and a fake web archive): each outcome is kept with its source, a dead
page shows readers its archived copy, and editors get a report by page."""

import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.factories import published_article
from articles.models import ArticleCitation, ArticlePage
from citations.linkrot import check_host, due_hosts
from citations.models import Source

pytestmark = pytest.mark.django_db(transaction=True)


class Recorder:
    """What a test server was asked, by whom, and how many at once."""

    def __init__(self):
        self.requests: list[tuple[str, str, str]] = []
        self.active = 0
        self.most_at_once = 0
        self.lock = threading.Lock()


def serve(recorder: Recorder, answer) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            # A request the checker gave up on (the slow page) may still be
            # answered while it asks for the next: only the others count.
            counted = self.path != "/slow"
            with recorder.lock:
                recorder.active += counted
                recorder.most_at_once = max(recorder.most_at_once, recorder.active)
                recorder.requests.append(
                    (self.command, self.path, self.headers.get("User-Agent", ""))
                )
            try:
                status, headers, body = answer(self.path)
            finally:
                # Done before answering: the checker asks again only once
                # answered, so an overlap here is two requests at once.
                with recorder.lock:
                    recorder.active -= counted
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_HEAD = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def site_answer(path: str):
    if path == "/robots.txt":
        return (
            200,
            {"Content-Type": "text/plain"},
            b"User-agent: *\nDisallow: /private/\n",
        )
    if path.startswith(("/live", "/private/")):
        time.sleep(0.02)  # long enough for two requests at once to overlap
        return 200, {"Content-Type": "text/html"}, b"<p>Lipetsk</p>"
    if path == "/loop":
        return 302, {"Location": "/loop"}, b""
    if path == "/slow":
        time.sleep(1.5)
        return 200, {}, b""
    return 404, {}, b"gone"


@pytest.fixture
def servers(settings):
    site, archive = Recorder(), Recorder()
    site_server = serve(site, site_answer)
    site_url = f"http://127.0.0.1:{site_server.server_port}"

    def archive_answer(path):
        query = parse_qs(urlsplit(path).query)
        if path.startswith("/wayback/available"):
            wanted = query["url"][0]
            if wanted.endswith("/live"):
                snapshot = {
                    "available": True,
                    "url": f"{archive_url}/web/2026/{wanted}",
                    "timestamp": "20260101000000",
                }
                body = {"archived_snapshots": {"closest": snapshot}}
            else:
                body = {"archived_snapshots": {}}
            import json

            return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()
        return 200, {}, b"saved"

    archive_server = serve(archive, archive_answer)
    archive_url = f"http://127.0.0.1:{archive_server.server_port}"
    settings.LINK_CHECK_PRIVATE_ADDRESSES = True
    settings.LINK_CHECK_DELAY = 0.01
    settings.LINK_CHECK_TIMEOUT = 0.5
    settings.LINK_DEAD_AFTER = 2
    settings.LINK_ARCHIVE_AVAILABILITY_URL = (
        archive_url + "/wayback/available?url={url}"
    )
    settings.LINK_ARCHIVE_SAVE_URL = archive_url + "/save/{url}"
    yield site, site_url, archive, archive_url
    site_server.shutdown()
    archive_server.shutdown()


def sources_at(site_tree, site_url: str, *paths: str) -> dict[str, Source]:
    """Sources at ``paths`` of the test's site, cited by an article (only cited
    addresses are checked)."""
    _home, index = site_tree
    article = published_article(index, sources=0)
    found = {}
    for path in paths:
        found[path] = Source.objects.create(kind="web", title=path, url=site_url + path)
        article.citations.add(ArticleCitation(source=found[path]))
    article.save_revision().publish()
    return found


def test_each_address_is_checked_politely_and_its_outcome_kept(
    servers, settings, site_tree
):
    site, site_url, archive, archive_url = servers
    found = sources_at(
        site_tree,
        site_url,
        "/live",
        "/live-unarchived",
        "/gone",
        "/loop",
        "/slow",
        "/private/a",
    )
    Source.objects.create(kind="web", title="Uncited", url=site_url + "/uncited")
    call_command("check_links")  # the immediate task backend checks at once

    def state(path):
        source = Source.objects.get(pk=found[path].pk)
        return source.url_status, source.url_status_code, source.url_failures

    assert state("/live") == ("live", 200, 0)
    assert state("/live-unarchived") == ("live", 200, 0)
    assert state("/gone") == ("dead", 404, 1)
    assert state("/loop") == ("failing", None, 1)
    assert state("/slow") == ("failing", None, 1)
    assert state("/private/a")[0] == "not-allowed"

    # Polite: robots.txt read first and obeyed, one request at a time, who asks.
    paths = [path for _method, path, _agent in site.requests]
    assert paths[0] == "/robots.txt"
    assert "/private/a" not in paths and "/uncited" not in paths
    assert site.most_at_once == 1
    assert {agent for *_rest, agent in site.requests} == {
        settings.LINK_CHECK_USER_AGENT
    }

    # The archive's snapshot is kept; where it has none, it is asked for one.
    live = Source.objects.get(pk=found["/live"].pk)
    assert live.archive_url == f"{archive_url}/web/2026/{site_url}/live"
    saved = [path for _m, path, _a in archive.requests if path.startswith("/save/")]
    assert saved == [f"/save/{site_url}/live-unarchived"]

    # Nothing is due again at once; a failing address is retried later and
    # later, and dead after LINK_DEAD_AFTER failures.
    before = len(site.requests)
    call_command("check_links")
    assert len(site.requests) == before
    loop = Source.objects.get(pk=found["/loop"].pk)
    first_wait = loop.url_check_after - loop.url_checked
    Source.objects.filter(pk=loop.pk).update(url_check_after=timezone.now())
    call_command("check_links")
    loop.refresh_from_db()
    assert (loop.url_status, loop.url_failures) == ("dead", 2)
    assert loop.url_check_after - loop.url_checked == first_wait * 2


def test_two_checks_of_one_host_at_once_ask_each_address_once(servers, site_tree):
    site, site_url, _archive, _archive_url = servers
    sources_at(site_tree, site_url, "/live", "/live-2", "/live-3")
    ((host, ids),) = due_hosts().items()
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(check_host(host, ids)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    asked = [path for method, path, _agent in site.requests if path.startswith("/live")]
    assert sorted(asked) == ["/live", "/live-2", "/live-3"]
    assert sorted(results) == [0, 3]


def test_readers_see_the_archived_copy_and_editors_the_report(
    servers, client, admin_client, site_tree
):
    _site, site_url, _archive, archive_url = servers
    _home, index = site_tree
    article = published_article(index, title="The school at Lipetsk", sources=0)
    gone = Source.objects.create(
        kind="web",
        title="Lipetsk air base",
        url=site_url + "/gone",
        archive_url=archive_url + "/web/2020/lipetsk",
    )
    article.citations.add(ArticleCitation(source=gone))
    article.save_revision().publish()
    call_command("check_links")

    page = client.get(ArticlePage.objects.get(pk=article.pk).url).content.decode()
    assert "The page is gone from this address." in page
    assert f'href="{archive_url}/web/2020/lipetsk"' in page

    report = admin_client.get(reverse("citations_dead_links")).content.decode()
    assert "The school at Lipetsk" in report and "Lipetsk air base" in report
    assert "(404)" in report
    assert timezone.now() - Source.objects.get(pk=gone.pk).url_checked < timedelta(
        minutes=1
    )


def test_an_address_off_the_public_internet_is_not_asked(settings):
    import requests

    from citations.linkrot import check_url

    settings.LINK_CHECK_PRIVATE_ADDRESSES = False
    # A closed port on 127.0.0.1: refused before any connection is tried.
    outcome = check_url(requests.Session(), "http://127.0.0.1:9/admin/")
    assert (outcome.status, outcome.reason) == ("not-allowed", "not a public address")
