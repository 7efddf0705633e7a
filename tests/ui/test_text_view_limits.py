"""The text view never freezes the window on a long or hostile text.

A long text renders through the one background helper while a note stands in its place; a text
over the renderer's limits shows the German notice instead of hanging the GUI thread.
"""

from __future__ import annotations

from desktop.core.scenarios import render
from desktop.ui.common.text_view import BACKGROUND_CHARS, TextView

LONG = "\n\n".join(f"Absatz {n}: Frau Amiri fragt nach ihrer **Fiktionsbescheinigung**."
                   for n in range(500)) + "\n\nENDE-DES-TEXTES"


def test_long_text_renders_in_the_background(qtbot):
    """set_markdown returns at once with the note; the whole text arrives afterwards."""
    assert BACKGROUND_CHARS < len(LONG) < render.MAX_CHARS
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
    from desktop.ui.common.tasks import wait_for_background

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


def test_scenario_with_a_long_situation_opens_without_freezing(qtbot, data_home, tmp_path):
    """As a caseworker meets it: a team-folder scenario whose Situation is 35,000 characters
    (within the limits) is loaded by the real library and started; the session shows at once
    with the note, and the whole situation follows from the background."""
    from desktop.core.scenarios.library import load_library
    from tests.core.lint_fixtures import VALID_SCENARIO
    from tests.ui.helpers import make_window

    long_situation = "\n\n".join(f"Frau Amiri erzählt Teil {n} ihrer Geschichte am Schalter."
                                 for n in range(600)) + "\n\nENDE-DER-SITUATION"
    assert BACKGROUND_CHARS < len(long_situation) < render.MAX_CHARS
    team = tmp_path / "team"
    team.mkdir()
    (team / "lang.md").write_text(VALID_SCENARIO.replace(
        "Frau Amiri steht am Schalter. Ihre Erlaubnis läuft morgen ab.", long_situation, 1)
        .replace('techniques = ["aktives-zuhoeren"]\n', ""), "utf-8")
    library = load_library([team])
    assert "testfall" in library.scenarios, library.findings
    ctx, window = make_window(qtbot, data_home, library=library)
    window.ctx.practice.start_scenario("testfall")
    views = [v for v in window.findChildren(TextView) if v.isVisible()]
    assert any("Der Text wird vorbereitet" in v.plain_text() for v in views)
    qtbot.waitUntil(lambda: any("ENDE-DER-SITUATION" in v.plain_text()
                                for v in window.findChildren(TextView)), timeout=20_000)
    window.close()


def test_technique_cards_render_on_the_thread_pool(qtbot, data_home):
    """Techniken: a card chosen in the list is rendered off the GUI thread (the first render
    loads the Markdown library): right after the choice the previous card still stands, then
    the chosen card with its heading arrives; paging quickly ends on the last card chosen."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.helpers import make_window

    ctx, window = make_window(qtbot, data_home)
    page = window.show_page("techniques")
    first = page.list.item(0).text()
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(first), timeout=10_000)
    second, third = page.list.item(1).text(), page.list.item(2).text()
    page.list.setCurrentRow(1)
    page.list.setCurrentRow(2)
    assert page.view.plain_text().startswith(first)  # nothing rendered on the GUI thread
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(third), timeout=10_000)
    QApplication.processEvents()
    assert not page.view.plain_text().startswith(second)
    assert len(page.view.plain_text()) > 200  # the card's body, not only its heading
    window.close()


def test_before_the_appointment_renders_on_the_thread_pool(qtbot, data_home):
    """Vor dem Termin: choosing another kind of appointment keeps the page shown until the new
    one, rendered off the GUI thread, is ready; then its heading and card links are there."""
    from desktop.ui.common.labels import appointment_kind_label
    from tests.ui.helpers import make_window

    ctx, window = make_window(qtbot, data_home)
    page = window.show_page("before")
    first = appointment_kind_label(page.kind.currentData())
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(first), timeout=10_000)
    page.show_kind("dolmetschen")
    assert page.view.plain_text().startswith(first)  # nothing rendered on the GUI thread
    wanted = appointment_kind_label("dolmetschen")
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(wanted), timeout=10_000)
    assert "Ganze Karte öffnen" in page.view.plain_text()
    window.close()


def test_choosing_kinds_quickly_ends_on_the_last_choice(qtbot, data_home):
    """Vor dem Termin, three kinds of appointment chosen one after another before any page
    is ready: the page ends on the last kind, and neither of the two before it is shown in
    between (an earlier render finishing late would flash the wrong cards)."""
    from desktop.ui.common.labels import appointment_kind_label
    from desktop.ui.common.tasks import wait_for_background
    from tests.ui.helpers import make_window

    ctx, window = make_window(qtbot, data_home)
    page = window.show_page("before")
    first = appointment_kind_label(page.kind.currentData())
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(first), timeout=10_000)
    shown: list[str] = []
    page.view.textChanged.connect(lambda: shown.append(page.view.plain_text()[:60]))
    for kind in ("dolmetschen", "aerger", "unterlagen"):
        page.show_kind(kind)
    last = appointment_kind_label("unterlagen")
    qtbot.waitUntil(lambda: page.view.plain_text().startswith(last), timeout=10_000)
    assert wait_for_background(10_000)
    qtbot.wait(50)  # a late result would be shown by now
    assert page.view.plain_text().startswith(last)
    skipped = (appointment_kind_label("dolmetschen"), appointment_kind_label("aerger"))
    assert [text for text in shown if text.startswith(skipped)] == []
    window.close()
