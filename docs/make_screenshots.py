"""Render every screen at 1280×800 offscreen into docs/screenshots/ (`make screenshots`).

    python docs/make_screenshots.py [--language en] [FOLDER]

`--language en` renders the English UI into docs/screenshots/en/ (to see that no German label
is left outside the content, which stays German); FOLDER renders elsewhere (to look at a
change without touching the committed pictures).

Runs against the bundled scenarios and a fresh journal in a temporary folder, filled with a few
sessions so that the journal and statistics pages show something real.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from screens import ROOT, start  # first: Qt offscreen, the project on the path

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    global OUT
    args = sys.argv[1:]
    language = "de"
    if "--language" in args:
        at = args.index("--language")
        language = args[at + 1]
        del args[at:at + 2]
    if args:
        OUT = Path(args[0])
    elif language != "de":
        OUT = OUT / language
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QRadioButton

    from desktop.core.practice import PracticeSession, Step

    screens = start("gk-shots-", language)
    app, journal, library, home = screens.app, screens.journal, screens.library, screens.home
    _fill_journal(journal, library)
    _fill_history(journal, library)
    ctx, window = screens.show_window()
    QTest.qWait(400)  # the navigation icons are drawn a moment after the first paint
    shots: list[str] = []

    def shot(name: str) -> None:
        screens.grab(window, OUT / f"{name}.png")
        shots.append(name)

    for key in window.page_keys():
        page = window.show_page(key)
        screens.settle()  # figures and lists are read on the thread pool
        if key == "journal":
            page.select_row(0)  # the newest entry, so its document shows beside the list
        shot(f"seite-{key}")
    ctx.change_setting("authoring", True)  # the studio is a page only for trainers
    window.show_page("studio")
    shot("seite-studio")
    ctx.change_setting("authoring", False)

    _shoot_journal_dialogs(screens, window, ctx, shots)

    scenario = library.scenarios["ablehnung-persoenlich"]
    session = PracticeSession.uebung(scenario)
    window.ctx.practice._open(session, new=True)
    view = window.ctx.practice.view
    shot("uebung-1-situation")
    view.go_to(Step.DEUTEN)
    view.step_area.widget().findChildren(QRadioButton)[1].click()
    shot("uebung-2-deuten")
    view.go_to(Step.BEEINFLUSSEN)
    shot("uebung-3-beeinflussen")
    view.go_to(Step.REAGIEREN)
    view.player.choose(2)
    view.player._reveal_thought()
    shot("uebung-4-reagieren")
    view.player.choose(0)
    view.player.choose(0)
    view.player.choose(0)
    shot("uebung-4-reagieren-ende")
    view.go_to(Step.VERARBEITEN)
    shot("uebung-5-verarbeiten")
    session.set_strain_after(4)
    session.set_takeaway("Erst die Entscheidung, dann Raum für das Gefühl, dann die Wege.")
    view.forward()
    shot("uebung-6-zusammenfassung")
    window.ctx.practice.close_current()

    node = scenario.decision_nodes()[2].id
    window.ctx.practice._open(PracticeSession.zwischendurch(scenario, node), new=True)
    window.ctx.practice.view.forward()
    window.ctx.practice.view.player.choose(0)
    shot("zwischendurch")
    window.ctx.practice.close_current()

    window.ctx.practice._open(PracticeSession.eigener_fall(), new=True)
    from desktop.ui.common.stage_widgets import PromptBlock

    block = window.ctx.practice.view.step_area.widget().findChildren(PromptBlock)[0]
    block.edit.setPlainText("Herr Haddad kam am 12.03.2024 ohne Termin, Az. 32.1-123/24. Er war "
                            "sehr aufgebracht und sagte, ohne Bescheinigung verliere er seine "
                            "Arbeit. Ich habe ihn erst ausreden lassen.")
    block.guard.check()
    shot("eigener-fall")
    window.ctx.practice.close_current()

    _shoot_supervision(ctx, window, shot, home)
    _shoot_share_preview(screens, ctx, window, journal, shots)
    window.show_page("home")
    from desktop.ui.common import theme

    theme.apply_theme(app, "high-contrast")
    window.ctx.practice._open(PracticeSession.uebung(scenario), new=True)
    window.ctx.practice.view.go_to(Step.VERARBEITEN)
    shot("hoher-kontrast")
    window.ctx.practice.close_current()
    theme.apply_theme(app, "system")
    journal.close()
    print("\n".join(str(OUT / f"{name}.png") for name in shots))
    return 0


def _shoot_supervision(ctx, window, shot, home: Path) -> None:
    """The supervisor's workspace and the team view, filled with entries of six pseudonyms."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.core.exchange import build_share, write_share
    from desktop.core.practice import PracticeSession
    from desktop.ui.common.tasks import wait_for_background

    library = ctx.library
    folder = home / "austausch"
    folder.mkdir()
    scenarios = library.sorted_scenarios()
    for index, name in enumerate(("Kompass-11", "Nordlicht", "Brücke-7", "Anker", "Leuchtturm",
                                  "Kranich")):
        sessions = []
        for offset in range(3):
            scenario = scenarios[offset]
            session = PracticeSession.uebung(scenario)
            session.answer("beeinflussen", 0, "Ruhig anfangen und den Ablauf erklären.")
            walk = session.dialogue
            while not walk.finished:
                walk.choose((index + offset) % 2 + (len(walk.current.choices) > 2))
            session.set_strain_before(5 + index % 3)
            session.set_strain_after(3 + offset % 2)
            session.finish()
            sessions.append(session.to_dict())
        write_share(build_share(sessions, name, date.today(), library.scenarios), folder)
    ctx.change_setting("supervisor_workspace", True)
    page = window.show_page("supervision")
    page.workspace.import_paths([folder])
    first = page.workspace.list_entries()[0]
    page.workspace.add_comment(first.id, "Sehr gut, wie Sie zuerst die Sorge benannt haben.")
    page.refresh()
    while page.loading:  # the list is read on the thread pool
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    page.select_row(0)  # an entry with its comment
    shot("supervision")
    window.show_page("team")
    wait_for_background()  # the team figures are computed on the thread pool
    shot("team")
    ctx.change_setting("supervisor_workspace", False)


def _shoot_share_preview(screens, ctx, window, journal, shots: list[str]) -> None:
    """The share dialog's preview: an own case with personal data, anonymised and marked."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.core.practice import PracticeSession
    from desktop.ui.journal.share_dialog import ShareDialog

    own = PracticeSession.eigener_fall("Gespräch mit Herrn Haddad")
    journal.attach(own)
    own.answer("situation", 0, "Herr Haddad (Az. ABH-2024-12345) kam am 03.04.2024 ohne "
                               "Termin; er war unter 0171 2345678 nicht erreichbar gewesen.")
    own.answer("reagieren", 0, "Als er laut wurde, habe ich ihn zuerst ausreden lassen.")
    own.set_strain_before(7)
    own.set_strain_after(4)
    journal.detach(own)
    dialog = ShareDialog(ctx, window)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.set_checked(dialog.shareable_ids()[:2])
    dialog.rebuild()  # at once, not after the ticking's pause
    while dialog.build is None and "⚠" not in dialog.status.text():  # on the thread pool
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    screens.grab(dialog, OUT / "teilen-vorschau.png")
    shots.append("teilen-vorschau")
    dialog.close()


def _fill_journal(journal, library) -> None:
    """A few finished and unfinished sessions, so lists and charts are not empty."""
    from desktop.core.practice import PracticeSession

    for index, scenario in enumerate(library.sorted_scenarios()[:6]):
        session = PracticeSession.uebung(scenario)
        journal.attach(session)
        session.set_strain_before(6 - index % 3)
        session.answer("beeinflussen", 0, "Ruhig anfangen, den Ablauf erklären, Zeit lassen.")
        walk = session.dialogue
        while not walk.finished:
            walk.choose(index % len(walk.current.choices))
        session.set_strain_after(3 + index % 3)
        if index % 2 == 0:
            session.finish()
        journal.detach(session)


def _fill_history(journal, library) -> None:
    """Twelve weeks of practice (Übungen, moments, own cases, tags, one feedback), so the
    journal list and the charts show a history rather than one afternoon."""
    import random
    from datetime import UTC, datetime, timedelta

    from desktop.core.practice import FEELINGS, HELPS, PracticeSession

    rng = random.Random(4)
    scenarios = library.sorted_scenarios()
    start = datetime.now(UTC) - timedelta(weeks=12)
    notes = ("Erst zuhören, dann erklären. Die Sorge hinter dem Ärger war die Arbeitsstelle.",
             "Ich habe zu schnell auf die Rechtslage verwiesen; nächstes Mal zuerst nachfragen.",
             "Die Dolmetscherin direkt einbinden und kurze Sätze sprechen.",
             "Pause vor dem Gespräch hat geholfen, ruhig zu bleiben.")
    for number in range(36):
        moment = start + timedelta(days=number * 2.3 + rng.random(), hours=rng.randrange(8))
        clock = lambda moment=moment: moment  # noqa: E731
        scenario = scenarios[number % len(scenarios)]
        if number % 7 == 6:
            session = PracticeSession.eigener_fall("Vorsprache wegen Fiktionsbescheinigung",
                                                   clock=clock)
            session.answer("situation", 0, notes[number % len(notes)])
        elif number % 3 == 2:
            node = scenario.decision_nodes()[0].id
            session = PracticeSession.zwischendurch(scenario, node, clock=clock)
            session.dialogue.choose(rng.randrange(len(session.dialogue.current.choices)))
            session.set_reflection(notes[(number + 1) % len(notes)])
        else:
            session = PracticeSession.uebung(scenario, clock=clock)
            for stage in ("deuten", "beeinflussen"):
                for index, _question in enumerate(session.questions(stage)):
                    options = session.questions(stage)[index].options
                    session.choose(stage, index, rng.randrange(len(options)))
                if session.prompts(stage):
                    session.answer(stage, 0, notes[(number + 2) % len(notes)])
            walk = session.dialogue
            while not walk.finished:
                walk.choose(rng.randrange(len(walk.current.choices)))
        session.set_strain_before(rng.randrange(4, 9))
        session.set_strain_after(rng.randrange(2, 6))
        session.set_feelings(rng.sample(FEELINGS, 2))
        session.set_helps([HELPS[number % len(HELPS)]])
        if number % 5:
            session.finish()
        journal.save(session)
        if number % 4 == 0:
            journal.tags.set(session.id, [("schalter", "telefon", "wut")[number % 3]])
        if number == 33:
            journal.feedback.add(session.id, "Gut, dass Sie zuerst die Sorge benannt haben. "
                                 "Probieren Sie beim nächsten Mal die Ich-Botschaft.",
                                 sender="Supervision")


def _shoot_journal_dialogs(screens, window, ctx, shots: list[str]) -> None:
    """The settings dialog (its Data tab) and one journal entry in a window of its own."""
    from desktop.ui.journal.journal_detail import SessionDetailDialog
    from desktop.ui.settings.settings_dialog import SettingsDialog
    from desktop.ui.shell.pages import data_actions

    def grab(widget, name: str) -> None:
        widget.show()
        screens.grab(widget, OUT / f"{name}.png")
        shots.append(name)
        widget.close()

    settings = SettingsDialog(ctx, data_actions(ctx), parent=window)
    settings.tabs.setCurrentWidget(settings.data_tab)
    grab(settings, "einstellungen")
    newest = ctx.journal.store.session_ids()
    target = next((i for i in newest if ctx.journal.store.feedback.for_session(i)), newest[0])
    detail = SessionDetailDialog(ctx.journal, target, parent=window)
    detail.resize(900, 1000)  # the whole entry, down to the supervisor's feedback
    grab(detail, "journal-detail")


if __name__ == "__main__":
    raise SystemExit(main())
