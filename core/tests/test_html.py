from core.html import (
    find_unsafe_markup,
    html_to_text,
    sanitise_ad_html,
    split_top_level,
)


def test_split_keeps_every_character_and_names_each_top_level_tag():
    html = (
        '<p data-block-key="a">One <b>bold</b></p>\n'
        "<ul><li><p>x</p></li></ul><p>Two</p>"
    )
    fragments = split_top_level(html)
    assert [fragment.tag for fragment in fragments] == ["p", "ul", "p"]
    assert "".join(fragment.html for fragment in fragments) == html


def test_split_handles_void_elements_entities_and_loose_text():
    html = "<p>a &amp; b<br>c</p><hr>tail &amp; more"
    fragments = split_top_level(html)
    assert [fragment.tag for fragment in fragments] == ["p", "hr", None]
    assert "".join(fragment.html for fragment in fragments) == html


def test_split_of_empty_html_is_empty():
    assert split_top_level("") == []
    assert split_top_level("   ") == []


def test_unsafe_markup_is_named():
    problems = find_unsafe_markup(
        '<script>alert(1)</script><img src=x onerror="alert(1)">'
        '<a href=" JavaScript:alert(1)">x</a><iframe src="https://x"></iframe>'
    )
    assert problems == [
        "<script> element",
        "onerror attribute on <img>",
        "javascript: address in href",
        "<iframe> element",
    ]


def test_plain_ad_markup_is_safe():
    assert find_unsafe_markup('<p><a href="https://a.example/">Museum</a></p>') == []


def test_sanitiser_strips_scripts_and_marks_links_sponsored():
    clean = sanitise_ad_html(
        '<p onclick="x()">Hi<script>alert(1)</script> <a href="https://a.example/">a</a></p>'
    )
    assert "script" not in clean
    assert "onclick" not in clean
    assert 'rel="sponsored noopener"' in clean


def test_html_to_text_drops_elements_and_reads_entities_once():
    assert (
        html_to_text("<p>Tanks &amp;\n <b>gas</b></p><script>x()</script> &lt;svg&gt;")
        == "Tanks & gas <svg>"
    )
