"""Lighthouse's four category scores of the served site's pages, mobile.

Serves the production configuration as `make serve` does (bin/serve: granian,
DEBUG off, whitenoise's compressed static files; no Redis; media from granian,
as nginx would) on a free port of 127.0.0.1, runs Lighthouse on Debian's
Chromium (mobile, its default) over six English pages and prints their scores
(0-100) and, under a target, the failing audits and what they point at.

    .venv/bin/python bench/lighthouse.py [--database-url URL] [--lighthouse PATH]

Installs nothing. Get Lighthouse once (13.x asks for Node 22.19: on Node 20
three performance insights of no weight fail to run; 12.8.2 suits Node 20):

    npm install --no-save --prefix bench/.lighthouse lighthouse@13.5.0

--lighthouse or LIGHTHOUSE_BIN: the program or its folder (default
bench/.lighthouse, then node_modules/.bin); CHROME_PATH: the browser
(/usr/bin/chromium). Without --database-url (or BENCH_DATABASE_URL) the demo
is built in SQLite under /tmp (migrate, createcachetable, load_demo). The map
tiles' host is blocked in the browser (no internet here; a blocked request is
no console error) unless --no-block-tiles. Exits 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
LOOKS = ("", "lighthouse", "node_modules/.bin/lighthouse")  # in a folder given
INSTALL = "npm install --no-save --prefix bench/.lighthouse lighthouse@13.5.0"
PAGES = {
    "home": "/", "article": "/articles/lipetsk-flying-school/",
    "entry": "/encyclopedia/lipetsk/", "encyclopedia": "/encyclopedia/",
    "search": "/search/?q=lipetsk", "join": "/join/",
}  # fmt: skip
TARGETS = {"performance": 90, "accessibility": 100, "best-practices": 95, "seo": 100}
# Production over plain HTTP on this machine, as `make serve` runs it.
SERVER_ENVIRONMENT = {
    "GARRISON_ENV": "production", "DEBUG": "false", "REDIS_URL": "",
    "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key-bench-only",
    "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false", "SECURE_HSTS_SECONDS": "0", "EMBED_FINDERS": "",
    "LOG_LEVEL": "ERROR", "WEB_CONCURRENCY": "2", "SEARCH_RATE_LIMIT": "100000/m",
}  # fmt: skip
Report = dict[str, Any]


def lighthouse_program(given: str | None) -> Path:
    """The lighthouse executable: given, in a folder given, or by default."""
    places = [Path(given)] if given else [ROOT / "bench" / ".lighthouse", ROOT]
    for path in (place / name for place in places for name in LOOKS):
        if path.is_file() and os.access(path, os.X_OK):
            return path
    sys.exit(f"no lighthouse in {', '.join(map(str, places))}; get it: {INSTALL}")


def build_demo(environment: dict[str, str]) -> None:
    """The demo site in the database ``environment`` names, as `make demo`."""
    build = {**environment, "GARRISON_ENV": "development", "DEBUG": "true"}
    for command in (["migrate", "--noinput"], ["createcachetable"], ["load_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command, "--verbosity", "0"],
            cwd=ROOT, env=build, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


@contextmanager
def serving(environment: dict[str, str]) -> Iterator[str]:
    """bin/serve (collectstatic, then granian) on a free port; yield its address."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(ROOT / "bin" / "serve")],
        cwd=ROOT,
        env={**environment, "HOST": "127.0.0.1", "PORT": str(port)},
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while fetch(base + "/healthz") != 200:
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"bin/serve did not answer on {base} (exit {process.poll()})")
            time.sleep(0.5)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def fetch(url: str) -> int:
    """The status of a GET of ``url`` (0 when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except OSError as error:  # an HTTPError has its status
        return getattr(error, "code", 0)


def audit(program: Path, url: str, blocked: list[str]) -> Report:
    """Lighthouse's JSON report of ``url``: mobile, the four categories."""
    command = [
        str(program), url, "--chrome-flags=--headless=new --no-sandbox",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--output=json", "--output-path=stdout", "--quiet", "--locale=en-US",
        *(f"--blocked-url-patterns={pattern}" for pattern in blocked),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def score(report: Report, category: str) -> int | None:
    value = report["categories"][category]["score"]  # None: could not score
    return None if value is None else round(value * 100)


def subjects(details: dict[str, Any]) -> list[str]:
    """What an audit's details name: element and why, resource, message."""
    items = details.get("items") or []
    if isinstance(items, dict):  # a checklist: the checks not met
        return [check["label"] for check in items.values() if not check["value"]]
    if details.get("type") == "list":  # insights: tables within a list
        items = [row for table in items for row in table.get("items") or []]
    found = []
    for item in filter(lambda item: isinstance(item, dict), items):
        node = item.get("node") or {}
        source = item.get("sourceLocation") or item.get("source")
        why = " ".join(
            str(node.get("explanation") or item.get("description") or "").split()
        )
        where = node.get("selector") or item.get("url") or ""
        if not where and isinstance(source, dict):
            where = source.get("url", "")
        snippet = node.get("snippet", "")
        snippet = snippet[:100] + "…" if len(snippet) > 100 else snippet
        text = " | ".join(str(part) for part in (where, why, snippet) if part)
        if text:
            found.append(text)
    return found


def failing(report: Report, category: str) -> Iterator[str]:
    """Lines naming each failing audit of ``category`` and what it names."""
    for ref in report["categories"][category]["auditRefs"]:
        result = report["audits"][ref["id"]]
        if result["scoreDisplayMode"] == "error":
            yield f"  {ref['id']}: did not run ({result.get('errorMessage', '')})"
        if result["score"] is None or result["score"] >= 0.9:
            continue  # passed, or not scored (manual, not applicable, informative)
        shown = f" ({result['displayValue']})" if result.get("displayValue") else ""
        yield f"  {ref['id']}: {result['title']}{shown}"
        found = subjects(result.get("details") or {})
        yield from (f"    - {line}" for line in found[:5])
        if len(found) > 5:
            yield f"    - and {len(found) - 5} more"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--lighthouse", default=os.environ.get("LIGHTHOUSE_BIN"))
    parser.add_argument(
        "--block-tiles", action=argparse.BooleanOptionalAction, default=True
    )
    options = parser.parse_args()
    os.environ.setdefault("CHROME_PATH", "/usr/bin/chromium")  # never a download
    program = lighthouse_program(options.lighthouse)
    version = subprocess.run([program, "--version"], capture_output=True, text=True)
    tile_url = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/")
    tiles = urlsplit(tile_url).netloc.replace("{s}", "*")
    blocked = [f"*://{tiles}/*"] if tiles and options.block_tiles else []
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory(prefix="garrison-lighthouse-") as folder:
        environment = dict(os.environ, **SERVER_ENVIRONMENT)
        environment["STATIC_ROOT"] = f"{folder}/static"
        if options.database_url:
            environment["DATABASE_URL"] = options.database_url
            environment.setdefault("MEDIA_ROOT", str(ROOT / "data" / "media"))
        else:
            environment["DATABASE_URL"] = f"sqlite:///{folder}/demo.sqlite3"
            environment["MEDIA_ROOT"] = f"{folder}/media"
            started = time.perf_counter()
            build_demo(environment)
            print(f"demo built in {time.perf_counter() - started:.0f} s in {folder}")
        # Production's nginx serves the media (deploy/nginx); granian does here.
        environment["GRANIAN_STATIC_PATH_ROUTE"] = "/media"
        environment["GRANIAN_STATIC_PATH_MOUNT"] = environment["MEDIA_ROOT"]
        with serving(environment) as base:
            for name, path in PAGES.items():
                status = fetch(base + path)  # warm: templates, process copies
                if status != 200:
                    print(f"{name} {path}: HTTP {status}, not audited")
                    continue
                print(f"auditing {name} {path}", flush=True)
                reports[name] = audit(program, base + path, blocked)
    scores = {name: {c: score(r, c) for c in TARGETS} for name, r in reports.items()}
    targets = ", ".join(f"{category} {target}" for category, target in TARGETS.items())
    print(f"\nLighthouse {version.stdout.strip()}, mobile, {date.today()}; ", end="")
    print(f"targets {targets}; **under target**\n")
    print("| page | performance | accessibility | best practices | SEO |")
    print("|---|---|---|---|---|")
    for name, values in scores.items():
        under = {c for c, v in values.items() if v is None or v < TARGETS[c]}
        cells = [f"**{v}**" if c in under else str(v) for c, v in values.items()]
        print(f"| {name} `{PAGES[name]}` | {' | '.join(cells)} |")
    for name, report in reports.items():
        for category, value in scores[name].items():
            if value is None or value < TARGETS[category]:
                print(f"\n{name}, {category} {value} (target {TARGETS[category]}):")
                print("\n".join(failing(report, category)))
        for warning in report.get("runWarnings", []):
            print(f"\n{name}: Lighthouse warns: {' '.join(warning.split())}")
            requests = report["audits"]["network-requests"].get("details") or {}
            for request in requests.get("items", []):
                if not request.get("finished"):  # what held off network idle
                    print(f"  unfinished: {request['url']} ({request['priority']})")
        console = report["audits"].get("errors-in-console", {}).get("details") or {}
        if tiles and any(tiles.lstrip("*.") in line for line in subjects(console)):
            print(
                f"\n{name}: map tiles from {tiles} failed to load (no internet "
                "here) and cost best-practices points as console errors."
            )
    if blocked:
        print(f"\nMap tiles blocked in the browser ({blocked[0]}): not measured.")


if __name__ == "__main__":
    main()
