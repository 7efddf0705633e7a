"""Every lint rule of scenario-format.md: a valid file passes, a broken one names the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.scenarios.graph import longest_decision_path
from desktop.core.scenarios.library import assemble, load_library
from desktop.core.scenarios.model import Severity
from desktop.core.scenarios.parser import parse_bytes, parse_file, parse_text
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO, line_of

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "unterlagen-fehlen.md"


def findings(text: str):
    return parse_text(text, "t.md").findings


def test_valid_scenario_has_no_findings():
    """The fixture itself is clean: every mutation below starts from zero findings."""
    result = parse_text(VALID_SCENARIO, "t.md")
    assert result.findings == []
    assert result.document is not None
    assert result.document.id == "testfall"


def test_valid_card_has_no_findings():
    """A technique card with the recommended sections parses without findings."""
    result = parse_text(VALID_CARD, "k.md")
    assert result.findings == []
    assert result.document.kind == "technik"
    assert result.document.stages[0].value == "deuten"


def test_format_page_example_lints_with_exit_zero_and_the_promised_warnings():
    """§5: the example is valid; alone it warns about Hinweise, thinness, unknown technique."""
    result = parse_file(EXAMPLE)
    assert result.document is not None
    lib = assemble([result], whole=False)
    assert not lib.errors
    messages = " ".join(f.message for f in lib.findings)
    assert "Hinweise" in messages
    assert "zu dünn" in messages
    assert "Unbekannte Technik" in messages


# (name, old, new, marker for the expected line (None: last line / line 1), severity, words)
CASES = [
    ("no header", "+++\nformat = 1", "format = 1", None, "error", "+++"),
    ("unclosed header", "description = \"34 Jahre, Pflegehelferin.\"\n+++",
     "description = \"34 Jahre, Pflegehelferin.\"", None, "error", "nicht geschlossen"),
    ("toml syntax", 'minutes = 6', 'minutes = = 6', "minutes = = 6", "error", "TOML"),
    ("format version", "format = 1", "format = 2", "format = 2", "error", "Formatversion"),
    ("format missing", "format = 1\n", "", None, "error", "format"),
    ("kind unknown", "format = 1\n", 'format = 1\nkind = "roman"\n', 'kind = "roman"', "error",
     "Unbekannte Art"),
    ("id pattern", 'id = "testfall"', 'id = "Test_Fall"', 'id = "Test_Fall"', "error", "Kennung"),
    ("id too long", 'id = "testfall"', 'id = "' + "a" * 61 + '"', 'id = "aaa', "error",
     "60 Zeichen"),
    ("id missing", 'id = "testfall"\n', "", None, "error", "id"),
    ("title too long", 'title = "Ein Testfall"', 'title = "' + "x" * 81 + '"', "title = ",
     "error", "80"),
    ("title empty", 'title = "Ein Testfall"', 'title = ""', "title = ", "error", "title"),
    ("summary too long", 'summary = "Frau Amiri braucht eine Fiktionsbescheinigung."',
     'summary = "' + "y" * 301 + '"', "summary = ", "error", "300"),
    ("minutes range", "minutes = 6", "minutes = 90", "minutes = 90", "error", "1 bis 60"),
    ("minutes type", "minutes = 6", 'minutes = "6"', 'minutes = "6"', "error", "ganze Zahl"),
    ("level range", "level = 1", "level = 4", "level = 4", "error", "1 bis 3"),
    ("setting", 'setting = "schalter"', 'setting = "kantine"', 'setting = "kantine"', "error",
     "setting"),
    ("topics empty", 'topics = ["fiktionsbescheinigung"]', "topics = []", "topics = []",
     "error", "topics"),
    ("topic slug", 'topics = ["fiktionsbescheinigung"]', 'topics = ["Fiktion"]',
     'topics = ["Fiktion"]', "error", "topics"),
    ("language", "format = 1\n", 'format = 1\nlanguage = "deutsch!"\n', "language", "error",
     "Sprachkürzel"),
    ("unknown key", "format = 1\n", "format = 1\nfarbe = \"blau\"\n", "farbe", "warning",
     "Unbekannter Schlüssel"),
    ("people missing", '[[people]]\nkey = "kundin"\nname = "Frau Amiri"\nrole = "Kundin"\n'
     'description = "34 Jahre, Pflegehelferin."\n', "", None, "error", "Person"),
    ("person key", 'key = "kundin"', 'key = "Kundin A"', "[[people]]", "error", "key"),
    ("person role", 'role = "Kundin"\n', "", "[[people]]", "error", "role"),
    ("person name", 'name = "Frau Amiri"\n', "", "[[people]]", "error", "name"),
    ("duplicate person", 'description = "34 Jahre, Pflegehelferin."\n',
     'description = "34 Jahre, Pflegehelferin."\n\n[[people]]\nkey = "kundin"\nname = "X"\n'
     'role = "Y"\n', ("[[people]]", 1), "error", "doppelt"),
    ("text before first section", "+++\n\n## Situation", "+++\nLoser Text\n## Situation",
     "Loser Text", "error", "Zwischen Kopf"),
    ("unknown section", "## Verarbeiten", "## Nachspiel\n\nText\n\n## Verarbeiten",
     "## Nachspiel", "error", "Unbekannter Abschnitt"),
    ("section order", "## Situation\n\nFrau Amiri steht am Schalter. Ihre Erlaubnis läuft morgen "
     "ab.\n\n", "", None, "error", "Situation"),
    ("section twice", "## Verarbeiten", "## Deuten\n\n### Fragen\n\n- x\n\n## Verarbeiten",
     ("## Deuten", 1), "error", "doppelt"),
    ("missing section", "## Beeinflussen\n\n### Fragen\n\n- Wie eröffnen Sie das Gespräch?\n- "
     "Was sagen Sie zum Ablauf?\n\n### Hinweise\n\nTransparenz hilft.\n\n", "", "LAST", "error",
     "Beeinflussen"),
    ("unknown block", "### Hinweise\n\nZuerst", "### Tipps\n\nx\n\n### Hinweise\n\nZuerst",
     "### Tipps", "error", "Unbekannter Block"),
    ("fragen twice", "### Hinweise\n\nTransparenz", "### Fragen\n\n- Noch eine?\n\n"
     "### Hinweise\n\nTransparenz", ("### Fragen", 1), "error", "nur einmal"),
    ("fragen not a list", "- Wie eröffnen Sie das Gespräch?", "Freier Text hier.\n\n"
     "- Wie eröffnen Sie das Gespräch?", "Freier Text hier.", "error", "nur eine Liste"),
    ("fragen empty", "### Fragen\n\n- Was hat Sie Kraft gekostet?", "### Fragen\n",
     ("### Fragen", 1), "error", "leer"),
    ("auswahl without question", "### Auswahl: Was hören Sie?", "### Auswahl:",
     "### Auswahl:", "error", "keine Frage"),
    ("auswahl one option", "- [ ] Einen Vorwurf.\n  > Eher nicht: Sie fragt nach Hilfe.\n", "",
     "### Auswahl", "error", "mindestens zwei"),
    ("auswahl no recommended", "- [x] Sorge um die Arbeit.", "- [ ] Sorge um die Arbeit.",
     "### Auswahl", "error", "keine empfohlene Option"),
    ("auswahl no marker", "- [ ] Einen Vorwurf.", "- Einen Vorwurf.", "- Einen Vorwurf.",
     "error", "[x]"),
    ("auswahl no feedback", "  > Eher nicht: Sie fragt nach Hilfe.\n", "", "- [ ] Einen Vorwurf.",
     "warning", "Rückmeldung"),
    ("stage without hinweise", "### Hinweise\n\nTransparenz hilft.\n", "", "## Beeinflussen",
     "warning", "Hinweise"),
    ("stage without questions", "### Fragen\n\n- Wie eröffnen Sie das Gespräch?\n- Was sagen "
     "Sie zum Ablauf?\n", "", "## Beeinflussen", "error", "braucht"),
    ("node outside reagieren", "### Hinweise\n\nTransparenz", "### @knoten\n\nx\n\n### Hinweise"
     "\n\nTransparenz", "### @knoten", "error", "nur in „Reagieren“"),
    ("node id", "### @aerger Der Ärger", "### @Ärger Der Ärger", "### @Ärger", "error",
     "Knoten-Kennung"),
    ("duplicate node", "### @ende-schlecht Ohne Plan", "### @ende-gut Ohne Plan",
     ("### @ende-gut", 1), "error", "doppelt"),
    ("unknown speaker", "**Frau Amiri:** „Bin ich", "**Herr Amiri:** „Bin ich", "**Herr Amiri:**",
     "error", "Unbekannte Person"),
    ("quote without gedanke", "> Gedanke: Dann verliere", "> Dann verliere", "> Dann verliere",
     "error", "Gedanke:"),
    ("second thought", "> Gedanke: Dann verliere ich die Stelle.",
     "> Gedanke: Dann verliere ich die Stelle.\n\n> Gedanke: Noch einer.", "Noch einer", "error",
     "höchstens einen Gedanken"),
    ("unknown rating", "- (teils) „Die Termine", "- (super) „Die Termine", "(super)", "error",
     "Unbekannte Bewertung"),
    ("missing target", "„Das steht auf der Website.“ -> @ende-schlecht",
     "„Das steht auf der Website.“", "Das steht auf der Website", "error", "Ziel"),
    ("unknown target", "-> @ende-gut\n  > Schriftlich", "-> @ende-super\n  > Schriftlich",
     "@ende-super", "error", "gibt es nicht"),
    ("choice without feedback", "  > Schriftlich hält länger.\n", "", "Ich schreibe Ihnen alles",
     "warning", "Rückmeldung"),
    ("text after choices", "  > Verweis ohne Hilfe.\n", "  > Verweis ohne Hilfe.\n\nNachsatz.\n",
     "Nachsatz.", "error", "nichts mehr"),
    ("line after thought", "> Gedanke: Dann verliere ich die Stelle.\n",
     "> Gedanke: Dann verliere ich die Stelle.\n\nSpäte Zeile.\n", "Späte Zeile.", "error",
     "vor dem Gedanken"),
    ("unreachable node", "### @ende-schlecht Ohne Plan", "### @insel Insel\n\nNiemand kommt "
     "hierher.\n\n### @ende-schlecht Ohne Plan", "### @insel", "error", "nicht erreichbar"),
    ("trap", "- (hilfreich) „Ich schreibe Ihnen alles auf.“ -> @ende-gut",
     "- (hilfreich) „Ich schreibe Ihnen alles auf.“ -> @falle", None, "error", "kein Ende"),
    ("thin dialogue", "-> @aerger\n  > Ein Vorwurf", "-> @plan\n  > Ein Vorwurf", "## Reagieren",
     "error-or-warning", "erreichbar"),
]


@pytest.mark.parametrize("name,old,new,marker,severity,words", CASES, ids=[c[0] for c in CASES])
def test_rule(name, old, new, marker, severity, words):
    """Each rule: the mutated file reports the expected finding on the expected line."""
    assert old in VALID_SCENARIO, f"fixture drifted for {name}"
    text = VALID_SCENARIO.replace(old, new, 1)
    if name == "trap":
        text = text.replace("### @ende-gut Ein Plan",
                            "### @falle Schleife\n\n**Frau Amiri:** „Und?“\n\n"
                            "- (teils) „Moment.“ -> @falle\n  > Dreht sich im Kreis.\n\n"
                            "### @ende-gut Ein Plan")
        marker = "### @falle"
    result = parse_text(text, "t.md")
    wanted = [f for f in result.findings if words in f.message or words in f.message.lower()]
    if severity == "error-or-warning":
        assert wanted, result.findings
        return
    assert wanted, f"{name}: no finding with {words!r} in {result.findings}"
    finding = next((f for f in wanted if f.severity.value == severity), None)
    assert finding is not None, f"{name}: {wanted}"
    if marker == "LAST":
        assert finding.line == len(text.split("\n"))
    elif marker is not None:
        marker_text, occurrence = marker if isinstance(marker, tuple) else (marker, 0)
        assert finding.line == line_of(text, marker_text, occurrence), (name, finding)
    if severity == "error":
        assert result.document is None


def test_thin_dialogue_warns_on_reagieren_line():
    """Fewer than two endings or fewer than three decisions on the longest path: a warning."""
    text = VALID_SCENARIO.replace("-> @ende-schlecht\n  > Richtig", "-> @ende-gut\n  > Richtig")
    text = text.replace("-> @ende-schlecht\n  > Verweis", "-> @ende-gut\n  > Verweis")
    text = text.replace("### @ende-schlecht Ohne Plan\n\n*Frau Amiri geht ratlos.*\n", "")
    result = parse_text(text, "t.md")
    thin = [f for f in result.findings if "zu dünn" in f.message]
    assert thin and thin[0].severity is Severity.WARNING
    assert thin[0].line == line_of(text, "## Reagieren")
    assert result.document is not None


def test_longest_path_counts_decisions():
    """The valid fixture has three decision nodes on its longest path (start, aerger, plan)."""
    doc = parse_text(VALID_SCENARIO).document
    assert longest_decision_path(doc.dialogue) == 3


def test_crlf_and_bom_are_tolerated():
    """CRLF line endings and a UTF-8 BOM parse like the plain file."""
    data = b"\xef\xbb\xbf" + VALID_SCENARIO.replace("\n", "\r\n").encode("utf-8")
    result = parse_bytes(data, "t.md")
    assert result.findings == []
    assert result.document.title == "Ein Testfall"


def test_not_utf8_is_an_error_on_its_line():
    """Latin-1 bytes are reported with the line where decoding fails."""
    data = VALID_SCENARIO.replace("Ihre Erlaubnis läuft", "Ihre Erlaubnis l\x00uft").encode()
    data = data.replace(b"l\x00uft", "läuft".encode("latin-1"))
    result = parse_bytes(data, "t.md")
    assert result.document is None
    assert result.findings[0].line == line_of(VALID_SCENARIO, "Ihre Erlaubnis läuft")
    assert "UTF-8" in result.findings[0].message


def test_toml_error_line_is_translated_to_the_file_line():
    """A TOML error on header line 6 is reported as file line 7."""
    text = VALID_SCENARIO.replace("minutes = 6", "minutes = [6")
    finding = parse_text(text, "t.md").findings[0]
    assert finding.severity is Severity.ERROR
    assert finding.line >= line_of(text, "minutes = [6")


def test_card_rules():
    """Technique cards: stages required and known, tags are slugs, body not empty."""
    bad_stage = VALID_CARD.replace('stages = ["deuten", "reagieren"]', 'stages = ["lesen"]')
    f = parse_text(bad_stage).findings
    assert f[0].line == line_of(bad_stage, "stages =") and "Unbekannte Stufe" in f[0].message
    no_stage = VALID_CARD.replace('stages = ["deuten", "reagieren"]\n', "")
    assert any("stages" in x.message for x in parse_text(no_stage).findings)
    bad_tag = VALID_CARD.replace('tags = ["aerger", "zuhoeren"]', 'tags = ["Ärger"]')
    f = parse_text(bad_tag).findings
    assert f[0].line == line_of(bad_tag, "tags =")
    empty = VALID_CARD.split("## Worum")[0]
    assert any("keinen Inhalt" in x.message for x in parse_text(empty).findings)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_library_checks_duplicate_ids_and_technique_references(tmp_path):
    """Library-wide: a duplicate id is an error on the second file's id line; an unknown
    technique is an error for the whole library; broken files never stop the others."""
    _write(tmp_path, "a.md", VALID_SCENARIO)
    _write(tmp_path, "b.md", VALID_SCENARIO)
    _write(tmp_path, "c.md", VALID_SCENARIO.replace('id = "testfall"', 'id = "drittfall"')
           .replace('"aktives-zuhoeren"', '"gibt-es-nicht"'))
    _write(tmp_path, "kaputt.md", "kein Kopf")
    _write(tmp_path, "_entwurf.md", "ignoriert")
    _write(tmp_path, "README.md", "ignoriert")
    _write(tmp_path, "techniken/aktives-zuhoeren.md", VALID_CARD)
    lib = load_library([tmp_path])
    assert set(lib.scenarios) == {"testfall", "drittfall"}
    assert set(lib.techniques) == {"aktives-zuhoeren"}
    dup = [f for f in lib.errors if "gibt es schon" in f.message]
    assert dup and dup[0].path.endswith("b.md") and dup[0].line == line_of(VALID_SCENARIO, "id =")
    unknown = [f for f in lib.findings if "gibt-es-nicht" in f.message]
    assert unknown and unknown[0].severity is Severity.ERROR
    assert unknown[0].line == line_of(VALID_SCENARIO, "techniques =")
    assert any(f.path.endswith("kaputt.md") for f in lib.errors)
    assert lib.files == 5


def test_single_file_unknown_technique_is_a_warning():
    """Checked alone, an unknown technique id is only a warning."""
    result = parse_text(VALID_SCENARIO.replace('"aktives-zuhoeren"', '"neu"'), "t.md")
    lib = assemble([result], whole=False)
    assert [f.severity for f in lib.findings] == [Severity.WARNING]


def test_reagieren_needs_a_node_with_choices():
    """A Reagieren stage whose nodes have no choices is an error on its heading line."""
    head, rest = VALID_SCENARIO.split("## Reagieren\n", 1)
    tail = rest.split("## Verarbeiten", 1)[1]
    text = head + "## Reagieren\n\n### @start Nur Text\n\n*Niemand sagt etwas.*\n\n" \
        "### Hinweise\n\nx\n\n## Verarbeiten" + tail
    result = parse_text(text, "t.md")
    finding = next(f for f in result.findings if "Antwortmöglichkeiten" in f.message)
    assert finding.severity is Severity.ERROR
    assert finding.line == line_of(text, "## Reagieren")


def test_wrapped_line_starting_with_a_number_stays_in_its_paragraph():
    """A narration line wrapped before "15. Mai" is not mistaken for a list (CommonMark)."""
    text = VALID_SCENARIO.replace("*Frau Amiri geht ratlos.*",
                                  "*Frau Amiri geht ratlos. Ihr Termin ist am\n15. Mai.*")
    result = parse_text(text, "t.md")
    assert result.findings == []
    ending = result.document.dialogue.node("ende-schlecht")
    assert ending.lines[0].text.endswith("15. Mai.*")
