"""English mode shows no German in the practice room (issue 22.4): every practice page and
every step of an Übung, a Zwischendurch and an own case, built with the language set to
English, is searched for the German side of the translation file; the own case (which has no
scenario content) for umlauts and ß as well."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core import paths
from desktop.core.practice import PracticeSession
from desktop.ui.common import i18n
from desktop.ui.common.text_view import TextView
from tests.ui.helpers import make_window

TS = paths.resource("translations", "gespraechskompass_de.ts")
PAGES = ("home", "scenarios", "techniques", "before")


def german_only() -> set[str]:
    """Translations that are not also an English source (those would say nothing)."""
    root = ET.parse(TS).getroot()
    sources, german = set(), set()
    for message in root.iter("message"):
        sources.add(visible(message.findtext("source") or ""))
        german.add(visible(message.findtext("translation") or ""))
    return {g for g in german - sources if len(g) > 3}


def visible(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip()


def texts(root: QWidget, content: tuple[QWidget, ...] = ()) -> list[str]:
    """What a sighted user reads and a screen reader says in `root`'s visible widgets, except
    in `content` (German scenario material: a technique card, the topic names)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if any(widget is c or c.isAncestorOf(widget) for c in content):
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, TextView):
            found += widget.plain_text().splitlines()
    return [visible(t) for t in found if t and visible(t)]


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "de")


def test_english_practice_room_has_no_german(qtbot, data_home, english):
    """Pages, and every step of three kinds of session (a choice taken in Reagieren, so the
    feedback and tools show): nothing from the German translations."""
    ctx, window = make_window(qtbot, data_home)
    ctx.change_setting("language", "en")
    i18n.install(QApplication.instance(), "en")
    german = german_only()
    assert "Weitermachen" in german  # the check can see what it looks for
    found: dict[str, list[str]] = {}
    for key in PAGES:
        page = window.show_page(key)
        if key in ("techniques", "before"):  # their text is rendered on the thread pool
            qtbot.waitUntil(lambda page=page: len(page.view.plain_text()) > 100)
        content = (page.view,) if key == "techniques" else \
            (page.topic,) if key == "scenarios" else ()
        hits = [t for t in texts(page, content) if t in german]
        if hits:
            found[key] = hits
    scenario = ctx.library.scenarios["ablehnung-persoenlich"]
    node = scenario.decision_nodes()[1].id
    for session in (PracticeSession.uebung(scenario),
                    PracticeSession.zwischendurch(scenario, node),
                    PracticeSession.eigener_fall()):
        window.ctx.practice._open(session, new=True)
        view = window.ctx.practice.view
        for step in session.steps:
            view.go_to(step)
            if step.value == "reagieren" and view.player is not None:
                view.player.choose(0)
            QApplication.processEvents()
            shown = texts(view)
            hits = [t for t in shown if t in german]
            if session.scenario is None:  # an own case: no scenario content at all
                hits += [t for t in shown if re.search("[äöüÄÖÜß]", t)]
            if hits:
                found[f"{session.kind.value}/{step.value}"] = sorted(set(hits))
        window.ctx.practice.close_current()
    window.close()
    assert found == {}
