"""The entry model: one typed view of an entry, from the journal and from a share document alike,
with every word a renderer adds coming from the labels it is given."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

import pytest

from desktop.commands.labels_de import GERMAN
from desktop.core.exchange.share import entry_view
from desktop.core.journal.entry import (
    AnswerItem,
    ChoiceItem,
    EntryLabels,
    InstrumentsItem,
    ReflectionItem,
    WalkItem,
)
from desktop.core.journal.markdown import render_markdown
from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios.model import Rating
from tests.core.exchange_factory import fill_journal, open_journal, shared


@pytest.fixture
def filled(tmp_path):
    journal = open_journal(tmp_path / "daten")
    ids = fill_journal(journal)
    yield journal, ids
    journal.close()


def _kinds(view):
    return [(s.step, [type(i).__name__ for i in s.items]) for s in view.sections]


def test_journal_entry_is_typed_sections_in_step_order(filled):
    """An Übung reads as sections in step order: answers, the choice, the walk with its rated
    steps, the instruments; tags, feedback and shares are typed too."""
    journal, ids = filled
    journal.tags.set(ids["uebung"], ["schalter"])
    journal.feedback.add(ids["uebung"], "Gut gedeutet.", stage="deuten", sender="S.")
    journal.shares.add(ids["uebung"], "freigabe.json")
    view = journal.entry(ids["uebung"])
    assert view.facts.kind is SessionKind.UEBUNG and view.facts.finished
    assert view.facts.tags == ("schalter",)
    assert _kinds(view) == [
        (Step.DEUTEN, ["AnswerItem", "ChoiceItem"]), (Step.BEEINFLUSSEN, ["AnswerItem"]),
        (Step.REAGIEREN, ["WalkItem"]), (Step.VERARBEITEN, ["InstrumentsItem"])]
    walk = view.walk
    assert isinstance(walk, WalkItem) and len(walk.steps) == 2
    assert all(isinstance(s.rating, Rating) for s in walk.steps)
    tools = view.section(Step.VERARBEITEN).items[0]
    assert isinstance(tools, InstrumentsItem)
    assert (tools.strain_before, tools.strain_after) == (7, 4)
    assert tools.feelings == ("wütend", "unsicher")
    assert [(f.stage, f.text, f.sender) for f in view.feedback] == \
        [(Step.DEUTEN, "Gut gedeutet.", "S.")]
    assert [s.file_name for s in view.shares] == ["freigabe.json"]
    with pytest.raises(KeyError):
        journal.entry(99_999)


def test_a_shared_entry_has_the_same_shape_as_the_journal_entry(filled):
    """exchange.share builds the same view from a share document: the same sections and
    items, the anonymised texts, each item pointing at its place in the document."""
    journal, ids = filled
    build = shared(journal, [ids["uebung"], ids["moment"], ids["own"]])
    for entry, key in zip(build.entries, ("uebung", "moment", "own"), strict=True):
        mine, theirs = journal.entry(ids[key]), entry_view(entry)
        assert _kinds(theirs) == _kinds(mine), key
        assert theirs.facts.kind is mine.facts.kind and theirs.facts.id == entry["id"]
    theirs = entry_view(build.entries[0])
    answer = theirs.sections[0].items[0]
    assert isinstance(answer, AnswerItem) and answer.source == ("answers", 0)
    assert "Haddad" not in answer.text and "[Person A]" in answer.text
    choice = theirs.sections[0].items[1]
    assert isinstance(choice, ChoiceItem) and choice.feedback == ""  # not in a share
    moment = entry_view(build.entries[1])
    assert isinstance(moment.sections[-1].items[-1], ReflectionItem)


def _strings(value: object) -> set[str]:
    """Every text inside a view: what the user wrote and what the scenario said."""
    if isinstance(value, str):
        return {value} if value else set()
    if isinstance(value, tuple):
        return set().union(*(_strings(v) for v in value)) if value else set()
    if is_dataclass(value):
        return set().union(*(_strings(getattr(value, f.name)) for f in fields(value)))
    return set()


def _keys_only() -> EntryLabels:
    """Labels whose every word is its own key in brackets: what the core adds is visible."""
    values = {}
    for field in fields(EntryLabels):
        if field.name == "kinds":
            values["kinds"] = {k: f"<{k.value}>" for k in SessionKind}
        elif field.name == "steps":
            values["steps"] = {s: f"<{s.value}>" for s in Step}
        elif field.name == "ratings":
            values["ratings"] = {r: f"<{r.value}>" for r in Rating}
        elif field.name == "when":
            values["when"] = lambda stamp: "<when>"
        elif field.name == "choices":
            continue  # the stored catalog values are the user's words here
        else:
            values[field.name] = f"<{field.name}>" + "".join(
                f" {{{name}}}" for name in ("title", "when", "step", "before", "after",
                                            "sender") if name in _PLACEHOLDERS[field.name])
    return EntryLabels(**values)


_PLACEHOLDERS = {f.name: () for f in fields(EntryLabels)} | {
    "scenario": ("title",), "started": ("when",), "finished": ("when",), "draft": ("step",),
    "strain_values": ("before", "after"), "feedback_from": ("sender", "when"),
    "feedback_received": ("when",),
    "shared": ("when",)}


def test_the_markdown_adds_no_word_of_its_own(filled):
    """Every word the Markdown page adds comes from the labels: with labels that are keys, no
    German (or any other) word is left besides the user's and the scenario's texts."""
    journal, ids = filled
    journal.feedback.add(ids["uebung"], "Gut.", sender="")
    view = journal.entry(ids["uebung"])
    page = render_markdown(view, _keys_only())
    rest = page
    for text in sorted(_strings(view), key=len, reverse=True):
        rest = rest.replace(text, "")
    rest = re.sub(r"<[^>]*>", "", rest)
    leftover = set(re.findall(r"[A-Za-zÄÖÜäöüß]{3,}", rest))
    assert leftover == set(), leftover
    assert "<feedback_received>" in page and "<feedback>" in page


def test_the_command_line_exports_in_german(filled):
    """`journal export` speaks German: the command line's labels render a readable page."""
    journal, ids = filled
    page = render_markdown(journal.entry(ids["uebung"]), GERMAN)
    assert "- Übung" in page and "**Belastung:** vorher 7, nachher 4 (von 10)" in page
    assert "## Verarbeiten" in page and "Ihr Weg durch das Gespräch" in page
    own = render_markdown(journal.entry(ids["own"]), GERMAN)
    assert "- Eigener Fall" in own and "✎ Entwurf, unterbrochen bei" in own
