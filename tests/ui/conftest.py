"""Qt tests run offscreen, each against its own data folder (real files, real SQLite)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch, qtbot):
    """Every UI test gets a fresh GESPRAECHSKOMPASS_HOME and no IT policy from outside.

    Afterwards, and before qtbot closes the test's windows, the background work the test
    started (a scrub, a list read) finishes and its results are delivered, as when the app
    quits: a worker outliving its window crashed a run under load."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("GESPRAECHSKOMPASS_HOME", str(home))
    monkeypatch.delenv("GESPRAECHSKOMPASS_POLICY", raising=False)
    yield home
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.tasks import wait_for_background

    wait_for_background()
    QApplication.processEvents()


@pytest.fixture(scope="session")
def library():
    """The bundled library, parsed once for the whole test run."""
    from tests.ui.helpers import bundled_library

    return bundled_library()


@pytest.fixture(scope="session")
def template(tmp_path_factory, library):
    """A journal of several thousand generated sessions, built once; tests get copies."""
    from tests.ui import journal_data

    root = tmp_path_factory.mktemp("journal-template")
    return root, journal_data.build_template(root, library)


@pytest.fixture(scope="session", autouse=True)
def german(qapp, compiled_translations):
    """UI tests see the app as its users do: in German (tests/conftest.py builds the .qm)."""
    from desktop.ui.common import i18n

    assert i18n.install(qapp, "de"), "German translation missing (python build/i18n.py release)"
    return qapp
