"""The rest of the AT-SPI walk's route: the journal and an entry in its own window, the
settings, the share dialog, 200 % text, the splitters and label-in-name. A mixin of
`tests.a11y.walk_steps.Walk` (system Python only: pyatspi)."""

from __future__ import annotations

import json
from pathlib import Path

import pyatspi

from tests.a11y.atspi_tools import Session, extents, find, or_its_item, role_is, safe_name


def norm(text: str) -> str:
    """A label or name as compared: no mnemonic "&", ellipsis, arrows quotes or colon."""
    text = text.replace("&", "").replace("…", "").replace("»", "").replace("«", "")
    return " ".join(text.rstrip(":").split()).strip(" :.").casefold()


class MoreScreens:
    """Needs from the class it is mixed into: s, frame, probe, log, go_page, tab_to, named,
    press, window, note, focus_nav."""

    s: Session
    probe: Path
    # --- journal, settings, sharing ----------------------------------------------------------

    def dialog_cycle(self, screen: str, then=None) -> None:
        """A dialog or window: its objects, a Tab cycle, `then()` if given, then Escape;
        focus must come back."""
        s = self.s
        window = self.window()
        if window is None or safe_name(window) == safe_name(self.frame) and window is self.frame:
            raise RuntimeError(f"{screen} did not open")
        s.at(screen)
        s.count_objects(window)
        cycle = s.tab_cycle()
        s.check_reach(window, cycle)
        first = min(range(len(cycle)), key=lambda i: (cycle[i].extents[1], cycle[i].extents[0]),
                    default=0)  # the round began anywhere: read it from the top left control
        s.check_screen_order([(stop, stop.extents[1]) for stop in cycle[first:] + cycle[:first]])
        if then is not None:
            then()
        self.press("Escape")
        s.pump(0.3)
        s.focus_after_action(f"{screen} closed", 1)

    def journal(self) -> None:
        s = self.s
        self.go_page("Journal")
        s.at("Journaleintrag")
        self.tab_to(or_its_item(lambda o: safe_name(o) == "Journaleinträge"),
                    "the journal's entry list")
        mark = s.key("Down")
        s.pump(0.4)
        s.count_objects(self.frame)
        s.check_reach(self.frame, s.tab_cycle())
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
        self.dialog_cycle("Teilen", then=self.write_share)

    def write_share(self) -> None:
        """Point 8 and a whole task by keyboard: tick an entry in the list with Space, hear the
        preview's status ("… bereit"), write the file with its button and hear that it was
        written."""
        s = self.s
        s.at("Teilen: Datei schreiben")
        self.tab_to(or_its_item(lambda o: safe_name(o) == "Einträge"), "the list of entries")
        ready = False
        for _ in range(6):  # an entry kept with personal data cannot be ticked: the next one
            mark = s.key("space")
            ready = s.wait_for(lambda m=mark: any("bereit" in t for t in s.announcements(m)),
                               3.0)
            if ready:
                break
            s.key("Down")
        s.check(8)
        if not ready:
            s.problem("silent-status", 8, "[label] 'Status'",
                      "ticking an entry: the preview's status was not announced")
            return
        self.tab_to(self.named("^Freigabedatei schreiben"), "'Freigabedatei schreiben'")
        mark = self.press()
        s.check(8)
        if not s.wait_for(lambda: any("Gespeichert" in t for t in s.announcements(mark)), 3.0):
            s.problem("silent-status", 8, "[label] 'Status'",
                      f"writing the share file was not announced: {s.announcements(mark)}")
        s.focus_after_action("share file written", 1)

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
            if name and visible != name:  # the label, not more: what voice control says
                s.problem("name-not-label", 11, f"{record['cls']} '{record['visible']}'",
                          f"accessible name '{record['name']}' ({record['source']}): not "
                          "the visible label")
