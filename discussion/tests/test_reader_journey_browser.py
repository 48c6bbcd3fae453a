"""In Chromium, in each language: a reader signs up, confirms by the emailed
link, offers a sourced addition (sent by the page's script) and sees it wait;
a moderator approves it and everyone reads it; the reader is told by email
and on the notifications page, and answers a post without leaving the page;
the addition is folded into the entry, which then cites the source and names
the reader; the email's one-click link stops the emails."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from encyclopedia.models import PlacePage
from readers.models import ReaderProfile

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Kazan-1929-tank-school"

# What each language's pages say at each step.
WORDS = {
    "cs": {
        "prefix": "/cs",
        "text": "Letiště mělo od roku 1928 druhou vzletovou dráhu.",
        "changes": "Druhá vzletová dráha od roku 1928",
        "thanks": "Váš příspěvek čeká na moderátora",
        "waiting": "čeká na moderátora",
        "accessed": "navštíveno 20. 11. 2026",
        "count": "diskuse: 3 příspěvky",  # two of the demo's and hers
        "published": "je zveřejněn",
        "your_reply": "Vaše odpověď",
        "take_part": "Zapojte se",
        "reply": "Díky, to jsem nevěděla.",
    },
    "en": {
        "prefix": "",
        "text": "The airfield had a second runway from 1928.",
        "changes": "A second runway from 1928",
        "thanks": "Your post waits for a moderator",
        "waiting": "waiting for a moderator",
        "accessed": "accessed 20 November 2026",
        "count": "discussion: 1 post",
        "published": "is published",
        "your_reply": "Your reply",
        "take_part": "Take part",
        "reply": "Thank you, I did not know that.",
    },
}


@pytest.mark.parametrize("language", ["cs", "en"])
def test_a_readers_sourced_addition_becomes_part_of_the_entry(
    chromium, live_server, demo_live, language
):
    words = WORDS[language]
    base = live_server.url
    entry = PlacePage.objects.live().get(locale__language_code=language, slug="lipetsk")

    # 1. Sign up and confirm by the emailed link.
    reader = chromium.new_context(viewport={"width": 390, "height": 900})
    page = reader.new_page()
    page.goto(base + words["prefix"] + "/accounts/signup/")
    page.fill("#id_display_name", "Jana Nováková")
    page.fill("#id_email", "jana@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body)
    page.goto(base + urlsplit(link[0]).path)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.locator(".site-account a").first.inner_text() == "Jana Nováková"

    # 2. An addition with its source, under the entry, sent by the page's
    # script; it waits, and the form is ready again.
    page.goto(base + entry.url)
    page.check("input[name=kind][value=addition]")
    page.fill("#id_text", words["text"])
    page.fill("#id_changes", words["changes"])
    page.fill("#id_source-0-title", "Die geheime Fliegerschule")
    page.fill("#id_source-0-url", "https://example.org/lipetsk")
    page.fill("#id_source-0-accessed", "2026-11-20")
    page.click("#discussion-form button[type=submit]")
    expect(page.locator(".post-form__status")).to_contain_text(words["thanks"])
    assert page.locator("#id_text").input_value() == ""
    waiting = page.locator(".thread__pending")
    assert words["changes"] in waiting.inner_text()
    assert words["waiting"] in waiting.inner_text().lower()  # a badge
    assert words["accessed"] in waiting.inner_text()

    # 3. A moderator approves it in the admin's queue.
    admin = chromium.new_context().new_page()
    admin.goto(base + "/admin/login/")
    admin.fill("#id_username", "moderator")
    admin.fill("#id_password", "garrison-demo")
    admin.click("button[type=submit]")
    admin.wait_for_url(base + "/admin/")
    mail.outbox.clear()
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
    assert words["count"] in thread.inner_text().lower()  # a heading in capitals

    # 5. The reader is told: by email, in the header, on the notifications page.
    (email,) = mail.outbox
    assert email.to == ["jana@example.org"] and words["published"] in email.body
    unsubscribe = email.extra_headers["List-Unsubscribe"].strip("<>")
    page.goto(base + entry.url)
    assert "1" in page.locator(".site-account .count").inner_text()
    page.locator(".site-account__notifications").click()
    assert words["published"] in page.locator(".notifications").inner_text()

    # 6. She answers a post; the form comes under it and the page stays.
    page.goto(base + entry.url)
    page.locator(".thread__item .post").first.locator(".post__actions a").first.click()
    form = page.locator("#discussion-form")
    assert form.locator("h3").inner_text() == words["your_reply"]
    assert page.locator(".thread__item #discussion-form").count() == 1
    form.locator("textarea").fill(words["reply"])
    form.locator("button[type=submit]").click()
    expect(page.locator(".thread__pending")).to_contain_text(words["reply"])
    assert form.locator("h3").inner_text() == words["take_part"]

    # 7. The moderator folds the addition into the entry and publishes it.
    admin.goto(base + "/admin/discussion/?status=approved&kind=addition")
    admin.locator("table a", has_text="Addition or correction").first.click()
    admin.get_by_role("button", name="Fold into the page").click()
    admin.wait_for_url("**/edit/")
    # The page now cites the library's record of the reader's source.
    chosen = admin.locator("[data-chooser-title]").all_inner_texts()
    assert any("Die geheime Fliegerschule" in title for title in chosen)
    admin.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    with admin.expect_navigation():
        admin.locator("button[name=action-publish]").click()
    anonymous.goto(base + entry.url)
    assert "Die geheime Fliegerschule" in anonymous.locator(".sources").inner_text()
    assert "Jana Nováková" in anonymous.locator(".contributed-by").inner_text()

    # 8. One click, as a mail client makes it, stops the emails.
    response = reader.request.post(
        base + urlsplit(unsubscribe).path,
        form={"List-Unsubscribe": "One-Click"},
    )
    assert response.status == 200
    profile = ReaderProfile.objects.get(user__email="jana@example.org")
    assert profile.email_frequency == "never"
