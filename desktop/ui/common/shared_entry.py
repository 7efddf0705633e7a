"""A shared entry as a readable page (the share document's entry read as an `EntryView`, see
`exchange.share.entry_view`).

Used by the share dialog's preview (with each placeholder marked bold, underlined and with ◆,
so that replaced parts show without relying on colour) and by the supervisor's workspace (with
the supervisor's comments beside the stages). Every text is escaped: an imported text is always
shown as plain text, never as markup. `day_label` and `marked_html` moved to common (labels,
entry_render) and are named here for the rooms that import them from this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.exchange.share import entry_view
from desktop.core.journal.entry import CommentItem, EntryView
from desktop.core.practice.catalog import Step
from desktop.core.scenarios import render
from desktop.ui.common import labels
from desktop.ui.common.entry_render import MARK, MarkedTexts, marked_html, section_html
from desktop.ui.common.labels import day_label

__all__ = ["MARK", "day_label", "marked_html", "shared_entry_html", "shared_view_html"]
e = render.escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("shared_entry", text)


def shared_entry_html(entry: Mapping[str, Any],
                      marks: Mapping[tuple, Sequence[tuple[int, int]]] | None = None,
                      comments: Mapping[str | None, Sequence[Any]] | None = None,
                      pseudonym: str | None = None) -> str:
    """One shared entry (a share document's entry) as a readable page; every text escaped.

    `marks` (from ShareBuild) marks placeholders; `comments` maps a stage (None: the whole
    entry) to comments with `.text`, `.written` and `.exported`, shown where they belong.
    """
    items = [CommentItem(c.text, c.written, c.exported, Step(stage) if stage else None)
             for stage, group in (comments or {}).items() for c in group]
    return shared_view_html(entry_view(entry, items), marks or {}, pseudonym)


def shared_view_html(view: EntryView, marks: Mapping[tuple, Sequence[tuple[int, int]]],
                     pseudonym: str | None = None) -> str:
    """The view of a shared entry: its head, then each step with the supervisor's comments."""
    words = labels.shared_entry_labels()
    f = view.facts
    texts = MarkedTexts(str(f.id), marks)
    title = texts.own(f.title, ("title",)) if f.title else \
        texts.own(f.scenario_title, ("scenario_title",)) if f.scenario_title else \
        e(words.kinds[f.kind])
    facts = [words.kinds[f.kind], *([f.scenario_title] if f.title and f.scenario_title else []),
             _tr("from {day}").format(day=words.when(f.created)),
             _tr("✔ finished") if f.finished else _tr("✎ not finished"),
             *([_tr("pseudonym: {name}").format(name=pseudonym)] if pseudonym else [])]
    parts = [f"<h2>{title}</h2>", f"<p class='muted'>{e(' · '.join(facts))}</p>",
             _comments_html(view, None)]
    for step in Step:
        body = section_html(view.section(step), words, texts) + _comments_html(view, step)
        if body:
            parts.append(f"<h3>{e(words.steps[step])}</h3>{body}")
    return "".join(parts)


def _comments_html(view: EntryView, step: Step | None) -> str:
    parts = []
    for comment in (c for c in view.comments if c.stage is step):
        sent = _tr("sent {day}").format(day=day_label(comment.exported)) if comment.exported \
            else _tr("not sent yet")
        head = _tr("✎ Your comment of {day} ({sent})").format(day=day_label(comment.written),
                                                            sent=sent)
        parts.append(f"<p class='muted'>{e(head)}</p><blockquote>{e(comment.text)}"
                     "</blockquote>")
    return "".join(parts)
