"""Display names for the format's fixed values (settings, levels, ratings, stages, topics)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.core.journal.entry import EntryLabels
    from desktop.core.practice.catalog import Step
    from desktop.core.scenarios.model import Rating, Stage


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def setting_label(value: str) -> str:
    return {"schalter": _tr("At the counter"), "termin": _tr("In an appointment"),
            "telefon": _tr("On the phone"), "schriftlich": _tr("In writing")}.get(value, value)


def level_label(value: int) -> str:
    return {1: _tr("Introductory"), 2: _tr("Advanced"), 3: _tr("Challenging")}.get(
        value, str(value))


def stage_label(stage: Stage | str) -> str:
    return {"deuten": _tr("Deuten"), "beeinflussen": _tr("Beeinflussen"),
            "reagieren": _tr("Reagieren"), "verarbeiten": _tr("Verarbeiten")}.get(
        str(stage), str(stage))


def stage_question(stage: Stage | str) -> str:
    return {"deuten": _tr("What is really going on here?"),
            "beeinflussen": _tr("How can I shape this conversation before it tips over?"),
            "reagieren": _tr("What do I say now?"),
            "verarbeiten": _tr("What does this do to me, and what do I do with it?")}.get(
        str(stage), "")


def rating_label(rating: Rating | str) -> str:
    return {"hilfreich": _tr("helpful"), "teils": _tr("partly helpful"),
            "ungünstig": _tr("unhelpful")}.get(str(rating), str(rating))


def rating_symbol(rating: Rating | str) -> str:
    """A shape that says the rating without colour: ✔ hilfreich, ◐ teils, ✖ ungünstig."""
    return {"hilfreich": "✔", "teils": "◐", "ungünstig": "✖"}.get(str(rating), "•")


TOPICS = {
    "aufenthaltserlaubnis": "Aufenthaltserlaubnis", "fiktionsbescheinigung":
    "Fiktionsbescheinigung", "duldung": "Duldung", "passbeschaffung": "Passbeschaffung",
    "familiennachzug": "Familiennachzug", "einbuergerung": "Einbürgerung",
    "fachkraefte": "Fachkräfte", "ablehnung": "Ablehnung", "unterlagen": "Unterlagen",
    "wartezeit": "Wartezeit", "sprachmittlung": "Sprachmittlung", "begleitung": "Begleitung",
    "aggression": "Aggression", "trauma": "Trauma", "beschwerde": "Beschwerde",
    "erwartungsmanagement": "Erwartungsmanagement", "rechtsanwalt": "Rechtsanwalt",
    "arbeitgeber": "Arbeitgeber", "gleichbehandlung": "Gleichbehandlung",
}


def topic_label(slug: str) -> str:
    """Topic slugs are content, not UI text: known ones get their umlauts back."""
    return TOPICS.get(slug) or slug.replace("-", " ").capitalize()


def minutes_label(minutes: int) -> str:
    return _tr("{n} min").format(n=minutes)


# --- supervision and statistics rooms ---------------------------------------------------------


def kind_label(kind: str) -> str:
    """What a session is, as the lists show it (the core stores the stable value)."""
    return {"uebung": _tr("Exercise"), "zwischendurch": _tr("Zwischendurch"),
            "eigener-fall": _tr("Own case"), "erklaeren": _tr("Explaining in plain words")}.get(
        str(kind), str(kind))


# -- entries (journal detail, PDF and Markdown export, shared entries; entry model room) ------
# The core's EntryView holds keys only; these are its words. The command line's German twin
# is desktop/commands/labels_de.py (tests/ui/test_entry_labels.py keeps the two in step).
# Kinds: `kind_label` in the block above.

def step_label(step: Step | str) -> str:
    if str(step) == "situation":
        return _tr("Situation")
    if str(step) == "zusammenfassung":
        return _tr("Summary")
    return stage_label(str(step))


def day_label(day: str | None) -> str:
    """A YYYY-MM-DD day in the user's locale (short format)."""
    from PySide6.QtCore import QDate, QLocale

    if not day:
        return ""
    parsed = QDate.fromString(day, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() \
        else day


def moment_label(stamp: str | None) -> str:
    """A stored UTC timestamp as local date and time (short format); a day as a date."""
    if not stamp or len(stamp) == 10:
        return day_label(stamp)
    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{day_label(moment.date().isoformat())} {moment:%H:%M}"


_entry_labels: dict[tuple[str, str, Callable[[str], str]], EntryLabels] = {}


def entry_labels(when: Callable[[str], str] = moment_label) -> EntryLabels:
    """The words of an entry in the UI's language; `when` shows its times (timestamps in the
    journal, days in a shared entry).

    Built once per language: a share preview renders up to 200 entries, and thirty
    translations per entry were half its time. The key notices a language switched at run
    time (the translation of one of the words, and the locale).
    """
    from PySide6.QtCore import QLocale

    key = (_tr("Exercise"), QLocale().name(), when)
    if key not in _entry_labels:
        _entry_labels[key] = _build_entry_labels(when)
    return _entry_labels[key]


def _build_entry_labels(when: Callable[[str], str]) -> EntryLabels:
    from desktop.core.journal.entry import EntryLabels
    from desktop.core.practice.catalog import SessionKind, Step
    from desktop.core.scenarios.model import Rating

    return EntryLabels(
        kinds={k: kind_label(k) for k in SessionKind},
        steps={s: step_label(s) for s in Step},
        ratings={r: rating_label(r) for r in Rating},
        when=when,
        scenario=_tr("Scenario: {title}"),
        started=_tr("started {when}"),
        finished=_tr("✔ finished {when}"),
        draft=_tr("✎ draft, stopped at {step}"),
        tags=_tr("Tags:"),
        personal_data=_tr("You chose to keep personal data in this entry: it stays on this "
                          "computer and cannot be shared."),
        choice=_tr("Your choice:"),
        recommended=_tr("✔ the recommended option"),
        not_recommended=_tr("◇ not the recommended option"),
        walk=_tr("Your path through the conversation"),
        taken_back=_tr("taken back"),
        own_words_first=_tr("In your own words first:"),
        strain=_tr("Strain"),
        strain_values=_tr("before {before}, after {after} (out of 10)"),
        feelings=_tr("Feelings"),
        helps=_tr("What helps"),
        takeaway=_tr("What I take with me"),
        reflection=_tr("Reflection"),
        feedback=_tr("Feedback from your supervisor"),
        feedback_from=_tr("From {sender}, received {when}"),
        feedback_received=_tr("Received {when}"),
        shared=_tr("Shared: {when}"),
        nothing_yet=_tr("Nothing written down yet."),
    )


def shared_entry_labels() -> EntryLabels:
    """A shared entry read by someone else (the supervisor, or the preview of what they will
    read): "Chosen", not "Your choice"; its times are days."""
    return replace(entry_labels(), choice=_tr("Chosen:"),
                   walk=_tr("Path through the conversation"))
