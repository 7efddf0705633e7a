"""A private desktop for the AT-SPI walk: Xvfb, a D-Bus session bus and the AT-SPI bus.

Stdlib only: it runs under the system Python (which has pyatspi) and is imported by the
pytest side to tell whether the tools exist. Nothing here touches the user's own session:
every process gets its own display number and bus address and is ended by its pid.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER_DIRS = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu")
TOOLS = ("Xvfb", "dbus-daemon", "dbus-send", "xdotool", "xwd")
SCREEN = (1280, 800)


def bus_launcher() -> str | None:
    for folder in BUS_LAUNCHER_DIRS:
        path = Path(folder) / "at-spi-bus-launcher"
        if path.exists():
            return str(path)
    return None


def missing_tools() -> list[str]:
    """What the walk needs and this machine lacks (Debian: xvfb dbus xdotool x11-apps
    at-spi2-core python3-pyatspi)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if bus_launcher() is None:
        missing.append("at-spi-bus-launcher")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
        if probe.returncode != 0:
            missing.append("pyatspi (python3-pyatspi)")
    return missing


@dataclass
class Desk:
    """Started with `start()`, ended with `stop()`; `env` is what a process on it needs."""

    env: dict[str, str] = field(default_factory=dict)
    procs: list[subprocess.Popen] = field(default_factory=list)

    def start(self) -> Desk:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        env = dict(os.environ, DISPLAY=f":{display}", NO_AT_BRIDGE="0", GTK_A11Y="atspi")
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                                "--nopidfile"], stdout=subprocess.PIPE, text=True, env=env)
        self.procs.append(bus)
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen([bus_launcher() or "at-spi-bus-launcher",
                                     "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(launcher)
        self.env = env
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the launcher owns org.a11y.Bus once it is up
            probe = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=env, capture_output=True)
            if probe.returncode == 0:
                return self
            time.sleep(0.05)
        raise RuntimeError("the AT-SPI bus did not start")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        self.procs.clear()
