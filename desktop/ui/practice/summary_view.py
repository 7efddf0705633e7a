"""The Zusammenfassung as a structured debrief: how it was for me, what happened (the path with
its feedback, choices, notes), a closer look (thoughts not revealed, readings missed, cards for
the hard moments); the fourth part, what I take with me, is an input in session_view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.practice import PracticeSession, SessionKind, Summary
from desktop.core.practice.catalog import TAKEAWAY_LABEL
from desktop.core.practice.debrief import Debrief, debrief
from desktop.core.scenarios import render
from desktop.ui.common import labels


def tr(text: str) -> str:
    return QCoreApplication.translate("summary", text)


def summary_html(summary: Summary, session: PracticeSession, techniques: dict) -> str:
    """The debrief as one readable page: how it was, what happened, analysis (the takeaway,
    its fourth part, is an input below it). Counts are for the learner alone, never a score."""
    e = render.escape
    report = debrief(session, techniques)
    parts: list[str] = [f"<h3>{e(tr('1. How was it for you?'))}</h3>"]
    parts.append(_feelings_html(summary) or f"<p>{e(tr('You noted nothing about it.'))}</p>")
    parts.append(f"<h3>{e(tr('2. What happened'))}</h3>")
    happened = _path_html(summary, session) + _choices_html(summary) + _notes_html(summary)
    parts.append(happened or f"<p>{e(tr('Nothing written down yet.'))}</p>")
    if session.kind is not SessionKind.EIGENER_FALL:
        parts.append(f"<h3>{e(tr('3. Looking closer'))}</h3>")
        parts.append(_analysis_html(report, techniques))
    cards = [techniques[t] for t in summary.techniques if t in techniques]
    if cards:
        parts.append(f"<h4>{e(tr('Technique cards for this scenario'))}</h4><ul>")
        for card in cards:
            parts.append(f"<li><a href='technik:{card.id}'>{e(card.title)}</a>: "
                         f"{e(card.summary)}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _feelings_html(summary: Summary) -> str:
    e = render.escape
    parts = []
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
    return "".join(parts)


def _path_html(summary: Summary, session: PracticeSession) -> str:
    e = render.escape
    if session.kind is SessionKind.EIGENER_FALL or not summary.path:
        return ""
    r = summary.ratings
    parts = [f"<h4>{e(tr('Your path through the conversation'))}</h4><ol>"]
    for step in summary.path:
        node = session.dialogue.node(step.node_id) if session.dialogue else None
        where = f"<i>{e(node.title)}</i>: " if node is not None and node.title else ""
        parts.append(f"<li>{where}{render.inline_html(step.text)} "
                     f"<b>{labels.rating_symbol(step.rating)} "
                     f"{e(labels.rating_label(step.rating))}</b>"
                     + (f"<br><span class='muted'>{render.inline_html(step.feedback)}</span>"
                        if step.feedback else "") + "</li>")
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
    return "".join(parts)


def _choices_html(summary: Summary) -> str:
    e = render.escape
    if not summary.choices:
        return ""
    parts = [f"<h4>{e(tr('Your interpretations and decisions'))}</h4><ul>"]
    for c in summary.choices:
        mark = tr("matches the recommendation") if c.chosen_recommended else tr(
            "also recommended: {options}").format(options="; ".join(c.recommended))
        parts.append(f"<li><b>{e(c.question)}</b><br>{render.inline_html(c.chosen)} "
                     f"<span class='muted'>({e(mark)})</span></li>")
    parts.append("</ul>")
    return "".join(parts)


def _notes_html(summary: Summary) -> str:
    e = render.escape
    notes = [n for n in summary.notes if n.text.strip() and n.label != TAKEAWAY_LABEL]
    if not notes:
        return ""
    parts = [f"<h4>{e(tr('What you wrote'))}</h4>"]
    for note in notes:
        parts.append(f"<p><b>{render.inline_html(note.label)}</b><br>{e(note.text)}</p>")
    return "".join(parts)


def _analysis_html(report: Debrief, techniques: dict) -> str:
    """What the session did not show by itself: hidden thoughts, missed readings, cards."""
    e = render.escape
    if report.analysis_empty:
        calm = tr("Every thought on your path revealed, every reading found, no unhelpful "
                  "choice: nothing more to look at here.")
        return f"<p>{e(calm)}</p>"
    parts = []
    if report.missed_thoughts:
        parts.append(f"<h4>{e(tr('What was going on inside (not revealed)'))}</h4><ul>")
        for t in report.missed_thoughts:
            who = t.speaker or tr("The other person")
            where = f"<i>{e(t.node_title)}</i>: " if t.node_title else ""
            parts.append(f"<li>{where}{e(tr('{name} thought:').format(name=who))} "
                         f"{render.inline_html(t.thought)}</li>")
        parts.append("</ul>")
    if report.missed_readings:
        parts.append(f"<h4>{e(tr('Readings in Deuten you might add'))}</h4><ul>")
        for m in report.missed_readings:
            chosen = (e(tr("You chose: {option}").format(option=m.chosen)) if m.chosen
                      else e(tr("Not answered.")))
            parts.append(f"<li><b>{e(m.question)}</b><br>{chosen}<ul>")
            for text, feedback in m.recommended:
                parts.append(f"<li>{render.inline_html(text)}"
                             + (f"<br><span class='muted'>{render.inline_html(feedback)}</span>"
                                if feedback else "") + "</li>")
            parts.append("</ul></li>")
        parts.append("</ul>")
    if report.hard_moments:
        parts.append(f"<h4>{e(tr('Where it got difficult, and what can help'))}</h4><ul>")
        for h in report.hard_moments:
            where = f"<i>{e(h.node_title)}</i>: " if h.node_title else ""
            cards = [techniques[c] for c in h.cards if c in techniques]
            links = ", ".join(f"<a href='technik:{c.id}'>{e(c.title)}</a>" for c in cards)
            parts.append(f"<li>{where}{render.inline_html(h.choice)}"
                         + (f"<br>{e(tr('Cards that fit:'))} {links}" if links else "")
                         + "</li>")
        parts.append("</ul>")
    return "".join(parts)
