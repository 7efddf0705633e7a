"""Shows the AT-SPI walk's figures at the end of every test run that ran it (pytest captures
what the fixture prints)."""

from __future__ import annotations

import pytest

SUMMARY = pytest.StashKey[str]()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    summary = config.stash.get(SUMMARY, "")
    if summary:
        terminalreporter.section("AT-SPI walk (tests/a11y)")
        terminalreporter.write(summary)
