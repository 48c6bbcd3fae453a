"""Benchmark the served site: pages per second, latency, queries and memory.

Fills a PostgreSQL database of its own with the demo site and one article with
30 linked mentions, 10 sources and 6 images, collects the static files, then
starts the production configuration (GARRISON_ENV=production, Redis, two
workers) under each application server and loads it with wrk from this machine:

- a bare Wagtail page (the anchor), the home page, that article, an entry and
  a search, uncached (no page cache), and all but the search (which the app
  never keeps whole) from the app's own Redis page cache, each as req/s, p50
  and p99, with the queries each page costs when rendered;
- the view beacon (every request a new visitor, so every one is counted);
- the article and the search through the `deploy/` nginx configuration with its
  micro-cache in front of the app, and the same article's saved HTML served by
  nginx as a static file: the physical limit of this machine in the same run;
- the resident memory (RSS) of each worker at start and after its run.

    .venv/bin/python bench/pages.py [--duration 10] [--servers gunicorn,granian]

Needs wrk and nginx (Debian: `apt-get install wrk nginx-light`) and, to measure
gunicorn beside granian (which production runs, bin/web),
`pip install -e ".[bench]"`. The database is
postgres://postgres@127.0.0.1:5432/garrison_bench_pages unless
BENCH_DATABASE_URL names another; a second run reuses it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_db import ensure_database  # noqa: E402 (beside this script)

PYTHON = sys.executable
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/garrison_bench_pages"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
ARTICLE_SLUG = "thirty-names-of-the-secret-rearmament"
PORT = 8765
NGINX_PORT = 8766

# Production settings over plain HTTP on this machine, as `make serve` runs them.
SERVER_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "garrison.settings",
    "GARRISON_ENV": "production",
    "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key-bench-only",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "SECURE_HSTS_SECONDS": "0",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "MEDIA_ROOT": str(ROOT / "data" / "bench-media"),
    "STATIC_ROOT": str(ROOT / "data" / "bench-static"),
    "EMBED_FINDERS": "",
    "LOG_LEVEL": "ERROR",
    "WEB_CONCURRENCY": "2",
    # The load comes from one address: lift its limits, so that every search
    # is served and every beacon (a new browser each) is counted, as from
    # readers at many addresses.
    "SEARCH_RATE_LIMIT": "100000000/m",
    "VIEW_COUNT_PER_ADDRESS": "1000000000",
}

WRK_COOKIE = """
init = function(args) wrk.headers["Cookie"] = "%(cookie)s" end
"""

WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '\\n{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, '
    .. '"socket_errors": %d, "non_2xx": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
"""

# Numbers wrk's threads 1, 2, ... (``id`` in each thread's script).
WRK_THREAD_IDS = """
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
"""

# Each request a new reader: a browser string of its own per thread and request,
# so every beacon counts (HINCRBY) instead of stopping at the repeat check.
WRK_BEACON = (
    WRK_THREAD_IDS
    + """
init = function(args)
  counter = 0
  wrk.method = "POST"
  wrk.body = "page=%(page)d"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
request = function()
  counter = counter + 1
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140."
    .. id .. "." .. counter
  return wrk.format()
end
"""
)


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    failures: int

    def row(self) -> str:
        failures = f", {self.failures:,} failed" if self.failures else ""
        return (
            f"{self.requests_per_second:9,.0f} req/s  p50 {self.p50_ms:7.2f} ms  "
            f"p99 {self.p99_ms:7.2f} ms{failures}"
        )


def prepare() -> dict[str, str]:
    """Build the site once; return the paths to measure and the article's id."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("load_demo", "--if-empty", stdout=open(os.devnull, "w"))
    call_command("collectstatic", "--noinput", verbosity=0)
    article = bench_article()
    from encyclopedia.models import EntryPage, Mention

    entry = (
        EntryPage.objects.live()
        .filter(pk__in=Mention.objects.filter(page=article).values("entry"))
        .order_by("title")
        .first()
    )
    target = publication_target()
    return {
        "bare": bare_wagtail_page().url,
        "home": "/",
        "article": article.url,
        "entry": entry.url,
        "search": "/search/?q=Lipetsk+school",
        "article_id": str(article.pk),
        "reader_cookie": reader_session_cookie(),
        "target_id": str(target.pk),
        "unrelated": json.dumps(unrelated_paths(target)),
    }


def reader_session_cookie() -> str:
    """The session cookie of a signed-in reader (no admin access)."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore

    reader, _ = get_user_model().objects.get_or_create(username="bench-reader")
    session = SessionStore()
    session[SESSION_KEY] = str(reader.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = reader.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def publication_target():
    """An article published every second during the load on other pages."""
    from wagtail.models import Locale

    from articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage
    from community.models import Contributor

    existing = ArticlePage.objects.filter(slug="bench-publication-target").first()
    if existing is not None:
        return existing
    index = ArticleIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
    article = ArticlePage(
        title="Notes from the editors",
        slug="bench-publication-target",
        standfirst="Revised every second while the others are read.",
        body=[{"type": "paragraph", "value": "<p>Corrections and notes.</p>"}],
    )
    article.authors = [ArticleAuthor(contributor=Contributor.objects.first())]
    index.add_child(instance=article)
    article.save_revision().publish()
    return article


def unrelated_paths(target) -> list[str]:
    """Articles and entries that show nothing of ``target``: not its lists."""
    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage

    articles = ArticlePage.objects.live().exclude(pk=target.pk)
    entries = EntryPage.objects.live()
    return [page.url for page in [*articles[:40], *entries[:80]]]


def bare_wagtail_page():
    """A plain Wagtail page (its own one-line template) under the home page.

    The same stack serving the least a Wagtail page can be: the anchor the
    article's figure is read against on this machine.
    """
    from wagtail.models import Locale, Page

    from home.models import HomePage

    existing = Page.objects.filter(slug="bare-wagtail-page").first()
    if existing is not None:
        return existing
    home = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    page = home.add_child(instance=Page(title="A bare page", slug="bare-wagtail-page"))
    page.save_revision().publish()
    return page


def bench_article():
    """The article the issue describes: 30 linked names, 10 sources, 6 images."""
    from django.core.files.images import ImageFile
    from wagtail.models import Locale

    from articles.models import (
        ArticleAuthor,
        ArticleCitation,
        ArticleIndexPage,
        ArticlePage,
    )
    from citations.library import sources_for
    from community.models import Contributor
    from core.models import GarrisonImage
    from encyclopedia.models import EntryPage
    from home.demo.drawings import DRAWINGS

    existing = ArticlePage.objects.filter(slug=ARTICLE_SLUG).first()
    if existing is not None:
        return existing
    english = Locale.objects.get(language_code="en")
    entries = list(
        EntryPage.objects.live()
        .filter(locale=english)
        .exclude(title__contains="(")
        .order_by("pk")[:30]
    )
    drawing = [DRAWINGS[key][1] for key in ("map", "timeline", "tank")]
    images = []
    for number in range(6):
        content = drawing[number % 3]()
        image = GarrisonImage(title=f"Drawing {number + 1}", credit="Garrison")
        image.file = ImageFile(_bytes_file(content), name=f"bench-{number}.png")
        image.save()
        images.append(image)
    body = []
    for number, entry in enumerate(entries):
        body.append(
            {
                "type": "paragraph",
                "value": (
                    f"<p>The files name {entry.title} among those who mattered "
                    "between the wars, and the archives in Moscow and Freiburg "
                    "add what the treaty years kept quiet.</p>"
                ),
            }
        )
        if number % 5 == 4:
            body.append(
                {
                    "type": "figure",
                    "value": {
                        "image": images[number // 5].pk,
                        "alt_text": f"A drawing for part {number // 5 + 1}",
                        "caption": "Drawn for this article",
                        "credit": "",
                        "licence": "",
                    },
                }
            )
    index = ArticleIndexPage.objects.get(locale=english)
    article = ArticlePage(
        title="Thirty names of the secret rearmament",
        slug=ARTICLE_SLUG,
        standfirst="People, places and machines of the years 1922 to 1933.",
        body=body,
        lead_image=images[0],
        lead_image_alt="A sketch map of the schools",
    )
    article.authors = [ArticleAuthor(contributor=Contributor.objects.first())]
    article.citations = [
        ArticleCitation(source=source)
        for source in sources_for(
            {
                "kind": "web",
                "title": f"Archive file {n}",
                "url": f"https://example.org/file/{n}",
            }
            for n in range(1, 11)
        )
    ]
    index.add_child(instance=article)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def _bytes_file(content: bytes):
    import io

    return io.BytesIO(content)


def queries_per_page(paths: dict[str, str]) -> dict[str, dict[str, int]]:
    """Count each page's queries in this process: rendered whole, and kept.

    "whole" is a render without the content cache; "kept" is the same page
    once the content cache holds what it keeps (the page cache, when it
    answers, costs none).
    """
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts: dict[str, dict[str, int]] = {"whole": {}, "kept": {}}
    for mode, seconds in (("whole", 0), ("kept", 600)):
        with override_settings(CONTENT_CACHE_SECONDS=seconds):
            for name in ("home", "article", "entry", "search"):
                # The first requests keep the site, then the locale
                # (core/caching/process_copies.py), and the fragments.
                for _ in range(3):
                    client.get(paths[name])
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(paths[name])
                assert response.status_code == 200, (name, response.status_code)
                counts[mode][name] = len(queries)
    return counts


def count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def free_port(port: int) -> None:
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            sys.exit(f"port {port} is taken: stop what listens there first")


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{url} did not answer within {seconds:.0f} s")


def server_command(server: str, workers: int) -> list[str]:
    """The command line of each server measured: granian as bin/web runs it."""
    gunicorn = [
        str(Path(PYTHON).parent / "gunicorn"),
        "--bind", f"127.0.0.1:{PORT}", "--workers", str(workers),
        "--max-requests", "5000", "--max-requests-jitter", "500", "--preload",
    ]  # fmt: skip
    if server == "gunicorn":
        return [*gunicorn, "--worker-class", "sync", "garrison.wsgi"]
    if server == "gunicorn-gthread":
        # Threads keep connections alive, which sync workers do not.
        return [
            *gunicorn,
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "garrison.wsgi",
        ]
    if server == "granian":
        return [str(ROOT / "bin" / "web")]
    raise ValueError(server)


@contextmanager
def running_server(server: str, workers: int, page_cache_seconds: int):
    """Start an application server on PORT and stop it on leaving."""
    free_port(PORT)
    environment = {
        **os.environ,
        **SERVER_ENVIRONMENT,
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "HOST": "127.0.0.1",
        "PORT": str(PORT),
        "WEB_CONCURRENCY": str(workers),
    }
    process = subprocess.Popen(
        server_command(server, workers),
        cwd=ROOT,
        env=environment,
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{PORT}/healthz")
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each process under the server's master, in MB."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines()
            )
        except (OSError, ValueError):
            continue
        if int(fields.get("PPid", "0").strip()) == master_pid:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sorted(sizes)


def wrk(url: str, options, script: str = "") -> Load:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + WRK_REPORT)
    try:
        output = subprocess.run(
            [
                "wrk",
                f"-t{options.threads}",
                f"-c{options.connections}",
                f"-d{options.duration}s",
                "--latency",
                "-s",
                lua.name,
                url,
            ],  # fmt: skip
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(lua.name)
    report = json.loads(output.strip().splitlines()[-1])
    return Load(
        requests_per_second=report["requests"] / (report["duration_us"] / 1e6),
        p50_ms=report["p50_us"] / 1000,
        p99_ms=report["p99_us"] / 1000,
        failures=report["socket_errors"] + report["non_2xx"],
    )


# Requests cycle through the paths; each thread counts the page cache's hits.
WRK_HITS = """
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) hits = 0; misses = 0; n = 0 end
paths = %(paths)s
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
response = function(status, headers, body)
  -- granian sends header names in lower case
  local status = headers["cache-status"] or headers["Cache-Status"]
  if status == "garrison; hit" then hits = hits + 1
  else misses = misses + 1 end
end
done = function(summary, latency, requests)
  local h, m = 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits"); m = m + thread:get("misses")
  end
  io.write(string.format('\\n{"hits": %%d, "misses": %%d}\\n', h, m))
end
"""


def hits_while_publishing(base: str, paths: dict[str, str], options) -> float:
    """The share of page-cache hits on unrelated pages, one published each second."""
    unrelated = json.loads(paths["unrelated"])
    for path in unrelated:
        warm(base + path)
    publisher = subprocess.Popen(
        [PYTHON, "-c", PUBLISHER, paths["target_id"], str(options.duration + 2)],
        cwd=ROOT,
        env={**os.environ, **SERVER_ENVIRONMENT},
    )
    lua = WRK_HITS % {"paths": "{" + ", ".join(f'"{p}"' for p in unrelated) + "}"}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        output = subprocess.run(
            ["wrk", f"-t{options.threads}", f"-c{options.connections}",
             f"-d{options.duration}s", "-s", script.name, base + unrelated[0]],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(script.name)
        publications = publisher.wait()
    report = json.loads(output.strip().splitlines()[-1])
    print(f"  {publications} publications; {report}")
    return report["hits"] / max(1, report["hits"] + report["misses"])


# Publishes the target article once a second for the given seconds, as an
# editor would; its exit status is how many publications it made.
PUBLISHER = """
import sys, time, django
django.setup()
from articles.models import ArticlePage
page = ArticlePage.objects.get(pk=int(sys.argv[1]))
end = time.monotonic() + float(sys.argv[2])
made = 0
while time.monotonic() < end:
    page.standfirst = f"Revised every second while the others are read ({made})."
    page.save_revision().publish()
    made += 1
    time.sleep(1)
sys.exit(min(made, 255))
"""


def warm(url: str) -> None:
    for _ in range(3):
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()


NGINX_CONF = """
daemon off;
{user}
worker_processes auto;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    include /etc/nginx/mime.types;
{site}
    server {{
        listen 127.0.0.1:{static_port};
        location / {{ root {run}/static-html; }}
    }}
}}
"""


def nginx_site(run: Path) -> str:
    """deploy/nginx/garrison.conf as it is, on plain HTTP and this run's paths."""
    site = (ROOT / "deploy" / "nginx" / "garrison.conf").read_text()
    proxy = (ROOT / "deploy" / "nginx" / "garrison_proxy.conf").read_text()
    (run / "garrison_proxy.conf").write_text(proxy)
    # The TLS server becomes a plain one on NGINX_PORT; the redirect goes.
    redirect_start = site.index("server {\n    listen 80;")
    redirect_end = site.index("}\n", redirect_start) + 2
    site = site[:redirect_start] + site[redirect_end:]
    replacements = {
        "listen 443 ssl http2;": f"listen 127.0.0.1:{NGINX_PORT};",
        "listen [::]:443 ssl http2;": "",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{PORT};",
        "/var/cache/nginx/garrison": str(run / "cache"),
        "/etc/nginx/garrison_proxy.conf": str(run / "garrison_proxy.conf"),
        "/srv/garrison/static_collected/": SERVER_ENVIRONMENT["STATIC_ROOT"] + "/",
        "/srv/garrison/data/media/": SERVER_ENVIRONMENT["MEDIA_ROOT"] + "/",
    }
    for old, new in replacements.items():
        assert old in site or old in proxy, old
        site = site.replace(old, new)
    kept = [
        line
        for line in site.splitlines()
        if not line.strip().startswith(("ssl_", "server_name"))
    ]
    return "\n".join("    " + line for line in kept)


@contextmanager
def running_nginx(article_html: bytes):
    run = Path(tempfile.mkdtemp(prefix="garrison-nginx-"))
    (run / "static-html").mkdir()
    (run / "static-html" / "article.html").write_bytes(article_html)
    (run / "nginx.conf").write_text(
        NGINX_CONF.format(
            # Run by root, nginx's workers would otherwise be www-data, who may
            # not read this run's temporary directory.
            user="user root;" if os.geteuid() == 0 else "",
            run=run,
            site=nginx_site(run),
            static_port=NGINX_PORT + 1,
        )
    )
    free_port(NGINX_PORT)
    process = subprocess.Popen(
        ["nginx", "-c", str(run / "nginx.conf"), "-p", str(run)],
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{NGINX_PORT + 1}/article.html", 10)
        yield run
    finally:
        process.send_signal(signal.SIGQUIT)
        process.wait(timeout=30)
        shutil.rmtree(run, ignore_errors=True)


def measure_server(server: str, paths: dict[str, str], options) -> dict:
    """Every page uncached and cached, and the beacon, on one server."""
    results: dict = {"uncached": {}, "cached": {}}
    base = f"http://127.0.0.1:{PORT}"
    with running_server(server, options.workers, page_cache_seconds=0) as process:
        results["rss_start_mb"] = worker_rss_mb(process.pid)
        # The floor: the middleware stack around a view that touches nothing.
        results["floor"] = wrk(base + "/healthz", options)
        print(f"  {server} /healthz        {results['floor'].row()}")
        for name in ("bare", "home", "article", "entry", "search"):
            warm(base + paths[name])
            results["uncached"][name] = wrk(base + paths[name], options)
            print(f"  {server} uncached {name:8}{results['uncached'][name].row()}")
        beacon = WRK_BEACON % {"page": int(paths["article_id"])}
        results["beacon"] = wrk(base + "/beacon/views/", options, beacon)
        print(f"  {server} beacon          {results['beacon'].row()}")
        results["rss_mb"] = worker_rss_mb(process.pid)
        print(f"  {server} worker RSS after the run: {results['rss_mb']} MB")
    with running_server(server, options.workers, page_cache_seconds=600) as process:
        # The app never keeps search results whole (core/caching/pages.NEVER_CACHED:
        # every query string would be a page of its own in Redis); the front
        # cache does, for its ten seconds, measured below.
        for name in ("home", "article", "entry"):
            warm(base + paths[name])
            results["cached"][name] = wrk(base + paths[name], options)
            print(f"  {server} cached   {name:8}{results['cached'][name].row()}")
        # A signed-in reader: past the page cache, the article from fragments.
        signed_in = WRK_COOKIE % {"cookie": paths["reader_cookie"]}
        results["signed_in"] = wrk(base + paths["article"], options, signed_in)
        print(f"  {server} signed-in article {results['signed_in'].row()}")
        results["hits_while_publishing"] = hits_while_publishing(base, paths, options)
        print(
            f"  {server} hits on unrelated pages while publishing: "
            f"{results['hits_while_publishing']:.1%}"
        )
        results["rss_cached_mb"] = worker_rss_mb(process.pid)
        if server == options.servers[0]:
            with urllib.request.urlopen(base + paths["article"]) as response:
                article_html = response.read()
            with running_nginx(article_html):
                front = f"http://127.0.0.1:{NGINX_PORT}{paths['article']}"
                warm(front)
                results["nginx_cached"] = wrk(front, options)
                print(f"  nginx micro-cache article{results['nginx_cached'].row()}")
                search = f"http://127.0.0.1:{NGINX_PORT}{paths['search']}"
                warm(search)
                results["nginx_search"] = wrk(search, options)
                print(f"  nginx micro-cache search {results['nginx_search'].row()}")
                static = f"http://127.0.0.1:{NGINX_PORT + 1}/article.html"
                results["nginx_static"] = wrk(static, options)
                print(f"  nginx static article     {results['nginx_static'].row()}")
    return results


def load_options(description: str) -> argparse.ArgumentParser:
    """The options of a benchmark that loads the site with wrk."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per load")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    return parser


def main() -> None:
    parser = load_options(__doc__)
    parser.add_argument("--servers", default="granian,gunicorn")
    options = parser.parse_args()
    options.servers = options.servers.split(",")
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is needed: apt-get install wrk nginx-light")

    os.environ.update(SERVER_ENVIRONMENT, PAGE_CACHE_SECONDS="0")
    ensure_database(DATABASE_URL)
    import django

    django.setup()
    started = time.perf_counter()
    paths = prepare()
    print(f"site ready in {time.perf_counter() - started:.1f} s: {paths}")
    queries = queries_per_page(paths)
    print("queries per page, rendered whole:", queries["whole"])
    print("queries per page, with the content cache:", queries["kept"])
    from django.db import connections

    connections.close_all()

    results = {
        server: measure_server(server, paths, options) for server in options.servers
    }
    print()
    print(
        f"wrk -t{options.threads} -c{options.connections} -d{options.duration}s, "
        f"{options.workers} workers, PostgreSQL and Redis on this machine"
    )
    for server, result in results.items():
        article = result["uncached"]["article"].requests_per_second
        bare = result["uncached"]["bare"].requests_per_second
        print(
            f"{server}: uncached article {article:,.0f} req/s "
            f"(target 300) = {article / bare:.0%} of a bare Wagtail page's "
            f"{bare:,.0f}, {count(queries['kept']['article'], 'query')} "
            f"({queries['whole']['article']} rendered whole; target 15); beacon "
            f"{result['beacon'].requests_per_second:,.0f} req/s (target 3,000); "
            f"largest worker {max(result['rss_mb'], default=0):.0f} MB (target 150)"
        )
        if "nginx_static" in result:
            static = result["nginx_static"].requests_per_second
            front = result["nginx_cached"].requests_per_second
            app = result["cached"]["article"].requests_per_second
            print(
                f"{server}: cached article through nginx {front:,.0f} req/s = "
                f"{front / static:.0%} of nginx's static {static:,.0f} (target 30%); "
                f"the app's own Redis cache {app:,.0f} req/s = {app / static:.0%}"
            )
    print()
    print(markdown_table(results, queries))


def load_cell(item: Load) -> str:
    return (
        f"{item.requests_per_second:,.0f} req/s, "
        f"p50 {item.p50_ms:.1f} / p99 {item.p99_ms:.1f} ms"
    )


def markdown_table(results: dict, queries: dict) -> str:
    """The figures as bench/README.md keeps them: a row a measure, a column a server."""
    servers = list(results)
    rows = [
        "| measure | " + " | ".join(servers) + " |",
        "|---|" + "---|" * len(servers),
    ]

    def row(label: str, cell) -> None:
        cells = " | ".join(cell(results[server]) for server in servers)
        rows.append(f"| {label} | {cells} |")

    row("/healthz (the stack's floor)", lambda r: load_cell(r["floor"]))
    row("a bare Wagtail page", lambda r: load_cell(r["uncached"]["bare"]))
    for name in ("home", "article", "entry", "search"):
        whole, kept = queries["whole"][name], queries["kept"][name]
        row(
            f"{name}, uncached ({count(kept, 'query')}; {whole} rendered whole)",
            lambda r, n=name: load_cell(r["uncached"][n]),
        )
    for name in ("home", "article", "entry"):
        row(f"{name}, Redis page cache", lambda r, n=name: load_cell(r["cached"][n]))
    row("article, a signed-in reader", lambda r: load_cell(r["signed_in"]))
    row(
        "page-cache hits on unrelated pages, one article published a second",
        lambda r: f"{r['hits_while_publishing']:.1%}",
    )
    ratios = (
        ("article rendered / bare", lambda r: r["uncached"]["article"]),
        ("article page cache hit / bare", lambda r: r["cached"]["article"]),
        ("article signed-in / bare", lambda r: r["signed_in"]),
        ("search / bare", lambda r: r["uncached"]["search"]),
    )

    def ratio(result: dict, measure) -> str:
        bare = result["uncached"]["bare"].requests_per_second
        return f"{measure(result).requests_per_second / bare:.2f}"

    for label, measure in ratios:
        row(label, lambda r, m=measure: ratio(r, m))
    row("beacon (every request a new reader)", lambda r: load_cell(r["beacon"]))
    for key, when in (
        ("rss_start_mb", "at start"),
        ("rss_mb", "after the run"),
        ("rss_cached_mb", "after the cached run"),
    ):
        row(
            f"worker RSS {when}",
            lambda r, k=key: " / ".join(f"{mb:.0f} MB" for mb in r[k]),
        )
    padding = " |" * (len(servers) - 1)
    for server, result in results.items():
        if "nginx_static" in result:
            share = (
                result["nginx_cached"].requests_per_second
                / result["nginx_static"].requests_per_second
            )
            rows.append(
                f"| article through deploy/ nginx ({server} behind) | "
                f"{load_cell(result['nginx_cached'])} = {share:.0%} of static |"
                + padding
            )
            rows.append(
                f"| search through deploy/ nginx ({server} behind) | "
                f"{load_cell(result['nginx_search'])} |" + padding
            )
            rows.append(
                "| nginx serving the saved article HTML | "
                f"{load_cell(result['nginx_static'])} |" + padding
            )
    return "\n".join(rows)


if __name__ == "__main__":
    main()
