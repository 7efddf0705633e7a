"""The AT-SPI walk through the real app, keyboard only (system Python: pyatspi).

Starts its own Xvfb, D-Bus session and AT-SPI bus (tests/a11y/desk.py), starts the app
(tests/a11y/app_probe.py: `desktop.cli.main([])`, the GUI start of `python -m desktop`) against
the given data folder, walks it with xdotool key presses while reading the accessibility tree,
and writes a JSON report: problems (each tagged with its point of issue 20), what was checked
how often, the screens, the object count.

    /usr/bin/python3 tests/a11y/walk.py --python .venv/bin/python --home DIR --out report.json
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.a11y.desk import Desk  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", required=True)
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    started = time.monotonic()
    # Stopped from outside (the test's timeout): end the app, Xvfb and the buses too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    desk = Desk().start()
    app = None
    report: dict = {"problems": [], "checked": {}, "screens": [], "objects": 0, "steps": []}
    try:
        os.environ.update(desk.env)  # pyatspi finds the bus through these at import
        from tests.a11y.atspi_tools import Session
        from tests.a11y.walk_steps import Walk

        session = Session(desk.env)
        probe = Path(args.home).parent / "focus.jsonl"
        env = dict(desk.env, GESPRAECHSKOMPASS_HOME=args.home, QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   GK_A11Y_PROBE=str(probe), LANG="de_DE.UTF-8")
        env.pop("GESPRAECHSKOMPASS_POLICY", None)
        # A file, not a pipe: Qt's AT-SPI bridge logs a line for every object asked for after
        # it was deleted, and a full pipe would stop the app.
        app_log = open(Path(args.home).parent / "app-stderr.txt", "w+", encoding="utf-8")  # noqa: SIM115
        app = subprocess.Popen([args.python, "-X", "faulthandler", "-m",
                                "tests.a11y.app_probe"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=app_log)
        walk = Walk(session, app, probe)
        try:
            walk.run()
        except Exception as exc:  # noqa: BLE001 - a blocked walk is a finding, not a crash
            import traceback

            session.problem("walk-blocked", 0, type(exc).__name__, traceback.format_exc()[-1500:])
        report.update(problems=session.problems, checked=session.checked,
                      screens=session.screens, objects=len(session.objects),
                      stops=len(session.stops), steps=walk.log,
                      timing=session.timing)
    finally:
        report["app_exit"] = app.poll() if app is not None else None  # None: still running
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        if app is not None:
            log = (Path(args.home).parent / "app-stderr.txt").read_text("utf-8", "replace")
            errors = [line for line in log.splitlines() if not line.startswith("qt.")]
            report["app_stderr"] = "\n".join(errors)[-3000:]
            report["app_tracebacks"] = log.count("Traceback (most recent call last)") + \
                log.count("Fatal Python error")
        desk.stop()
    report["seconds"] = round(time.monotonic() - started, 1)
    Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    kinds: dict[str, int] = {}
    for problem in report["problems"]:
        kinds[problem["kind"]] = kinds.get(problem["kind"], 0) + 1
    print("problems by kind: " + (", ".join(f"{k} {n}" for k, n in sorted(
        kinds.items(), key=lambda item: -item[1])) or "none"))
    completed = any(s.startswith("Übung Zusammenfassung") for s in report["screens"])
    print(f"screens visited: {len(set(report['screens']))}   Tab stops: "
          f"{report.get('stops', 0)}   keyboard-only session reached the summary: "
          f"{'yes' if completed else 'no'}   {report['seconds']} s")
    print(f"a11y: {report['objects']} objects, {len(report['problems'])} problems, "
          f"keyboard session completed: {'yes' if completed else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
