"""In Chromium, in Czech: a reader signs up, confirms, offers a sourced
addition, sees it wait; a moderator approves it; everyone reads it; the
moderator folds it into the entry, which then names the reader."""

import os
import re

import pytest
from django.core import mail
from django.core.management import call_command

from encyclopedia.models import PlacePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Kazan-1929-tank-school"


def test_a_reader_adds_a_sourced_fact_that_a_moderator_approves(chromium, live_server):
    call_command("load_demo", stdout=open(os.devnull, "w"))
    base = live_server.url
    entry = PlacePage.objects.live().get(locale__language_code="cs", slug="lipetsk")

    # 1. Sign up in Czech and confirm by the emailed link.
    reader = chromium.new_context(viewport={"width": 390, "height": 900})
    page = reader.new_page()
    page.goto(base + "/cs/accounts/signup/")
    page.fill("#id_display_name", "Jana Nováková")
    page.fill("#id_email", "jana@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("main button[type=submit]")
    link = re.search(
        r"https?://\S+/cs/accounts/confirm-email/\S+/", mail.outbox[-1].body
    )
    page.goto(link[0])
    page.click("main button[type=submit]")
    assert page.locator(".site-account a").first.inner_text() == "Jana Nováková"

    # 2. An addition with its source, under the entry; it waits.
    page.goto(base + entry.url)
    page.check("input[name=kind][value=addition]")
    page.fill("#id_text", "Letiště mělo od roku 1928 druhou vzletovou dráhu.")
    page.fill("#id_changes", "Druhá vzletová dráha od roku 1928")
    page.fill("#id_source-0-title", "Die geheime Fliegerschule")
    page.fill("#id_source-0-url", "https://example.org/lipetsk")
    page.fill("#id_source-0-accessed", "2026-11-20")
    page.click("#discussion-form button[type=submit]")
    assert "čeká na moderátora" in page.locator(".messages").inner_text()
    waiting = page.locator(".thread__pending")
    assert "Druhá vzletová dráha" in waiting.inner_text()
    assert "čeká na moderátora" in waiting.inner_text().lower()  # a badge
    assert "navštíveno 20. 11. 2026" in waiting.inner_text()

    # 3. A moderator approves it in the admin's queue.
    moderator = chromium.new_context()
    admin = moderator.new_page()
    admin.goto(base + "/admin/login/")
    admin.fill("#id_username", "moderator")
    admin.fill("#id_password", "garrison-demo")
    admin.click("button[type=submit]")
    admin.goto(base + "/admin/discussion/?status=pending")
    admin.locator("table a", has_text="Addition or correction").first.click()
    admin.get_by_role("button", name="Approve").click()
    assert "The post is approved." in admin.locator(".messages").inner_text()

    # 4. Anyone reads it, with its source and the reader's name.
    anonymous = chromium.new_context().new_page()
    anonymous.goto(base + entry.url)
    thread = anonymous.locator("#discussion")
    assert "Jana Nováková" in thread.inner_text()
    assert "Die geheime Fliegerschule" in thread.inner_text()
    assert (
        "diskuse: 1 příspěvek" in thread.inner_text().lower()
    )  # a heading in capitals

    # 5. The reader is told, in the header and on the notifications page.
    page.reload()
    assert "1" in page.locator(".site-account .count").inner_text()
    page.locator(".site-account__notifications").click()
    assert "je zveřejněn" in page.locator(".notifications").inner_text()

    # 6. The moderator folds it into the entry and publishes it.
    admin.goto(base + "/admin/discussion/?status=approved&kind=addition")
    admin.locator("table a", has_text="Addition or correction").first.click()
    admin.get_by_role("button", name="Fold into the page").click()
    admin.wait_for_url("**/edit/")
    titles = admin.locator("input[name$='-title'][name^='sources-']")
    assert "Die geheime Fliegerschule" in [
        titles.nth(number).input_value() for number in range(titles.count())
    ]
    admin.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    admin.locator("button[name=action-publish]").click()
    anonymous.goto(base + entry.url)
    assert "Jana Nováková" in anonymous.locator(".contributed-by").inner_text()
