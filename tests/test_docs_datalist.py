"""The stored-data lists in the data-protection documents match the real schemas: a new table,
column or setting changes the generated list, and the documents must be regenerated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("make_datalist", ROOT / "docs/make_datalist.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_documents_list_exactly_the_tables_and_columns_the_code_creates():
    """Every document with the markers holds the list generated from a fresh journal and
    supervision workspace; the journal's columns include the latest migration's."""
    tool = _tool()
    block = tool.render()
    assert "personal_data" in block and "scenario_digest" in block  # migrations 2 and 3
    assert "| `comments` |" in block and "| `pseudonym` |" in block
    documents = [d for d in tool.DOCUMENTS if tool.START in d.read_text("utf-8")]
    assert len(documents) == 2
    for document in documents:
        assert block in document.read_text("utf-8"), (
            f"{document.name}: stale list, run `python docs/make_datalist.py`")


def test_a_new_column_makes_the_check_fail(tmp_path, monkeypatch):
    """--check reports a document whose list no longer matches (here: a column too few)."""
    tool = _tool()
    stale = tmp_path / "doc.md"
    text = (ROOT / "docs/datenschutz.md").read_text("utf-8")
    assert ", personal_data" in text
    stale.write_text(text.replace(", personal_data", ""), "utf-8")
    monkeypatch.setattr(tool, "DOCUMENTS", [stale])
    assert tool.main(["--check"]) == 1
    assert tool.main([]) == 0 and tool.main(["--check"]) == 0
    assert ", personal_data" in stale.read_text("utf-8")
