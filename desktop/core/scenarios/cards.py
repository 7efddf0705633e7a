"""Helpers for technique cards: their recommended sections and the appointment kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.scenarios.model import TechniqueCard

# Tags that name a kind of appointment ("Vor dem Termin"), in the order they are offered.
APPOINTMENT_KINDS = ("ablehnung", "aerger", "dolmetschen", "unterlagen", "warten", "belastung",
                     "begleitung")


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
    return sorted((c for c in cards if kind in c.tags), key=lambda c: c.title.casefold())


def search_cards(cards: list[TechniqueCard], text: str) -> list[TechniqueCard]:
    """Cards whose title, summary, tags or body contain every word of `text`."""
    words = text.casefold().split()
    found = []
    for card in cards:
        hay = " ".join((card.title, card.summary, " ".join(card.tags), card.body)).casefold()
        if all(w in hay for w in words):
            found.append(card)
    return sorted(found, key=lambda c: c.title.casefold())
