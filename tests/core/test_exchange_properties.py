"""Property-based: mutated share and feedback files never crash the importer, never change
the workspace when refused, and nothing accepted differs from what was sealed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.exchange import (
    ExchangeError,
    OutgoingComment,
    PackageRefused,
    build_feedback,
    read_feedback,
    read_share,
)
from desktop.core.exchange.clean import Cleaner
from desktop.core.exchange.strict import CONTROL, MARKUP
from desktop.core.privacy import detect
from desktop.core.supervision import Workspace
from tests.core.exchange_factory import TODAY, practice_share, resealed

GOOD = practice_share("Kompass-1", entries=2)
FEEDBACK = build_feedback("Kompass-1", "Supervision", [
    OutgoingComment("a" * 32, GOOD.entries[0]["id"], None, "Gut beobachtet.", "2025-03-15"),
    OutgoingComment("b" * 32, GOOD.entries[0]["id"], "deuten", "Zweite Deutung?", "2025-03-15"),
], TODAY)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=16)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


PATHS = [p for p in _paths(GOOD.document) if p and p[0] != "sha256"]


def _replace(document: Any, path: tuple, value: Any) -> Any:
    document = copy.deepcopy(document)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


byte_edits = st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert"]),
                                st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
                      min_size=1, max_size=4)


def _mutate_bytes(raw: bytes, edits) -> bytes:
    data = bytearray(raw)
    for kind, position, payload in edits:
        if not data:
            break
        at = position % len(data)
        if kind == "flip":
            data[at] ^= payload[0] or 1
        elif kind == "cut":
            del data[at:at + len(payload) * 16]
        else:
            data[at:at] = payload
    return bytes(data)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("ws") / "supervision.sqlite3")
    yield ws
    ws.close()


@settings(max_examples=300, deadline=None)
@given(byte_edits)
def test_mutated_bytes_are_refused_or_unchanged_in_content(edits):
    """Random byte flips, cuts and insertions: PackageRefused, or (whitespace only) exactly
    the sealed content. Never another exception."""
    raw = _mutate_bytes(GOOD.data, edits)
    try:
        document = read_share(raw)
    except PackageRefused as exc:
        assert str(exc)
    else:
        assert document == GOOD.document


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), json_values)
def test_resealed_structural_mutations_never_crash(path, value):
    """Any field replaced by any JSON value, hash recomputed: refused with a reason, or a
    document that passes every field check again."""
    raw = resealed(_replace(GOOD.document, path, value))
    try:
        document = read_share(raw)
    except PackageRefused as exc:
        assert str(exc)
    else:
        assert read_share(json.dumps(document).encode()) == document


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from(PATHS), json_values, byte_edits)
def test_workspace_is_unchanged_by_every_refused_file(workspace, path, value, edits):
    """Through the workspace: a refused file leaves every table as it was."""
    for raw in (resealed(_replace(GOOD.document, path, value)),
                _mutate_bytes(GOOD.data, edits)):
        before = list(workspace.db.conn.iterdump())
        result = workspace.import_bytes("x.json", raw)
        if result.refused:
            assert list(workspace.db.conn.iterdump()) == before
        else:
            assert not result.refused
            for entry in read_share(raw)["entries"]:
                workspace.delete_entry(entry["id"])


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_arbitrary_json_is_never_a_share_file(value):
    """Random JSON, even with the right format name and a valid hash, is refused."""
    candidates = [json.dumps(value).encode()]
    if isinstance(value, dict):
        candidates.append(resealed({**value, "format": "gespraechskompass-freigabe",
                                    "version": 1}))
    for raw in candidates:
        with pytest.raises(PackageRefused):
            read_share(raw)


@settings(max_examples=200, deadline=None)
@given(byte_edits)
def test_mutated_feedback_files_are_refused_or_unchanged(edits):
    """The feedback reader keeps the same promises."""
    try:
        document = read_feedback(_mutate_bytes(FEEDBACK.data, edits))
    except PackageRefused:
        pass
    else:
        assert document == FEEDBACK.document


note_parts = st.sampled_from([
    "Herr Haddad", "Frau Amina Yilmaz", "am 03.04.2024", "Tel. 0171 2345678",
    "Az. ABH-2024-12345", "amina@example.org", "Hauptstraße 5, 12345 Berlin", "<b>", "</i>",
    "<script>", "\x1b", "\u202e", "\r\n", "[Person A]", " war wütend.", " Ich blieb ruhig.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(note_parts | st.text(max_size=20), max_size=8).map("".join))
@example("<A<b>>")  # nested: one pass of defusing left markup behind
def test_cleaned_text_is_free_of_findings_markup_and_controls(text):
    """Whatever a user typed: the cleaned text has no finding left, no markup, no control
    characters, or the cleaner refuses it with a German message. Never anything else."""
    try:
        out = Cleaner().free(("x",), text, "einer Notiz")
    except ExchangeError as exc:
        assert "persönliche Daten" in str(exc)
    else:
        assert detect(out) == []
        assert not MARKUP.search(out) and not CONTROL.search(out)
