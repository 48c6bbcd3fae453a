"""The whole journey in Chromium: from "Join us" to a published article.

An applicant applies and confirms by the emailed link; a moderator accepts; the
new writer sets a password, writes an article with a source and submits it; an
editor approves; a moderator signs off; the article is public under the
writer's name, and the byline leads to their page.
"""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from articles.models import ArticlePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "garrison-demo"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def link_in_last_email(pattern: str) -> str:
    (link,) = re.findall(pattern, mail.outbox[-1].body)
    return link


def sign_in(browser, base: str, username: str, password: str = PASSWORD):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/admin/")
    return context, page


def page_action(page, label: str) -> None:
    """Choose an action from the page editor's footer menu."""
    try:
        page.get_by_role("button", name="More actions").click()
        with page.expect_navigation():
            page.get_by_role("button", name=label, exact=True).click()
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "journey-failure.png"), full_page=True)
        raise


def test_applicant_becomes_a_published_writer(chromium, live_server, demo_live):
    base = live_server.url

    # 1. Apply, and confirm the address by the emailed link.
    applicant = chromium.new_context()
    page = applicant.new_page()
    page.goto(base + "/join/")
    page.fill("#id_name", "Eva Horáková")
    page.fill("#id_email", "eva.horakova@example.org")
    page.check("input[name=languages][value=cs]")
    page.check("input[name=interests][value=writing]")
    page.fill("#id_experience", "I write about the Czechoslovak army of the 1930s.")
    page.check("#id_consent")
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Check your email"
    page.goto(link_in_last_email(r"(http://\S+/join/confirm/\S+/)"))
    page.click("button[type=submit]")
    assert "your address is confirmed" in page.locator("main").inner_text()

    # 2. A moderator accepts, as a Writer.
    moderator, admin = sign_in(chromium, base, "moderator")
    admin.goto(base + "/admin/applications/")
    admin.get_by_role("link", name="Eva Horáková").click()
    admin.check("input[name=decision][value=accept]")
    assert admin.is_checked("input[name=roles][value=Writer]")
    admin.fill("textarea[name=message]", "Welcome aboard.")
    admin.get_by_role("button", name="Save decision").click()
    assert "is accepted and invited" in admin.locator(".messages").inner_text()

    # 3. The new writer sets a password and signs in.
    welcome = mail.outbox[-1].body
    username = re.search(r"Your user name is (\S+)\.", welcome)[1]
    page.goto(link_in_last_email(r"(http://\S+/join/set-password/\S+/)"))
    page.fill("#id_new_password1", "Kazan-1929-tank-school")
    page.fill("#id_new_password2", "Kazan-1929-tank-school")
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Password set"
    writer, editor_page = sign_in(chromium, base, username, "Kazan-1929-tank-school")

    # 4. The writer writes an article with a source and submits it for review.
    magazine = ArticlePage.objects.first().get_parent()
    editor_page.goto(base + f"/admin/pages/add/articles/articlepage/{magazine.pk}/")
    editor_page.fill("#id_title", "Crews of the Kama school")
    editor_page.fill("#id_standfirst", "Who trained at Kazan, and what they learnt.")
    text = "Officers of the Reichswehr trained at Panzerschule Kama near Kazan."
    editor_page.locator(".c-sf-add-button").first.click()
    editor_page.locator("[role=option]", has_text="Paragraph").first.click()
    draft = editor_page.locator(".public-DraftEditor-content").first
    draft.click()
    editor_page.keyboard.type(text)
    expect(draft).to_have_text(text)
    editor_page.click("#id_authors-ADD")
    editor_page.get_by_role("button", name="Choose contributor").first.click()
    editor_page.locator(".modal-dialog a", has_text="Eva Horáková").first.click()
    # That chooser closed and its field holds her before the next one opens.
    expect(editor_page.locator(".modal-dialog")).to_have_count(0)
    expect(
        editor_page.locator("input[name='authors-0-contributor']")
    ).not_to_have_value("")
    # A book the library lacks: added to it from the source chooser.
    editor_page.click("#id_citations-ADD")
    editor_page.get_by_role("button", name="Choose source").first.click()
    modal = editor_page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Add to the library").click()
    modal.locator("select[name$='kind']").select_option("book")
    modal.locator("input[name$='title']").fill("Notes from the Kama school")
    modal.locator("input[name$='author']").fill("Jana Testová")
    modal.locator("input[name$='year']").fill("1999")
    modal.get_by_role("button", name="Add to the library").click()
    expect(
        editor_page.locator("[data-chooser-title]", has_text="Notes from the Kama")
    ).to_be_visible()
    # The chooser closed and its field holds the record before the form goes.
    expect(editor_page.locator(".modal-dialog")).to_have_count(0)
    expect(editor_page.locator("input[name='citations-0-source']")).not_to_have_value(
        ""
    )
    page_action(editor_page, "Submit to Magazine review")
    expect(editor_page.locator(".messages")).to_contain_text("submitted")
    writer.close()  # an open editor keeps pinging the server
    article = ArticlePage.objects.get(
        slug="crews-of-the-kama-school", alias_of__isnull=True
    )
    assert not article.live

    # 5. An editor approves; 6. a moderator signs off.
    editor, review = sign_in(chromium, base, "editor")
    review.goto(base + f"/admin/pages/{article.pk}/edit/")
    expect(review.locator(".public-DraftEditor-content").first).to_have_text(text)
    page_action(review, "Approve")
    editor.close()
    admin.goto(base + f"/admin/pages/{article.pk}/edit/")
    page_action(admin, "Approve and Publish")
    article.refresh_from_db()
    assert article.live

    # 7. The public sees it, under the writer's name.
    reader = chromium.new_context()
    public = reader.new_page()
    public.goto(base + article.url)
    byline = public.locator(".byline a[rel=author]")
    assert byline.inner_text() == "Eva Horáková"
    assert public.locator(".article__body a.entry-link").count() >= 1
    byline.click()
    assert public.locator("h1").inner_text() == "Eva Horáková"
    assert "Crews of the Kama school" in public.locator("main").inner_text()
    for context in (applicant, moderator, reader):
        context.close()
