"""A reader follows a footnote to its source and back; on paper the sources are
the notes at the end, numbered as the text cites them."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_footnote_leads_to_its_source_and_back_and_prints_as_a_note(
    chromium, live_server, demo_live
):
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto(live_server.url + "/articles/lipetsk-flying-school/")

    reference = page.locator(".article__body sup.reference").first
    number = reference.locator("a").inner_text().split("[")[-1].rstrip("]")
    anchor = reference.get_attribute("id")
    reference.locator("a").click()
    assert page.url.endswith(f"#source-{number}")
    source = page.locator(f"#source-{number}")
    assert source.is_visible()
    source.locator(f'.source__backlinks a[href="#{anchor}"]').click()
    assert page.url.endswith(f"#{anchor}")

    page.emulate_media(media="print")
    assert reference.is_visible()
    assert page.locator(".sources").is_visible()
    assert not source.locator(".source__backlinks").is_visible()
    assert not page.locator(".sources__downloads").is_visible()
    page.close()


def test_an_editor_marks_a_claim_with_a_source_in_the_rich_text(
    chromium, live_server, demo_live
):
    from articles.models import ArticlePage
    from citations.footnotes import body_footnotes

    article = ArticlePage.objects.get(
        locale__language_code="en", slug="lipetsk-flying-school"
    )
    fourth = list(article.citations.all())[3].source
    editor = chromium.new_context(viewport={"width": 1366, "height": 1000}).new_page()
    editor.goto(live_server.url + "/admin/login/")
    editor.fill("#id_username", "editor")
    editor.fill("#id_password", "garrison-demo")
    editor.click("button[type=submit]")
    editor.wait_for_url(live_server.url + "/admin/")
    editor.goto(live_server.url + f"/admin/pages/{article.pk}/edit/")

    # The paragraph that cites nothing: select its last words, press "Cite".
    block = editor.locator(
        ".public-DraftStyleDefault-block", has_text="The second part of this series"
    )
    block.click()
    editor.keyboard.press("End")
    editor.keyboard.down("Shift")
    for _ in range(len("the chemists to the Volga.")):
        editor.keyboard.press("ArrowLeft")
    editor.keyboard.up("Shift")
    editor.get_by_role("button", name="Cite a source for the selected words").click()
    dialog = editor.locator("dialog.citation-dialog")
    assert "Lipetsk" in dialog.locator("#citation-source").inner_text()
    dialog.locator("#citation-source").select_option(str(fourth.pk))
    dialog.locator("#citation-locator").fill("section 2")
    dialog.get_by_role("button", name="Cite", exact=True).click()
    claim = block.locator(".citation-claim")
    assert claim.get_attribute("data-reference") == "4: section 2"
    # Draftail writes its state to the form a moment after a change.
    editor.wait_for_function(
        "[...document.querySelectorAll('input[name$=\"-value\"]')]"
        ".some((input) => input.value.includes('section 2'))"
    )
    editor.get_by_role("button", name="Save draft").click()
    editor.wait_for_url(f"**/admin/pages/{article.pk}/edit/")
    assert "has been updated" in editor.locator(".messages").inner_text()

    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    added = [n for n in body_footnotes(draft.body) if "Volga" in n.claim]
    assert [(n.claim, n.source_id, n.locator) for n in added] == [
        ("the chemists to the Volga.", fourth.pk, "section 2")
    ]
