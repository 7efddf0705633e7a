"""Team figures only over at least five pseudonyms; nothing per person, no ranking of people."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.supervision import MIN_CONTRIBUTORS, Workspace
from tests.core.exchange_factory import practice_share


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "supervision.sqlite3")
    yield ws
    ws.close()


def _contribute(workspace: Workspace, people: int, entries: int = 1, **kwargs) -> None:
    for n in range(people):
        build = practice_share(f"Kompass-{n}", entries=entries, **kwargs)
        assert workspace.import_bytes(f"{n}.json", build.data).imported == entries


def test_four_pseudonyms_show_nothing(workspace):
    """Four people, however many entries: not one figure."""
    _contribute(workspace, 4, entries=3)
    view = workspace.team_view()
    assert MIN_CONTRIBUTORS == 5
    assert not view.enough
    assert view.contributors is None
    assert (view.scenarios, view.stages, view.moments, view.strain) == ((), (), (), None)


def test_five_pseudonyms_show_the_figures(workspace):
    """Five people: scenarios, stages, the hardest moment and strain before/after appear."""
    _contribute(workspace, 5)
    view = workspace.team_view()
    assert view.enough and view.contributors == 5
    assert [(s.scenario_id, s.entries) for s in view.scenarios] == [("unterlagen-fehlen", 5)]
    assert {s.stage for s in view.stages} == {"deuten", "reagieren", "verarbeiten"}
    assert [(m.node_id, m.unfavourable, m.choices) for m in view.moments] == [("start", 5, 5)]
    assert view.moments[0].node_title == "Am Schalter"
    assert view.strain is not None
    assert (view.strain.before, view.strain.after, view.strain.entries) == (6.0, 3.0, 5)


def test_each_figure_needs_its_own_five(workspace):
    """Five people overall, but only four chose badly at the node: that moment stays hidden;
    only four gave both strain values: no strain figure."""
    _contribute(workspace, 4)
    workspace.import_bytes("x.json", practice_share("Kompass-X", unfavourable=False).data)
    view = workspace.team_view()
    assert view.enough
    assert view.moments == ()
    workspace.import_bytes("y.json", practice_share("Kompass-Y", unfavourable=False).data)
    assert workspace.team_view().moments == ()


def test_one_prolific_person_cannot_set_the_strain_figure(workspace):
    """Each pseudonym weighs the same in the strain means."""
    _contribute(workspace, 4, strain=(4, 4))
    workspace.import_bytes("viel.json", practice_share("Kompass-V", entries=40,
                                                       strain=(10, 0)).data)
    strain = workspace.team_view().strain
    assert strain is not None
    assert (strain.before, strain.after) == (5.2, 3.2)


def test_a_scenario_with_fewer_than_five_is_only_counted_as_hidden(workspace, tmp_path):
    """Five people practise one scenario; one person another: that one is not named."""
    _contribute(workspace, 5)
    from desktop.core.exchange import build_share
    from desktop.core.practice import PracticeSession
    from tests.core.exchange_factory import TODAY
    from tests.core.scenario_factory import make_scenario

    other = make_scenario("anderes-szenario", title="Ein anderes Szenario")
    session = PracticeSession.uebung(other)
    session.answer("deuten", 0, "Etwas.")
    build = build_share([session.to_dict()], "Kompass-0", TODAY, {other.id: other})
    workspace.import_bytes("anders.json", build.data)
    view = workspace.team_view()
    assert [s.scenario_id for s in view.scenarios] == ["unterlagen-fehlen"]
    assert view.scenarios_hidden == 1


def test_no_figure_names_a_pseudonym(workspace):
    """Nothing in the team view carries a pseudonym."""
    _contribute(workspace, 6)
    text = repr(dataclasses.asdict(workspace.team_view()))
    assert "Kompass-" not in text
