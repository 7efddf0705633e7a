"""Helpers for technique cards: their recommended sections and the appointment kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.scenarios.model import TechniqueCard

# Tags that name a kind of appointment ("Vor dem Termin"), in the order they are offered.
APPOINTMENT_KINDS = ("ablehnung", "aerger", "sicherheit", "dolmetschen", "unterlagen", "warten",
                     "belastung", "begleitung")

# The bundled cards that matter most for a kind come first, in this order: with two minutes
# before an appointment, safety must not be eighth of nine. Other cards with the tag (a team's
# own cards among them) follow alphabetically.
KIND_ORDER: dict[str, tuple[str, ...]] = {
    "ablehnung": ("schlechte-nachrichten", "gefuehle-benennen", "einfache-sprache",
                  "sicherheit-aachener-modell"),
    "aerger": ("sicherheit-aachener-modell", "deeskalation", "grenzen-setzen", "gefuehle-benennen"),
    "sicherheit": ("sicherheit-aachener-modell", "schutz-vor-gespraech", "deeskalation",
                   "schlechte-nachrichten"),
    "dolmetschen": ("sprachmittlung", "einfache-sprache"),
    "belastung": ("traumasensibel", "gefuehle-benennen", "aktives-zuhoeren"),
    "unterlagen": ("erwartungsmanagement", "einfache-sprache"),
    "warten": ("erwartungsmanagement", "deeskalation"),
    "begleitung": ("rollen-klaeren", "sprachmittlung", "ich-botschaften"),
}


def card_section(card: TechniqueCard, title: str) -> str | None:
    """The Markdown of a level-2 section of the card body (`So geht's`, `Formulierungen` …)."""
    from desktop.core.scenarios.blocks import Line, sections, split_lines

    lines = [Line(i + 1, text) for i, text in enumerate(split_lines(card.body))]
    _, parts = sections(lines, 2)
    wanted = title.casefold()
    for head, body in parts:
        if head.title.casefold() == wanted:
            return "\n".join(ln.text for ln in body).strip() or None
    return None


def cards_for_kind(cards: list[TechniqueCard], kind: str) -> list[TechniqueCard]:
    """The cards tagged with `kind`: the ones KIND_ORDER names first, then by title."""
    first = KIND_ORDER.get(kind, ())

    def rank(card: TechniqueCard) -> tuple[int, str]:
        position = first.index(card.id) if card.id in first else len(first)
        return position, card.title.casefold()

    return sorted((c for c in cards if kind in c.tags), key=rank)


def search_cards(cards: list[TechniqueCard], text: str) -> list[TechniqueCard]:
    """Cards whose title, summary, tags or body contain every word of `text`."""
    words = text.casefold().split()
    found = []
    for card in cards:
        hay = " ".join((card.title, card.summary, " ".join(card.tags), card.body)).casefold()
        if all(w in hay for w in words):
            found.append(card)
    return sorted(found, key=lambda c: c.title.casefold())
