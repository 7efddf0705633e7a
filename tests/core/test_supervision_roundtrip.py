"""The whole way: a caseworker shares three entries, the supervisor imports and comments and
exports feedback, the caseworker imports it and finds the comments beside the entries."""

from __future__ import annotations

from datetime import date

from desktop.core.exchange import import_feedback_file, write_share
from desktop.core.scenarios.model import Stage
from desktop.core.supervision import EntryFilter, Workspace
from tests.core.exchange_factory import PERSONAL, fill_journal, open_journal, shared


def test_share_comment_and_feedback_round_trip(tmp_path):
    """Three entries out, comments on an entry and a stage back; no personal data in transit;
    the journal records the share."""
    caseworker = open_journal(tmp_path / "sachbearbeitung")
    ids = fill_journal(caseworker)
    chosen = [ids["uebung"], ids["moment"], ids["own"]]
    build = shared(caseworker, chosen, "Kompass-17")
    exchange = tmp_path / "austausch"
    share_file = write_share(build, exchange)
    for session_id in chosen:
        caseworker.shares.add(session_id, share_file.name)
    assert [s.file_name for s in caseworker.shares.for_session(ids["own"])] == [share_file.name]

    text = share_file.read_text("utf-8")
    for original in PERSONAL:
        assert original not in text, original

    with Workspace.open(tmp_path / "supervision" / "supervision.sqlite3") as workspace:
        report = workspace.import_paths([exchange])
        assert report.imported == 3 and not report.refused
        rows = workspace.list_entries(EntryFilter(pseudonym="Kompass-17"))
        by_kind = {r.kind: r for r in rows}
        workspace.add_comment(by_kind["eigener-fall"].id, "Danke, dass Sie das teilen.")
        workspace.add_comment(by_kind["eigener-fall"].id, "Laut werden ist menschlich.",
                              Stage.REAGIEREN)
        workspace.add_comment(by_kind["uebung"].id, "Gute zweite Deutung.", Stage.DEUTEN)
        feedback_file = workspace.export_feedback("Kompass-17", tmp_path / "zurueck",
                                                  "Supervision Team Nord",
                                                  today=date(2025, 3, 20))

    result = import_feedback_file(caseworker, feedback_file, pseudonym="Kompass-17")
    assert (result.added, result.unmatched) == (3, 0)
    own = caseworker.feedback.for_session(ids["own"])
    assert [(f.stage, f.text) for f in own] == [
        (None, "Danke, dass Sie das teilen."), (Stage.REAGIEREN, "Laut werden ist menschlich.")]
    assert all(f.sender == "Supervision Team Nord" for f in own)
    assert [f.text for f in caseworker.feedback.for_session(ids["uebung"])] == ["Gute zweite Deutung."]
    assert caseworker.feedback.for_session(ids["moment"]) == []
    entry = caseworker.entry(ids["own"])
    assert [f.text for f in entry.feedback] == ["Danke, dass Sie das teilen.",
                                                      "Laut werden ist menschlich."]
    caseworker.close()
