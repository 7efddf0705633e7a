"""The text view never freezes the window on a long or hostile text.

A long text renders through the one background helper while a note stands in its place; a text
over the renderer's limits shows the German notice instead of hanging the GUI thread.
"""

from __future__ import annotations

from desktop.ui.text_view import BACKGROUND_CHARS, TextView

LONG = "\n\n".join(f"Absatz {n}: Frau Amiri fragt nach ihrer **Fiktionsbescheinigung**."
                   for n in range(1200)) + "\n\nENDE-DES-TEXTES"


def test_long_text_renders_in_the_background(qtbot):
    """set_markdown returns at once with the note; the whole text arrives afterwards."""
    assert len(LONG) > BACKGROUND_CHARS
    view = TextView(name="Situation")
    qtbot.addWidget(view)
    view.show()
    view.set_markdown(LONG, "<h1>Kopf</h1>")
    assert "Der Text wird vorbereitet" in view.plain_text()
    assert "ENDE-DES-TEXTES" not in view.plain_text()
    qtbot.waitUntil(lambda: "ENDE-DES-TEXTES" in view.plain_text(), timeout=20_000)
    assert view.plain_text().startswith("Kopf")
    assert "Fiktionsbescheinigung" in view.plain_text()


def test_a_newer_text_is_not_replaced_by_a_late_render(qtbot):
    """A long render that finishes after the view moved on does not overwrite the new text."""
    from desktop.ui.tasks import wait_for_background

    view = TextView()
    qtbot.addWidget(view)
    view.set_markdown(LONG)
    view.set_markdown("Der neue, kurze Text.")
    assert wait_for_background(20_000)
    qtbot.wait(50)  # the finished render's callback runs on the GUI thread
    assert view.plain_text().strip() == "Der neue, kurze Text."


def test_bomb_shows_the_german_notice(qtbot):
    """A link bomb of 30,000 "[" (over a minute in Markdown) shows the notice at once."""
    view = TextView()
    qtbot.addWidget(view)
    view.set_markdown("[" * 30_000)
    qtbot.waitUntil(lambda: "Dieser Text wird nicht angezeigt" in view.plain_text(),
                    timeout=20_000)
    assert "eckige Klammern" in view.plain_text()
