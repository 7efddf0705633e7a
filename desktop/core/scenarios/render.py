"""Markdown → sanitised HTML for the app's text views.

Two locks, so that a hostile or careless file can never load anything or run anything:
1. Python-Markdown runs without its raw-HTML passes, so `<script>` in a file is shown as text.
2. nh3 then keeps only a small set of tags and attributes; links survive only with the app's
   own schemes (`technik:` cross-references, `#` anchors); every other href (http, file:,
   UNC paths, javascript:) is dropped and the link text stays. Images are never kept: the text
   views must not load anything.

And limits, checked on the raw text before Markdown sees it, so that a hostile or careless file
can never freeze the window: Python-Markdown is quadratic in runs of `[` and of emphasis marks
(`[`×30,000 took over a minute, `*_`×50,000 18 s) and recursive in nested quotes and lists (400
nested list levels end in a RecursionError). A text over a limit is not rendered; a short German
notice says why (`problem()`), and lint reports the same as an error. Each limit lies far above
what a scenario needs and keeps one render of a text at the limit well under 0.1 s.
"""

from __future__ import annotations

import html
import re
import threading

ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td",
    "span", "div", "dl", "dt", "dd", "sup", "sub", "del",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "div": {"class"},
                      "th": {"align"}, "td": {"align"}}
INTERNAL_SCHEMES = ("technik:", "szenario:", "#")

# One text shown at a time (a situation, a card, a node's lines): eight times the longest in
# the bundled library; Qt lays out 40,000 characters in about 50 ms on the GUI thread.
MAX_CHARS = 40_000
# Per paragraph (Markdown's inline work is per paragraph and quadratic in these marks).
MAX_BRACKETS = 150  # "[": links
MAX_EMPHASIS = 3_000  # "*" and "_"
MAX_BACKTICKS = 2_000
MAX_QUOTE_DEPTH = 10
MAX_INDENT = 80  # columns of leading blanks and ">" on a line: nested lists and quotes
_PREFIX = re.compile(r"[ \t>]*")
# Over MAX_QUOTE_DEPTH ">" or MAX_INDENT columns (a tab is at most 4) needs this long a prefix.
_LONG_PREFIX = re.compile(rf"^[ \t>]{{{min(MAX_QUOTE_DEPTH + 1, MAX_INDENT // 4 + 1)},}}",
                          re.M)
_MARKS = {"[": (MAX_BRACKETS, "eckige Klammern „[“"),
          "*_": (MAX_EMPHASIS, "Hervorhebungszeichen „*“ und „_“"),
          "`": (MAX_BACKTICKS, "Backticks „`“")}
# And per text: many paragraphs just under the limit must not add up to seconds either.
_TOTALS = {"[": 600, "*_": 5_000, "`": 5_000}
_local = threading.local()  # one converter per thread: large texts render off the GUI thread


def _converter():
    md = getattr(_local, "md", None)
    if md is None:
        import markdown

        md = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"],
                               output_format="html")
        # Raw HTML must never pass: drop the block and inline HTML processors, so it is escaped.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        _local.md = md
    return md


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def problem(markdown_text: str, first_line: int = 1, max_chars: int = MAX_CHARS) -> str | None:
    """Why this text is not rendered (German), or None when it is within every limit.

    Counting only, linear in the text. Markdown's inline work is per paragraph, so the marks
    are counted per paragraph (lines up to a blank one): a long text with many short bold
    phrases is fine, one paragraph of 30,000 "[" is not. Line numbers in the message count
    from `first_line` (the text's place in its file). `max_chars`: lint checks a whole stage,
    which the app shows as several texts, against a larger length.
    """
    if len(markdown_text) > max_chars:
        return (f"Der Text ist mit {_number(len(markdown_text))} Zeichen zu lang für die "
                f"Anzeige (höchstens {_number(max_chars)}).")
    crowded = False
    for marks, limit in _TOTALS.items():
        total = sum(markdown_text.count(c) for c in marks)
        if total > limit:
            return (f"Der Text enthält zu viele {_MARKS[marks][1]} ({_number(total)}; "
                    f"höchstens {_number(limit)}).")
        crowded = crowded or total > _MARKS[marks][0]
    # The line by line pass is needed only if one paragraph could be over a limit or a line
    # starts with a long prefix (both found at C speed): most texts skip it.
    if not crowded and _LONG_PREFIX.search(markdown_text) is None:
        return None
    counts = dict.fromkeys(_MARKS, 0)
    start = first_line
    for number, line in enumerate(markdown_text.split("\n"), first_line):
        prefix = _PREFIX.match(line).group()  # type: ignore[union-attr]  # always matches
        if len(prefix) == len(line):  # a blank line ends the paragraph
            counts = dict.fromkeys(_MARKS, 0)
            start = number + 1
            continue
        if prefix.count(">") > MAX_QUOTE_DEPTH:
            return (f"Zitate sind zu tief verschachtelt (Zeile {number}: {prefix.count('>')} "
                    f"Ebenen; höchstens {MAX_QUOTE_DEPTH}).")
        if len(prefix.expandtabs(4)) > MAX_INDENT:
            return (f"Zeile {number} ist zu weit eingerückt ({len(prefix.expandtabs(4))} "
                    f"Zeichen; höchstens {MAX_INDENT}): Listen oder Zitate sind zu tief "
                    "verschachtelt.")
        for marks, (limit, what) in _MARKS.items():
            counts[marks] += sum(line.count(c) for c in marks)
            if counts[marks] > limit:
                return (f"Der Absatz ab Zeile {start} enthält zu viele {what} (höchstens "
                        f"{_number(limit)} in einem Absatz).")
    return None


def notice(reason: str) -> str:
    """The HTML shown instead of a text that is not rendered."""
    return ("<p><b>Dieser Text wird nicht angezeigt.</b> " + escape(reason) + " Bitte "
            "wenden Sie sich an die Person, die ihn geschrieben hat; „gespraechskompass lint“ "
            "zeigt die Stelle.</p>")


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
    reason = problem(markdown_text)
    if reason is not None:
        return notice(reason)
    md = _converter()
    md.reset()
    try:
        converted = md.convert(markdown_text)
    except RecursionError:  # a structure the limits did not foresee: never a crash
        md.reset()
        return notice("Der Text ist zu tief verschachtelt.")
    return sanitize(converted)


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
