"""The studio's preview replaces only the pieces a trainer changed: after any sequence of
changes, insertions and removals it shows exactly the document the whole HTML makes (every
block's text, heading level, margins, fonts and lists); and while the trainer types, the
preview keeps its scroll place."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextDocument, QTextFormat

from bench.bench_studio import scenario_text
from desktop.core.scenarios import preview
from desktop.ui.studio.studio_preview import StudioPreview


def blocks(doc: QTextDocument) -> list[tuple]:
    """What a reader sees and a screen reader reads of each block."""
    seen = []
    block = doc.begin()
    while block.isValid():
        pieces = []
        run = block.begin()
        while not run.atEnd():
            pieces.append((run.fragment().text(), run.fragment().charFormat()))
            run += 1
        listed = block.textList()
        shape = {key: value for key, value in block.blockFormat().properties().items()
                 if key != QTextFormat.Property.ObjectIndex}  # Qt's own numbering of lists
        seen.append((block.text(), shape, block.charFormat(), tuple(pieces), None if
                     listed is None else (listed.format(), listed.item(0).position(),
                                          listed.count())))
        block = block.next()
    return seen


def whole(view: StudioPreview, parts: list[str]) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(view.document().defaultStyleSheet())
    doc.setHtml("".join(parts))
    return doc


def fresh(qtbot, parts: list[str]) -> StudioPreview:
    view = StudioPreview(name="Vorschau")
    qtbot.addWidget(view)
    view.show_parts(parts)
    return view


def large_parts() -> list[str]:
    result, _ = preview.check_text(scenario_text(40), "gross.md")
    assert result.document is not None
    return preview.document_parts(result.document)


def test_pieces_replaced_give_the_document_built_afresh(qtbot):
    """Seeded random edits, as typing and cutting in the editor make them (one piece changed,
    pieces added or removed, at the start, in the middle and at the end): each time the
    preview's document is block for block the one the whole HTML makes."""
    parts = large_parts()
    view = fresh(qtbot, parts)
    rng = random.Random(21)
    for step in range(40):
        parts = list(parts)
        where = rng.choice([0, 1, len(parts) // 2, len(parts) - 1, rng.randrange(len(parts))])
        kind = rng.choice(["change", "change", "insert", "remove", "two"])
        piece = f"<h3>@neu{step} Neu</h3><p>Eingefügt {step}.</p><ul><li>(teils) x</li></ul>"
        if kind == "change":
            parts[where] = parts[where].replace("</p>", f" geändert {step}</p>", 1) or piece
        elif kind == "insert":
            parts.insert(where, piece)
        elif kind == "remove" and len(parts) > 2:
            del parts[where]
        else:
            parts[where:where + 2] = [piece, piece.replace("Neu", "Auch neu")]
        view.show_parts(parts)
        assert blocks(view.document()) == blocks(whole(view, parts)), (step, kind)


def test_a_message_then_pieces_again(qtbot):
    """The "preview appears once the file has no errors" note replaces the pieces; the next
    document is shown whole again."""
    parts = large_parts()
    view = fresh(qtbot, parts)
    view.set_html("<p>Die Vorschau erscheint, sobald die Datei keine Fehler mehr hat.</p>")
    assert "Fehler" in view.plain_text()
    view.show_parts(parts)
    assert blocks(view.document()) == blocks(whole(view, parts))


def test_typing_in_one_node_keeps_the_preview_where_the_trainer_reads(qtbot):
    """A trainer scrolled the preview to the middle; a change in one node does not throw the
    view back to the top."""
    parts = large_parts()
    view = fresh(qtbot, parts)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    middle = len(parts) // 2
    parts[middle] = parts[middle].replace("</p>", " und noch ein Satz</p>", 1)
    view.show_parts(parts)
    assert "und noch ein Satz" in view.plain_text()
    assert abs(bar.value() - before) < 5
