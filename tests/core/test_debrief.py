"""The debrief a session writes itself (issue 17.4): hidden thoughts, missed readings, the
cards for the moments answered ungünstig, and the takeaway kept for the start page."""

from __future__ import annotations

from desktop.core.journal import Journal
from desktop.core.paths import bundled_scenarios_dir
from desktop.core.practice import PracticeSession
from desktop.core.practice.debrief import debrief
from desktop.core.scenarios.library import load_library
from desktop.core.scenarios.model import Rating, Stage
from tests.core.scenario_factory import StepClock, make_settings

SCENARIO = "verlaengerung-unterlagen"


def library():
    return load_library([bundled_scenarios_dir()], save=False)


def played(lib) -> PracticeSession:
    """An Übung: a non-recommended Deuten reading, the start node answered ungünstig without
    revealing the thought, then taken back and answered well."""
    scenario = lib.scenarios[SCENARIO]
    session = PracticeSession.uebung(scenario)
    wrong = next(o for o in session.shown_options(Stage.DEUTEN, 0) if not o.item.recommended)
    session.choose(Stage.DEUTEN, 0, wrong.id)
    walk = session.dialogue
    walk.choose(next(c.id for c in walk.shown_choices() if c.item.rating is Rating.UNGUENSTIG))
    walk.undo()
    walk.choose(next(c.id for c in walk.shown_choices() if c.item.rating is Rating.HILFREICH))
    return session


def test_debrief_lists_what_the_session_did_not_show():
    """The start node's thought (not revealed) is listed with the client's name; the Deuten
    reading missed comes with the recommended ones and their feedback; the moment answered
    ungünstig, though taken back, is listed with up to two of the scenario's Reagieren cards."""
    lib = library()
    session = played(lib)
    scenario = session.scenario
    start = scenario.dialogue.node(scenario.dialogue.start)
    report = debrief(session, lib.techniques)
    if start.thought:
        assert [t.thought for t in report.missed_thoughts][:1] == [start.thought]
        assert report.missed_thoughts[0].speaker == scenario.people[0].name
    question = scenario.stage(Stage.DEUTEN).choices[0]
    reading = report.missed_readings[0]
    assert reading.question == question.question and reading.chosen is not None
    assert {t for t, _ in reading.recommended} == {o.text for o in question.options
                                                   if o.recommended}
    assert [h.node_id for h in report.hard_moments] == [start.id]
    cards = report.hard_moments[0].cards
    assert 1 <= len(cards) <= 2
    assert all(c in scenario.techniques and Stage.REAGIEREN in lib.techniques[c].stages
               for c in cards)
    session.dialogue.reveal_thought(start.id)
    assert start.id not in [t.node_id for t in debrief(session, lib.techniques).missed_thoughts]


def test_takeaway_is_pending_until_the_next_session(paths):
    """The takeaway of a finished session is what the start page may show; once the next
    session starts it is no longer pending; an unfinished newest session shows nothing."""
    lib = library()
    clock = StepClock()
    with Journal.open(paths, make_settings(), clock=clock) as journal:
        session = PracticeSession.uebung(lib.scenarios[SCENARIO], clock=clock)
        journal.attach(session)
        session.set_takeaway("Erst die Sorge, dann die Liste.")
        assert journal.pending_takeaway() is None  # not finished yet
        session.finish()
        assert journal.pending_takeaway() == "Erst die Sorge, dann die Liste."
        journal.attach(PracticeSession.uebung(lib.scenarios[SCENARIO], clock=clock))
        assert journal.pending_takeaway() is None
