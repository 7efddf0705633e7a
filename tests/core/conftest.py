"""Fixtures the core tests share: a data folder, a journal in it, a scenario."""

from __future__ import annotations

import pytest

from desktop.core.journal import Journal
from tests.core.scenario_factory import make_paths, make_scenario, make_settings


@pytest.fixture
def paths(tmp_path):
    return make_paths(tmp_path / "daten")


@pytest.fixture
def journal(paths):
    opened = Journal.open(paths, make_settings())
    yield opened
    opened.close()


@pytest.fixture
def scenario():
    return make_scenario()
