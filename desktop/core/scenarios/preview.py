"""The studio's preview: a parsed document as sanitised HTML, with what a trainer checks.

Unlike the practice screens, the preview shows everything at once: recommended options marked,
every dialogue choice with its rating and target, thoughts and feedback. Built from the model
with render.to_html/escape only, so it is as safe as the practice screens (no remote content).
"""

from __future__ import annotations

import functools
import re

from desktop.core.scenarios import render
from desktop.core.scenarios.library import assemble
from desktop.core.scenarios.model import (
    DialogueNode,
    Document,
    Exercise,
    Finding,
    Rating,
    Scenario,
    StageSection,
)
from desktop.core.scenarios.parser import ParseResult, parse_text

NODE_HEADING = re.compile(r"^###\s+@([A-Za-z0-9-]+)")
RATING_WORDS = {Rating.HILFREICH: "hilfreich", Rating.TEILS: "teils",
                Rating.UNGUENSTIG: "ungünstig"}


# Typing changes one text at a time: the others' HTML comes from here, so re-rendering a
# 200-node scenario after a keystroke costs milliseconds on the worker, not a fifth of a second
# (and holds the interpreter lock that long less).
@functools.lru_cache(maxsize=8192)
def _html(markdown: str) -> str:
    return render.to_html(markdown)


@functools.lru_cache(maxsize=8192)
def _inline(markdown: str) -> str:
    return render.inline_html(markdown)


def check_text(text: str, display: str, known_techniques: set[str] | None = None
               ) -> tuple[ParseResult, list[Finding]]:
    """Lint a file's text as `lint FILE` would (unknown technique ids a warning)."""
    result = parse_text(text, display)
    library = assemble([result], whole=False, known_techniques=known_techniques or set())
    return result, library.findings


def node_at(text: str, line: int) -> str | None:
    """The id of the dialogue node whose block holds `line` (1-based), if any."""
    lines = text.split("\n")
    for index in range(min(line, len(lines)) - 1, -1, -1):
        current = lines[index]
        match = NODE_HEADING.match(current)
        if match:
            return match[1]
        if current.startswith("## "):
            return None
    return None


def document_html(doc: Document) -> str:
    return "".join(document_parts(doc))


def document_parts(doc: Document) -> list[str]:
    """The preview in pieces that each start a block: the head, each section, and each
    dialogue node on its own, so the studio replaces only the piece a trainer typed in."""
    head = f"<h1>{render.escape(doc.title)}</h1><p><i>{render.escape(doc.summary)}</i></p>"
    if isinstance(doc, Exercise):
        return [head] + [f"<h2>{title}</h2>" + _html(text) for title, text in (
            ("Situation", doc.situation), ("Vorlage", doc.source_text),
            ("Aufgabe", doc.task), ("Quellen", doc.sources or "")) if text]
    if not isinstance(doc, Scenario):
        return [head + _html(doc.body)]
    parts = [head, "<h2>Situation</h2>" + _html(doc.situation)]
    for stage in doc.stages:
        parts += stage_parts(doc, stage)
    if doc.sources:
        parts.append("<h2>Quellen</h2>" + _html(doc.sources))
    return parts


def stage_parts(doc: Scenario, stage: StageSection) -> list[str]:
    parts = [f"<h2>{render.escape(stage.key.label)}</h2>"]
    if stage.intro:
        parts.append(_html(stage.intro))
    if stage.prompts:
        parts.append("<p><b>Fragen</b></p><ul>" + "".join(
            f"<li>{_inline(p)}</li>" for p in stage.prompts) + "</ul>")
    for question in stage.choices:
        parts.append(f"<p><b>Auswahl: {_inline(question.question)}</b></p><ul>")
        for option in question.options:
            mark = "✔ empfohlen: " if option.recommended else ""
            feedback = (f"<br><i>{_inline(option.feedback)}</i>"
                        if option.feedback else "")
            parts.append(f"<li>{mark}{_inline(option.text)}{feedback}</li>")
        parts.append("</ul>")
    blocks = ["".join(parts)]
    blocks += [node_html(doc, node) for node in stage.nodes]
    if stage.hints:
        blocks.append("<p><b>Hinweise</b></p>" + _html(stage.hints))
    return blocks


def node_html(doc: Scenario, node: DialogueNode, heading: bool = True) -> str:
    """One dialogue node with every choice's rating and target (the studio's test mode)."""
    parts = []
    if heading:
        title = f" {render.escape(node.title)}" if node.title else ""
        ending = " (Ende)" if node.ending else ""
        parts.append(f"<h3>@{render.escape(node.id)}{title}{ending}</h3>")
    for spoken in node.lines:
        person = doc.person(spoken.speaker)
        label = f"<b>{render.escape(person.name)}:</b> " if person else ""
        parts.append(f"<p>{label}{_inline(spoken.text)}</p>")
    if node.thought:
        parts.append(f"<p><i>Gedanke: {_inline(node.thought)}</i></p>")
    if node.choices:
        parts.append("<ul>")
        for choice in node.choices:
            feedback = (f"<br><i>{_inline(choice.feedback)}</i>"
                        if choice.feedback else "")
            parts.append(f"<li>({RATING_WORDS[choice.rating]}) "
                         f"{_inline(choice.text)} → @{render.escape(choice.target)}"
                         f"{feedback}</li>")
        parts.append("</ul>")
    return "".join(parts)
