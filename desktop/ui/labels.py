"""Display names for the format's fixed values (settings, levels, ratings, stages, topics)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.core.scenarios.model import Rating, Stage


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def setting_label(value: str) -> str:
    return {"schalter": _tr("Am Schalter"), "termin": _tr("Im Termin"),
            "telefon": _tr("Am Telefon"), "schriftlich": _tr("Schriftlich")}.get(value, value)


def level_label(value: int) -> str:
    return {1: _tr("Einstieg"), 2: _tr("Fortgeschritten"), 3: _tr("Anspruchsvoll")}.get(
        value, str(value))


def stage_label(stage: Stage | str) -> str:
    return {"deuten": _tr("Deuten"), "beeinflussen": _tr("Beeinflussen"),
            "reagieren": _tr("Reagieren"), "verarbeiten": _tr("Verarbeiten")}.get(
        str(stage), str(stage))


def stage_question(stage: Stage | str) -> str:
    return {"deuten": _tr("Was ist hier eigentlich los?"),
            "beeinflussen": _tr("Wie kann ich dieses Gespräch gestalten, bevor es kippt?"),
            "reagieren": _tr("Was sage ich jetzt?"),
            "verarbeiten": _tr("Was macht das mit mir, und was mache ich damit?")}.get(
        str(stage), "")


def rating_label(rating: Rating | str) -> str:
    return {"hilfreich": _tr("hilfreich"), "teils": _tr("teils hilfreich"),
            "ungünstig": _tr("ungünstig")}.get(str(rating), str(rating))


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
    return _tr("{n} Min.").format(n=minutes)
