"""Display names for the format's fixed values (settings, levels, ratings, stages, topics)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
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
