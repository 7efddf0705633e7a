"""Principle 1, offline always: a full session runs with every way to the network forbidden."""

from __future__ import annotations

import socket

import pytest

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import Step
from tests.ui.helpers import make_window


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to create a socket or resolve a name is recorded and refused."""
    attempts: list[str] = []

    def refuse(name):
        def call(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network forbidden in this test ({name})")
        return call

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname",
                 "create_server", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_a_whole_session_and_the_journal_need_no_network(qtbot, data_home, no_network):
    """Start page, a whole scenario, summary, journal, statistics and a share file: done
    without a single socket or name lookup."""
    data = paths.DataPaths(data_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.scenario_requested.emit("ablehnung-persoenlich")
    view = window.ctx.practice.view
    view.go_to(Step.REAGIEREN)
    walk = view.session.dialogue
    while not walk.finished:
        view.player.choose(0)
    view.go_to(Step.VERARBEITEN)
    view.forward()  # Abschließen: the summary with its technique links
    assert view.session.finished
    window.ctx.practice.close_current()
    for key in ("journal", "stats", "techniques", "before", "scenarios"):
        window.show_page(key)
    from datetime import date

    from desktop.core.exchange import build_share, write_share

    build = build_share([journal.load(journal.list_sessions()[0].id)], "Kompass-1",
                        date.today(), ctx.library.scenarios)
    assert write_share(build, data_home / "austausch").exists()
    assert no_network == []
