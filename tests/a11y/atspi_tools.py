"""What the walk does with AT-SPI and the X server: keys, focus and announcement events,
screen grabs, and the checks made at every Tab stop. System Python only (pyatspi).

Every problem is a dict {kind, point, screen, what, detail}; `point` is the number of the
finding in issue 20 that it belongs to, so the pytest side can assert point by point.
"""

from __future__ import annotations

import re
import struct
import subprocess
import time
from dataclasses import dataclass, field

import pyatspi
from gi.repository import GLib

ROLE_LESS = {pyatspi.ROLE_FILLER, pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_PANEL,
             pyatspi.ROLE_LAYERED_PANE, pyatspi.ROLE_FRAME, pyatspi.ROLE_APPLICATION,
             pyatspi.ROLE_INVALID, pyatspi.ROLE_REDUNDANT_OBJECT}
TEXT_VIEWS = {pyatspi.ROLE_LABEL, pyatspi.ROLE_TEXT, pyatspi.ROLE_DOCUMENT_TEXT,
              pyatspi.ROLE_DOCUMENT_FRAME, pyatspi.ROLE_PARAGRAPH}
STEP_BUTTON = re.compile(r"^\d\. ")
ARROW_REACHED = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM,
                 pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TABLE_COLUMN_HEADER,
                 pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_COLUMN_HEADER,
                 pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_MENU, pyatspi.ROLE_CHECK_MENU_ITEM,
                 pyatspi.ROLE_RADIO_MENU_ITEM}
SCREEN_W, SCREEN_H = 1280, 800
KEYSYMS = {"tab": 0xff09, "return": 0xff0d, "escape": 0xff1b, "space": 0x20, "down": 0xff54,
           "up": 0xff52, "home": 0xff50, "end": 0xff57, "left": 0xff51, "right": 0xff53}


@dataclass
class Stop:
    """One place the keyboard reached."""

    screen: str
    name: str
    role: str
    extents: tuple[int, int, int, int]
    visible: tuple[int, int, int, int]  # the part inside every ancestor (the viewport)
    focused: bool
    focusable: bool
    announced: bool
    ancestors: list[str]
    labelled_by: list[str]
    doc_y: int | None  # y inside the scrolled content (scroll-invariant), if inside one
    obj: object = field(repr=False, default=None)

    def key(self) -> tuple:
        return (self.role, self.name, self.extents)

    @property
    def in_nav(self) -> bool:
        """The navigation list or one of its rows."""
        return self.name == "Navigation" or (bool(self.ancestors)
                                             and self.ancestors[0] == "Navigation")


def extents(obj) -> tuple[int, int, int, int]:
    try:
        ext = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (ext.x, ext.y, ext.width, ext.height)
    except Exception:  # noqa: BLE001 - an object without a component has no place
        return (0, 0, 0, 0)


def intersect(a, b):
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def safe_name(obj) -> str:
    try:
        return obj.name or ""
    except Exception:  # noqa: BLE001 - the object went away
        return ""


def ancestors(obj) -> list:
    chain = []
    try:
        parent = obj.parent
        while parent is not None and len(chain) < 40:
            chain.append(parent)
            if parent.getRole() == pyatspi.ROLE_APPLICATION:
                break
            parent = parent.parent
    except Exception:  # noqa: BLE001
        pass
    return chain


def label(obj) -> str:
    """"[role] 'name'" for messages; "(gone)" for an object that no longer exists."""
    try:
        return f"[{obj.getRoleName()}] '{obj.name}'"
    except Exception:  # noqa: BLE001
        return "(gone)"


def text_of(obj) -> str:
    try:
        text = obj.queryText()
        return text.getText(0, text.characterCount)
    except Exception:  # noqa: BLE001
        return ""


class Grab:
    """The whole screen as raw pixels (xwd, ZPixmap, 32 bits per pixel)."""

    def __init__(self, env: dict) -> None:
        started = time.monotonic()
        data = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True,
                              check=True).stdout
        header = struct.unpack(">25I", data[:100])
        header_size, width, height, bpl, ncolors = header[0], header[4], header[5], \
            header[12], header[19]
        self.offset = header_size + ncolors * 12
        self.width, self.height, self.bpl, self.data = width, height, bpl, data
        self.seconds = time.monotonic() - started

    def region(self, box: tuple[int, int, int, int], margin: int = 3) -> bytes:
        x, y, w, h = box
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(self.width, x + w + margin), min(self.height, y + h + margin)
        if x1 <= x0 or y1 <= y0:
            return b""
        rows = [self.data[self.offset + row * self.bpl + x0 * 4:
                          self.offset + row * self.bpl + x1 * 4] for row in range(y0, y1)]
        return b"".join(rows)


class Session:
    """Events, keys and Tab stops on one private desktop."""

    def __init__(self, env: dict) -> None:
        self.env = env
        self.events: list[tuple[float, str, object, str]] = []
        self.focus = None
        self.problems: list[dict] = []
        self.stops: list[Stop] = []
        self.checked: dict[str, int] = {}
        self.screens: list[str] = []
        self.screen = "start"
        self.objects: set = set()
        self.splitters: list = []
        self.content_name = ""  # the accessible name of a session step's scrolled content
        self.cycle_start = None  # the object that had focus when the last Tab round began
        self.second_looks = 12  # re-checks of a focus that looked invisible (see _visible_focus)
        self.timing: dict[str, float] = {}
        self.refocus = None  # set by the walk: what a window manager does when a dialog closes
        self._ctx = GLib.MainContext.default()
        for kind in ("object:state-changed:focused", "object:announcement"):
            pyatspi.Registry.registerEventListener(self._on_event, kind)

    # --- events ------------------------------------------------------------------------------

    def _on_event(self, event) -> None:
        if event.type.startswith("object:state-changed:focused"):
            if event.detail1:
                self.focus = event.source
                self.events.append((time.monotonic(), "focus", event.source,
                                    safe_name(event.source)))
        else:
            text = str(event.any_data or "")
            self.events.append((time.monotonic(), "announce", event.source, text))

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            while self._ctx.iteration(False):
                pass
            if time.monotonic() >= end:
                return
            time.sleep(0.005)

    def wait_for(self, test, timeout: float = 5.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.pump(0.02)
            if test():
                return True
        return False

    def since(self, mark: int, kind: str) -> list[tuple]:
        return [e for e in self.events[mark:] if e[1] == kind]

    def announcements(self, mark: int = 0) -> list[str]:
        return [e[3] for e in self.since(mark, "announce")]

    # --- keyboard ----------------------------------------------------------------------------

    def key(self, *keys: str, settle: float = 0.15, repaint: float = 0.04) -> int:
        """Press keys; wait until a focus event came and things are quiet (or `settle`)."""
        mark = len(self.events)
        started = time.monotonic()
        self.timing["presses"] = self.timing.get("presses", 0) + len(keys)
        for combo in keys:
            self.press_combo(combo)
        end = time.monotonic() + settle
        while time.monotonic() < end:
            self.pump(0.005)
            if self.since(mark, "focus"):
                self.pump(repaint)  # the repaint after the focus change (for a grab)
                break
        self.timed("keys", started)
        return mark

    def press_combo(self, combo: str) -> None:
        """A plain key goes through the AT-SPI registry (XTest; a D-Bus call, not a process
        per key); a key with modifiers through xdotool."""
        keysym = KEYSYMS.get(combo.lower())
        if keysym is None:
            subprocess.run(["xdotool", "key", combo], env=self.env, check=True)
        else:
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)

    def type(self, text: str, delay_ms: int = 8) -> None:
        subprocess.run(["xdotool", "type", "--delay", str(delay_ms), text], env=self.env,
                       check=True)
        self.pump(0.1)

    # --- findings ----------------------------------------------------------------------------

    def problem(self, kind: str, point: int, what: str, detail: str = "") -> None:
        self.problems.append({"kind": kind, "point": point, "screen": self.screen,
                              "what": what, "detail": detail})

    def check(self, point: int | str, n: int = 1) -> None:
        self.checked[str(point)] = self.checked.get(str(point), 0) + n

    def at(self, screen: str) -> None:
        self.screen = screen
        self.screens.append(screen)

    def timed(self, what: str, started: float) -> None:
        self.timing[what] = round(self.timing.get(what, 0.0) + time.monotonic() - started, 2)

    def count_objects(self, root) -> None:
        started = time.monotonic()
        try:
            self._count_objects(root)
            self.check(12)
        finally:
            self.timed("objects", started)

    def _count_objects(self, root) -> None:
        """Every showing object in the tree under `root`: unnamed or role-less operable ones
        are problems (point 5/12: fillers and unknowns that take focus or are grips)."""
        def walk(obj, depth: int) -> None:
            if obj is None or depth > 40:
                return
            try:
                states = obj.getState()
                role = obj.getRole()
                if not states.contains(pyatspi.STATE_SHOWING):
                    return
                key = (obj.getRoleName(), safe_name(obj), extents(obj))
            except Exception:  # noqa: BLE001 - gone while walking
                return
            if key not in self.objects:
                self.objects.add(key)
                focusable = states.contains(pyatspi.STATE_FOCUSABLE)
                in_splitter = obj.parent is not None and obj.parent.getRole() == \
                    pyatspi.ROLE_SPLIT_PANE
                if role == pyatspi.ROLE_UNKNOWN and (in_splitter or not key[1]):
                    what = "a splitter handle" if in_splitter else "a size grip?"
                    self.problem("role-less", 12, f"[unknown] '{key[1]}' at {key[2]}",
                                 f"a role-less object ({what}): a screen reader cannot say "
                                 "what it is")
                elif focusable and role in (pyatspi.ROLE_FILLER, pyatspi.ROLE_UNKNOWN,
                                            pyatspi.ROLE_PANEL) and not hands_focus_on(obj):
                    self.problem("bad-role", 5, f"[{key[0]}] '{key[1]}' at {key[2]}",
                                 "takes focus, but a screen reader cannot say what it is")
                elif focusable and not key[1] and role not in (
                        pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL,
                        pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PAGE_TAB):
                    self.problem("unnamed", 11, f"[{key[0]}] at {key[2]}", "no accessible name")
                if role == pyatspi.ROLE_SPLIT_PANE:
                    self.splitters.append(obj)
            for child in obj:
                walk(child, depth + 1)

        walk(root, 0)

    # --- Tab stops ---------------------------------------------------------------------------

    def describe(self, obj, announced: bool) -> Stop:
        started = time.monotonic()
        try:
            return self._describe(obj, announced)
        finally:
            self.timed("describe", started)

    def _describe(self, obj, announced: bool) -> Stop:
        chain = ancestors(obj)
        box = extents(obj)
        visible = intersect(box, (0, 0, SCREEN_W, SCREEN_H))
        doc_y = None
        names = []
        for parent in chain:
            pbox = extents(parent)
            names.append(safe_name(parent))
            if pbox[2] and pbox[3]:
                visible = intersect(visible, pbox)
        for parent, name in zip(chain, names, strict=False):
            if self.content_name and name == self.content_name:  # the step's scrolled content
                doc_y = box[1] - extents(parent)[1]
                break
        states = obj.getState()
        labelled = []
        try:
            for relation in obj.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    labelled += [safe_name(relation.getTarget(i))
                                 for i in range(relation.getNTargets())]
        except Exception:  # noqa: BLE001
            pass
        return Stop(self.screen, safe_name(obj), obj.getRoleName(), box, visible,
                    states.contains(pyatspi.STATE_FOCUSED),
                    states.contains(pyatspi.STATE_FOCUSABLE), announced, names, labelled,
                    doc_y, obj)

    def check_stop(self, stop: Stop) -> None:
        """What every place the keyboard reaches must have."""
        what = f"[{stop.role}] '{stop.name}'"
        self.check("stops")
        if stop.role in ("filler", "unknown", "panel", "layered pane"):
            self.problem("bad-role", 5, what, "a Tab stop a screen reader cannot identify")
        elif not stop.name:
            self.problem("unnamed", 11, what, "a Tab stop without a name")
        if stop.role in ("chart", "image", "graphic"):  # a picture: its text alternative
            self.check("pictures")
            try:
                description = stop.obj.description or ""
            except Exception:  # noqa: BLE001 - gone
                description = ""
            if not description.strip():
                self.problem("no-text-alternative", 5, what,
                             "a picture a Tab stop reaches, without a description")
        if stop.role == "check box" and STEP_BUTTON.match(stop.name):
            self.problem("bad-role", 4, what, "the step indicator is announced as a check box")
        if STEP_BUTTON.match(stop.name):
            self.check(4)
        if not stop.focused or not stop.focusable:
            self.problem("focus-lost", 1, what, "the focused object says it is not focused")
        if stop.visible[3] < min(stop.extents[3], 10) or stop.visible[2] < min(stop.extents[2], 10):
            self.problem("off-view", 3, what,
                         f"focus at {stop.extents}, visible part {stop.visible}")
        self.check(3)
        if stop.role == "combo box":
            self.check(6)
            if not [name for name in stop.labelled_by if name]:
                self.problem("name-is-value", 6, what, "combo box without a labelled-by label")

    def tab_cycle(self, *, max_stops: int = 70, visible_focus: bool = True,
                  on_stop=None, back: bool = False) -> list[Stop]:
        """Tab from the current focus round the screen until the first stop comes back;
        every stop is checked, its visible focus by comparing its pixels with and without
        focus. `on_stop(stop)` may act on a stop (return True to end the cycle there)."""
        cycle: list[Stop] = []
        seen: dict[tuple, int] = {}
        self.cycle_start = self.focus  # where the round began: reached, too
        grab = Grab(self.env) if visible_focus else None
        previous: Stop | None = None
        silent = 0
        for _ in range(max_stops):
            mark = self.key("shift+Tab" if back else "Tab")
            if not self.since(mark, "focus"):  # a busy machine: give the events a second
                self.wait_for(lambda m=mark: bool(self.since(m, "focus") or self.since(
                    m, "announce")), 0.4)
            moved = bool(self.since(mark, "focus"))
            spoken = bool(self.since(mark, "announce"))
            now = Grab(self.env) if visible_focus else None
            if previous is not None and grab is not None and now is not None and moved:
                self._visible_focus(previous, grab, now, back)
            if not moved:
                self.timing["silent"] = self.timing.get("silent", 0) + 1
                silent += 1
                target = self.focus
                what = label(target)
                if silent == 1 and target is not None and (
                        safe_name(target) == "Navigation"
                        or safe_name(getattr(target, "parent", None)) == "Navigation"):
                    break  # the page has no Tab stop of its own: Tab stays in the navigation
                if what == "(gone)" and silent == 1 and self.refocus is not None:
                    # the focused widget was deleted and X gave the keyboard to no window
                    # (no window manager here): give it back, as a desktop would, and go on
                    self.refocus()
                    self.pump(0.1)
                if not spoken:
                    self.problem("silent-tab-stop", 7, what,
                                 "Tab moved inside it (a link?) and nothing was announced")
                self.check(7)
                if silent >= 12:
                    self.problem("keyboard-trap", 7, what, "Tab does not leave it")
                    break
                grab = now
                continue
            silent = 0
            stop = self.describe(self.focus, True)
            if stop.key() in seen:
                break
            seen[stop.key()] = len(cycle)
            cycle.append(stop)
            self.stops.append(stop)
            self.check_stop(stop)
            previous, grab = stop, now
            if on_stop is not None and on_stop(stop):
                break
        return cycle

    def _visible_focus(self, stop: Stop, focused: Grab, unfocused: Grab, back: bool) -> None:
        self.check(9)
        box = stop.visible
        if box[2] <= 0 or box[3] <= 0:
            return  # reported as off-view
        if focused.region(box) == unfocused.region(box) and self.second_looks > 0:
            # Perhaps grabbed before the repaint (a busy machine): go back to the stop, let it
            # paint, look again, and return to where the walk was (a few times per walk).
            self.second_looks -= 1
            mark = self.key("Tab" if back else "shift+Tab")
            self.wait_for(lambda: bool(self.since(mark, "focus")), 1.0)
            self.pump(0.3)
            again = Grab(self.env).region(box)
            self.key("shift+Tab" if back else "Tab")
            self.pump(0.3)
            if again != unfocused.region(box):
                return
        if focused.region(box) == unfocused.region(box):
            point = 4 if STEP_BUTTON.match(stop.name) else 5 if stop.role == "filler" else 9
            self.problem("no-visible-focus", point, f"[{stop.role}] '{stop.name}'",
                         "looks the same with and without focus")

    # --- Tab order as seen -------------------------------------------------------------------

    def check_screen_order(self, placed: list[tuple[Stop, int]]) -> None:
        """Point 2 on pages and dialogs: Tab goes top to bottom and left to right. `placed`
        is the round's stops (the navigation left out) with their y in the page's scrolled
        content. A step up is allowed only into a column further right (a second column or
        a pane beside a divider starts at the top again); on one row, Tab never goes left."""
        self.check(2)
        self.check("order-pairs", max(0, len(placed) - 1))
        for (before, y0), (after, y1) in zip(placed, placed[1:], strict=False):
            x0, x1 = before.extents[0], after.extents[0]
            same_row = abs(y1 - y0) <= 4
            if (y1 + 4 < y0 and x1 <= x0) or (same_row and x1 + 4 < x0):
                self.problem("focus-order", 2, f"[{after.role}] '{after.name}'",
                             f"Tab goes from '{before.name}' at ({x0}, {y0}) to ({x1}, {y1}): "
                             "not in screen order")

    # --- every control reachable ---------------------------------------------------------------

    def check_reach(self, root, cycle: list[Stop]) -> None:
        """Every control showing on the screen under `root` that takes focus, and every chart,
        was a Tab stop of `cycle` (a round of Tab through that screen). Items of a list, table or tab bar and the
        other buttons of a radio group are reached with the arrow keys from their reached
        container or button, as on every desktop."""
        started = time.monotonic()
        objects = [stop.obj for stop in cycle] + [self.cycle_start]
        reached = {id_of(obj) for obj in objects if obj is not None} - {""}
        names = {(stop.role, stop.name) for stop in cycle if stop.name}
        radio_groups = set()
        for obj in objects:
            try:
                if obj is not None and obj.getRole() == pyatspi.ROLE_RADIO_BUTTON:
                    radio_groups.add(id_of(obj.parent))
            except Exception:  # noqa: BLE001 - gone
                continue

        def walk(obj, depth: int) -> None:
            if obj is None or depth > 40:
                return
            try:
                states = obj.getState()
                role = obj.getRole()
                if not states.contains(pyatspi.STATE_SHOWING):
                    return
            except Exception:  # noqa: BLE001 - gone while walking
                return
            if role in ARROW_REACHED or role == pyatspi.ROLE_MENU_BAR:
                return  # reached from its container (or by Alt/F10: the menu bar)
            if role == pyatspi.ROLE_CHART:  # a picture the user must read: a Tab stop
                self.check("charts")
                if id_of(obj) not in reached and (obj.getRoleName(), safe_name(obj)) not in names:
                    self.problem("chart-not-reached", 5, label(obj),
                                 f"at {extents(obj)}: a chart the Tab key does not reach")
            if (states.contains(pyatspi.STATE_FOCUSABLE)
                    and states.contains(pyatspi.STATE_SENSITIVE)
                    # a text a mouse can select (Qt calls it focusable) is no control; the
                    # text views that are Tab stops are checked as stops
                    and role != pyatspi.ROLE_LABEL and not hands_focus_on(obj)):
                self.check("reach")
                name = safe_name(obj)
                known = id_of(obj) in reached or (
                    name and (obj.getRoleName(), name) in names)
                if not known and not (role == pyatspi.ROLE_RADIO_BUTTON
                                      and id_of(obj.parent) in radio_groups):
                    self.problem("unreachable", "reach", label(obj),
                                 f"at {extents(obj)}: focusable, but no Tab stop")
            if role in (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST,
                        pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PAGE_TAB_LIST):
                return  # its parts are its items
            for child in obj:
                walk(child, depth + 1)

        try:
            walk(root, 0)
        finally:
            self.timed("reach", started)

    # --- focus after an action ---------------------------------------------------------------

    def focus_after_action(self, what: str, point: int) -> Stop | None:
        """After an action that changed the screen, focus must sit on a control that shows
        it, not on a container or nowhere."""
        self.pump(0.3)
        self.check(point)
        stop = None
        for attempt in range(10):  # the object that had focus may be gone: wait for the new one
            if attempt == 3 and self.refocus is not None:
                self.refocus()  # a dialog closed and no window manager gave the keyboard back
            obj = self.focus
            if obj is not None:
                try:
                    stop = self.describe(obj, True)
                    break
                except Exception:  # noqa: BLE001 - deleted with the screen it was on
                    pass
            self.pump(0.1)
        if stop is None:
            self.problem("focus-lost", point, what, "no focus on any existing object")
            return None
        if (stop.role in ("filler", "panel", "layered pane", "frame", "unknown")
                or not stop.focused):
            self.problem("focus-lost", point, what,
                         f"focus on [{stop.role}] '{stop.name}' (focused={stop.focused})")
        return stop


def hands_focus_on(obj) -> bool:
    """A tab widget: Qt marks it focusable, but it hands focus to its tab bar (its focus
    proxy) and is never focused itself; the tab bar is the Tab stop."""
    try:
        return any(child is not None and child.getRole() == pyatspi.ROLE_PAGE_TAB_LIST
                   for child in obj)
    except Exception:  # noqa: BLE001
        return False


def id_of(obj) -> str:
    """Where an object lives on the bus (the same object from two events compares equal)."""
    try:
        return str(obj.path or "")
    except Exception:  # noqa: BLE001
        return ""


def find(root, test, depth: int = 0):
    """The first showing object under `root` for which test(obj) holds (depth first)."""
    if root is None or depth > 40:
        return None
    try:
        if test(root):
            return root
        children = list(root)
    except Exception:  # noqa: BLE001
        return None
    for child in children:
        try:
            if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
                continue
        except Exception:  # noqa: BLE001
            continue
        hit = find(child, test, depth + 1)
        if hit is not None:
            return hit
    return None


def role_is(role):
    return lambda obj: obj.getRole() == role


def or_its_item(test):
    """`test`, or a cell/row inside an object for which it holds. Qt sends a focus event for
    an item view and one for its current cell, in either order (Orca says both: the table's
    name, then the cell); the walk may read the focus between the two."""
    def holds(obj) -> bool:
        if test(obj):
            return True
        return obj.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM,
                                 pyatspi.ROLE_TREE_ITEM) and test(obj.parent)
    return holds
