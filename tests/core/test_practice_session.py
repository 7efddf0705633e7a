"""The practice state machine: steps, answers, Auswahl, Hinweise, the dialogue walk, summary."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.core.practice import (
    FEELINGS,
    HELPS,
    OWN_CASE_PROMPTS,
    ChangeKind,
    PracticeSession,
    SessionKind,
    Step,
)
from desktop.core.scenarios.model import Rating, Stage
from tests.core.scenario_factory import StepClock, make_scenario


@pytest.fixture
def session(scenario):
    return PracticeSession.uebung(scenario, clock=StepClock())


def test_uebung_walks_all_six_steps_in_order(session):
    """An Übung goes Situation → … → Zusammenfassung; next/previous stop at the ends."""
    assert session.steps == tuple(Step)
    assert session.step is Step.SITUATION
    assert session.previous_step() is Step.SITUATION
    seen = [session.step]
    for _ in range(7):
        seen.append(session.next_step())
    assert seen[:6] == list(Step)
    assert session.step is Step.ZUSAMMENFASSUNG
    assert not session.finished
    session.go_to(Stage.DEUTEN)
    assert session.step is Step.DEUTEN
    session.finish()
    assert session.finished and session.step is Step.ZUSAMMENFASSUNG


def test_answers_are_recorded_per_prompt_and_blank_removes(session):
    """answer() keeps the text with its prompt; a blank answer removes it; bad indices fail."""
    session.answer(Stage.DEUTEN, 1, "Zeitdruck")
    session.answer("deuten", 0, "Angst")
    assert session.answer_text(Step.DEUTEN, 0) == "Angst"
    assert [(a.step, a.index, a.prompt) for a in session.answers] == [
        (Step.DEUTEN, 0, "Was hören Sie heraus?"), (Step.DEUTEN, 1, "Welche zweite Deutung gibt es?")]
    session.answer("deuten", 0, "   ")
    assert session.answer_text("deuten", 0) == ""
    with pytest.raises(IndexError):
        session.answer("deuten", 2, "gibt es nicht")
    with pytest.raises(IndexError):
        session.answer(Step.SITUATION, 0, "Situation hat in einer Übung keine Fragen")
    with pytest.raises(ValueError):
        session.answer("irgendwo", 0, "x")


def test_auswahl_reveals_feedback_and_can_be_changed(session):
    """choose() returns the option with its feedback; choosing again replaces the choice."""
    option = session.choose(Stage.DEUTEN, 0, 0)
    assert option.feedback == "Eher die Oberfläche." and not option.recommended
    assert session.choice("deuten", 0).option == "Vorwürfe."
    session.choose("deuten", 0, 1)
    record = session.choice("deuten", 0)
    assert record.recommended and record.question == "Was hören Sie vor allem?"
    with pytest.raises(IndexError):
        session.choose("deuten", 0, 5)
    with pytest.raises(IndexError):
        session.choose("beeinflussen", 0, 0)


def test_hints_appear_only_after_the_stage_was_answered(session):
    """Hinweise are refused before any answer in the stage and recorded once when shown."""
    assert not session.hints_available("deuten")
    with pytest.raises(ValueError):
        session.show_hints("deuten")
    session.choose("deuten", 1, 2)
    assert session.show_hints("deuten") == "Hinter Gereiztheit steckt hier meist Zeitdruck."
    session.show_hints("deuten")
    assert session.hints_seen == (Stage.DEUTEN,)
    assert not session.hints_available("verarbeiten")  # the stage has no Hinweise at all
    session.dialogue.choose(0)
    assert session.hints_available("reagieren")


def test_dialogue_walk_choose_records_rating_and_feedback(session):
    """Each choice moves to its target and is kept with its rating and feedback."""
    walk = session.dialogue
    assert walk.current.id == "start" and not walk.can_undo
    choice = walk.choose(2)
    assert choice.rating is Rating.TEILS and choice.feedback.startswith("Rückmeldung")
    assert walk.current.id == "nachfrage"
    walk.choose(0)
    walk.choose(0)
    assert walk.visited == ("start", "nachfrage", "ruhig", "ende-gut")
    assert walk.finished and walk.current.ending
    with pytest.raises(ValueError):
        walk.choose(0)
    assert [s.rating for s in walk.path] == [Rating.TEILS, Rating.HILFREICH, Rating.HILFREICH]


def test_undo_takes_back_the_last_choice_but_keeps_it_in_history(session):
    """undo() returns to the previous node; the undone step stays visible in history."""
    walk = session.dialogue
    walk.choose(1)  # ungünstig → laut
    taken_back = walk.undo()
    assert taken_back.undone and taken_back.node_id == "start"
    assert walk.current.id == "start" and walk.path == ()
    assert [s.undone for s in walk.history] == [True]
    walk.choose(0)
    assert walk.current.id == "ruhig"
    assert [s.seq for s in walk.history] == [1, 2]
    walk.undo()
    assert walk.undo() is None


def test_restart_from_a_visited_node_continues_from_its_latest_visit(session):
    """restart_from() truncates the path at the node (the latest visit in a loop)."""
    walk = session.dialogue
    walk.choose(2)  # start → nachfrage
    walk.choose(1)  # nachfrage → start (loop)
    walk.choose(1)  # start → laut
    walk.choose(1)  # laut → eskalation
    assert walk.visited == ("start", "nachfrage", "start", "laut", "eskalation")
    walk.restart_from("start")
    assert walk.visited == ("start", "nachfrage", "start")
    assert sum(s.undone for s in walk.history) == 2
    walk.restart_from("start")  # already there: nothing changes
    assert walk.visited == ("start", "nachfrage", "start")
    with pytest.raises(ValueError):
        walk.restart_from("ende-gut")


def test_thought_is_revealed_only_after_choosing_there(session):
    """A node's thought is shown once the learner chose at that node, and recorded once."""
    walk = session.dialogue
    assert not walk.thought_available("start")
    with pytest.raises(ValueError):
        walk.reveal_thought("start")
    walk.choose(1)
    assert walk.reveal_thought() == "Wenn ich die Arbeit verliere, verliere ich alles."
    walk.reveal_thought("start")
    assert walk.thoughts_seen == ("start",)
    walk.choose(1)  # laut → eskalation
    walk.choose(0)  # eskalation has no thought
    assert not walk.thought_available("eskalation")
    assert walk.reveal_thought("laut") == "Niemand hört mir zu."


def test_instruments_validate_their_values(session):
    """Strain is 0–10, feelings and helps come from the fixed German lists, in list order."""
    session.set_strain_before(7)
    session.set_strain_after(0)
    for bad in (11, -1, True, 2.5):
        with pytest.raises(ValueError):
            session.set_strain_after(bad)
    session.set_feelings(["ruhig", "wütend"])
    assert session.instruments.feelings == ("wütend", "ruhig")
    with pytest.raises(ValueError):
        session.set_feelings(["genervt von Formularen"])
    session.set_helps([HELPS[3], HELPS[0]])
    session.set_helps_other("Spaziergang in der Mittagspause")
    session.set_takeaway("Erst die Sorge, dann die Sache.")
    tools = session.instruments
    assert (tools.strain_before, tools.strain_after) == (7, 0)
    assert tools.helps == (HELPS[0], HELPS[3])
    assert "erschöpft" in FEELINGS and "Supervision" in HELPS


def test_summary_counts_path_choices_and_notes(session, scenario):
    """summary() derives the path, rating counts, choices vs recommended, techniques, notes."""
    session.answer("deuten", 0, "Angst um die Arbeit")
    session.choose("deuten", 0, 0)  # not recommended
    session.choose("deuten", 1, 1)  # recommended
    session.choose("reagieren", 0, 1)  # recommended
    walk = session.dialogue
    walk.choose(1)  # ungünstig, taken back
    walk.undo()
    walk.choose(2)  # teils
    walk.choose(0)  # hilfreich
    walk.choose(1)  # teils → ende-abbruch
    session.set_takeaway("Nachfragen hilft.")
    session.set_reflection("Ich war zu schnell.")
    summary = session.summary()
    assert summary.visited == ("start", "nachfrage", "ruhig", "ende-abbruch")
    assert summary.ending == "ende-abbruch"
    assert (summary.ratings.hilfreich, summary.ratings.teils, summary.ratings.unguenstig) == (1, 2, 0)
    assert summary.ratings.total == 3 and summary.taken_back == 1
    assert (summary.recommended_chosen, summary.choices_total) == (2, 3)
    first = summary.choices[0]
    assert first.chosen == "Vorwürfe." and first.recommended == ("Angst um die Erlaubnis.",)
    assert summary.techniques == scenario.techniques
    assert [n.text for n in summary.notes] == [
        "Angst um die Arbeit", "Ich war zu schnell.", "Nachfragen hilft."]


def test_zwischendurch_is_one_decision_with_context_and_a_line(scenario):
    """Zwischendurch starts at its node, allows one choice (undo to retry) and one line."""
    quick = PracticeSession.zwischendurch(scenario, "ruhig")
    assert quick.kind is SessionKind.ZWISCHENDURCH
    assert quick.steps == (Step.SITUATION, Step.REAGIEREN, Step.ZUSAMMENFASSUNG)
    assert [n.id for n in quick.lead_in()] == ["start"]
    walk = quick.dialogue
    assert walk.current.id == "ruhig" and not walk.finished
    walk.choose(1)
    assert walk.finished and walk.current.id == "ende-abbruch"
    walk.undo()
    walk.choose(0)
    with pytest.raises(ValueError):
        walk.choose(0)
    quick.set_reflection("Konkrete Frist nennen.")
    assert quick.prompts("reagieren") == () and quick.questions("reagieren") == ()
    with pytest.raises(ValueError):
        quick.go_to(Step.DEUTEN)
    summary = quick.summary()
    assert summary.ratings.hilfreich == 1 and summary.taken_back == 1
    with pytest.raises(ValueError):
        PracticeSession.zwischendurch(scenario, "ende-gut")  # an ending is no decision


def test_eigener_fall_reflects_in_free_text_through_the_four_stages():
    """An eigener Fall has no scenario: the app's own prompts, free text, the instruments."""
    own = PracticeSession.eigener_fall("Schalter, Montag")
    assert own.kind is SessionKind.EIGENER_FALL and own.scenario is None
    assert own.dialogue is None and own.hints("deuten") is None
    assert own.prompts(Step.SITUATION) == OWN_CASE_PROMPTS[Step.SITUATION]
    own.answer(Step.SITUATION, 0, "Ein Kunde wurde laut, weil sein Termin verschoben wurde.")
    own.answer(Step.REAGIEREN, 1, "Früher eine Kollegin dazuholen.")
    own.set_strain_before(8)
    own.set_strain_after(5)
    own.set_title("Schalter, Dienstag")
    summary = own.summary()
    assert summary.path == () and summary.ending is None and summary.title == "Schalter, Dienstag"
    assert len(summary.notes) == 2
    with pytest.raises(ValueError):
        PracticeSession(SessionKind.EIGENER_FALL, make_scenario())


def test_changes_are_emitted_after_each_mutation_and_not_for_no_ops(session):
    """Listeners hear one Change per real change; unsubscribing stops them."""
    heard = []
    unsubscribe = session.subscribe(heard.append)
    session.next_step()
    session.answer("deuten", 0, "a")
    session.answer("deuten", 0, "a")  # unchanged: no event
    session.choose("deuten", 0, 1)
    session.dialogue.choose(0)
    session.dialogue.undo()
    session.set_strain_before(3)
    session.set_strain_before(3)  # unchanged
    unsubscribe()
    session.set_strain_before(4)
    kinds = [c.kind for c in heard]
    assert kinds == [ChangeKind.STEP, ChangeKind.ANSWER, ChangeKind.CHOICE, ChangeKind.WALK,
                     ChangeKind.WALK, ChangeKind.INSTRUMENTS]
    assert heard[1].step is Step.DEUTEN and heard[1].index == 0
    assert heard[3].seqs == (1,) and heard[4].seqs == (1,)


def _played(session: PracticeSession) -> PracticeSession:
    session.set_strain_before(6)
    session.go_to(Step.REAGIEREN)
    if session.kind is SessionKind.UEBUNG:
        session.answer("deuten", 1, "Zeitdruck, Sorge")
        session.choose("deuten", 0, 1)
        session.show_hints("deuten")
    if session.dialogue is not None:
        session.dialogue.choose(1 if session.kind is SessionKind.UEBUNG else 0)
        session.dialogue.reveal_thought()
        session.dialogue.undo()
        session.dialogue.choose(0)
    session.set_feelings(["unsicher"])
    session.set_reflection("Eine Zeile.")
    return session


@pytest.mark.parametrize("kind", list(SessionKind))
def test_to_dict_round_trip_gives_the_identical_state(kind, scenario):
    """to_dict → JSON → from_dict restores everything, at the same step and node."""
    if kind is SessionKind.UEBUNG:
        original = _played(PracticeSession.uebung(scenario, clock=StepClock()))
    elif kind is SessionKind.ZWISCHENDURCH:
        original = _played(PracticeSession.zwischendurch(scenario, "laut", clock=StepClock()))
    elif kind is SessionKind.ERKLAEREN:
        from desktop.core.scenarios.parser import parse_text
        from tests.core.test_exercise_format import VALID

        original = PracticeSession.erklaeren(parse_text(VALID).document, clock=StepClock())
        original.answer(Step.SITUATION, 0, "Erste Fassung.")
        original.answer(Step.SITUATION, 1, "Zweite Fassung.")
        original.finish()
    else:
        original = _played(PracticeSession.eigener_fall("Fall", clock=StepClock()))
        original.answer("verarbeiten", 0, "Es beschäftigt mich noch.")
    data = json.loads(json.dumps(original.to_dict()))
    without = kind in (SessionKind.EIGENER_FALL, SessionKind.ERKLAEREN)
    copy = PracticeSession.from_dict(data, None if without else scenario)
    assert copy.to_dict() == original.to_dict()
    assert copy.step is original.step and not copy.content_changed
    if original.dialogue is not None:
        assert copy.dialogue.current.id == original.dialogue.current.id
        assert copy.dialogue.history == original.dialogue.history
    assert copy.summary() == original.summary()


def test_from_dict_keeps_everything_when_the_scenario_changed(scenario):
    """A walk through a node that was edited away resumes at the last point that exists."""
    session = PracticeSession.uebung(scenario, clock=StepClock())
    session.answer("deuten", 1, "bleibt erhalten")
    session.dialogue.choose(2)  # start → nachfrage
    session.dialogue.choose(0)  # nachfrage → ruhig
    data = session.to_dict()
    section = scenario.dialogue
    start = replace(section.nodes[0], choices=(section.nodes[0].choices[0],
                                               section.nodes[0].choices[1]))
    nodes = (start,) + tuple(n for n in section.nodes[1:] if n.id != "nachfrage")
    stages = tuple(replace(s, nodes=nodes) if s.key is Stage.REAGIEREN else s
                   for s in scenario.stages)
    changed = replace(scenario, stages=stages)
    resumed = PracticeSession.from_dict(data, changed)
    assert resumed.content_changed
    assert resumed.dialogue.current.id == "start"
    assert len(resumed.dialogue.history) == 2 and all(s.undone for s in resumed.dialogue.history)
    assert resumed.answer_text("deuten", 1) == "bleibt erhalten"
    with pytest.raises(ValueError):
        PracticeSession.from_dict(data, make_scenario("anderes-szenario"))


def test_an_explain_session_keeps_both_versions_through_the_journal(tmp_path):
    """Verständlich erklären: the first and the revised version are the two answers of the
    Situation step; a real journal file stores them and gives them back after a resume."""
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.practice import PracticeSession, SessionKind, Step
    from desktop.core.scenarios.parser import parse_text
    from tests.core.test_exercise_format import VALID

    exercise = parse_text(VALID).document
    data = paths.DataPaths(tmp_path)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    session = PracticeSession.erklaeren(exercise)
    journal.attach(session)
    session.answer(Step.SITUATION, 0, "Ihr Antrag wurde gemäß § 81 beschieden.")
    session.answer(Step.SITUATION, 1, "Sie dürfen weiter arbeiten.")
    session.finish()
    journal.close()
    journal = Journal.open(data, config.load(data.settings, policy={}))
    info = journal.list_sessions()[0]
    assert (info.kind, info.scenario_id) == (SessionKind.ERKLAEREN, "test-fiktion")
    again = journal.resume(info.id, None)
    assert [a.text for a in again.answers] == ["Ihr Antrag wurde gemäß § 81 beschieden.",
                                                "Sie dürfen weiter arbeiten."]
    assert [a.prompt for a in again.answers] == ["Ihre erste Fassung",
                                                  "Ihre überarbeitete Fassung"]
    journal.close()
