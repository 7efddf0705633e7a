"""Feedback files back into the caseworker's journal: matched by entry id, all or nothing,
never twice, refused when hostile or meant for someone else."""

from __future__ import annotations

import copy

import pytest

from desktop.core.exchange import (
    OutgoingComment,
    PackageRefused,
    build_feedback,
    entry_id,
    import_feedback,
    import_feedback_file,
)
from desktop.core.exchange.strict import file_bytes
from desktop.core.scenarios.model import Stage
from tests.core.exchange_factory import TODAY, fill_journal, open_journal, resealed

ME = "Kompass-17"  # the pseudonym this caseworker shares under (the setting)


@pytest.fixture
def journal(tmp_path):
    journal = open_journal(tmp_path / "daten")
    yield journal
    journal.close()


def _feedback(journal, ids, sender="Frau Berger, Supervision"):
    uebung = entry_id(journal.load(ids["uebung"])["uid"])
    own = entry_id(journal.load(ids["own"])["uid"])
    return build_feedback(ME, sender, [
        OutgoingComment("1" * 32, uebung, None, "Sehr klar beobachtet.", "2025-03-20"),
        OutgoingComment("2" * 32, uebung, "deuten", "Welche Sorge steckt dahinter?",
                        "2025-03-20"),
        OutgoingComment("3" * 32, own, "reagieren", "Gut, dass Sie das aufschreiben.",
                        "2025-03-21"),
    ], TODAY)


def _snapshot(journal):
    return list(journal.db.conn.iterdump())


def test_comments_land_beside_their_entries(journal):
    """Each comment is stored with add_feedback on the entry whose uid it was made from."""
    ids = fill_journal(journal)
    result = import_feedback(journal, _feedback(journal, ids).data, pseudonym=ME)
    assert (result.added, result.duplicates, result.unmatched) == (3, 0, 0)
    rows = journal.feedback.for_session(ids["uebung"])
    assert [(r.stage, r.text) for r in rows] == [
        (None, "Sehr klar beobachtet."), (Stage.DEUTEN, "Welche Sorge steckt dahinter?")]
    assert rows[0].sender == "Frau Berger, Supervision"
    assert rows[0].written_at == "2025-03-20"
    assert [r.stage for r in journal.feedback.for_session(ids["own"])] == [Stage.REAGIEREN]


def test_importing_twice_adds_nothing_twice(journal):
    ids = fill_journal(journal)
    raw = _feedback(journal, ids).data
    import_feedback(journal, raw, pseudonym=ME)
    again = import_feedback(journal, raw, pseudonym=ME)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(journal.feedback.for_session(ids["uebung"])) == 2


def test_feedback_for_someone_else_is_refused(journal, tmp_path):
    """No entry of this journal is addressed: refused, journal unchanged."""
    ids = fill_journal(journal)
    other = open_journal(tmp_path / "andere")
    try:
        fill_journal(other)
        before = _snapshot(other)
        with pytest.raises(PackageRefused, match="jemand anderen"):
            import_feedback(other, _feedback(journal, ids).data, pseudonym=ME)
        assert _snapshot(other) == before
    finally:
        other.close()


def test_entries_kept_with_personal_data_never_receive_feedback(journal):
    """Even a forged comment addressed to a kept entry finds no match."""
    ids = fill_journal(journal)
    kept = entry_id(journal.load(ids["kept"])["uid"])
    forged = build_feedback(ME, "", [OutgoingComment("4" * 32, kept, None, "Hallo",
                                                       "2025-03-20")], TODAY)
    with pytest.raises(PackageRefused):
        import_feedback(journal, forged.data, pseudonym=ME)
    assert journal.feedback.for_session(ids["kept"]) == []


@pytest.mark.parametrize("mutate", [
    lambda d: d["comments"][0].__setitem__("text", "<script>alert(1)</script>"),
    lambda d: d["comments"][1].__setitem__("id", d["comments"][0]["id"]),
    lambda d: d["comments"][0].__setitem__("stage", "situation"),
    lambda d: d.__setitem__("extra", 1),
    lambda d: d["comments"][0].__setitem__("written", "2025-03-20 10:00"),
], ids=["script", "duplicate ids", "unknown stage", "unknown field", "time of day"])
def test_hostile_feedback_changes_nothing(journal, mutate):
    """Markup, duplicate comment ids, unknown values or fields: refused, journal unchanged."""
    ids = fill_journal(journal)
    document = copy.deepcopy(_feedback(journal, ids).document)
    mutate(document)
    before = _snapshot(journal)
    with pytest.raises(PackageRefused):
        import_feedback(journal, resealed(document), pseudonym=ME)
    assert _snapshot(journal) == before


def test_tampered_feedback_is_refused(journal):
    ids = fill_journal(journal)
    document = copy.deepcopy(_feedback(journal, ids).document)
    document["comments"][0]["text"] = "Anders."
    before = _snapshot(journal)
    with pytest.raises(PackageRefused, match="Prüfsumme"):
        import_feedback(journal, file_bytes(document), pseudonym=ME)
    assert _snapshot(journal) == before


def test_comment_texts_are_anonymised_on_the_way_out(journal):
    """A name the supervisor typed does not leave the supervisor's PC."""
    build = build_feedback("Kompass-17", "", [OutgoingComment(
        "5" * 32, "6" * 32, None, "Wie bei Herrn Haddad, Tel. 0171 2345678.", "2025-03-20")],
        TODAY)
    text = build.document["comments"][0]["text"]
    assert "Haddad" not in text and "0171" not in text and build.replaced == 2


def test_file_import_names_the_file(journal, tmp_path):
    ids = fill_journal(journal)
    path = tmp_path / "rueckmeldung.json"
    path.write_bytes(_feedback(journal, ids).data)
    assert import_feedback_file(journal, path, pseudonym=ME).added == 3
    broken = tmp_path / "kaputt.json"
    broken.write_bytes(b"{")
    with pytest.raises(PackageRefused, match="„kaputt.json“ wurde nicht übernommen"):
        import_feedback_file(journal, broken, pseudonym=ME)
