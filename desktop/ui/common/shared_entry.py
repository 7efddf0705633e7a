"""A shared entry as a readable page, and the small label and date helpers around it.

Used by the share dialog's preview (with each placeholder marked bold, underlined and with ◆,
so that replaced parts show without relying on colour) and by the supervisor's workspace (with
the supervisor's comments beside the stages). Every text is escaped: an imported text is always
shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios import render
from desktop.ui.common import labels

MARK = "◆"


class FittedLabel(QLabel):
    """A wrapped plain-text label exactly as high as its text needs at its actual width.

    The shared `wrapped_label` reports the height of a narrow layout as its size hint, which
    leaves large gaps in a wide dialog; this one caps itself once it knows its width.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setMaximumHeight(16_777_215)  # let the next layout pass measure again
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:
            height = self.heightForWidth(self.width())
            if height > 0 and height != self.maximumHeight():
                self.setMaximumHeight(height)


def fitted_label(text: str = "") -> QLabel:
    return FittedLabel(text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("shared_entry", text)


def day_label(day: str | None) -> str:
    """A YYYY-MM-DD day in the user's locale (short format)."""
    if not day:
        return ""
    parsed = QDate.fromString(day, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() \
        else day


def marked_html(text: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """Plain text as HTML, each span (a placeholder) bold, underlined and with ◆."""
    e = render.escape
    parts, pos = [], 0
    for start, end in spans:
        parts.append(e(text[pos:start]))
        parts.append(f"<b><u>{MARK}\u00a0{e(text[start:end])}</u></b>")
        pos = end
    parts.append(e(text[pos:]))
    return "".join(parts)


def shared_entry_html(entry: Mapping[str, Any],
                      marks: Mapping[tuple, Sequence[tuple[int, int]]] | None = None,
                      comments: Mapping[str | None, Sequence[Any]] | None = None,
                      pseudonym: str | None = None) -> str:
    """One shared entry as a readable page; every text escaped, never interpreted.

    `marks` (from ShareBuild) marks placeholders; `comments` maps a stage (None: the whole
    entry) to comments with `.text`, `.written` and `.exported`, shown where they belong.
    """
    e = render.escape
    eid = entry["id"]
    marks = marks or {}
    comments = comments or {}

    def text(value: str, *path: str | int) -> str:
        return marked_html(value, marks.get((eid, *path), ()))

    kind = SessionKind(entry["kind"])
    title_html = text(entry["title"], "title") if entry["title"] else \
        text(entry["scenario_title"] or kind.title, "scenario_title")
    facts = [kind.title]
    if entry["title"] and entry["scenario_title"]:
        facts.append(entry["scenario_title"])
    facts.append(_tr("from {day}").format(day=day_label(entry["created"])))
    facts.append(_tr("✔ finished") if entry["finished"] else _tr("✎ not finished"))
    if pseudonym:
        facts.append(_tr("pseudonym: {name}").format(name=pseudonym))
    parts = [f"<h2>{title_html}</h2>", f"<p class='muted'>{e(' · '.join(facts))}</p>"]
    parts += _comments_html(comments.get(None, ()))
    for step in Step:
        section = _step_html(entry, step, text)
        stage_comments = _comments_html(comments.get(step.value, ()))
        if section or stage_comments:
            parts.append(f"<h3>{e(_step_label(step))}</h3>")
            parts += section + stage_comments
    return "".join(parts)


def _step_label(step: Step) -> str:
    if step.stage is not None:
        return labels.stage_label(step.stage)
    return _tr("Situation") if step is Step.SITUATION else _tr("Summary")


def _step_html(entry: Mapping[str, Any], step: Step, text: Callable[..., str]) -> list[str]:
    e = render.escape
    parts: list[str] = []
    for i, answer in enumerate(entry["answers"]):
        if answer["step"] == step.value:
            parts.append(f"<p><b>{text(answer['prompt'], 'answers', i, 'prompt')}</b><br>"
                         f"{text(answer['text'], 'answers', i, 'text')}</p>")
    for i, choice in enumerate(entry["choices"]):
        if choice["stage"] == step.value:
            verdict = _tr("✔ the recommended option") if choice["recommended"] else \
                _tr("◇ not the recommended option")
            parts.append(f"<p><b>{text(choice['question'], 'choices', i, 'question')}</b><br>"
                         + e(_tr("Chosen:")) + f" {text(choice['option'], 'choices', i, 'option')}"
                         f" <i>({e(verdict)})</i></p>")
    if step is Step.REAGIEREN and entry["path"]:
        parts.append("<p><b>" + e(_tr("Path through the conversation")) + "</b></p><ol>")
        for i, item in enumerate(entry["path"]):
            where = f"<i>{text(item['node_title'], 'path', i, 'node_title')}</i>: " \
                if item["node_title"] else ""
            back = " <i>(" + e(_tr("taken back")) + ")</i>" if item["undone"] else ""
            parts.append(f"<li>{where}{text(item['text'], 'path', i, 'text')} — "
                         f"<b>{labels.rating_symbol(item['rating'])} "
                         f"{e(labels.rating_label(item['rating']))}</b>{back}</li>")
        parts.append("</ol>")
    if step is Step.VERARBEITEN:
        parts += _instruments_html(entry, text)
    if step is Step.ZUSAMMENFASSUNG and entry["reflection"]:
        parts.append("<p><b>" + e(_tr("Reflection")) + ":</b><br>"
                     f"{text(entry['reflection'], 'reflection')}</p>")
    return parts


def _instruments_html(entry: Mapping[str, Any], text: Callable[..., str]) -> list[str]:
    e = render.escape
    parts: list[str] = []
    before, after = entry["strain_before"], entry["strain_after"]
    if before is not None or after is not None:
        parts.append("<p><b>" + e(_tr("Strain")) + ":</b> " + e(_tr(
            "before {before}, after {after} (out of 10)").format(
            before="–" if before is None else before, after="–" if after is None else after))
            + "</p>")
    if entry["feelings"]:
        parts.append("<p><b>" + e(_tr("Feelings")) + ":</b> "
                     + ", ".join(text(f, "feelings", i) for i, f in enumerate(entry["feelings"]))
                     + "</p>")
    helps = [text(h, "helps", i) for i, h in enumerate(entry["helps"])]
    if entry["helps_other"]:
        helps.append(text(entry["helps_other"], "helps_other"))
    if helps:
        parts.append("<p><b>" + e(_tr("What helps")) + f":</b> {', '.join(helps)}</p>")
    if entry["takeaway"]:
        parts.append("<p><b>" + e(_tr("What I take with me")) + ":</b><br>"
                     f"{text(entry['takeaway'], 'takeaway')}</p>")
    return parts


def _comments_html(comments: Sequence[Any]) -> list[str]:
    e = render.escape
    parts = []
    for comment in comments:
        sent = _tr("sent {day}").format(day=day_label(comment.exported)) if comment.exported \
            else _tr("not sent yet")
        head = _tr("✎ Your comment of {day} ({sent})").format(day=day_label(comment.written),
                                                            sent=sent)
        parts.append(f"<p class='muted'>{e(head)}</p><blockquote>{e(comment.text)}"
                     "</blockquote>")
    return parts
