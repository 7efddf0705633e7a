"""The Zusammenfassung: path with ratings, what was written, choices, technique cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.practice import PracticeSession, SessionKind, Summary
from desktop.core.scenarios import render
from desktop.ui import labels


def tr(text: str) -> str:
    return QCoreApplication.translate("summary", text)


def summary_html(summary: Summary, session: PracticeSession, techniques: dict) -> str:
    """One readable page; the counts are for the learner alone (nothing here is a score)."""
    e = render.escape
    parts: list[str] = []
    if session.kind is not SessionKind.EIGENER_FALL and summary.path:
        r = summary.ratings
        parts.append(f"<h3>{e(tr('Your path through the conversation'))}</h3><ol>")
        for step in summary.path:
            node = session.dialogue.node(step.node_id) if session.dialogue else None
            where = f"<i>{e(node.title)}</i>: " if node is not None and node.title else ""
            parts.append(f"<li>{where}{render.inline_html(step.text)} "
                         f"<b>{labels.rating_symbol(step.rating)} "
                         f"{e(labels.rating_label(step.rating))}</b></li>")
        parts.append("</ol>")
        parts.append("<p>" + e(tr("{h} × helpful, {t} × partly helpful, {u} × unhelpful.")
                               .format(h=r.hilfreich, t=r.teils, u=r.unguenstig)))
        if summary.taken_back:
            parts.append(" " + e(tr("{n} choice(s) taken back and tried again: that is "
                                    "practice too.").format(n=summary.taken_back)))
        parts.append("</p>")
        if summary.ending and session.dialogue is not None:
            end = session.dialogue.node(summary.ending)
            parts.append(f"<p><b>{e(tr('Ending:'))}</b> {e(end.title or summary.ending)}</p>")
    if summary.choices:
        parts.append(f"<h3>{e(tr('Your interpretations and decisions'))}</h3><ul>")
        for c in summary.choices:
            mark = tr("matches the recommendation") if c.chosen_recommended else tr(
                "also recommended: {options}").format(options="; ".join(c.recommended))
            parts.append(f"<li><b>{e(c.question)}</b><br>{render.inline_html(c.chosen)} "
                         f"<span class='muted'>({e(mark)})</span></li>")
        parts.append("</ul>")
    if summary.notes:
        parts.append(f"<h3>{e(tr('What you wrote'))}</h3>")
        for note in summary.notes:
            if note.text.strip():
                parts.append(f"<p><b>{render.inline_html(note.label)}</b><br>{e(note.text)}</p>")
    ins = summary.instruments
    if ins.strain_before is not None or ins.strain_after is not None:
        before = "–" if ins.strain_before is None else str(ins.strain_before)
        after = "–" if ins.strain_after is None else str(ins.strain_after)
        parts.append(f"<p><b>{e(tr('Strain'))}:</b> "
                     + e(tr("before {before}, after {after} (out of 10)").format(
                         before=before, after=after)) + "</p>")
    if ins.feelings:
        parts.append(f"<p><b>{e(tr('Feelings'))}:</b> {e(', '.join(ins.feelings))}</p>")
    helps = list(ins.helps) + ([ins.helps_other] if ins.helps_other.strip() else [])
    if helps:
        parts.append(f"<p><b>{e(tr('What helps'))}:</b> {e(', '.join(helps))}</p>")
    cards = [techniques[t] for t in summary.techniques if t in techniques]
    if cards:
        parts.append(f"<h3>{e(tr('Technique cards for this scenario'))}</h3><ul>")
        for card in cards:
            parts.append(f"<li><a href='technik:{card.id}'>{e(card.title)}</a>: "
                         f"{e(card.summary)}</li>")
        parts.append("</ul>")
    if not parts:
        parts.append(f"<p>{e(tr('Nothing written down yet.'))}</p>")
    return "".join(parts)
