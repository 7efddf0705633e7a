"""Forged and disguised exchange files (review 12, 13, 15): refused with a German reason, the
workspace or journal unchanged.

Anyone who can read the exchange folder can write a share or feedback file (the sha256 is no
signature), so the checks that matter are those a forger cannot pass by recomputing the hash:
entry ids stay with the pseudonym that first shared them, feedback is accepted only for the
user's own pseudonym, no text carries invisible characters, and a pseudonym is neither a real
name, nor invisible, nor a look-alike of another.
"""

from __future__ import annotations

import copy
import os

import pytest

from desktop.core.exchange import (
    OutgoingComment,
    PackageRefused,
    build_feedback,
    entry_id,
    import_feedback,
    read_feedback,
    read_share,
)
from desktop.core.supervision import Workspace
from tests.core.exchange_factory import (
    TODAY,
    fill_journal,
    open_journal,
    practice_share,
    resealed,
    shared,
)

# C1 controls, zero-width and other invisible characters (the review's list).
INVISIBLE = ["\u0085", "\u009b", "\u200f", "\u061c", "\u200b", "\u2028", "\ufeff", "\u00ad",
             "\u034f", "\u3164", "\u115f", "\u1160", "\uffa0", "\u2060", "\U000e0041"]


def dump(workspace: Workspace) -> list[str]:
    return list(workspace.db.conn.iterdump())


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "supervision.sqlite3")
    yield ws
    ws.close()


def _forged_copy(document: dict, pseudonym: str) -> bytes:
    forged = copy.deepcopy(document)
    forged["pseudonym"] = pseudonym
    for entry in forged["entries"]:
        entry["takeaway"] = "Untergeschobener Text."
    return resealed(forged)


def test_entry_id_takeover_is_reported_not_skipped(workspace):
    """A forged file under another pseudonym reuses a colleague's entry ids and is imported
    first: the real file is refused with a clash message (not "schon vorhanden"), and the
    other way round the forgery is refused."""
    real = practice_share("Kompass-17", entries=3)
    forged = _forged_copy(real.document, "Fuchs-3")
    assert workspace.import_bytes("gefaelscht.json", forged).imported == 3
    before = dump(workspace)
    result = workspace.import_bytes("echt.json", real.data)
    assert result.refused and "Fuchs-3" in result.refused and "gefälscht" in result.refused
    assert result.duplicates == 0
    assert dump(workspace) == before


def test_forgery_after_the_real_file_is_refused(workspace):
    """The ids belong to the pseudonym that shared them first: a later copy under another
    pseudonym changes nothing."""
    real = practice_share("Kompass-17", entries=2)
    assert workspace.import_bytes("echt.json", real.data).imported == 2
    before = dump(workspace)
    result = workspace.import_bytes("gefaelscht.json", _forged_copy(real.document, "Fuchs-3"))
    assert result.refused and "Kompass-17" in result.refused
    assert dump(workspace) == before


def test_the_same_entry_shared_again_is_still_a_duplicate(workspace):
    """Sharing an entry again under the same pseudonym stays a harmless duplicate."""
    build = practice_share("Kompass-17", entries=2)
    assert workspace.import_bytes("a.json", build.data).imported == 2
    again = copy.deepcopy(build.document)
    again["created"] = "2025-03-15"
    result = workspace.import_bytes("b.json", resealed(again))
    assert not result.refused and (result.imported, result.duplicates) == (0, 2)


def test_feedback_for_another_pseudonym_is_refused(tmp_path):
    """Feedback addressed to this journal's entry ids but made for another pseudonym (sender
    "Ihre Amtsleitung") is not filed; the journal is unchanged."""
    journal = open_journal(tmp_path / "daten")
    try:
        ids = fill_journal(journal)
        shared(journal, [ids["uebung"]], "Kompass-17")
        uid = journal.load(ids["uebung"])["uid"]
        forged = build_feedback("Fuchs-3", "Ihre Amtsleitung", [OutgoingComment(
            "1" * 32, entry_id(uid), None, "Bitte melden Sie sich bei mir.", "2025-03-20")],
            TODAY)
        before = list(journal.db.conn.iterdump())
        with pytest.raises(PackageRefused, match="Fuchs-3"):
            import_feedback(journal, forged.data, pseudonym="Kompass-17")
        with pytest.raises(PackageRefused, match="keinem Pseudonym"):
            import_feedback(journal, forged.data, pseudonym="")
        assert list(journal.db.conn.iterdump()) == before
        assert journal.feedback.for_session(ids["uebung"]) == []
    finally:
        journal.close()


def _share_fields(document: dict) -> list:
    """Setters for every kind of text field in a share file."""
    def at(*path):
        def put(doc, text):
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = target[path[-1]] + text if target[path[-1]] else text
        return put
    entry = ("entries", 0)
    fields = [at(*entry, "title"), at(*entry, "takeaway"), at(*entry, "reflection"),
              at(*entry, "helps_other"), at(*entry, "scenario_title")]
    if document["entries"][0]["answers"]:
        fields += [at(*entry, "answers", 0, "text"), at(*entry, "answers", 0, "prompt")]
    if document["entries"][0]["path"]:
        fields += [at(*entry, "path", 0, "text")]
    return fields


def test_invisible_characters_are_refused_in_every_share_field():
    """Each invisible or C1 character in a title, a text, a prompt, a path step: refused."""
    document = practice_share("Kompass-17").document
    fields = _share_fields(document)
    assert len(fields) >= 7
    for char in INVISIBLE:
        for put in fields:
            changed = copy.deepcopy(document)
            put(changed, f"Text{char}mehr")
            with pytest.raises(PackageRefused, match="unsichtbar"):
                read_share(resealed(changed))


def test_invisible_characters_are_refused_in_feedback_sender_and_comments():
    build = build_feedback("Kompass-17", "Supervision", [OutgoingComment(
        "1" * 32, "2" * 32, None, "Gut.", "2025-03-20")], TODAY)
    for char in INVISIBLE:
        for key in ("sender", "text"):
            changed = copy.deepcopy(build.document)
            if key == "sender":
                changed["sender"] = f"Frau{char} Berger"
            else:
                changed["comments"][0]["text"] = f"Gut{char} gemacht."
            with pytest.raises(PackageRefused, match="unsichtbar"):
                read_feedback(resealed(changed))


@pytest.mark.parametrize(("pseudonym", "words"), [
    ("\u3164\u3164", "unsichtbar"),
    ("Kompass\u200b-17", "unsichtbar"),
    ("Коmpass-17", "Schriften"),  # Cyrillic К and о in a Latin name
    ("Anna Schmidt", "echter Name"),
    ("Kompass  17", "Leerzeichen"),
])
def test_forged_pseudonyms_are_refused_on_import(pseudonym, words):
    """Invisible, mixed-script, real-looking and untrimmed pseudonyms: the export-side check
    (check_pseudonym) now applies on import too, to share and feedback files."""
    share = copy.deepcopy(practice_share("Kompass-17").document)
    share["pseudonym"] = pseudonym
    with pytest.raises(PackageRefused, match=words):
        read_share(resealed(share))
    feedback = copy.deepcopy(build_feedback("Kompass-17", "", [OutgoingComment(
        "1" * 32, "2" * 32, None, "Gut.", "2025-03-20")], TODAY).document)
    feedback["pseudonym"] = pseudonym
    with pytest.raises(PackageRefused, match=words):
        read_feedback(resealed(feedback))


@pytest.mark.parametrize("lookalike", ["КОМРАЅЅ-17", "kompass-17"])
def test_lookalike_of_an_existing_pseudonym_is_refused(workspace, lookalike):
    """A pseudonym written entirely in Cyrillic look-alikes of an existing one, or differing
    only in case, is refused by the workspace: two people must not be confusable."""
    assert workspace.import_bytes("a.json", practice_share("KOMPASS-17").data).imported == 1
    assert workspace.import_bytes("b.json", practice_share("Kompass-18").data).imported == 1
    before = dump(workspace)
    result = workspace.import_bytes("c.json", practice_share(lookalike).data) \
        if lookalike.isascii() else workspace.import_bytes("c.json", _renamed(lookalike))
    assert result.refused and "KOMPASS-17" in result.refused and "sieht aus" in result.refused
    assert dump(workspace) == before


def _renamed(pseudonym: str) -> bytes:
    document = copy.deepcopy(practice_share("Kompass-99").document)
    document["pseudonym"] = pseudonym
    return resealed(document)


def test_own_case_with_a_scenario_title_is_refused():
    """An eigener Fall has no scenario: a scenario_title (or focus node) in it is refused."""
    document = practice_share("Kompass-17").document
    own = copy.deepcopy(document)
    entry = own["entries"][0]
    entry.update(kind="eigener-fall", scenario_id=None, path=[], choices=[], focus_node=None,
                 scenario_title="Ablehnung am Schalter")
    with pytest.raises(PackageRefused, match="eigener Fall"):
        read_share(resealed(own))
    entry["scenario_title"] = None
    read_share(resealed(own))  # without it, the same entry is a valid eigener Fall


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_fifo_and_device_link_in_an_imported_folder_are_reported(workspace, tmp_path):
    """A FIFO and a /dev/zero link named *.json are listed as refused with a reason (never
    read: the FIFO would block, /dev/zero would never end); the good file is imported."""
    folder = tmp_path / "austausch"
    folder.mkdir()
    good = practice_share("Kompass-17")
    (folder / good.file_name).write_bytes(good.data)
    os.mkfifo(folder / "pipe.json")
    (folder / "null.json").symlink_to("/dev/zero")
    report = workspace.import_paths([folder])
    by_name = {r.name: r for r in report.files}
    assert set(by_name) == {good.file_name, "pipe.json", "null.json"}
    assert by_name[good.file_name].imported == 1
    for name in ("pipe.json", "null.json"):
        assert by_name[name].refused and "keine gewöhnliche Datei" in by_name[name].refused
