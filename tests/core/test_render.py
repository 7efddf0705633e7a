"""The renderer neutralises scripts, event handlers, remote and local references."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from desktop.core.scenarios.render import inline_html, to_html


class _Elements(HTMLParser):
    """Collects the real elements and attributes (escaped text does not count)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(html)
    return parser.tags

HOSTILE = [
    ("<script>alert(1)</script>", "<script"),
    ('<img src="x" onerror="alert(1)">', "<img"),
    ("[klick](javascript:alert(1))", "javascript:"),
    ("![bild](http://example.org/x.png)", "http://"),
    ("[link](https://example.org)", "https://"),
    ("![lokal](file:///etc/passwd)", "file:"),
    ("[lokal](file:///C:/Windows/win.ini)", "file:"),
    (r"![unc](\\server\share\bild.png)", "server"),
    (r"[unc](\\server\share\doc)", "\\\\server"),
    ("<a href='http://x' onclick='steal()'>x</a>", "<a href"),
    ("<iframe src='http://x'></iframe>", "<iframe"),
    ("<style>body{background:url(http://x)}</style>", "<style"),
    ('<svg onload="alert(1)"></svg>', "<svg"),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ("[x](//evil.example/x)", "evil.example/x\""),
]


@pytest.mark.parametrize("source,forbidden", HOSTILE)
def test_hostile_markup_is_neutralised(source, forbidden):
    """No raw HTML element, no event attribute, no external or local href/src survives."""
    html = to_html(source)
    for tag, attrs in elements(html):
        assert tag not in {"script", "img", "iframe", "style", "svg", "object", "embed"}
        assert not any(name.startswith("on") or name in {"src", "style"} for name in attrs)
        href = attrs.get("href")
        assert href is None or href.startswith(("technik:", "szenario:", "#")), href


def test_raw_html_is_shown_as_text():
    """Raw HTML in a scenario file is escaped, so the reader sees it instead of running it."""
    html = to_html("Text <b>fett</b> <script>x</script>")
    assert "&lt;b&gt;" in html and "&lt;script&gt;" in html


def test_ordinary_markdown_and_internal_links_survive():
    """Emphasis, lists, quotes, tables and technik: links render."""
    html = to_html("**fett** und *kursiv*\n\n- eins\n- zwei\n\n> Zitat\n\n"
                   "[Karte](technik:aktives-zuhoeren)\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    for part in ("<strong>fett</strong>", "<em>kursiv</em>", "<li>eins</li>", "<blockquote>",
                 'href="technik:aktives-zuhoeren"', "<table>"):
        assert part in html


def test_inline_html_drops_paragraph_wrapper():
    """A single line renders without the surrounding <p>."""
    assert inline_html("„Das ist *wichtig*.“") == "„Das ist <em>wichtig</em>.“"
