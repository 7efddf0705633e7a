"""The Zusammenfassung as a structured debrief: how it was for me, what happened (the path with
its feedback, choices, notes), a closer look (thoughts not revealed, readings missed, cards for
the hard moments); the fourth part, what I take with me, is an input in session_view."""

from __future__ import annotations

from desktop.core.journal.entry import EntryLabels, InstrumentsItem, PathItem
from desktop.core.practice import PracticeSession, SessionKind, Summary
from desktop.core.practice.catalog import TAKEAWAY_LABEL
from desktop.core.practice.debrief import (
    Debrief,
    HardMoment,
    MissedReading,
    MissedThought,
    debrief,
)
from desktop.core.scenarios import render
from desktop.ui.common import labels
from desktop.ui.common.entry_render import Texts, instruments_html, path_html
from desktop.ui.common.i18n import translator

e = render.escape


tr = translator("summary")


def summary_html(summary: Summary, session: PracticeSession, techniques: dict) -> str:
    """The debrief as one readable page: how it was, what happened, analysis (the takeaway,
    its fourth part, is an input below it). Counts are for the learner alone, never a score."""
    words = labels.entry_labels()
    parts = [_part(tr("1. How was it for you?"), _feelings_html(summary, words),
                   tr("You noted nothing about it."))]
    happened = _path_html(summary, session, words) + _choices_html(summary) + _notes_html(summary)
    parts.append(_part(tr("2. What happened"), happened, tr("Nothing written down yet.")))
    if session.kind is not SessionKind.EIGENER_FALL:
        parts.append(f"<h3>{e(tr('3. Looking closer'))}</h3>"
                     + _analysis_html(debrief(session, techniques), techniques))
    parts.append(_cards_html([techniques[t] for t in summary.techniques if t in techniques]))
    return "".join(parts)


def _part(heading: str, body: str, empty: str) -> str:
    return f"<h3>{e(heading)}</h3>" + (body or f"<p>{e(empty)}</p>")


def _cards_html(cards: list) -> str:
    if not cards:
        return ""
    items = "".join(f"<li><a href='technik:{card.id}'>{e(card.title)}</a>: "
                    f"{e(card.summary)}</li>" for card in cards)
    return f"<h4>{e(tr('Technique cards for this scenario'))}</h4><ul>{items}</ul>"


def _feelings_html(summary: Summary, words: EntryLabels) -> str:
    ins = summary.instruments
    tools = InstrumentsItem(ins.strain_before, ins.strain_after, ins.feelings, ins.helps,
                            ins.helps_other.strip())
    return instruments_html(tools, words, Texts())


def _path_html(summary: Summary, session: PracticeSession, words: EntryLabels) -> str:
    walk = session.dialogue
    if session.kind is SessionKind.EIGENER_FALL or not summary.path or walk is None:
        return ""
    steps = [PathItem(step.text, step.rating, node_title=walk.node(step.node_id).title or None,
                      feedback=step.feedback or "") for step in summary.path]
    r = summary.ratings
    counts = e(tr("{h} × helpful, {t} × partly helpful, {u} × unhelpful.").format(
        h=r.hilfreich, t=r.teils, u=r.unguenstig))
    if summary.taken_back:
        counts += " " + e(tr("Choices taken back and tried again: %n. That is practice too.",
                             "", summary.taken_back))
    parts = [f"<h4>{e(words.walk)}</h4>", path_html(steps, words, Texts()), f"<p>{counts}</p>"]
    if summary.ending:
        end = walk.node(summary.ending)
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
    if report.analysis_empty:
        calm = tr("Every thought on your path revealed, every reading found, no unhelpful "
                  "choice: nothing more to look at here.")
        return f"<p>{e(calm)}</p>"
    return (_listed(tr("What was going on inside (not revealed)"),
                    [_thought_html(t) for t in report.missed_thoughts])
            + _listed(tr("Readings in Deuten you might add"),
                      [_reading_html(m) for m in report.missed_readings])
            + _listed(tr("Where it got difficult, and what can help"),
                      [_hard_moment_html(h, techniques) for h in report.hard_moments]))


def _listed(heading: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h4>{e(heading)}</h4><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _thought_html(t: MissedThought) -> str:
    who = t.speaker or tr("The other person")
    where = f"<i>{e(t.node_title)}</i>: " if t.node_title else ""
    return f"{where}{e(tr('{name} thought:').format(name=who))} {render.inline_html(t.thought)}"


def _reading_html(m: MissedReading) -> str:
    chosen = e(tr("You chose: {option}").format(option=m.chosen)) if m.chosen \
        else e(tr("Not answered."))
    options = "".join(
        f"<li>{render.inline_html(text)}"
        + (f"<br><span class='muted'>{render.inline_html(feedback)}</span>" if feedback else "")
        + "</li>" for text, feedback in m.recommended)
    return f"<b>{e(m.question)}</b><br>{chosen}<ul>{options}</ul>"


def _hard_moment_html(h: HardMoment, techniques: dict) -> str:
    where = f"<i>{e(h.node_title)}</i>: " if h.node_title else ""
    cards = [techniques[c] for c in h.cards if c in techniques]
    links = ", ".join(f"<a href='technik:{c.id}'>{e(c.title)}</a>" for c in cards)
    return f"{where}{render.inline_html(h.choice)}" + (
        f"<br>{e(tr('Cards that fit:'))} {links}" if links else "")
