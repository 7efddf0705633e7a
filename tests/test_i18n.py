"""Translations: every string in the code has its German translation (the .ts is complete)."""

from __future__ import annotations

from tests.i18n_tool import load


def test_every_string_has_a_german_translation_and_none_is_stale():
    """build/i18n.py check: no untranslated, unreadable or stale message, and every count has
    its English singular and plural (both .ts files and the code are in step)."""
    tool = load()
    assert tool.check() == []
    english = tool.read_ts(tool.EN_TS_FILE)
    counts = {key for key, msg in tool.scan()[0].items() if msg.numerus}
    assert set(english) == counts and len(counts) > 20


PLURAL_SOURCE = '''
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.common.i18n import translator

_tr = translator("room")


class Page(QWidget):
    def show_count(self, n):
        self.label.setText(self.tr("%n entries", "", n))
        tr = self.tr
        return tr("Title")


def files(n):
    return _tr("%n files", "", n) + QCoreApplication.translate("other", "%n notes", n=n)


def forgotten(n):
    return _tr("%n left")  # the count is missing: Qt would show "%n" as it is
'''


def test_counts_become_plural_messages_with_both_german_forms(tmp_path):
    """A call with a count (self.tr, a module's translator, QCoreApplication.translate with n)
    is written as numerus="yes" with two German <numerusform>s; `check` wants both forms and
    flags a "%n" string called without a count; lrelease accepts the result."""
    import xml.etree.ElementTree as ET

    tool = load()
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.py").write_text(PLURAL_SOURCE, "utf-8")
    ts = tmp_path / "plural_de.ts"
    messages, unresolved = tool.scan([src])
    assert unresolved == []
    numerus = {key for key, msg in messages.items() if msg.numerus}
    assert numerus == {("Page", "%n entries"), ("room", "%n files"), ("other", "%n notes")}
    assert not messages[("Page", "Title")].numerus

    tool.write_ts(messages, {("Page", "%n entries"): ("%n Eintrag", "%n Einträge"),
                             ("room", "%n files"): ("%n Datei", ""),
                             ("Page", "Title"): "Titel"}, ts)
    root = ET.parse(ts).getroot()
    entries = next(m for m in root.iter("message") if m.findtext("source") == "%n entries")
    assert entries.get("numerus") == "yes"
    assert [f.text for f in entries.iter("numerusform")] == ["%n Eintrag", "%n Einträge"]
    assert entries.find("translation").get("type") is None

    problems = tool.check([src], ts, english=None)
    assert any("'%n files'" in p and "Plural" in p for p in problems)  # one form missing
    assert any("'%n notes'" in p and "keine deutsche" in p for p in problems)
    assert any("'%n left'" in p and "ohne Anzahl" in p for p in problems)
    assert not any("'%n entries'" in p or "'Title'" in p for p in problems)
    assert tool.release(ts, tmp_path).stat().st_size > 0


def test_the_plural_forms_reach_the_screen(tmp_path):
    """The compiled .qm gives German singular for 1 and plural otherwise, through the same
    `translator` helper the rooms use."""
    import subprocess
    import sys

    tool = load()
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.py").write_text(PLURAL_SOURCE, "utf-8")
    messages, _ = tool.scan([src])
    ts = tmp_path / "plural_de.ts"
    tool.write_ts(messages, {("room", "%n files"): ("%n Datei", "%n Dateien")}, ts)
    qm = tool.release(ts, tmp_path)
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from desktop.ui.common.i18n import translator\n"
        "app = QCoreApplication([])\n"
        "t = QTranslator(); assert t.load(sys.argv[1]); app.installTranslator(t)\n"
        "tr = translator('room')\n"
        "print('|'.join(tr('%n files', '', n) for n in (0, 1, 2, 21)))\n")
    out = subprocess.run([sys.executable, "-c", script, str(qm)], capture_output=True,
                         text=True, check=True, timeout=60).stdout.strip()
    assert out == "0 Dateien|1 Datei|2 Dateien|21 Dateien"


def test_everything_qts_lupdate_finds_is_found_by_ours(tmp_path):
    """Qt's own extractor as a second opinion: every message pyside6-lupdate files under a
    context is also in ours. (It files others under no context and misses the module helpers
    and the plurals of translate(): docs/architecture.md, "Translations".)"""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import pytest

    tool = load()
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    files = tmp_path / "files.lst"
    files.write_text("\n".join(str(p) for p in sorted(tool.SOURCES[0].rglob("*.py"))), "utf-8")
    ts = tmp_path / "lupdate.ts"
    subprocess.run([lupdate, f"@{files}", "-ts", str(ts), "-locations", "none"], check=True,
                   capture_output=True, timeout=120)
    theirs = {(c.findtext("name") or "", m.findtext("source") or "")
              for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    ours, _ = tool.scan()
    assert len(theirs) > 100
    assert sorted(key for key in theirs - set(ours) if key[0]) == []


def test_counts_get_english_singular_and_plural_forms(tmp_path, monkeypatch):
    """English needs a translation only for counts: `update` puts every count (and nothing
    else) into the English .ts as an unfinished draft of its source; `check` fails until both
    English forms are written, and on a placeholder a translation invents (a KeyError on the
    screen); a finished file passes and compiles."""
    import xml.etree.ElementTree as ET

    tool = load()
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.py").write_text(PLURAL_SOURCE.replace(
        'return _tr("%n left")', 'return _tr("%n left", "", n)'), "utf-8")
    de, en = tmp_path / "app_de.ts", tmp_path / "app_en.ts"
    monkeypatch.setattr(tool, "SOURCES", [src])
    monkeypatch.setattr(tool, "TS_FILE", de)
    monkeypatch.setattr(tool, "EN_TS_FILE", en)
    tool.update()

    root = ET.parse(en).getroot()
    assert root.get("language") == "en"
    drafts = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
              for m in root.iter("message")}
    assert drafts == {s: [s, s] for s in ("%n entries", "%n files", "%n notes", "%n left")}
    assert all(m.find("translation").get("type") == "unfinished" for m in root.iter("message"))
    problems = tool.check([src], de, en)
    assert sum("englische Pluralformen" in p and "unfertig" in p for p in problems) == 4

    messages, _ = tool.scan([src])
    counts = {key: msg for key, msg in messages.items() if msg.numerus}
    tool.write_ts(counts, {("Page", "%n entries"): ("%n entry", "%n entries"),
                           ("room", "%n files"): ("%n file", "%n files"),
                           ("other", "%n notes"): ("%n note(s)", "%n note(s)"),
                           ("room", "%n left"): ("{what} left", "%n left")}, en, language="en")
    problems = [p for p in tool.check([src], de, en) if "englisch" in p or "Platzhalter" in p]
    assert len(problems) == 2
    assert "'%n notes'" in problems[0] and "„(s)“" in problems[0]
    assert "'%n left'" in problems[1] and "Platzhalter {what}" in problems[1]
    tool.write_ts(counts, {**tool.read_ts(en), ("other", "%n notes"): ("%n note", "%n notes")},
                  en, language="en")
    tool.write_ts(counts, {**tool.read_ts(en), ("room", "%n left"): ("%n left", "%n left")},
                  en, language="en")
    assert [p for p in tool.check([src], de, en) if "englisch" in p or "Platzhalter" in p] == []
    assert tool.release(en, tmp_path).stat().st_size > 0
