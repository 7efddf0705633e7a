"""The studio's dialogue map reads the graph from a file with errors and puts each finding of
the linter on the node whose lines hold it."""

from __future__ import annotations

from desktop.core.scenarios.dialogue_map import build
from desktop.core.scenarios.preview import check_text, node_at
from tests.core.lint_fixtures import VALID_SCENARIO, line_of


def test_missing_target_is_on_its_node_and_the_graph_still_draws():
    """A target that does not exist makes the file invalid; the map still has every node, and
    the error belongs to the node whose choice names it."""
    text = VALID_SCENARIO.replace("-> @plan\n  > Die größte", "-> @nirgends\n  > Die größte")
    result, findings = check_text(text, "x.md")
    assert result.document is None
    dmap = build(text, findings)
    assert {n.id for n in dmap.graph.nodes} == {"start", "aerger", "plan", "ende-gut",
                                                 "ende-schlecht"}
    assert list(dmap.problems) == ["start"] and "@nirgends" in dmap.problems["start"][0]
    assert dmap.lines["plan"] == line_of(text, "### @plan")


def test_thin_dialogue_is_a_note_for_the_whole_map():
    """The warning about a thin dialogue is at the section's line: a note, not a node's."""
    text = VALID_SCENARIO.replace("-> @plan\n  > Anerkennen", "-> @ende-gut\n  > Anerkennen")
    cut = text.replace("- (hilfreich) „Nein. Sie bekommen heute eine Fiktionsbescheinigung.“ "
                       "-> @plan", "- (hilfreich) „Nein.“ -> @ende-gut")
    result, findings = check_text(cut, "x.md")
    dmap = build(cut, findings)
    assert any("zu dünn" in note for note in dmap.notes), (findings, dmap.notes)


def test_node_under_the_cursor():
    """Lines of a node's block belong to it; the Situation does not belong to any node."""
    assert node_at(VALID_SCENARIO, line_of(VALID_SCENARIO, "### @aerger") + 2) == "aerger"
    assert node_at(VALID_SCENARIO, line_of(VALID_SCENARIO, "## Situation") + 1) is None


def test_the_studio_previews_an_explain_exercise():
    """An "erklären" exercise opened in the studio previews its situation, the official text and
    the task (it has no body like a technique card: the preview crashed on it before)."""
    from pathlib import Path

    from desktop.core.scenarios.parser import parse_file
    from desktop.core.scenarios.preview import document_html

    path = Path(__file__).resolve().parents[2] / "scenarios" / "erklaeren" / "duldung.md"
    exercise = parse_file(path).document
    html = document_html(exercise)
    assert "<h2>Vorlage</h2>" in html and "<h2>Aufgabe</h2>" in html
    assert exercise.title in html
