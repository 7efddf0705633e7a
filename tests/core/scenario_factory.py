"""Scenario objects built in code for the practice and journal tests.

The tests never read the bundled content: a change to a scenario file must not break a test of
the state machine, and these tests must run before the parser exists.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desktop.core import config
from desktop.core.paths import DataPaths
from desktop.core.scenarios.model import (
    ChoiceQuestion,
    DialogueChoice,
    DialogueNode,
    Option,
    Person,
    Rating,
    Scenario,
    Setting,
    SpokenLine,
    Stage,
    StageSection,
)

H, T, U = Rating.HILFREICH, Rating.TEILS, Rating.UNGUENSTIG


def node(node_id: str, line: str, choices: list[tuple[Rating, str, str]] | None = None,
         thought: str | None = None, title: str | None = None) -> DialogueNode:
    """A node: one spoken line; choices as (rating, text, target) with generated feedback."""
    return DialogueNode(
        id=node_id, title=title, line=1,
        lines=(SpokenLine("kunde", line),),
        thought=thought,
        choices=tuple(DialogueChoice(r, text, target, f"Rückmeldung zu: {text}")
                      for r, text, target in (choices or [])),
    )


def dialogue_nodes() -> tuple[DialogueNode, ...]:
    """A small graph with a loop back to the start, a detour and two endings."""
    return (
        node("start", "„Dann bin ich in zehn Tagen illegal?“", [
            (H, "„Nein. Ich stelle Ihnen heute eine Fiktionsbescheinigung aus.“", "ruhig"),
            (U, "„Das hätten Sie sich vorher überlegen müssen.“", "laut"),
            (T, "„Was genau macht Ihnen Sorgen?“", "nachfrage"),
        ], thought="Wenn ich die Arbeit verliere, verliere ich alles.", title="Am Schalter"),
        node("laut", "„Ich habe sechs Wochen gewartet!“", [
            (H, "„Das stimmt, das war lang.“", "ruhig"),
            (U, "„Werden Sie bitte nicht laut.“", "eskalation"),
        ], thought="Niemand hört mir zu."),
        node("nachfrage", "„Alles! Die Arbeit, die Wohnung.“", [
            (H, "„Dann sichern wir zuerst Ihren Aufenthalt.“", "ruhig"),
            (T, "„Fangen wir noch einmal von vorn an.“", "start"),
        ]),
        node("eskalation", "*Er steht auf.*", [
            (T, "„Ich hole eine Kollegin dazu.“", "ende-abbruch"),
        ]),
        node("ruhig", "„Gut. Was brauche ich noch?“", [
            (H, "„Die Gehaltsnachweise, bis zum 30.“", "ende-gut"),
            (T, "„Steht alles im Brief.“", "ende-abbruch"),
        ]),
        node("ende-gut", "*Er nimmt die Liste entgegen.*", title="Ende"),
        node("ende-abbruch", "*Er geht.*"),
    )


def make_scenario(scenario_id: str = "unterlagen-fehlen", **changes: object) -> Scenario:
    """A complete, valid scenario: prompts, two Auswahl questions, Hinweise, a dialogue."""
    scenario = Scenario(
        id=scenario_id,
        title="Verlängerung mit fehlenden Unterlagen",
        summary="Herr Haddad möchte verlängern, aber Nachweise fehlen.",
        minutes=6,
        level=1,
        setting=Setting.TERMIN,
        topics=("aufenthaltserlaubnis",),
        people=(Person("kunde", "Herr Haddad", "Kunde"),),
        situation="Herr Haddad hat nach sechs Wochen einen Termin.",
        techniques=("aktives-zuhoeren", "deeskalation"),
        stages=(
            StageSection(
                key=Stage.DEUTEN,
                intro="**Herr Haddad:** „Was wollen Sie denn noch?“",
                prompts=("Was hören Sie heraus?", "Welche zweite Deutung gibt es?"),
                choices=(
                    ChoiceQuestion("Was hören Sie vor allem?", (
                        Option("Vorwürfe.", False, "Eher die Oberfläche."),
                        Option("Angst um die Erlaubnis.", True, "Sorge in Ärgerform."),
                    )),
                    ChoiceQuestion("Was ist Ihr erster Impuls?", (
                        Option("Mich verteidigen.", False, "Verständlich, aber …"),
                        Option("Nachfragen.", True, None),
                        Option("Die Sorge benennen.", True, "Gut."),
                    )),
                ),
                hints="Hinter Gereiztheit steckt hier meist Zeitdruck.",
            ),
            StageSection(
                key=Stage.BEEINFLUSSEN,
                prompts=("Wie eröffnen Sie das Gespräch?",),
                hints="Transparenz über den Ablauf.",
            ),
            StageSection(
                key=Stage.REAGIEREN,
                choices=(ChoiceQuestion("Was tun Sie, wenn er laut wird?", (
                    Option("Zurückschreien.", False, "Nein."),
                    Option("Ruhig bleiben.", True, "Ja."),
                )),),
                hints="Vom Gefühl zur Sache.",
                start="start",
                nodes=dialogue_nodes(),
            ),
            StageSection(
                key=Stage.VERARBEITEN,
                prompts=("Was hat Sie Kraft gekostet?", "Was hat gutgetan?"),
            ),
        ),
    )
    return replace(scenario, **changes) if changes else scenario  # type: ignore[arg-type]


def make_paths(root) -> DataPaths:
    """DataPaths below a test folder (the folder need not exist yet)."""
    return DataPaths(root)


def make_settings(**overrides: object) -> config.Settings:
    """Default settings with some values changed, no files, no policy."""
    settings = config.load(user_file=None, policy={})
    settings.values.update(overrides)
    return settings


class StepClock:
    """A settable clock; each call moves on one second, so every timestamp differs and is
    known (default start: 4 May 2026, 09:00 UTC)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 5, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
