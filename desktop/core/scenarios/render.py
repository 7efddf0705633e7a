"""Markdown → sanitised HTML for the app's text views.

Two locks, so that a hostile or careless file can never load anything or run anything:
1. Python-Markdown runs without its raw-HTML passes, so `<script>` in a file is shown as text.
2. nh3 then keeps only a small set of tags and attributes; links survive only with the app's
   own schemes (`technik:` cross-references, `#` anchors); every other href (http, file:,
   UNC paths, javascript:) is dropped and the link text stays. Images are never kept: the text
   views must not load anything.
"""

from __future__ import annotations

import html
from functools import lru_cache

ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td",
    "span", "div", "dl", "dt", "dd", "sup", "sub", "del",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "div": {"class"},
                      "th": {"align"}, "td": {"align"}}
INTERNAL_SCHEMES = ("technik:", "szenario:", "#")


@lru_cache(maxsize=1)
def _converter():
    import markdown

    md = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"],
                           output_format="html")
    # Raw HTML must never pass: drop the block and inline HTML processors, so it is escaped.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    return md


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        cleaned = value.strip()
        return cleaned if cleaned.startswith(INTERNAL_SCHEMES) else None
    return value


def sanitize(fragment: str) -> str:
    """Keep only harmless markup; drop every external or script-capable reference."""
    import nh3

    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"technik", "szenario"},
        link_rel=None,
        strip_comments=True,
        attribute_filter=_attribute_filter,
    )


def to_html(markdown_text: str | None) -> str:
    """Render a Markdown fragment to sanitised HTML (empty for None)."""
    if not markdown_text:
        return ""
    md = _converter()
    md.reset()
    return sanitize(md.convert(markdown_text))


def inline_html(markdown_text: str | None) -> str:
    """Render one line of inline Markdown (a choice, a spoken line) without the <p> wrapper."""
    rendered = to_html(markdown_text)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def escape(text: str) -> str:
    """Plain text for HTML: anything imported from outside is shown, never interpreted."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def style_sheet(*, text: str = "#1b1b1b", muted: str = "#4a4a4a", accent: str = "#1f4e79",
                quote_bg: str = "#f1f4f8", scale: float = 1.0) -> str:
    """CSS for QTextBrowser documents; colours come from the palette so high contrast works."""
    return f"""
body {{ color: {text}; line-height: 140%; }}
h1 {{ font-size: {1.6 * scale:.2f}em; color: {accent}; margin: 0 0 8px 0; }}
h2 {{ font-size: {1.3 * scale:.2f}em; color: {accent}; margin: 14px 0 6px 0; }}
h3 {{ font-size: {1.1 * scale:.2f}em; color: {accent}; margin: 12px 0 4px 0; }}
p {{ margin: 4px 0 8px 0; }}
blockquote {{ background: {quote_bg}; margin: 6px 0 6px 12px; padding: 6px; color: {muted}; }}
li {{ margin-bottom: 4px; }}
code {{ font-family: monospace; }}
.muted {{ color: {muted}; }}
a {{ color: {accent}; }}
"""
