"""The route of the AT-SPI walk: start, every page, a whole Übung, a Zwischendurch, an own case,
the journal and an entry, the settings, the share dialog, 200 % text. Keyboard only.
System Python only (pyatspi); the checks at each stop are in atspi_tools.py."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import pyatspi

from tests.a11y.atspi_tools import Session, extents, find, role_is, safe_name, text_of

NEXT = re.compile(r"^(Weiter|Abschließen|Fertig)\b")
ANSWER = re.compile(r"^Antwort \d")
STEP_WHERE = re.compile(r"^Schritt \d+ von \d+: (.+)$")
PERSONAL = "Frau Aylin Demir rief am 03.04.2025 an, Telefon 0176 1234567."


def is_nav(obj) -> bool:
    """The navigation list or one of its rows (focus events may name either)."""
    try:
        return safe_name(obj) == "Navigation" or safe_name(obj.parent) == "Navigation"
    except Exception:  # noqa: BLE001
        return False


def norm(text: str) -> str:
    text = text.replace("&", "").replace("…", "").replace("»", "").replace("«", "")
    return " ".join(text.rstrip(":").split()).strip(" :.").casefold()


class Walk:
    def __init__(self, session: Session, app: subprocess.Popen, probe: Path) -> None:
        self.s = session
        self.app_proc = app
        self.probe = probe
        self.app = None
        self.frame = None
        self.log: list[str] = []

    def note(self, text: str) -> None:
        self.log.append(text)

    # --- helpers ---------------------------------------------------------------------------

    def start(self) -> None:
        s = self.s

        def found() -> bool:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and safe_name(app) == "Gesprächskompass" and app.childCount:
                    self.app = app
                    self.frame = app[0]
                    return True
            return False

        if not s.wait_for(found, 30):
            raise RuntimeError("the app did not appear on the AT-SPI bus")
        found_ids = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                    "^Gesprächskompass$"], env=s.env, capture_output=True,
                                   text=True, timeout=20).stdout.split()
        self.window_id = found_ids[0] if found_ids else ""
        s.refocus = self.refocus
        self.refocus()
        s.wait_for(lambda: s.focus is not None, 5)

    def refocus(self) -> None:
        """Give the main window the keyboard, as a desktop's window manager does when a dialog
        closes (there is none on this Xvfb, and X itself gives the keyboard to no one)."""
        if self.window_id:
            subprocess.run(["xdotool", "windowfocus", "--sync", self.window_id], env=self.s.env,
                           check=False, timeout=10)

    def status_bar(self):
        return find(self.frame, role_is(pyatspi.ROLE_STATUS_BAR))

    def status_texts(self) -> list[str]:
        bar = self.status_bar()
        if bar is None:
            return []
        texts = []

        def walk(obj) -> None:
            for child in obj:
                if child is None:
                    continue
                texts.append(safe_name(child))
                texts.append(text_of(child))
                walk(child)

        walk(bar)
        return [t for t in texts if t]

    def nav(self):
        return find(self.frame, lambda o: o.getRole() == pyatspi.ROLE_LIST
                    and safe_name(o) == "Navigation")

    def focus_nav(self) -> None:
        """Back to the navigation list with the keyboard (Tab until it has focus)."""
        for _ in range(80):
            if self.s.focus is not None and is_nav(self.s.focus):
                return
            self.s.key("Tab", repaint=0)
        raise RuntimeError("the navigation list cannot be reached with Tab")

    def go_page(self, name: str) -> None:
        """Choose a page in the navigation list with the arrow keys."""
        self.focus_nav()
        nav = self.nav()
        names = [safe_name(item) for item in nav]
        if name not in names:
            raise RuntimeError(f"no page {name!r} in the navigation: {names}")
        self.s.key("Home")
        for _ in range(names.index(name)):
            self.s.key("Down")
        self.s.pump(0.3)

    def tab_to(self, test, what: str, limit: int = 80, back: bool = False):
        """Tab until test(focused object) holds; the walk is blocked if it never does."""
        for _ in range(limit):
            focus = self.s.focus
            if focus is not None:
                try:
                    if test(focus):
                        return focus
                except Exception:  # noqa: BLE001 - gone
                    pass
            self.s.key("shift+Tab" if back else "Tab", repaint=0)
        raise RuntimeError(f"keyboard cannot reach {what}")

    def named(self, pattern: str):
        regex = re.compile(pattern)
        return lambda obj: bool(regex.search(safe_name(obj)))

    def press(self, key: str = "space") -> int:
        return self.s.key(key, settle=0.3)

    def window(self):
        """The active top-level window of the app (a dialog while one is open)."""
        for child in self.app:
            try:
                if child is not None and child.getState().contains(pyatspi.STATE_ACTIVE):
                    return child
            except Exception:  # noqa: BLE001
                continue
        return self.frame

    # --- the route ---------------------------------------------------------------------------

    def run(self) -> None:
        t0 = time.monotonic()
        self.start()
        self.note(f"app on the bus after {time.monotonic() - t0:.1f} s")
        self.status_at_start()
        self.pages()
        self.note(f"pages done at {time.monotonic() - t0:.1f} s")
        self.uebung()
        self.note(f"Übung done at {time.monotonic() - t0:.1f} s")
        self.zwischendurch()
        self.own_case()
        self.note(f"Zwischendurch, own case done at {time.monotonic() - t0:.1f} s")
        self.journal()
        self.settings()
        self.share()
        self.note(f"journal, settings, share done at {time.monotonic() - t0:.1f} s")
        self.large_text()
        self.splitters()
        self.label_in_name()
        self.quit()
        self.note(f"all done at {time.monotonic() - t0:.1f} s")

    def quit(self) -> None:
        """Ctrl+Q, as a user ends the app: it must close by itself, with exit code 0."""
        self.s.at("Beenden")
        self.refocus()
        self.s.key("ctrl+q")
        deadline = time.monotonic() + 10
        while self.app_proc.poll() is None and time.monotonic() < deadline:
            self.s.pump(0.05)
        if self.app_proc.poll() is None:
            raise RuntimeError("Ctrl+Q did not end the app")

    def status_at_start(self) -> None:
        """Point 8: the library's status message is in the status bar's tree and announced."""
        s = self.s
        s.at("Start")
        s.check(8)
        shown = s.wait_for(lambda: any("Szenarien geladen" in t for t in self.status_texts()),
                           6)
        if not shown:
            s.problem("silent-status", 8, "[status bar] 'Statuszeile'",
                      f"'… Szenarien geladen.' is not in its tree: {self.status_texts()}")
        if not any("Szenarien geladen" in text for text in s.announcements()):
            s.problem("silent-status", 8, "'… Szenarien geladen.'",
                      "the status message was not announced (object:announcement)")

    def pages(self) -> None:
        s = self.s
        nav = self.nav()
        for name in [safe_name(item) for item in nav]:
            self.go_page(name)
            s.at(f"Seite {name}")
            s.count_objects(self.frame)
            cycle = s.tab_cycle(on_stop=lambda stop: stop.in_nav)
            if not [stop for stop in cycle if not stop.in_nav]:
                self.scroll_without_stops(name)

    def scroll_without_stops(self, page: str) -> None:
        """A page without a Tab stop of its own must not need scrolling: with nothing to
        focus, the keyboard cannot scroll it (a scroll area that takes no focus)."""
        nav = extents(self.nav())
        bar = find(self.frame, lambda o: o.getRole() == pyatspi.ROLE_SCROLL_BAR
                   and extents(o)[0] > nav[0] + nav[2] and self.scrolls(o))
        self.s.check(5)
        if bar is not None:
            self.s.problem("keyboard-cannot-scroll", 5, f"page {page}",
                           "the page scrolls, but has no Tab stop: the keyboard cannot reach "
                           "what lies below")

    @staticmethod
    def scrolls(bar) -> bool:
        try:
            value = bar.queryValue()
            return value.maximumValue > value.minimumValue
        except Exception:  # noqa: BLE001
            return False

    # --- practice ------------------------------------------------------------------------

    def step_name(self) -> str:
        """The current step, from the sentence under the step buttons ("Schritt 2 von 6:
        Deuten"); its content area carries the same name."""
        where = find(self.frame, lambda o: o.getRole() == pyatspi.ROLE_LABEL
                     and bool(STEP_WHERE.match(safe_name(o))))
        match = STEP_WHERE.match(safe_name(where)) if where is not None else None
        return match.group(1) if match else ""

    def content_area(self):
        """The step's scrolled content and the viewport it scrolls in."""
        name = self.s.content_name
        content = find(self.frame, lambda o: o.getRole() == pyatspi.ROLE_FILLER
                       and safe_name(o) == name) if name else None
        return content, (content.parent if content is not None else None)

    def accept_content_note(self) -> None:
        """A heavy scenario asks first (content note): confirm it with the keyboard."""
        window = self.window()
        if window is not None and window is not self.frame and safe_name(window) != \
                safe_name(self.frame):
            self.s.at("Inhaltshinweis")
            self.s.count_objects(window)
            self.tab_to(self.named("^Übung beginnen"), "'Übung beginnen' in the content note")
            self.press()

    def session(self, kind: str, *, personal: bool = False, max_steps: int = 8) -> None:
        """Every step of the running session by keyboard: answer what asks for an answer,
        check the Tab order, then "Weiter" until the summary, then "Fertig"."""
        s = self.s
        typed: set[str] = set()

        def act(stop) -> bool:
            obj = stop.obj
            try:
                states = obj.getState()
            except Exception:  # noqa: BLE001
                return False
            if stop.role == "radio button" and not states.contains(pyatspi.STATE_CHECKED):
                s.key("space")
            elif (stop.role == "text" and states.contains(pyatspi.STATE_EDITABLE)
                  and states.contains(pyatspi.STATE_MULTI_LINE) and s.screen not in typed
                  and not ANSWER.match(stop.name)):
                typed.add(s.screen)
                self.type_note(personal and len(typed) == 1)  # personal data once
            return False

        for number in range(max_steps):
            step = self.step_name()
            s.content_name = step
            s.at(f"{kind} {step}")
            s.count_objects(self.frame)

            seen_next: list = []

            def act_until_navigation(stop, first=number == 0, seen_next=seen_next) -> bool:
                act(stop)  # after the first step, the round ends at the navigation list
                if NEXT.match(stop.name):  # once the step's buttons were passed
                    seen_next.append(stop)
                return not first and bool(seen_next) and stop.in_nav

            cycle = s.tab_cycle(on_stop=act_until_navigation)
            self.check_order(cycle)
            if "Reagieren" in step:
                self.dialogue()
            if "Zusammenfassung" in step:
                self.tab_to(self.named("^Fertig"), "'Fertig' on the summary")
                self.press()
                s.content_name = ""
                s.focus_after_action(f"{kind}: Fertig", 1)
                return
            if not step:
                raise RuntimeError(f"{kind}: no 'Schritt n von m' sentence: where is the step?")
            self.tab_to(lambda o: bool(NEXT.match(safe_name(o))), f"'Weiter' in {step}")
            self.press()
            self.confirm_privacy()
            s.focus_after_action(f"{kind}: Weiter from {step}", 1)
        raise RuntimeError(f"{kind}: no summary after {max_steps} steps")

    def type_note(self, personal: bool) -> None:
        s = self.s
        mark = len(s.events)
        if personal:
            s.type(PERSONAL)
            s.check(8)
            if not s.wait_for(lambda: [t for t in s.announcements(mark) if t.strip()], 1.5):
                s.problem("silent-status", 8, "'Hinweis auf persönliche Daten'",
                          "personal data found while typing, nothing announced")
        else:
            s.type("Ruhig erklärt.")

    def confirm_privacy(self) -> None:
        """An own case with personal data asks before finishing: keep it on this PC."""
        window = self.window()
        if window is not None and safe_name(window) != safe_name(self.frame):
            self.s.at("Rückfrage persönliche Daten")
            self.tab_to(self.named("^Behalten"), "'Behalten' in the question")
            self.press()

    def check_order(self, cycle) -> None:
        """Point 2: content before the step's buttons, and in screen order inside it."""
        s = self.s
        s.check(2)
        steps = [i for i, stop in enumerate(cycle) if re.match(r"^\d\. ", stop.name)]
        if steps:
            cycle = cycle[steps[-1] + 1:] + cycle[:steps[-1] + 1]
        content = [i for i, stop in enumerate(cycle) if stop.doc_y is not None]
        _content, viewport = self.content_area()
        bottom = sum(extents(viewport)[1::2]) if viewport is not None else 10_000
        buttons = [i for i, stop in enumerate(cycle) if stop.doc_y is None
                   and stop.role == "push button" and stop.extents[1] >= bottom]
        if content and buttons and max(content) > min(buttons):
            late = cycle[max(content)]
            s.problem("focus-order", 2, f"[{late.role}] '{late.name}'",
                      f"comes after '{cycle[min(buttons)].name}' in the Tab order")
        previous = None
        for i in content:
            stop = cycle[i]
            if (previous is not None and stop.doc_y + 4 < previous.doc_y
                    and stop.extents[0] <= previous.extents[0]):  # a next column may go up
                s.problem("focus-order", 2, f"[{stop.role}] '{stop.name}'",
                          f"Tab goes up from '{previous.name}' (y {previous.doc_y} → "
                          f"{stop.doc_y}): not in screen order")
            previous = stop

    def dialogue(self) -> None:
        """Point 10: choose answers until the dialogue ends; each choice is announced."""
        s = self.s
        for _ in range(8):
            showing = find(self.frame, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and (
                ANSWER.match(safe_name(o)) or safe_name(o).startswith("Antwortmöglichkeiten zeigen")))
            if showing is None:
                return
            target = self.tab_to(lambda o: ANSWER.match(safe_name(o)) or safe_name(
                o).startswith("Antwortmöglichkeiten zeigen"), "an answer in Reagieren")
            if not ANSWER.match(safe_name(target)):
                self.press()
                continue
            chosen = safe_name(target)[:60]
            transcript = find(self.frame, lambda o: safe_name(o) == "Gesprächsverlauf")
            before = text_of(transcript) if transcript is not None else ""
            mark = self.press()
            s.wait_for(lambda m=mark: bool(s.announcements(m)), 1.2)
            s.check(10)
            after = text_of(transcript) if transcript is not None else ""
            said = " ".join(s.announcements(mark))
            if not said.strip():
                s.problem("not-announced", 10, chosen,
                          "the reply and feedback after a choice were not announced")
            elif after != before and after[len(before):].strip()[:20] and not any(
                    word in said for word in after[len(before):].split()[:6]):
                s.problem("not-announced", 10, chosen,
                          f"announced {said[:80]!r}, not the new transcript text")
            s.focus_after_action("after a dialogue choice", 10)

    def uebung(self) -> None:
        s = self.s
        self.go_page("Szenarien")
        s.at("Übung starten")
        self.tab_to(role_is(pyatspi.ROLE_TABLE), "the scenario table")
        s.key("Home")
        self.tab_to(self.named("^Übung starten"), "'Übung starten'")
        self.press()
        s.pump(0.5)
        self.accept_content_note()
        s.focus_after_action("Übung started", 1)
        self.session("Übung")

    def zwischendurch(self) -> None:
        s = self.s
        self.go_page("Heute")
        s.at("Zwischendurch starten")
        self.tab_to(self.named("Zwischendurch|Zwei-Minuten"), "the Zwischendurch button")
        self.press()
        s.pump(0.5)
        self.accept_content_note()
        s.focus_after_action("Zwischendurch started", 1)
        self.session("Zwischendurch")

    def own_case(self) -> None:
        s = self.s
        s.at("Eigener Fall starten")
        self.press("ctrl+e")
        s.pump(0.5)
        s.focus_after_action("own case started (Ctrl+E)", 1)
        self.session("Eigener Fall", personal=True)

    # --- journal, settings, sharing ----------------------------------------------------------

    def dialog_cycle(self, screen: str) -> None:
        """A dialog or window: its objects, a Tab cycle, then Escape; focus must come back."""
        s = self.s
        window = self.window()
        if window is None or safe_name(window) == safe_name(self.frame) and window is self.frame:
            raise RuntimeError(f"{screen} did not open")
        s.at(screen)
        s.count_objects(window)
        s.tab_cycle()
        self.press("Escape")
        s.pump(0.3)
        s.focus_after_action(f"{screen} closed", 1)

    def journal(self) -> None:
        s = self.s
        self.go_page("Journal")
        s.at("Journaleintrag")
        self.tab_to(lambda o: safe_name(o) == "Journaleinträge", "the journal's entry list")
        mark = s.key("Down")
        s.pump(0.4)
        s.count_objects(self.frame)
        s.tab_cycle()
        self.tab_to(self.named("Fenster"), "'Im Fenster öffnen'")
        del mark
        self.press()
        s.pump(0.8)
        self.dialog_cycle("Journaleintrag im Fenster")

    def settings(self) -> None:
        self.press("ctrl+comma")
        self.s.pump(0.6)
        self.dialog_cycle("Einstellungen")

    def share(self) -> None:
        """Datei → Einträge mit der Supervision teilen … with the keyboard (menu, arrows)."""
        s = self.s
        s.at("Teilen (Menü)")
        self.press("alt+d")
        for _ in range(14):
            if s.focus is not None and safe_name(s.focus).startswith("Einträge mit der Supervision"):
                break
            s.key("Down")
        else:
            s.key("Escape")
            raise RuntimeError("the share action cannot be reached in the Datei menu")
        try:
            enabled = s.focus.getState().contains(pyatspi.STATE_ENABLED)
        except Exception:  # noqa: BLE001
            enabled = False
        self.press("Return")
        s.pump(0.8)
        if not enabled:
            s.key("Escape")
            raise RuntimeError("'Einträge mit der Supervision teilen …' is disabled")
        self.dialog_cycle("Teilen")

    # --- 200 % text, label in name -----------------------------------------------------------

    def large_text(self) -> None:
        """Point 12: at 200 % text the scenario table's title column keeps its words; the
        splitter handles and the size grip are role-less objects (found by count_objects)."""
        s = self.s
        self.go_page("Szenarien")
        table = find(self.frame, role_is(pyatspi.ROLE_TABLE))
        size_before = extents(table)
        header = self.title_header(table)
        before = extents(header)[2] if header is not None else 0
        for _ in range(10):
            s.key("ctrl+plus", settle=0.05)
        s.pump(1.0)
        s.at("200 % Szenarien")
        s.check(12)
        table = find(self.frame, role_is(pyatspi.ROLE_TABLE))
        header = self.title_header(table)
        width = extents(header)[2] if header is not None else 0
        self.note(f"title column {before} px at normal size, {width} px at 200 % "
                  f"(table {size_before[2]} → {extents(table)[2]} px)")
        if width < 0.3 * extents(table)[2]:  # the review found 48 of 683 px: "…" only
            s.problem("collapsed-column", 12, "[table] 'Szenarien'",
                      f"the title column is {width} px of {extents(table)[2]} px at 200 %")
        s.count_objects(self.frame)
        s.tab_cycle(on_stop=lambda stop: stop.in_nav)
        self.go_page("Heute")
        s.at("200 % Heute")
        s.tab_cycle(on_stop=lambda stop: stop.in_nav)
        s.key("ctrl+0")
        s.pump(0.3)

    def splitters(self) -> None:
        """Point 12: every splitter handle the walk saw is a Tab stop and moves with the
        arrow keys (Szenarien, Techniken, Journal and the share dialog have splitters)."""
        s = self.s
        s.at("Trenner")
        self.go_page("Szenarien")
        handles = []
        for splitter in s.splitters:
            try:
                handles += [child for child in splitter if child is not None and min(
                    extents(child)[2:]) <= 12 and child.getState().contains(
                    pyatspi.STATE_SHOWING)]
            except Exception:  # noqa: BLE001 - its page is gone
                continue
        s.check(12, len(handles))
        for handle in handles:
            if not handle.getState().contains(pyatspi.STATE_FOCUSABLE):
                s.problem("mouse-only", 12, f"splitter handle at {extents(handle)}",
                          "cannot be reached with the keyboard")
                continue
            before = extents(handle)
            self.tab_to(lambda o, h=before: extents(o) == h, "the splitter handle")
            s.key("Right")
            s.key("Down")
            s.pump(0.2)
            if extents(handle) == before:
                s.problem("mouse-only", 12, f"splitter handle at {before}",
                          "the arrow keys do not move it")
            s.key("Left")
            s.key("Up")
            break  # one handle proves the mechanism; the others are the same code

    def title_header(self, table):
        """The first cell of the title column (its width is the column's)."""
        try:
            return table.queryTable().getAccessibleAt(0, 0)
        except Exception:  # noqa: BLE001
            return None

    def label_in_name(self) -> None:
        """Point 11: the accessible name of every control the keyboard reached contains its
        visible label (read in the app by tests/a11y/app_probe.py)."""
        s = self.s
        s.at("Beschriftung im Namen")
        seen: set[tuple[str, str]] = set()
        if not self.probe.exists():
            s.problem("walk-blocked", 0, "probe", "the app wrote no focus records")
            return
        for line in self.probe.read_text("utf-8").splitlines():
            record = json.loads(line)
            visible, name = norm(record["visible"]), norm(record["name"])
            if not visible or (visible, name) in seen:
                continue
            seen.add((visible, name))
            s.check(11)
            if name and visible not in name:
                s.problem("label-not-in-name", 11, f"{record['cls']} '{record['visible']}'",
                          f"accessible name '{record['name']}' ({record['source']})")
