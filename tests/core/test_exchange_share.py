"""Building share packages: anonymised, sealed, minimal, and never with kept personal data."""

from __future__ import annotations

import getpass
import json
import platform
import re

import pytest

from desktop.core.exchange import (
    ExchangeError,
    NothingToShare,
    build_share,
    check_pseudonym,
    entry_id,
    read_share,
    write_share,
)
from desktop.core.exchange.strict import content_hash
from desktop.core.privacy import detect
from tests.core.exchange_factory import (
    PERSONAL,
    TODAY,
    fill_journal,
    open_journal,
    scenario,
    shared,
)


@pytest.fixture
def journal(tmp_path):
    journal = open_journal(tmp_path / "daten")
    yield journal
    journal.close()


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


def test_share_file_holds_none_of_the_personal_data(journal):
    """Names, file numbers, phone, e-mail, birthday, address and IBAN from the notes are all
    replaced by placeholders; the file's bytes contain none of the originals."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"], ids["moment"], ids["own"]])
    text = build.data.decode("utf-8")
    for original in PERSONAL:
        assert original not in text, original
    assert "[Person A]" in text and "[Telefon 1]" in text and build.replaced >= 8


def test_every_user_text_passes_detect_afterwards(journal):
    """The re-check: detect() finds nothing in any text the user wrote."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"], ids["moment"], ids["own"]])
    for entry in build.entries:
        user_texts = [a["text"] for a in entry["answers"]]
        user_texts += [entry["title"], entry["takeaway"], entry["reflection"],
                       entry["helps_other"]]
        for text in user_texts:
            assert detect(text) == [], text


def test_no_user_machine_folder_or_time_of_day(journal, tmp_path):
    """Only days, no clock times; no login, host or folder name; no journal ids or uids."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"], ids["own"]])
    text = build.data.decode("utf-8")
    assert not re.search(r"\d{2}:\d{2}", text)
    assert str(tmp_path) not in text
    for name in {getpass.getuser(), platform.node()} - {""}:
        assert f'"{name}"' not in text and f"{name}/" not in text
    uids = [journal.load(i)["uid"] for i in ids.values()]
    assert not any(uid in text for uid in uids)
    dates = [v for v in _texts(build.document) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)]
    assert dates and all(len(d) == 10 for d in dates)


def test_entry_id_is_a_stable_hash_of_the_uid(journal):
    """The same entry gets the same id every time; different entries different ids."""
    ids = fill_journal(journal)
    first = shared(journal, [ids["uebung"], ids["own"]])
    again = shared(journal, [ids["uebung"]])
    assert first.entries[0]["id"] == again.entries[0]["id"]
    assert first.entries[0]["id"] == entry_id(journal.load(ids["uebung"])["uid"])
    assert first.entries[0]["id"] != first.entries[1]["id"]
    assert re.fullmatch(r"[0-9a-f]{32}", first.entries[0]["id"])


def test_entry_kept_with_personal_data_is_refused(journal):
    """An eigener Fall kept with personal data can never be shared, not even alongside others."""
    ids = fill_journal(journal)
    with pytest.raises(NothingToShare, match="persönliche Daten"):
        shared(journal, [ids["uebung"], ids["kept"]])
    with pytest.raises(NothingToShare):
        shared(journal, [])


def test_package_is_sealed_and_reads_back(journal):
    """The hash covers the canonical form; the built bytes pass the importer's checks."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"]])
    assert build.document["sha256"] == content_hash(build.document)
    assert read_share(build.data) == build.document
    assert build.document["format"] == "gespraechskompass-freigabe"
    assert build.document["version"] == 1
    assert build.document["created"] == TODAY.isoformat()


def test_scenario_labels_stay_verbatim_but_user_text_does_not(journal):
    """Prompts and choices from the scenario (fictional people) stay readable; the user's own
    mention of the same name is still replaced, because it is user text."""
    ids = fill_journal(journal)
    entry = shared(journal, [ids["uebung"]]).entries[0]
    assert entry["answers"][0]["prompt"] == scenario().stage("deuten").prompts[0]
    assert entry["path"][0]["text"] == "„Das hätten Sie sich vorher überlegen müssen.“"
    assert entry["path"][0]["rating"] == "ungünstig"
    assert entry["path"][0]["node_title"] == "Am Schalter"
    assert "Haddad" not in entry["takeaway"]


def test_unknown_scenario_labels_are_anonymised_too(journal):
    """Without the scenario in the library, its labels are treated as untrusted text."""
    ids = fill_journal(journal)
    data = journal.load(ids["uebung"])
    data["answers"][0]["prompt"] = "Was sagt Herr Haddad?"
    build = build_share([data], "Kompass-17", TODAY, {})
    assert build.entries[0]["answers"][0]["prompt"] == "Was sagt Herr [Person A]?"


def test_markup_in_notes_is_defused_not_sent(journal):
    """Tags the user typed leave as ‹b›…, so the receiving side never sees markup."""
    ids = fill_journal(journal)
    text = shared(journal, [ids["own"]]).entries[0]["answers"][1]["text"]
    assert "<" not in text and "‹b›laut‹/b›" in text and "‹script›" in text


def test_marks_point_at_the_placeholders(journal):
    """The preview's marks are exactly the placeholders in each text."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"]])
    entry = build.entries[0]
    spans = build.marks[(entry["id"], "answers", 0, "text")]
    text = entry["answers"][0]["text"]
    assert [text[a:b] for a, b in spans] == ["[Person A]", "[Aktenzeichen 1]", "[Telefon 1]"]


@pytest.mark.parametrize("bad", ["", "   ", "x" * 41, "Kompass<17>", "Anna Schmidt"])
def test_unusable_pseudonyms_are_refused(bad):
    """Empty, too long, odd characters, or something that looks like a real name."""
    with pytest.raises(ExchangeError):
        check_pseudonym(bad)


def test_good_pseudonym_is_trimmed():
    assert check_pseudonym("  Kompass   17 ") == "Kompass 17"


def test_write_share_writes_atomically_and_names_no_person(journal, tmp_path):
    """One JSON file named by day, pseudonym and hash; writing the same twice is harmless."""
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"], ids["own"]])
    folder = tmp_path / "austausch"
    path = write_share(build, folder)
    assert path.name == build.file_name
    assert re.fullmatch(r"freigabe_2025-03-14_kompass-17_[0-9a-f]{8}\.json", path.name)
    assert json.loads(path.read_bytes()) == build.document
    assert write_share(build, folder) == path
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_unwritable_folder_gives_a_german_message(journal, tmp_path):
    ids = fill_journal(journal)
    build = shared(journal, [ids["uebung"]])
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(ExchangeError, match="nicht geschrieben"):
        write_share(build, blocker / "unter")
