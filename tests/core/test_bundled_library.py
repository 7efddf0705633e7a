"""The bundled library keeps its promised shape, so it cannot silently thin out later."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.scenarios.cards import APPOINTMENT_KINDS, card_section, cards_for_kind
from desktop.core.scenarios.graph import longest_decision_path
from desktop.core.scenarios.library import load_library
from desktop.core.scenarios.model import Rating, Scenario, Stage
from desktop.core.scenarios.rechtsstand import months_before

REQUIRED_CARDS = {
    "vier-seiten-modell", "aktives-zuhoeren", "gefuehle-benennen", "ich-botschaften",
    "deeskalation", "grenzen-setzen", "sicherheit-aachener-modell", "schlechte-nachrichten",
    "einfache-sprache", "sprachmittlung", "erwartungsmanagement", "harvard-prinzipien",
    "gewaltfreie-kommunikation", "psychohygiene", "kollegiale-fallberatung", "traumasensibel",
}
HEAVY_TOPICS = {"trauma", "aggression", "suizid", "bedrohung", "abschiebung", "trauer"}
SCENARIO_COUNT = 30
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "autorenleitfaden.md"


@pytest.fixture(scope="module")
def library():
    return load_library([paths.bundled_scenarios_dir()])


def scenarios(library) -> list[Scenario]:
    return library.sorted_scenarios()


def test_library_lints_without_errors_or_warnings(library):
    """`lint scenarios/` must exit 0 with no warnings at all."""
    assert [str(f) for f in library.findings] == []


def test_counts_settings_levels_and_people(library):
    """30 scenarios; 3 schalter, 6 termin, 3 telefon, 2 schriftlich; each level four times;
    most take 5 to 10 minutes; at least three conversations with three or more people."""
    all_ = scenarios(library)
    assert len(all_) == SCENARIO_COUNT, [s.id for s in all_]
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
    for card in library.techniques.values():
        for section in ("So geht's", "Formulierungen", "Stolpersteine"):
            assert card_section(card, section), (card.id, section)
    for kind in APPOINTMENT_KINDS:
        assert sum(kind in c.tags for c in library.techniques.values()) >= 2, kind


@pytest.mark.parametrize("index", range(SCENARIO_COUNT))
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


# --- people and origins ----------------------------------------------------------------------

ADDRESS = re.compile(r"\b(?:Frau|Herrn?)\s+(?:Dr\.\s+)?([A-ZÄÖÜŞ][\w’'-]+)")
COUNTRIES = ("Syrien", "Türkei", "Ukraine", "Afghanistan", "Eritrea", "Somalia", "Nigeria",
             "Kosovo", "Indien", "Vietnam", "Irak", "Iran", "Kamerun", "Guinea", "Serbien",
             "Georgien", "Gambia", "Pakistan", "Äthiopien", "Kolumbien", "Marokko")


def surname(name: str) -> str:
    words = [w for w in name.split() if w not in {"Frau", "Herr", "Dr."}]
    return words[-1] if words else name


def test_no_person_name_is_used_twice(library):
    """No surname (or single name, like a child's) belongs to people of two scenarios, clients,
    companions, colleagues and interpreters alike: a reused name makes learners think of the
    same person."""
    owners: dict[str, set[str]] = {}
    for s in [*scenarios(library), *library.exercises.values()]:
        for p in s.people:
            owners.setdefault(surname(p.name), set()).add(s.id)
    twice = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert not twice, twice


def test_names_mentioned_in_texts_do_not_cross_files(library):
    """A person only mentioned in a scenario's text (a sick colleague, a lawyer's client) or in
    a technique card's phrases has a name that no other scenario uses."""
    documents = [*scenarios(library), *library.exercises.values()]
    people = {surname(p.name): s.id for s in documents for p in s.people}
    mentioned: dict[str, set[str]] = {}
    for doc in [*documents, *library.techniques.values()]:
        text = doc.path.read_text("utf-8")
        for name in set(ADDRESS.findall(text)):
            mentioned.setdefault(name, set()).add(doc.id)
    crossing = {}
    for name, docs in mentioned.items():
        owners = docs | ({people[name]} if name in people else set())
        if len(owners) > 1:
            crossing[name] = sorted(owners)
    assert not crossing, crossing


def test_origins_are_varied(library):
    """People come from many countries, the largest groups among them (Syria, Türkei, Ukraine),
    and no country dominates."""
    per_country = Counter()
    for s in scenarios(library):
        text = " ".join(p.description or "" for p in s.people)
        for country in COUNTRIES:
            if country in text:
                per_country[country] += 1
    assert {"Syrien", "Türkei", "Ukraine"} <= set(per_country), per_country
    assert len(per_country) >= 15, per_country
    assert max(per_country.values()) <= 3, per_country.most_common(3)


# --- content standards -----------------------------------------------------------------------

def test_every_scenario_states_a_current_rechtsstand(library):
    """Every bundled scenario gives the day its legal content was checked, not in the future
    and within 18 months, so `lint scenarios/` stays free of warnings; when this fails, the
    review routine of the authoring guide (section 12) is due."""
    today = date.today()
    oldest = months_before(today, 18)
    for s in scenarios(library):
        assert s.rechtsstand is not None, s.id
        assert oldest <= s.rechtsstand <= today, (s.id, s.rechtsstand)


def test_sources_name_the_norms(library):
    """Every scenario's Quellen name the norms it relies on (a § or an article), so a reviewer
    can check them."""
    for s in scenarios(library):
        assert s.sources and re.search(r"§|Art\.", s.sources), s.id


def _helpful_paths(s: Scenario) -> list[list]:
    """Every path from the start to an ending along hilfreich choices only (no node twice)."""
    dialogue = s.dialogue
    found: list[list] = []

    def walk(node_id: str, taken: list, seen: set[str]) -> None:
        node = dialogue.node(node_id)
        if node.ending:
            found.append(taken)
            return
        for c in node.choices:
            if c.rating is Rating.HILFREICH and c.target not in seen:
                walk(c.target, [*taken, c], seen | {c.target})

    walk(dialogue.start, [], {dialogue.start})
    return found


def test_good_endings_do_not_all_end_in_thanks(library):
    """Not every client thanks you: fewer than a third of the endings reached by helpful
    choices have someone saying or writing thanks."""
    best = {s.id: {p[-1].target for p in _helpful_paths(s)} for s in scenarios(library)}
    thanked = [(s.id, e) for s in scenarios(library) for e in best[s.id]
               if re.search(r"[Dd]anke|bedankt",
                            " ".join(line.text for line in s.dialogue.node(e).lines))]
    total = sum(len(v) for v in best.values())
    assert len(thanked) < total / 3, thanked


def test_own_feelings_are_not_right_or_wrong_choices(library):
    """A question about the learner's own feelings is a Fragen prompt, never an Auswahl with
    recommended and not recommended answers."""
    feeling = re.compile(r"bei Ihnen aus|Ihnen selbst|Wie geht es Ihnen|fühlen Sie")
    for s in scenarios(library):
        for stage in s.stages:
            for q in stage.choices:
                assert not feeling.search(q.question), (s.id, q.question)


PROTECTION = re.compile(r"Alarm|Codewort|Notruf|110|112|verlassen|beende|Gespräch ist beendet|"
                        r"Abstand|Sicherheitsdienst|zweite[nr]? (?:Tür|Ausgang)|nicht allein",
                        re.IGNORECASE)


def test_safety_scenarios_are_won_by_protection(library):
    """At least three scenarios at level 2 or 3 carry the topic `sicherheit` (Aachen level 2-3
    or self-harm), and every helpful path to their best ending includes a protective step
    (end the conversation, distance, alarm, code word, help) rather than talk alone."""
    safety = [s for s in scenarios(library) if "sicherheit" in s.topics]
    assert len([s for s in safety if s.level >= 2]) >= 3, [s.id for s in safety]
    for s in safety:
        paths_ = _helpful_paths(s)
        assert paths_, s.id
        for p in paths_:
            assert any(PROTECTION.search(c.text) for c in p), (s.id, [c.target for c in p])


def test_every_situation_of_the_domain_brief_has_a_scenario(library):
    """The guide's table (section 13) maps each of the 25 situations of domain-brief.md §4 to a
    scenario of the library."""
    text = GUIDE.read_text("utf-8").split("## 13.", 1)[1]
    rows = re.findall(r"^\| (\d+) \| [^|]+ \| `([a-z0-9-]+)` \|$", text, re.M)
    assert [int(n) for n, _ in rows] == list(range(1, 26)), rows
    missing = [(n, ident) for n, ident in rows if ident not in library.scenarios]
    assert not missing, missing


# --- "Vor dem Termin" ------------------------------------------------------------------------

def test_before_the_appointment_offers_preparation_with_safety_first(library):
    """Each appointment type lists two to five cards; after-care cards (tag nachsorge) are not
    offered as preparation; for angry clients and risky appointments the safety card comes
    first; card phrases stand alone without a scenario's names (checked above)."""
    cards = list(library.techniques.values())
    for kind in APPOINTMENT_KINDS:
        shown = cards_for_kind(cards, kind)
        assert 2 <= len(shown) <= 5, (kind, [c.id for c in shown])
        assert not [c.id for c in shown if "nachsorge" in c.tags], kind
    for kind in ("aerger", "sicherheit"):
        assert cards_for_kind(cards, kind)[0].id == "sicherheit-aachener-modell", kind
    assert cards_for_kind(cards, "begleitung")[0].id == "rollen-klaeren"


EXERCISES = {"erklaeren-ablehnung-verlaengerung", "erklaeren-fiktionsbescheinigung",
             "erklaeren-passbeschaffung", "erklaeren-duldung", "erklaeren-rechtsbehelfsbelehrung",
             "erklaeren-fehlende-unterlagen", "erklaeren-terminbrief",
             "erklaeren-verpflichtungserklaerung"}


def test_the_eight_explain_exercises(library):
    """Issue 23: the eight situations, each for a client with little German (A1 to B1), with
    a first point, key words, at least two model answers (lint has checked them against the
    checker), sources and a current rechtsstand."""
    assert EXERCISES <= set(library.exercises)
    for ident in EXERCISES:
        exercise = library.exercises[ident]
        assert exercise.language_level in ("A1", "A2", "B1"), ident
        assert sum(p.first for p in exercise.points) == 1, ident
        assert len(exercise.points) >= 3 and len(exercise.answers) >= 2, ident
        assert exercise.sources and "§" in exercise.sources, ident
        assert exercise.rechtsstand is not None, ident
