"""The route of the AT-SPI walk: start, every page, a whole Übung, a Zwischendurch, an own case,
the journal and an entry, the settings, the share dialog, 200 % text. Keyboard only.
System Python only (pyatspi); the checks at each stop are in atspi_tools.py."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pyatspi

from tests.a11y.atspi_tools import (
    Session,
    extents,
    find,
    label,
    or_its_item,
    role_is,
    safe_name,
    text_of,
)
from tests.a11y.walk_screens import MoreScreens

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




def reply_words(new_text: str) -> list[str]:
    """Words of what the transcript gained after a choice, without its first line: that is
    the answer the user just chose (no need to hear it again); the client's reply follows."""
    lines = [line for line in new_text.strip().splitlines() if line.strip()]
    return " ".join(lines[1:] or lines).split()[:6]


class Walk(MoreScreens):
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
            bar = self.page_scroll_bar()
            scrolled: dict[int, int] = {}  # stop's index → how far the page was scrolled

            def note_scroll(stop, bar=bar, scrolled=scrolled) -> bool:
                scrolled[len(scrolled)] = int(bar.queryValue().currentValue) if bar else 0
                return stop.in_nav

            cycle = s.tab_cycle(on_stop=note_scroll)
            s.check_reach(self.frame, cycle)
            s.check_screen_order([(stop, stop.extents[1] + scrolled.get(i, 0))
                                  for i, stop in enumerate(cycle) if not stop.in_nav])
            self.scroll_to_end(name, [stop for stop in cycle if not stop.in_nav])

    def page_scroll_bar(self):
        """The vertical scroll bar of the page's own scroll area, if the page scrolls (not
        one of a list, table or text view, which scroll themselves under their focus)."""
        nav = extents(self.nav())

        def is_page_bar(obj) -> bool:
            if obj.getRole() != pyatspi.ROLE_SCROLL_BAR or not self.scrolls(obj):
                return False
            if extents(obj)[0] <= nav[0] + nav[2]:
                return False
            if not obj.getState().contains(pyatspi.STATE_VERTICAL):
                return False
            owner = obj.parent.parent if obj.parent is not None else None
            return owner is None or owner.getRole() not in (
                pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TEXT,
                pyatspi.ROLE_LABEL, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_TREE_TABLE)

        return find(self.frame, is_page_bar)

    def scroll_to_end(self, page: str, stops: list) -> None:
        """Point 5: a page that scrolls can be scrolled to its end by keyboard alone: Tab
        reaches its last control (scrolled into sight), and the arrow keys, Page Down or End
        there show the rest (a page without a Tab stop cannot be scrolled at all)."""
        s = self.s
        bar = self.page_scroll_bar()
        if bar is None:
            return
        s.check(5)
        if not stops:
            s.problem("keyboard-cannot-scroll", 5, f"page {page}",
                      "the page scrolls, but has no Tab stop: the keyboard cannot reach what "
                      "lies below")
            return
        s.key("shift+Tab")  # from the navigation: the page's last Tab stop
        s.pump(0.2)
        last = s.focus
        role = last.getRoleName() if last is not None else ""
        if not self.at_end(bar) and role not in ("combo box", "text", "spin button",
                                                 "slider", "list", "table", "tree"):
            for key in ("End", "Page_Down", "Down"):  # keys the control itself does not use
                s.key(key)
                s.pump(0.1)
                if self.at_end(bar):
                    break
        self.note(f"{page}: last stop {label(last)}, page scrolled to "
                  f"{bar.queryValue().currentValue:.0f} of {bar.queryValue().maximumValue:.0f}")
        if not self.at_end(bar):
            s.problem("keyboard-cannot-scroll", 5, f"page {page}",
                      f"the keyboard cannot scroll to the page's end (last Tab stop "
                      f"{label(last)})")
        self.focus_nav()

    def at_end(self, bar) -> bool:
        try:
            value = bar.queryValue()
            return value.currentValue >= value.maximumValue - 1
        except Exception:  # noqa: BLE001
            return False

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
            # the round began on the step's first control and ends at the navigation list:
            # every control of the step's content was in it (the step buttons, after the
            # navigation, were in the first step's full round)
            s.check_reach(self.content_area()[0] if number else self.frame, cycle)
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
            elif after != before and reply_words(after[len(before):]) and not any(
                    word in said for word in reply_words(after[len(before):])):
                s.problem("not-announced", 10, chosen,
                          f"announced {said[:80]!r}, not the new transcript text")
            s.focus_after_action("after a dialogue choice", 10)

    def uebung(self) -> None:
        s = self.s
        self.go_page("Szenarien")
        s.at("Übung starten")
        self.tab_to(or_its_item(role_is(pyatspi.ROLE_TABLE)), "the scenario table")
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
