"""Benchmark the discussion: posts accepted per second, and the article page's
rate for anonymous and signed-in readers while a moderator approves a post on
it every second.

Uses the site, database and production configuration of ``bench/pages.py``
(granian, two workers, PostgreSQL and Redis on this machine). Every figure is
read against a bare Wagtail page measured in the same run:

- posting: readers (a hundred, each with a session and a CSRF token) send
  discussion posts to the article's thread as fast as the server takes them;
  each accepted post waits in the moderators' queue;
- the article with the page cache on, quiet and while approving, for an
  anonymous reader (the page cache, refilled after each approval) and for a
  signed-in one (fragments; the thread's fragment is made again).

    .venv/bin/python bench/discussion.py [--duration 10]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pages
from pages import (
    PORT,
    PYTHON,
    ROOT,
    WRK_COOKIE,
    WRK_THREAD_IDS,
    running_server,
    warm,
    wrk,
)

READERS = 100

# Every reader may post as often as the load sends; posts wait for a moderator.
DISCUSSION_ENVIRONMENT = {
    "DISCUSSION_POSTS_PER_MINUTE": "100000000/m",
    "DISCUSSION_POSTS_PER_DAY": "100000000/d",
    "DISCUSSION_TRUSTED_AFTER": "100000000",
}

# Each request: the next reader's cookies and token, and a text of its own (the
# same text twice from one reader is a double submit, stored once).
WRK_POSTING = (
    WRK_THREAD_IDS
    + """
readers = {%(readers)s}
init = function(args) n = 0 end
request = function()
  n = n + 1
  local reader = readers[((id * 7919 + n) %% #readers) + 1]
  local body = "csrfmiddlewaretoken=" .. reader[2] .. "&kind=discussion"
    .. "&text=Post+%(run)s-" .. id .. "-" .. n .. "+of+the+benchmark."
    .. "&source-TOTAL_FORMS=0&source-INITIAL_FORMS=0"
    .. "&source-MIN_NUM_FORMS=0&source-MAX_NUM_FORMS=5"
  return wrk.format("POST", "%(path)s", {
    ["Cookie"] = reader[1],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end
"""
)

# Approves a new post on the article once a second for the given seconds, as a
# moderator would; its exit status is how many it approved.
APPROVER = """
import sys, time, django
django.setup()
from django.contrib.auth import get_user_model
from wagtail.models import Page
from discussion.posting import NewPost, approve, submit_post
page = Page.objects.get(pk=int(sys.argv[1])).specific
User = get_user_model()
author = User.objects.get(username="bench-reader-0")
moderator = User.objects.get(username="bench-moderator")
end = time.monotonic() + float(sys.argv[2])
made = 0
while time.monotonic() < end:
    post, _new = submit_post(page, author, NewPost("discussion", f"Approved {made}."))
    approve(post, moderator)
    made += 1
    time.sleep(1)
sys.exit(min(made, 255))
"""


def readers() -> list[tuple[str, str]]:
    """(cookie header, CSRF token) of each bench reader, made once."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string

    from readers.accounts import trust_address
    from readers.models import ReaderProfile

    get_user_model().objects.filter(username="bench-moderator").exists() or (
        get_user_model().objects.create_superuser("bench-moderator", "m@example.org")
    )
    made = []
    for number in range(READERS):
        user, _new = get_user_model().objects.get_or_create(
            username=f"bench-reader-{number}",
            defaults={"email": f"bench-reader-{number}@example.org"},
        )
        # Their emails would go to a mail server the bench does not have.
        ReaderProfile.objects.update_or_create(
            user=user,
            defaults={"display_name": f"Reader {number}", "email_frequency": "never"},
        )
        trust_address(user)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        token = _get_new_csrf_string()
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={token}"
        )
        made.append((cookie, token))
    return made


def pending_posts() -> int:
    from discussion.models import Post, PostStatus

    return Post.objects.filter(status=PostStatus.PENDING).count()


def while_approving(url: str, article_id: str, options, script: str = ""):
    """Load ``url`` while a moderator approves a post on the article each second."""
    approver = subprocess.Popen(
        [PYTHON, "-c", APPROVER, article_id, str(options.duration + 2)],
        cwd=ROOT,
        env={**os.environ, **pages.SERVER_ENVIRONMENT, **DISCUSSION_ENVIRONMENT},
    )
    try:
        return wrk(url, options, script)
    finally:
        print(f"  {approver.wait()} posts approved during the load")


def main() -> None:
    parser = pages.load_options(__doc__)
    options = parser.parse_args()

    os.environ.update(pages.SERVER_ENVIRONMENT, **DISCUSSION_ENVIRONMENT)
    pages.ensure_database(pages.DATABASE_URL)
    import django

    django.setup()
    paths = pages.prepare()
    sessions = readers()
    from django.db import connections

    connections.close_all()
    base = f"http://127.0.0.1:{PORT}"
    article = base + paths["article"]
    results = {}
    # The anchor, and posting, with the page cache off as in bench/pages.py.
    with running_server("granian", options.workers, page_cache_seconds=0):
        warm(base + paths["bare"])
        results["bare"] = wrk(base + paths["bare"], options)
        print(f"  bare Wagtail page          {results['bare'].row()}")
        before = pending_posts()
        lua = WRK_POSTING % {
            "readers": ", ".join(f'{{"{c}", "{t}"}}' for c, t in sessions),
            "path": f"/discussion/{paths['article_id']}/",
            # A text of this run's own: the same text again within ten
            # minutes is a double submit, stored once.
            "run": int(time.time()),
        }
        started = time.perf_counter()
        results["posting"] = wrk(base + f"/discussion/{paths['article_id']}/",
                                 options, lua)  # fmt: skip
        elapsed = time.perf_counter() - started
        accepted = pending_posts() - before
        print(f"  posting                    {results['posting'].row()}")
        print(f"  {accepted:,} posts in the queue: {accepted / elapsed:,.1f} a second")
        results["accepted_per_second"] = accepted / elapsed
    # The article as production serves it, with the page cache on; the
    # signed-in reader is one who has not posted (bench/pages.py's).
    signed_in = WRK_COOKIE % {"cookie": paths["reader_cookie"]}
    with running_server("granian", options.workers, page_cache_seconds=600):
        warm(article)
        results["anonymous"] = wrk(article, options)
        print(f"  anonymous article, quiet   {results['anonymous'].row()}")
        results["anonymous_approving"] = while_approving(
            article, paths["article_id"], options
        )
        print(f"  anonymous, approving       {results['anonymous_approving'].row()}")
        results["signed_in"] = wrk(article, options, signed_in)
        print(f"  signed-in article, quiet   {results['signed_in'].row()}")
        results["signed_in_approving"] = while_approving(
            article, paths["article_id"], options, signed_in
        )
        print(f"  signed-in, approving       {results['signed_in_approving'].row()}")

    bare = results["bare"].requests_per_second
    print()
    print("| measure | req/s | / bare page |")
    print("|---|---|---|")
    print(f"| bare Wagtail page, uncached (anchor) | {bare:,.0f} | 1.00 |")
    print(
        f"| posts accepted into the queue | {results['accepted_per_second']:,.1f}/s | "
        f"{results['accepted_per_second'] / bare:.2f} |"
    )
    for key, label in (
        ("anonymous", "article, anonymous, quiet"),
        ("anonymous_approving", "article, anonymous, a post approved each second"),
        ("signed_in", "article, signed in, quiet"),
        ("signed_in_approving", "article, signed in, a post approved each second"),
    ):
        rate = results[key].requests_per_second
        print(f"| {label} | {rate:,.0f} | {rate / bare:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
