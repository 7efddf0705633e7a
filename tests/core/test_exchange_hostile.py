"""Hostile share files are refused with a German message and change nothing in the workspace.

Each case below is imported into a workspace that already holds one good import; the whole
database (every table, dumped) must be identical before and after.
"""

from __future__ import annotations

import copy
import json
import os

import pytest

from desktop.core.exchange import PackageRefused, read_feedback, read_share
from desktop.core.exchange.strict import (
    MAX_FILE_BYTES,
    read_bytes,
    too_deep,
    too_many_containers,
)
from desktop.core.supervision import Workspace
from tests.core.exchange_factory import practice_share, resealed

GOOD = practice_share("Kompass-1", entries=2)
DOC = GOOD.document
GERMAN = ("nicht", "Ungültig", "keine", "kein", "doppelt", "größer", "Prüfsumme", "leer",
          "Version", "verschachtelt", "Datei")


def dump(workspace: Workspace) -> list[str]:
    return list(workspace.db.conn.iterdump())


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "supervision.sqlite3")
    assert ws.import_bytes("gut.json", practice_share("Kompass-0").data).imported == 1
    yield ws
    ws.close()


def changed(mutate) -> bytes:
    """The good document changed by `mutate` and sealed again (only field checks remain)."""
    document = copy.deepcopy(DOC)
    mutate(document)
    return resealed(document)


def _set(path, value):
    def mutate(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def _tampered() -> bytes:
    document = copy.deepcopy(DOC)
    document["entries"][0]["answers"][0]["text"] = "Nachträglich geändert."
    return json.dumps(document, ensure_ascii=False).encode()


def _duplicate_ids(document):
    document["entries"][1]["id"] = document["entries"][0]["id"]


def _deep(levels: int) -> bytes:
    document = copy.deepcopy(DOC)
    raw = json.dumps(document, ensure_ascii=False)
    return raw.replace('"feelings": []', '"feelings": ' + "[" * levels + "]" * levels, 1) \
        .encode()


HOSTILE = {
    "not json": b"Dies ist keine JSON-Datei.",
    "empty": b"",
    "not utf-8": b"\xff\xfe{\x00}",
    "truncated": GOOD.data[: len(GOOD.data) // 2],
    "top level is a list": b"[1, 2, 3]",
    "wrong format": changed(_set(["format"], "etwas-anderes")),
    "feedback format": json.dumps({"format": "gespraechskompass-rueckmeldung",
                                   "version": 1}).encode(),
    "newer version": changed(_set(["version"], 2)),
    "version as text": changed(_set(["version"], "1")),
    "version as bool": changed(_set(["version"], True)),
    "tampered": _tampered(),
    "hash missing": json.dumps({k: v for k, v in DOC.items() if k != "sha256"}).encode(),
    "deeper than allowed": _deep(3),
    "very deep": b'{"format": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
    "unknown top-level field": changed(_set(["user"], "mmuster")),
    "unknown entry field": changed(_set(["entries", 0, "machine"], "PC-0815")),
    "missing field": changed(lambda d: d["entries"][0].pop("kind")),
    "duplicate ids": changed(_duplicate_ids),
    "html in a text": changed(_set(["entries", 0, "answers", 0, "text"],
                                   "<b>fett</b> und mehr")),
    "script in a text": changed(_set(["entries", 0, "takeaway"], "<script>alert(1)</script>")),
    "html comment": changed(_set(["entries", 0, "reflection"], "a <!-- b --> c")),
    "image tag in a title": changed(_set(["entries", 0, "scenario_title"],
                                         "<img src=x onerror=alert(1)>")),
    "control characters": changed(_set(["entries", 0, "answers", 0, "text"], "a\x1b[31mb")),
    "bidi override": changed(_set(["entries", 0, "answers", 0, "text"], "abc\u202edef")),
    "time of day": changed(_set(["entries", 0, "created"], "2025-03-14T10:15:00")),
    "impossible date": changed(_set(["created"], "2025-02-30")),
    "bool as number": changed(_set(["entries", 0, "strain_before"], True)),
    "float as number": changed(_set(["entries", 0, "strain_after"], 3.5)),
    "strain out of range": changed(_set(["entries", 0, "strain_after"], 11)),
    "unknown kind": changed(_set(["entries", 0, "kind"], "verhoer")),
    "unknown rating": changed(_set(["entries", 0, "path", 0, "rating"], "super")),
    "text too long": changed(_set(["entries", 0, "takeaway"], "x" * 20_001)),
    "no entries": changed(_set(["entries"], [])),
    "too many entries": changed(lambda d: d.__setitem__("entries", [
        dict(d["entries"][0], id=f"{i:032x}") for i in range(201)])),
    "own case with scenario": changed(_set(["entries", 0, "kind"], "eigener-fall")),
    "bad entry id": changed(_set(["entries", 0, "id"], "../../etc/passwd")),
    "pseudonym with markup": changed(_set(["pseudonym"], "<b>x</b>")),
    "duplicate json key": GOOD.data.replace(b'"version": 1,', b'"version": 1, "version": 1,',
                                            1),
    "nan": GOOD.data.replace(b'"strain_before": 6', b'"strain_before": NaN', 1),
    "huge integer": GOOD.data.replace(b'"strain_before": 6', b'"strain_before": ' +
                                      b"9" * 5000, 1),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_and_changes_nothing(workspace, name):
    """Refused with a German reason; the workspace database is exactly as before."""
    before = dump(workspace)
    result = workspace.import_bytes(f"{name}.json", HOSTILE[name])
    assert result.refused, name
    assert any(word in result.refused for word in GERMAN), result.refused
    assert result.imported == 0
    assert dump(workspace) == before


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_by_the_reader(name):
    """The same cases straight at read_share: always PackageRefused, never another error."""
    with pytest.raises(PackageRefused):
        read_share(HOSTILE[name])


def test_tampering_names_the_hash():
    with pytest.raises(PackageRefused, match="Prüfsumme stimmt nicht"):
        read_share(HOSTILE["tampered"])


def test_newer_version_suggests_updating():
    with pytest.raises(PackageRefused, match="neueren Version"):
        read_share(HOSTILE["newer version"])


def test_feedback_file_is_named_as_such():
    with pytest.raises(PackageRefused, match="Rückmeldungsdatei"):
        read_share(HOSTILE["feedback format"])
    with pytest.raises(PackageRefused, match="Freigabedatei"):
        read_feedback(GOOD.data)


def test_file_over_20_mb_is_refused_before_reading(workspace, tmp_path):
    """A sparse 21 MB file: refused by its size; the workspace is unchanged."""
    big = tmp_path / "gross.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    before = dump(workspace)
    report = workspace.import_paths([big])
    assert report.files[0].refused and "größer als 20 MB" in report.files[0].refused
    assert dump(workspace) == before
    with pytest.raises(PackageRefused):
        read_share(b" " * (MAX_FILE_BYTES + 1))


def test_special_and_missing_files_are_refused(workspace, tmp_path):
    """A folder passed as a file, a missing path and a device are refused, not read."""
    report = workspace.import_paths([tmp_path / "fehlt.json"])
    assert report.files[0].refused == "Die Datei gibt es nicht."
    if os.path.exists("/dev/zero"):
        from pathlib import Path

        with pytest.raises(PackageRefused, match="keine gewöhnliche Datei"):
            read_bytes(Path("/dev/zero"))


def test_depth_count_ignores_brackets_inside_strings():
    """Brackets in texts are not nesting; real nesting beyond the limit is."""
    assert not too_deep('{"a": "[[[[[[[[[[", "b": ["]]]]"]}', 2)
    assert too_deep('{"a": [[1]]}', 2)
    assert not too_deep('{"a": [[1]]}', 3)
    assert not too_deep('{"a": "\\"[[[["}', 1)
    assert too_deep("[[[[[[", 3)  # truncated, but already deeper than allowed
    assert not too_deep("[[", 3)


def test_container_count_ignores_brackets_inside_strings():
    assert not too_many_containers('["[[[[[[[[[[", {}]', 2)
    assert too_many_containers("[[], {}, []]", 3)


@pytest.mark.parametrize("raw", [
    b"[" * (MAX_FILE_BYTES - 10),
    b"[" + b"[]," * (MAX_FILE_BYTES // 3 - 10) + b"[]]",
    b'{"entries": [' + b'"[[[[\\"]]]",' * (MAX_FILE_BYTES // 16) + b"1]}",
], ids=["open brackets", "millions of arrays", "brackets in strings"])
def test_worst_case_files_are_refused_quickly(raw):
    """Near 20 MB of brackets: refused by counting before the parser runs, in well under the
    time a user would notice as a hang (generous bound for slow CI machines)."""
    import time

    start = time.perf_counter()
    with pytest.raises(PackageRefused):
        read_share(raw)
    assert time.perf_counter() - start < 5


def test_good_file_still_imports_after_all_that(workspace):
    """The reference file itself is fine: the refusals above are about the changes."""
    assert workspace.import_bytes("gut.json", GOOD.data).imported == 2
