"""Kill the real app while a person types: the harness of the typing kill test and its bench.

Each round starts the real GUI (`tests/ui/app_child.py`, offscreen, its own data folder shared
by all rounds), waits until the typing driver has opened a session, lets it type for a random
time, kills the process with SIGKILL and then reads the journal file as the next start would:
`PRAGMA integrity_check`, and per field the stored text against the keystrokes the driver
logged. The next round's start is the restart after the kill (the stale app.lock included).

The loss of a round is the time from the oldest keystroke that is not stored to the kill
(0 when everything typed is stored); the promise is at most 0.5 s.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


@dataclass
class KillRound:
    number: int
    kind: str
    ready: bool
    integrity: str = ""
    typed: int = 0  # keystrokes the driver logged
    stored: int = 0  # of those, how many are in the journal file
    loss_s: float = 0.0  # oldest keystroke not stored → kill
    typing_s: float = 0.0  # from the first keystroke to the kill
    problems: list[str] = field(default_factory=list)


def _child_env(home: Path, log: Path, seed: int, kind: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GESPRAECHSKOMPASS_POLICY"}
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               GESPRAECHSKOMPASS_HOME=str(home), GK_TYPING_LOG=str(log),
               GK_TYPING_SEED=str(seed), GK_TYPING_KIND=kind)
    return env


def _records(log: Path) -> list[dict]:
    """Complete lines only: a line cut off by the kill was not logged."""
    if not log.exists():
        return []
    text = log.read_text(encoding="utf-8")
    text = text[: text.rfind("\n") + 1]
    return [json.loads(line) for line in text.splitlines()]


def _stored(conn: sqlite3.Connection, uid: str, name: str) -> str:
    if name == "title":
        row = conn.execute("SELECT title FROM sessions WHERE uid = ?", (uid,)).fetchone()
    else:
        _, step, index = name.split(":")
        row = conn.execute("SELECT a.text FROM answers a JOIN sessions s ON s.id = a.session_id "
                           "WHERE s.uid = ? AND a.step = ? AND a.prompt_index = ?",
                           (uid, step, int(index))).fetchone()
    return row[0] if row else ""


def start_child(folder: Path, number: int, seed: int, kind: str) -> tuple[subprocess.Popen, Path]:
    log = folder / f"keys-{number:03d}.jsonl"
    errors = open(folder / f"stderr-{number:03d}.txt", "wb")  # noqa: SIM115 - child's stderr
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_child"], cwd=ROOT,
                             env=_child_env(folder / "home", log, seed, kind),
                             stdout=subprocess.DEVNULL, stderr=errors)
    errors.close()
    return child, log


def wait_ready(child: subprocess.Popen, log: Path) -> dict | None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and child.poll() is None:
        records = _records(log)
        if records:
            return records[0]
        time.sleep(0.02)
    return None


def kill_round(folder: Path, number: int, rng: random.Random,
               typing_s: tuple[float, float]) -> KillRound:
    kind = ("own", "exercise")[number % 2]
    child, log = start_child(folder, number, rng.randrange(1 << 30), kind)
    ready = wait_ready(child, log)
    result = KillRound(number, kind, ready is not None)
    if ready is None:
        child.kill()
        child.wait()
        result.problems.append("the app did not open a session (see stderr file)")
        return result
    time.sleep(rng.uniform(*typing_s))
    kill_at = time.time()
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.returncode != -signal.SIGKILL:
        result.problems.append(f"the app ended by itself ({child.returncode})")
    keys = _records(log)[1:]
    conn = sqlite3.connect(str(folder / "home" / "journal.sqlite3"))
    try:
        result.integrity = ";".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        by_field: dict[str, list[dict]] = {}
        for key in keys:
            by_field.setdefault(key["f"], []).append(key)
        for name, typed_keys in by_field.items():
            typed = "".join(k["c"] for k in typed_keys)
            stored = _stored(conn, ready["ready"], name)
            if not typed.startswith(stored):
                result.problems.append(f"{name}: stored {stored!r} was never typed")
            kept = len(os.path.commonprefix([stored, typed]))
            result.typed += len(typed)
            result.stored += kept
            if kept < len(typed):
                result.loss_s = max(result.loss_s, kill_at - typed_keys[kept]["t"])
    finally:
        conn.close()
    if keys:
        result.typing_s = kill_at - keys[0]["t"]
    return result


def run_kills(folder: Path, rounds: int, seed: int = 20261206,
              typing_s: tuple[float, float] = (0.4, 3.4)) -> tuple[list[KillRound], bool]:
    """`rounds` kills; returns them and whether the app started once more after the last."""
    rng = random.Random(seed)
    results = [kill_round(folder, number, rng, typing_s) for number in range(rounds)]
    child, log = start_child(folder, rounds, 0, "own")
    restarted = wait_ready(child, log) is not None
    child.kill()
    child.wait()
    return results, restarted
