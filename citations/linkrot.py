"""Link rot: every cited address checked politely, and an archived copy kept.

The task worker checks the library's web addresses host by host
(``check_host``): one request at a time per host, ``LINK_CHECK_DELAY`` seconds
apart, only where the host's ``robots.txt`` allows it, with a User-Agent that
says who asks, and a timeout. A live address is checked again after
``LINK_CHECK_INTERVAL_DAYS``; a failing one sooner at first, then ever later
(back-off), and it is called dead after a 404 or 410 or after
``LINK_DEAD_AFTER`` failures in a row. For each live source the archive service
(``LINK_ARCHIVE_*``, the Internet Archive's by default) is asked for a
snapshot, and asked to make one where it has none; readers of a dead link get
the snapshot beside the original.
"""

from __future__ import annotations

import logging
import socket
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from ipaddress import ip_address
from time import sleep
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser
from uuid import uuid4

import requests
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from core.validators import http_url_validator

from .bibliography import citation_models
from .models import LinkStatus, Source

logger = logging.getLogger(__name__)

#: A failing address is tried again after this, doubled for each failure.
FIRST_RETRY = timedelta(hours=6)
MAX_RETRY = timedelta(days=30)


@dataclass(frozen=True)
class Outcome:
    status: str  # a LinkStatus
    code: int | None = None
    reason: str = ""


def user_agent() -> str:
    return settings.LINK_CHECK_USER_AGENT


def due_sources(now=None):
    """The web addresses that pages cite, due for a check."""
    now = now or timezone.now()
    cited = Q(pk__in=[])
    for model, _parent in citation_models():
        cited |= Q(pk__in=model.objects.values("source"))
    return Source.objects.exclude(url="").filter(
        cited, Q(url_check_after__isnull=True) | Q(url_check_after__lte=now)
    )


def due_hosts(now=None) -> dict[str, list[int]]:
    """The sources due for a check, by host: each host is checked on its own."""
    hosts: dict[str, list[int]] = defaultdict(list)
    for pk, url in due_sources(now).values_list("pk", "url").order_by("pk"):
        hosts[urlsplit(url).netloc.lower()].append(pk)
    return dict(hosts)


def check_host(host: str, source_ids: list[int]) -> int:
    """Check ``host``'s sources one after the other; return how many.

    Two workers never check one host at once: the second finds the host
    taken (a lock in the shared cache) and leaves it to the first.
    """
    lock, token = f"linkrot:host:{host}", uuid4().hex
    # Each address may take a HEAD, a GET and two archive requests.
    per_source = 4 * settings.LINK_CHECK_TIMEOUT + 3 * settings.LINK_CHECK_DELAY
    if not cache.add(lock, token, timeout=int(per_source * (len(source_ids) + 1)) + 60):
        return 0
    try:
        session = requests.Session()
        session.headers["User-Agent"] = user_agent()
        session.max_redirects = 5
        robots = _robots(session, host, source_ids)
        checked = 0
        for source in due_sources().filter(pk__in=source_ids).order_by("pk"):
            if checked:
                sleep(settings.LINK_CHECK_DELAY)
            if robots is not None and not robots.can_fetch(user_agent(), source.url):
                record(source, Outcome(LinkStatus.NOT_ALLOWED, reason="robots.txt"))
            else:
                record(source, check_url(session, source.url))
                if (
                    source.url_status != LinkStatus.NOT_ALLOWED
                    and not source.archive_url
                ):
                    sleep(settings.LINK_CHECK_DELAY)
                    # A copy is asked to be made of a live page only.
                    live = source.url_status == LinkStatus.LIVE
                    find_archived_copy(session, source, ask_to_save=live)
            checked += 1
        return checked
    finally:
        if cache.get(lock) == token:  # not another worker's, after a long run
            cache.delete(lock)


def _robots(session, host: str, source_ids: list[int]) -> RobotFileParser | None:
    """The host's robots.txt, read once; None where it has none. Where it
    cannot be read (no answer, a server error), nothing is allowed (RFC 9309)."""
    first = Source.objects.filter(pk__in=source_ids).values_list("url", flat=True)
    scheme = urlsplit(first[0]).scheme if first else "https"
    parser = RobotFileParser()
    try:
        response = session.get(
            f"{scheme}://{host}/robots.txt", timeout=settings.LINK_CHECK_TIMEOUT
        )
    except requests.RequestException:
        parser.disallow_all = True
        return parser
    if response.status_code in (401, 403) or response.status_code >= 500:
        parser.disallow_all = True
        return parser
    if response.status_code >= 400:
        return None
    parser.parse(response.text.splitlines())
    return parser


class RefusedAddress(Exception):
    """An address the checker does not ask: not on the public internet."""


def _public(url: str) -> None:
    """Refuse ``url`` unless its host is on the public internet: a cited
    address (or a redirect) must not make the server ask its own network."""
    if settings.LINK_CHECK_PRIVATE_ADDRESSES:
        return
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as error:
        raise requests.ConnectionError(f"{host}: no such host") from error
    if not all(ip_address(address.split("%")[0]).is_global for address in addresses):
        raise RefusedAddress(host)


def _ask(session, method: str, url: str):
    """``method`` ``url``, following up to five redirects, each checked."""
    for _hop in range(6):
        _public(url)
        response = session.request(
            method,
            url,
            timeout=settings.LINK_CHECK_TIMEOUT,
            allow_redirects=False,
            stream=method == "GET",
        )
        response.close()
        location = response.headers.get("Location")
        if not (response.is_redirect and location):
            return response
        url = urljoin(url, location)
    raise requests.TooManyRedirects(url)


def check_url(session, url: str) -> Outcome:
    """Ask for ``url`` as a browser would, without reading the page."""
    try:
        response = _ask(session, "HEAD", url)
        if response.status_code >= 400:
            # Servers that refuse HEAD, or answer it wrongly: ask for the page.
            response = _ask(session, "GET", url)
    except RefusedAddress:
        return Outcome(LinkStatus.NOT_ALLOWED, reason="not a public address")
    except requests.TooManyRedirects:
        return Outcome(LinkStatus.FAILING, reason="too many redirects")
    except requests.Timeout:
        return Outcome(LinkStatus.FAILING, reason="no answer in time")
    except requests.RequestException as error:
        return Outcome(LinkStatus.FAILING, reason=type(error).__name__)
    code = response.status_code
    if code < 400:
        return Outcome(LinkStatus.LIVE, code)
    if code in (401, 403):
        # The site turns the checker away; that says nothing of the page.
        return Outcome(LinkStatus.NOT_ALLOWED, code, "refused to the checker")
    if code in (404, 410):
        return Outcome(LinkStatus.DEAD, code, "gone")
    return Outcome(LinkStatus.FAILING, code, f"HTTP {code}")


def record(source: Source, outcome: Outcome) -> None:
    """Keep the outcome with the source, and when to check it again."""
    now = timezone.now()
    shown_before = source.url_status == LinkStatus.DEAD
    source.url_checked = now
    source.url_status_code = outcome.code
    if outcome.status == LinkStatus.LIVE:
        source.url_failures = 0
        source.url_status = LinkStatus.LIVE
        source.url_check_after = now + timedelta(days=settings.LINK_CHECK_INTERVAL_DAYS)
    elif outcome.status == LinkStatus.NOT_ALLOWED:
        source.url_status = LinkStatus.NOT_ALLOWED
        source.url_check_after = now + timedelta(days=settings.LINK_CHECK_INTERVAL_DAYS)
    else:
        source.url_failures += 1
        dead = (
            outcome.status == LinkStatus.DEAD
            or source.url_failures >= settings.LINK_DEAD_AFTER
        )
        source.url_status = LinkStatus.DEAD if dead else LinkStatus.FAILING
        doublings = min(source.url_failures - 1, 8)
        source.url_check_after = now + min(FIRST_RETRY * 2**doublings, MAX_RETRY)
    fields = [
        "url_checked",
        "url_status",
        "url_status_code",
        "url_failures",
        "url_check_after",
    ]
    if (source.url_status == LinkStatus.DEAD) != shown_before:
        # Readers see the change (a dead link, or one alive again): the pages
        # citing the source are rendered afresh (its save's cache signal).
        source.save(update_fields=fields)
    else:
        # Nothing a reader sees has changed: no page need be rendered again.
        Source.objects.filter(pk=source.pk).update(
            **{name: getattr(source, name) for name in fields}
        )
    logger.info("%s: %s %s", source.url, source.url_status, outcome.reason)


def find_archived_copy(session, source: Source, *, ask_to_save: bool = True) -> str:
    """The archive's snapshot of the source's address: the newest it has, or,
    where it has none, one it is asked to make (``ask_to_save``, for a live
    page). Kept with the source."""
    timeout = settings.LINK_CHECK_TIMEOUT
    try:
        response = session.get(
            settings.LINK_ARCHIVE_AVAILABILITY_URL.format(url=quote(source.url, "")),
            timeout=timeout,
        )
        snapshot = (
            response.json().get("archived_snapshots", {}).get("closest", {})
            if response.ok
            else {}
        )
        if snapshot.get("available") and snapshot.get("url"):
            http_url_validator(snapshot["url"])  # an address readers may follow
            source.archive_url = snapshot["url"][:1000]
            source.save(update_fields=["archive_url"])
            return source.archive_url
        if ask_to_save and settings.LINK_ARCHIVE_SAVE_URL:
            sleep(settings.LINK_CHECK_DELAY)
            session.get(
                settings.LINK_ARCHIVE_SAVE_URL.format(url=source.url), timeout=timeout
            )
    except (requests.RequestException, ValueError, ValidationError) as error:
        logger.info("archive: %s for %s", type(error).__name__, source.url)
    return ""
