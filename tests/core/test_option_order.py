"""Option order (issue 17.1): every Auswahl and every decision is shown in an order drawn per
session from a stored seed, stable across resume, undo and restart; records, the journal,
exports and share files name the option by its id, never by where it was shown."""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from desktop.commands.labels_de import GERMAN
from desktop.core.exchange.share import build_share, read_share
from desktop.core.journal import Journal, schema
from desktop.core.journal.export import export_all
from desktop.core.practice import PracticeSession, SessionKind, scenario_digest
from desktop.core.practice.order import option_ids, shown_order, text_id
from desktop.core.scenarios.model import Rating, Stage
from desktop.core.scenarios.parser import parse_file, parse_text
from tests.core.lint_fixtures import VALID_SCENARIO
from tests.core.scenario_factory import make_settings

ROOT = Path(__file__).resolve().parents[2]
# A bundled scenario as users meet it: its authors listed the helpful answer first everywhere.
BUNDLED = ROOT / "scenarios" / "verlaengerung-unterlagen.md"


def bundled():
    result = parse_file(BUNDLED)
    assert result.document is not None, result.findings
    return result.document


def recommended_positions(seeds: list[str]) -> tuple[dict, dict]:
    """For each decision node and each Auswahl: the set of positions the recommended option
    was shown at over sessions with these seeds."""
    scenario = bundled()
    nodes: dict[str, set[int]] = {}
    questions: dict[tuple[str, int], set[int]] = {}
    for seed in seeds:
        session = PracticeSession(SessionKind.UEBUNG, scenario, order_seed=seed)
        for node in scenario.decision_nodes():
            shown = session.dialogue.shown_choices(node.id)
            nodes.setdefault(node.id, set()).update(
                i for i, s in enumerate(shown) if s.item.rating is Rating.HILFREICH)
        for stage in (Stage.DEUTEN, Stage.BEEINFLUSSEN, Stage.VERARBEITEN):
            for q, question in enumerate(session.questions(stage)):
                if question.fixed_order:
                    continue
                shown = session.shown_options(stage, q)
                questions.setdefault((stage.value, q), set()).update(
                    i for i, s in enumerate(shown) if s.item.recommended)
    return nodes, questions


def test_twenty_sessions_put_the_recommended_option_in_every_position():
    """Over 20 seeded sessions of a bundled scenario, the helpful choice of every decision
    node and the recommended option of every Auswahl appear in every position, so "1." is no
    longer the answer."""
    nodes, questions = recommended_positions([f"sitzung-{n}" for n in range(20)])
    scenario = bundled()
    assert len(nodes) == len(scenario.decision_nodes()) >= 5
    for node in scenario.decision_nodes():
        assert nodes[node.id] == set(range(len(node.choices))), node.id
    assert questions
    for (stage, q), positions in questions.items():
        options = bundled().stage(stage).choices[q].options
        assert positions == set(range(len(options))), (stage, q)


def test_new_sessions_draw_their_own_order():
    """Without a given seed every session draws one: twenty new sessions do not all show the
    start node's choices in file order."""
    scenario = bundled()
    start = scenario.dialogue.start
    orders = {tuple(s.index for s in PracticeSession.uebung(scenario).dialogue
                    .shown_choices(start)) for _ in range(20)}
    assert len(orders) > 1


def test_order_is_stable_across_resume_undo_and_restart(journal):
    """The journal stores the seed: a resumed session, an undone choice and a restart from an
    earlier node show every list in the order shown before."""
    scenario = bundled()
    session = PracticeSession.uebung(scenario)
    journal.attach(session)
    walk = session.dialogue
    before = {n.id: walk.shown_choices(n.id) for n in scenario.decision_nodes()}
    auswahl = session.shown_options(Stage.DEUTEN, 0)
    session.choose(Stage.DEUTEN, 0, auswahl[-1].id)
    walk.choose(walk.shown_choices()[0].id)
    walk.choose(walk.shown_choices()[1].id)
    walk.undo()
    assert walk.shown_choices() == before[walk.current.id]
    walk.restart_from(walk.start)
    assert walk.shown_choices() == before[walk.start]
    walk.choose(walk.shown_choices()[2].id)
    resumed = journal.load_session(session.id, {scenario.id: scenario})
    assert resumed.order_seed == session.order_seed
    assert resumed.shown_options(Stage.DEUTEN, 0) == auswahl
    for node_id, shown in before.items():
        assert resumed.dialogue.shown_choices(node_id) == shown
    assert resumed.dialogue.visited == walk.visited
    assert resumed.choice(Stage.DEUTEN, 0).option_id == auswahl[-1].id


def test_journal_export_and_share_file_hold_option_ids(journal, paths, tmp_path):
    """The journal's rows, the JSON export and a share file carry the chosen option's id (and
    the session's seed in the export), never only a position."""
    scenario = bundled()
    session = PracticeSession.uebung(scenario)
    journal.attach(session)
    option = session.shown_options(Stage.DEUTEN, 0)[1]
    session.choose(Stage.DEUTEN, 0, option.id)
    choice = session.dialogue.shown_choices()[2]
    session.dialogue.choose(choice.id)
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT option_id FROM choices").fetchall() == [(option.id,)]
    assert conn.execute("SELECT choice_id FROM path_steps").fetchall() == [(choice.id,)]
    assert conn.execute("SELECT order_seed FROM sessions").fetchone() == (session.order_seed,)
    conn.close()
    export_all(paths.database, tmp_path / "export", GERMAN)
    exported = json.loads((tmp_path / "export" / "journal.json").read_text("utf-8"))
    entry = exported["sessions"][0] if "sessions" in exported else exported["entries"][0]
    assert entry["order_seed"] == session.order_seed
    assert entry["choices"][0]["option_id"] == option.id
    assert entry["walk"][0]["choice_id"] == choice.id
    build = build_share([journal.load(session.id)], "Kompass-17", date(2026, 12, 6),
                        {scenario.id: scenario})
    read = read_share(build.data)
    assert read["entries"][0]["choices"][0]["option_id"] == option.id
    assert read["entries"][0]["path"][0]["choice_id"] == choice.id


def test_share_file_without_ids_is_still_read():
    """A share file written before option ids existed (no option_id, no choice_id) is read."""
    scenario = bundled()
    session = PracticeSession.uebung(scenario)
    session.choose(Stage.DEUTEN, 0, 0)
    session.dialogue.choose(0)
    build = build_share([session.to_dict()], "Kompass-17", date(2026, 12, 6),
                        {scenario.id: scenario})
    from desktop.core.exchange.strict import file_bytes, seal

    document = json.loads(build.data)
    for entry in document["entries"]:
        for c in entry["choices"]:
            del c["option_id"]
        for p in entry["path"]:
            del p["choice_id"]
    document.pop("sha256")
    read = read_share(file_bytes(seal(document)))
    assert "option_id" not in read["entries"][0]["choices"][0]


def test_pinned_auswahl_keeps_file_order():
    """`### Auswahl (Reihenfolge fest): …` is parsed as fixed and shown in file order in every
    session; show --json says "fixed_order": true."""
    text = VALID_SCENARIO.replace("### Auswahl: Was hören Sie?",
                                  "### Auswahl (Reihenfolge fest): Was hören Sie?")
    result = parse_text(text)
    scenario = result.document
    assert scenario is not None, result.findings
    question = scenario.stage(Stage.DEUTEN).choices[0]
    assert question.fixed_order and question.question == "Was hören Sie?"
    assert scenario.to_json()["stages"][0]["choices"][0]["fixed_order"] is True
    for n in range(20):
        session = PracticeSession.uebung(scenario)
        session.order_seed = f"s{n}"
        assert [s.index for s in session.shown_options(Stage.DEUTEN, 0)] == [0, 1]
    loose = parse_text(VALID_SCENARIO).document
    assert loose.to_json()["stages"][0]["choices"][0]["fixed_order"] is False
    assert {shown_order(2, f"s{n}", "deuten/0")[0] for n in range(20)} == {0, 1}


@pytest.mark.parametrize("heading, message", [
    ("### Auswahl (Reihenfolge egal): Was hören Sie?", "Unbekannter Zusatz „(Reihenfolge egal)“"),
    ("### Auswahl (Reihenfolge fest):", "### Auswahl (Reihenfolge fest): Ihre Frage?"),
    ("### Auswahl (reihenfolge  FEST): Was hören Sie?", None),
])
def test_pinned_heading_lint(heading, message):
    """The linter knows the pinned heading: an unknown note or a missing question is an error
    with a German message naming the heading's line; spacing and case do not matter."""
    text = VALID_SCENARIO.replace("### Auswahl: Was hören Sie?", heading)
    result = parse_text(text, "f.md")
    errors = [f for f in result.errors]
    if message is None:
        assert errors == [] and result.document.stage("deuten").choices[0].fixed_order
    else:
        line = text.splitlines().index(heading) + 1
        assert [f.line for f in errors if message in f.message] == [line]


def test_duplicate_option_texts_warn_and_get_distinct_ids():
    """Two options with the same text: a lint warning, and still two ids."""
    assert option_ids(["Ja.", "Nein.", "Ja."]) == (text_id("Ja."), text_id("Nein."),
                                                   f"{text_id('Ja.')}-2")
    text = VALID_SCENARIO.replace("- [ ] Einen Vorwurf.", "- [ ] Sorge um die Arbeit.")
    warnings = [f.message for f in parse_text(text).findings if f.severity.value == "warning"]
    assert any("schon einmal" in w for w in warnings)


def test_digest_of_an_unpinned_scenario_is_unchanged_by_the_new_field():
    """Drafts stored before `fixed_order` existed must not report a changed scenario: the
    digest of a scenario without a pinned Auswahl is the digest of its JSON without the field
    (as computed before it existed); a pinned Auswahl does change it."""
    scenario = parse_text(VALID_SCENARIO).document
    data = scenario.to_json()
    for stage in data["stages"]:
        for node in stage.get("nodes", ()):
            node.pop("line", None)
        for question in stage["choices"]:
            del question["fixed_order"]
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    assert scenario_digest(scenario) == f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"
    pinned = parse_text(VALID_SCENARIO.replace(
        "### Auswahl: Was hören Sie?", "### Auswahl (Reihenfolge fest): Was hören Sie?")).document
    assert scenario_digest(pinned) != scenario_digest(scenario)


def test_v3_journal_is_migrated_with_seeds_and_ids(paths):
    """A journal written before option order (schema v3) is migrated: each session gets its
    uid as seed, each stored choice and path step the id of its stored text, and the session
    resumes at the same node with a stable order."""
    scenario = bundled()
    start = scenario.dialogue.node(scenario.dialogue.start)
    paths.root.mkdir(parents=True)
    old = sqlite_utils.Database(paths.database)
    schema.migrations.apply(old, stop_before="m004_option_order")
    old.conn.execute(
        "INSERT INTO sessions (id, uid, kind, scenario_id, scenario_title, step, created_at, "
        "updated_at, scenario_digest) VALUES (1, 'alt-0001', 'uebung', ?, ?, 'reagieren', "
        "'2026-04-01T08:00:00.000+00:00', '2026-04-01T08:05:00.000+00:00', ?)",
        (scenario.id, scenario.title, scenario_digest(scenario)))
    question = scenario.stage(Stage.DEUTEN).choices[0]
    old.conn.execute(
        "INSERT INTO choices (session_id, stage, question_index, option_index, question, "
        "option, recommended, feedback, at) VALUES (1, 'deuten', 0, 1, ?, ?, 0, NULL, "
        "'2026-04-01T08:01:00.000+00:00')", (question.question, question.options[1].text))
    choice = start.choices[0]
    old.conn.execute(
        "INSERT INTO path_steps (session_id, seq, node_id, choice_index, text, rating, target, "
        "feedback, at, undone) VALUES (1, 1, ?, 0, ?, ?, ?, NULL, "
        "'2026-04-01T08:02:00.000+00:00', 0)",
        (start.id, choice.text, choice.rating.value, choice.target))
    old.conn.commit()
    old.conn.close()
    with Journal.open(paths, make_settings()) as journal:
        loaded = journal.load(1)
        assert loaded["order_seed"] == "alt-0001"
        assert loaded["choices"][0]["option_id"] == text_id(question.options[1].text)
        assert loaded["walk"][0]["choice_id"] == text_id(choice.text)
        resumed = journal.load_session(1, {scenario.id: scenario})
        assert resumed.dialogue.visited == (start.id, choice.target)
        assert not resumed.content_changed
        again = journal.load_session(1, {scenario.id: scenario})
        assert again.dialogue.shown_choices() == resumed.dialogue.shown_choices()


def test_bundled_library_pins_only_the_level_scales():
    """In the bundled library only scales keep file order (the Aachener Modell levels, each
    option a 'Stufe'); every other Auswahl is shuffled, so none can be passed by position."""
    from desktop.core.paths import bundled_scenarios_dir
    from desktop.core.scenarios.library import load_library

    lib = load_library([bundled_scenarios_dir()], save=False)
    pinned = {(s.id, q.question): q for s in lib.scenarios.values() for st in s.stages
              for q in st.choices if q.fixed_order}
    assert {sid for sid, _ in pinned} == {"beschimpfung-am-schalter", "drohung-nach-ablehnung"}
    for question in pinned.values():
        assert "Aachener Modell" in question.question
        assert all(o.text.startswith("Stufe ") for o in question.options)
