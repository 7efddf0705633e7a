"""From a real case to a scenario draft: the skeleton is a valid scenario with TODO markers, one
decision node per described moment, and no personal data from the notes survives."""

from __future__ import annotations

from desktop.core.scenarios.draft import draft_from_case, moments, personal_data
from desktop.core.scenarios.model import Scenario, Severity
from desktop.core.scenarios.parser import parse_text

# Made differently from the anonymiser's own corpus: names, a date, a file number, a phone
# number and an e-mail address written the way a tired caseworker writes them.
ANSWERS = {
    "situation": ["Frau Oksana Bondarenko kam am 3.11. ohne Termin (Az. 34-5678/25), "
                  "Rückruf unter 0151 2345678 oder o.bondarenko@example.org."],
    "deuten": ["Sie hatte Angst, ihre Stelle in der Pflege zu verlieren."],
    "beeinflussen": ["Ich hätte gleich sagen sollen, wie lange es dauert."],
    "reagieren": ["- Sie fing an zu weinen, als ich die Frist nannte.\n"
                  "- Ihr Bruder Taras mischte sich ein und wurde laut.\n"
                  "- Am Ende verlangte sie meinen Vorgesetzten, Herrn Albrecht.",
                  "Erst die Sorge ansprechen, dann die Frist erklären."],
}
LEAKS = ["Oksana", "Bondarenko", "34-5678", "0151", "example.org", "Taras", "Albrecht", "3.11."]


def test_draft_is_a_valid_scenario_with_one_node_per_moment():
    """Three moments described give start, moment-2 and moment-3 with choices, two endings,
    no lint error, and TODO markers for the trainer."""
    assert len(moments(ANSWERS["reagieren"][0])) == 3
    text = draft_from_case("Frist verpasst", ANSWERS)
    result = parse_text(text)
    assert not [f for f in result.findings if f.severity is Severity.ERROR], result.findings
    scenario = result.document
    assert isinstance(scenario, Scenario)
    decisions = [n.id for n in scenario.decision_nodes()]
    assert decisions == ["start", "moment-2", "moment-3"]
    assert {n.id for n in scenario.dialogue.nodes if n.ending} == {"ende-gut", "ende-schwierig"}
    assert "TODO" in text and "Erst die Sorge ansprechen" in text
    assert "Angst, ihre Stelle in der Pflege" in text


def test_draft_keeps_no_personal_data():
    """No name, date, file number, phone number or address from the notes is in the draft, and
    the check the studio runs before saving finds nothing."""
    text = draft_from_case("Gespräch mit Frau Bondarenko", ANSWERS)
    for leak in LEAKS:
        assert leak not in text, leak
    assert personal_data(text) == []


def test_personal_data_typed_into_a_draft_is_found():
    """A trainer who types a real name into the draft is stopped by the same check."""
    text = draft_from_case("Entwurf", ANSWERS) + "\nFrau Bondarenko rief am 12.03.2026 an.\n"
    found = {f.text for f in personal_data(text)}
    assert any("Bondarenko" in t for t in found)


def test_empty_entry_still_gives_a_valid_skeleton():
    """An entry with no answers gives a valid skeleton with TODOs in every place."""
    result = parse_text(draft_from_case("", {}))
    assert result.document is not None, result.findings
