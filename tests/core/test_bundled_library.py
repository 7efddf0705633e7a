"""The bundled library keeps its promised shape, so it cannot silently thin out later."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core import paths
from desktop.core.scenarios.graph import longest_decision_path
from desktop.core.scenarios.library import load_library
from desktop.core.scenarios.model import Rating, Scenario, Stage

REQUIRED_CARDS = {
    "vier-seiten-modell", "aktives-zuhoeren", "gefuehle-benennen", "ich-botschaften",
    "deeskalation", "grenzen-setzen", "sicherheit-aachener-modell", "schlechte-nachrichten",
    "einfache-sprache", "sprachmittlung", "erwartungsmanagement", "harvard-prinzipien",
    "gewaltfreie-kommunikation", "psychohygiene", "kollegiale-fallberatung", "traumasensibel",
}
HEAVY_TOPICS = {"trauma", "aggression"}


@pytest.fixture(scope="module")
def library():
    return load_library([paths.bundled_scenarios_dir()])


def scenarios(library) -> list[Scenario]:
    return library.sorted_scenarios()


def test_library_lints_without_errors_or_warnings(library):
    """`lint scenarios/` must exit 0 with no warnings at all."""
    assert [str(f) for f in library.findings] == []


def test_counts_settings_levels_and_people(library):
    """At least 18 scenarios; 3 schalter, 6 termin, 3 telefon, 2 schriftlich; each level four
    times; most take 5 to 10 minutes; at least three conversations with three or more people."""
    all_ = scenarios(library)
    assert len(all_) >= 18
    settings = Counter(s.setting.value for s in all_)
    assert settings["schalter"] >= 3 and settings["termin"] >= 6
    assert settings["telefon"] >= 3 and settings["schriftlich"] >= 2
    levels = Counter(s.level for s in all_)
    assert all(levels[level] >= 4 for level in (1, 2, 3)), levels
    assert sum(5 <= s.minutes <= 10 for s in all_) > len(all_) / 2
    # Three or more people in the conversation: the learner (the caseworker), the client and a
    # third party such as an interpreter, a child who interprets, a companion or a spouse.
    third = ("Dolmetsch", "Sprachmittl", "Ehrenamt", "Ehemann", "Ehefrau", "Sohn", "Tochter",
             "Begleit")
    three_way = [s.id for s in all_ if len(s.people) >= 2
                 and any(p.role.startswith(third) for p in s.people)]
    assert len(three_way) >= 3, three_way


def test_technique_cards(library):
    """At least 14 cards, the named ones among them, each with steps, phrases and pitfalls."""
    assert len(library.techniques) >= 14
    assert REQUIRED_CARDS <= set(library.techniques)
    from desktop.core.scenarios.cards import APPOINTMENT_KINDS, card_section

    for card in library.techniques.values():
        for section in ("So geht's", "Formulierungen", "Stolpersteine"):
            assert card_section(card, section), (card.id, section)
    for kind in APPOINTMENT_KINDS:
        assert sum(kind in c.tags for c in library.techniques.values()) >= 2, kind


def _ids(library):
    return [s.id for s in scenarios(library)]


@pytest.mark.parametrize("index", range(18))
def test_each_scenario_has_the_promised_structure(library, index):
    """All four stages; Deuten: an Auswahl with feedback on every option; Beeinflussen and
    Verarbeiten: Fragen and Hinweise; Reagieren: ≥3 decisions on the longest path, ≥2 endings,
    a Gedanke, feedback on every choice, titled decision nodes, a way to recover after an
    unfavourable choice; ≥2 technique cards; heavy topics carry a content note."""
    s = scenarios(library)[index]
    assert [st.key for st in s.stages] == list(Stage)
    deuten = s.stage(Stage.DEUTEN)
    assert deuten.choices and all(len(q.options) >= 2 for q in deuten.choices)
    assert all(o.feedback for q in deuten.choices for o in q.options)
    for key in (Stage.BEEINFLUSSEN, Stage.VERARBEITEN):
        assert s.stage(key).prompts and s.stage(key).hints, (s.id, key)
    dialogue = s.dialogue
    assert longest_decision_path(dialogue) >= 3, s.id
    endings = [n for n in dialogue.nodes if n.ending]
    assert len(endings) >= 2, s.id
    assert any(n.thought for n in dialogue.nodes), s.id
    for node in s.decision_nodes():
        assert node.title, (s.id, node.id)
        assert all(c.feedback for c in node.choices), (s.id, node.id)
    assert _recovers(s), s.id
    assert len(s.techniques) >= 2 and all(t in library.techniques for t in s.techniques)
    if HEAVY_TOPICS & set(s.topics):
        assert s.content_note, s.id


def _recovers(s: Scenario) -> bool:
    """Some ungünstig choice leads to a node from which hilfreich choices reach a better
    ending (an ending reachable from the start through hilfreich choices only)."""
    dialogue = s.dialogue

    def helpful_reach(start: str) -> set[str]:
        seen, stack = {start}, [start]
        while stack:
            for c in dialogue.node(stack.pop()).choices:
                if c.rating is Rating.HILFREICH and c.target not in seen:
                    seen.add(c.target)
                    stack.append(c.target)
        return seen

    better = {n for n in helpful_reach(dialogue.start) if dialogue.node(n).ending}
    return any(c.rating is Rating.UNGUENSTIG and helpful_reach(c.target) & better
               for n in dialogue.nodes for c in n.choices)


def test_names_are_varied(library):
    """Clients come from many backgrounds: no surname carries more than two scenarios."""
    surnames = Counter(p.name.split()[-1] for s in scenarios(library) for p in s.people)
    assert max(surnames.values()) <= 3, surnames.most_common(3)
