"""Seed text is data: nothing in it can become markup, links, templates or reordering."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from generator import escape

PAYLOAD = (
    "<script>alert(1)</script> {{ 7*7 }} {% if x %} [link](http://evil.example) "
    "*em* _u_ `code` # not heading | cell | {: .attr } ![img](x.png) :smile: \u202eevil\u200b"
)


def test_text_has_no_markup_characters_left() -> None:
    out = escape.text(PAYLOAD)
    bare = re.sub(r"&(#\d+|[a-z]+);", "", out)
    assert not set("<>[](){}*_`#|!:\"'&") & set(bare)
    assert html.unescape(out) == escape.visible_controls(PAYLOAD)
    assert "&lt;script&gt;" in out
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in out


def test_bidi_and_zero_width_controls_become_visible_marks() -> None:
    out = escape.text("a\u202eb\u200bc")
    assert "\u202e" not in out and "\u200b" not in out
    assert "⟨U+202E⟩" in html.unescape(out) and "⟨U+200B⟩" in html.unescape(out)


def test_urls_only_http() -> None:
    assert escape.url("javascript:alert(1)") == "#"
    assert escape.url(None) == "#"
    assert (
        escape.url("https://example.org/a?b=1&c=2")
        == "https&#58;//example.org/a?b&#61;1&amp;c&#61;2"
    )


def test_addresses_are_shown_decoded_unless_that_could_mislead() -> None:
    arabic = "https://www.alalam.ir/news/6695823/%D9%85%D9%82%D8%A7%D8%AA%D9%84%D9%88"
    assert escape.readable_url(arabic) == "https://www.alalam.ir/news/6695823/مقاتلو"
    # a decoded bidi override or space could make the address read as another one
    for hidden in ("%E2%80%AE", "%E2%80%8B", "%20", "%0A"):
        tricky = f"https://example.org/a{hidden}b"
        assert escape.readable_url(tricky) == tricky
    # decoded markup is text like any other: finalize escapes it
    shown = escape.value(escape.readable_url("https://example.org/%3Cscript%3E"))
    assert shown == escape.text("https://example.org/<script>") and "<" not in shown


def test_finalize_passes_template_markup_and_escapes_everything_else() -> None:
    assert escape.value(Markup("<b>ok</b>")) == "<b>ok</b>"
    assert escape.value("<b>") == "&lt;b&gt;"
    assert escape.value(None) == ""


def test_controls_are_plain_text_marks_safe_in_attributes_titles_and_xml() -> None:
    hostile = 'a\u200fb\u0096c\x01d" onmouseover="x'
    out = escape.text(hostile)
    assert "<" not in out and '"' not in out
    shown = html.unescape(out)
    assert "⟨U+200F⟩" in shown and "⟨U+0096⟩" in shown and "⟨U+0001⟩" in shown
    import yaml

    title = yaml.safe_load(f"title: {escape.front_matter(hostile)}")["title"]
    assert html.unescape(title) == 'a⟨U+200F⟩b⟨U+0096⟩c⟨U+0001⟩d" onmouseover="x'
    assert str(escape.xml_value("x\x01y")) == "x⟨U+0001⟩y"
