"""A small line-based reader for the Markdown subset the scenario format gives meaning to.

Python-Markdown renders, but it does not say on which line a list item or a block quote stands,
and the linter must name the line at fault. This reader splits a run of lines into top-level
blocks (paragraphs, lists with their items, block quotes, fenced code) and keeps each one's
1-based file line. Everything it does not interpret stays Markdown text for the renderer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LIST_ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+|$)(.*)$")
QUOTE = re.compile(r"^ {0,3}>[ ]?(.*)$")


@dataclass
class Line:
    number: int  # 1-based line of the file
    text: str


@dataclass
class Heading:
    level: int
    title: str
    line: int


@dataclass
class Item:
    """A top-level list item: its first line's text, continuation and nested lines."""

    line: int
    text: str
    children: list[Line] = field(default_factory=list)

    def quote(self) -> tuple[str | None, int]:
        """The item's indented block quote (its feedback) and the quote's line, if any."""
        parts: list[str] = []
        first = 0
        for child in self.children:
            m = QUOTE.match(child.text.strip("\t").lstrip(" "))
            if m and child.text[:1] in (" ", "\t"):
                parts.append(m.group(1))
                first = first or child.number
        if not parts:
            return None, 0
        return join_paragraphs(parts), first

    def body_lines(self) -> list[Line]:
        """Nested lines that are not part of the feedback quote."""
        return [c for c in self.children if not QUOTE.match(c.text.lstrip(" \t"))]

    def full_text(self) -> str:
        """The item text with its continuation lines (not the quote), dedented."""
        rest = [c.text.strip() for c in self.body_lines()]
        return "\n".join([self.text, *rest]).strip()


@dataclass
class Block:
    """A top-level block: kind is 'paragraph', 'list', 'quote', 'code' or 'other'."""

    kind: str
    line: int
    lines: list[Line]
    items: list[Item] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.kind == "quote":
            return join_paragraphs([m.group(1) if (m := QUOTE.match(ln.text))
                                    else ln.text.strip() for ln in self.lines])
        return "\n".join(ln.text for ln in self.lines).strip()


def join_paragraphs(parts: list[str]) -> str:
    """Join quote lines: single newlines inside a paragraph, blank lines between paragraphs."""
    return "\n".join(p.rstrip() for p in parts).strip()


def split_lines(text: str) -> list[str]:
    """Split on LF or CRLF only: other Unicode separators must not shift line numbers."""
    lines = text.split("\n")
    return [ln[:-1] if ln.endswith("\r") else ln for ln in lines]


def heading(text: str) -> Heading | None:
    if not text.lstrip(" ")[:1] == "#":  # most lines: skip the regex
        return None
    m = HEADING.match(text)
    if not m:
        return None
    return Heading(len(m.group(1)), (m.group(2) or "").strip(), 0)


def sections(lines: list[Line], level: int) -> tuple[list[Line], list[tuple[Heading, list[Line]]]]:
    """Split lines at headings of exactly `level`, outside fenced code.

    Returns the lines before the first such heading and a list of (heading, its lines).
    """
    before: list[Line] = []
    parts: list[tuple[Heading, list[Line]]] = []
    fence: str | None = None
    for ln in lines:
        text = ln.text
        fm = FENCE.match(text) if ("`" in text or "~" in text) else None
        if fence is not None:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence):
                fence = None
        elif fm:
            fence = fm.group(1)
        else:
            h = heading(ln.text)
            if h is not None and h.level == level:
                h.line = ln.number
                parts.append((h, []))
                continue
        (parts[-1][1] if parts else before).append(ln)
    return before, parts


def blocks(lines: list[Line]) -> list[Block]:
    """Split a run of lines into top-level blocks."""
    out: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if not ln.text.strip():
            i += 1
            continue
        fm = FENCE.match(ln.text)
        if fm:
            marker = fm.group(1)
            j = i + 1
            while j < n:
                close = FENCE.match(lines[j].text)
                if close and close.group(1)[0] == marker[0] and len(close.group(1)) >= len(marker):
                    j += 1
                    break
                j += 1
            out.append(Block("code", ln.number, lines[i:j]))
            i = j
            continue
        if LIST_ITEM.match(ln.text):
            block, i = _read_list(lines, i)
            out.append(block)
            continue
        if QUOTE.match(ln.text):
            j = i
            while j < n and lines[j].text.strip() and (
                QUOTE.match(lines[j].text) or j > i and not _starts_block(lines[j].text)
            ):
                j += 1
            out.append(Block("quote", ln.number, lines[i:j]))
            i = j
            continue
        if heading(ln.text) is not None:
            out.append(Block("other", ln.number, [ln]))
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].text.strip() and not _interrupts_paragraph(lines[j].text):
            j += 1
        out.append(Block("paragraph", ln.number, lines[i:j]))
        i = j
    return out


def _starts_block(text: str) -> bool:
    return bool(LIST_ITEM.match(text) or QUOTE.match(text) or FENCE.match(text)
                or heading(text) is not None)


def _interrupts_paragraph(text: str) -> bool:
    """As in CommonMark, only an ordered item numbered 1 interrupts a paragraph, so a wrapped
    line such as "15. Mai kam der Bescheid" stays part of its paragraph."""
    m = LIST_ITEM.match(text)
    if m and m.group(2)[0].isdigit():
        return m.group(2)[:-1] == "1" and bool(m.group(3).strip())
    return _starts_block(text)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t").replace("\t", "    ")) if text.strip() else 0


def _read_list(lines: list[Line], i: int) -> tuple[Block, int]:
    """Read a list starting at lines[i]; blank lines between items keep the list going."""
    start = i
    items: list[Item] = []
    n = len(lines)
    while i < n:
        m = LIST_ITEM.match(lines[i].text)
        if not m:
            break
        content_indent = len(m.group(1)) + len(m.group(2)) + 1
        item = Item(lines[i].number, m.group(3).strip())
        i += 1
        while i < n:
            text = lines[i].text
            if not text.strip():
                # A blank line ends the item unless indented content follows.
                j = i
                while j < n and not lines[j].text.strip():
                    j += 1
                if j < n and _indent(lines[j].text) >= min(content_indent, 2):
                    item.children.extend(lines[i:j])
                    i = j
                    continue
                break
            if _indent(text) >= 2 or not _starts_block(text):
                item.children.append(lines[i])
                i += 1
                continue
            break
        item.children = _trim(item.children)
        items.append(item)
        j = i
        while j < n and not lines[j].text.strip():
            j += 1
        if j < n and LIST_ITEM.match(lines[j].text):
            i = j
            continue
        break
    used = [ln for ln in lines[start:i]]
    return Block("list", lines[start].number, used, items), i


def _trim(children: list[Line]) -> list[Line]:
    while children and not children[-1].text.strip():
        children.pop()
    return children
