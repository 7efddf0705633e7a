"""Making texts fit to leave the PC: anonymised, re-checked, and with the replaced parts known.

Every text a user wrote (answers, the own label, reflection, takeaway, "something else that
helps") goes through `desktop.core.privacy.anonymize`, then `detect()` must find nothing in the
result; the anonymiser runs again if it does, and a text that still shows personal data after
`MAX_PASSES` is refused with a German message, never sent.

A label that comes from the scenario library (a prompt, an Auswahl question or option, a
dialogue choice, a node or scenario title) names fictional people on purpose ("Herr Mbarga").
It is sent verbatim only when it is exactly a text of that scenario or one of the app's own
lists; any other label (the scenario was edited or removed since) is anonymised like free text.

Before that, every text loses control characters, and anything that looks like HTML markup has
its angle brackets turned into ‹ › so that the receiving app never has to refuse our own file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from desktop.core.exchange.errors import ExchangeError
from desktop.core.exchange.strict import CONTROL, MARKUP
from desktop.core.practice.catalog import FEELINGS, HELPS, OWN_CASE_PROMPTS
from desktop.core.privacy import Kind, anonymize, detect
from desktop.core.scenarios.model import Scenario

MAX_PASSES = 3
Key = tuple[str | int, ...]
Spans = tuple[tuple[int, int], ...]


@cache
def placeholder_pattern() -> re.Pattern[str]:
    """The placeholders the anonymiser writes ("[Person A]", "[Datum 2]")."""
    person = re.escape(Kind.PERSON.placeholder_word)
    words = "|".join(re.escape(k.placeholder_word) for k in Kind if k is not Kind.PERSON)
    return re.compile(rf"\[(?:{person} [A-Z]{{1,3}}|(?:{words}) [0-9]{{1,6}})\]")


def placeholder_spans(text: str) -> Spans:
    """Where placeholders stand in a text: the parts replaced, now or while typing."""
    return tuple((m.start(), m.end()) for m in placeholder_pattern().finditer(text))


def normalise(text: str) -> str:
    """Line breaks unified, control characters dropped, markup defused (‹b› instead of <b>)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    # Again until nothing is left: defusing "<A<b>>" leaves "<A‹b›>", markup once more.
    # Each pass turns at least one "<" into "‹", so this ends.
    while MARKUP.search(text):
        text = MARKUP.sub(lambda m: m[0].replace("<", "‹").replace(">", "›"), text)
    return text


@cache
def app_texts() -> frozenset[str]:
    """The app's own fixed texts, which never contain personal data."""
    texts: set[str] = set(FEELINGS) | set(HELPS)
    for prompts in OWN_CASE_PROMPTS.values():
        texts.update(prompts)
    return frozenset(texts)


def scenario_texts(scenario: Scenario | None) -> frozenset[str]:
    """Every label of a scenario that a session may store, plus the app's own texts."""
    if scenario is None:
        return app_texts()
    texts: set[str] = {scenario.title}
    for section in scenario.stages:
        texts.update(section.prompts)
        for question in section.choices:
            texts.add(question.question)
            texts.update(option.text for option in question.options)
    for node in (n for section in scenario.stages for n in section.nodes):
        if node.title:
            texts.add(node.title)
        texts.update(choice.text for choice in node.choices)
    return frozenset(texts) | app_texts()


class Cleaner:
    """Cleans the texts of one package and remembers where placeholders stand in each."""

    def __init__(self) -> None:
        self.marks: dict[Key, Spans] = {}
        self.replaced = 0

    def free(self, key: Key, text: str, where: str) -> str:
        """A text the user wrote: anonymised until detect() finds nothing, else refused."""
        out = normalise(text).strip()
        for _ in range(MAX_PASSES):
            if not detect(out):
                break
            result = anonymize(out)
            self.replaced += len(result.replacements)
            out = result.text
        else:
            if detect(out):
                raise ExchangeError(
                    f"In {where} erkennt die Prüfung nach dem Anonymisieren noch persönliche "
                    "Daten. Bitte ersetzen Sie sie im Journal von Hand und teilen Sie dann "
                    "erneut.")
        spans = placeholder_spans(out)
        if spans:
            self.marks[key] = spans
        return out

    def label(self, key: Key, text: str, known: frozenset[str], where: str) -> str:
        """A scenario or app label: verbatim if known, else anonymised like free text."""
        clean = normalise(text).strip()
        if clean in known:
            return clean
        return self.free(key, clean, where)

    def listed(self, key: Key, values: Iterable[str], allowed: frozenset[str],
               where: str) -> list[str]:
        """Values from a fixed list (feelings, helps); anything else is anonymised."""
        out = []
        for index, value in enumerate(values):
            out.append(self.label((*key, index), str(value), allowed, where))
        return [v for v in out if v]
