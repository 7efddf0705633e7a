"""Where user data, backups, logs and bundled resources live.

User data goes to the local (not roaming) application data folder; `GESPRAECHSKOMPASS_HOME`
overrides it (tests, benchmarks, portable use). Bundled resources are found both from source
and in a frozen PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "GESPRAECHSKOMPASS_HOME"
APP_DIR_NAME = "Gespraechskompass"


def bundle_root() -> Path:
    """The folder holding `resources/` and `scenarios/`: the source tree or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def install_dir() -> Path:
    """The folder of the executable (frozen) or the source tree: where policy.json may lie."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def resources_dir() -> Path:
    return bundle_root() / "resources"


def bundled_scenarios_dir() -> Path:
    return bundle_root() / "scenarios"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class DataPaths:
    """All per-user locations below one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "journal.sqlite3"

    @property
    def supervision_database(self) -> Path:
        return self.root / "supervision.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def scenario_cache(self) -> Path:
        """Parse results of the scenario library (plain JSON, see scenarios/cache.py)."""
        return self.cache / "scenarios.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "app.lock"


def default_data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    # roaming=False: the local profile, never a roaming profile synced to a server.
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def data_paths(root: Path | None = None) -> DataPaths:
    return DataPaths(root if root is not None else default_data_dir())
