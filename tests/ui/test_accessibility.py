"""Every focusable widget of every screen has an accessible name (what a screen reader says),
and no Alt+letter key is claimed twice on a screen."""

from __future__ import annotations

from tests.ui.helpers import make_window, mnemonic_clashes, unnamed_focusable, walk_session_steps


def test_every_page_names_its_focusable_widgets(qtbot, data_home):
    """Walk each page of the main window: no focusable widget without an accessible name."""
    ctx, window = make_window(qtbot, data_home)
    problems = {}
    for key in window.page_keys():
        window.show_page(key)
        missing = unnamed_focusable(window) + mnemonic_clashes(window)
        if missing:
            problems[key] = missing
    assert problems == {}


def test_every_session_step_names_its_focusable_widgets(qtbot, data_home):
    """Walk every step of an Übung, a Zwischendurch moment and an eigener Fall."""
    ctx, window = make_window(qtbot, data_home)
    problems = {}
    for kind, step, _view in walk_session_steps(ctx):
        missing = unnamed_focusable(window) + mnemonic_clashes(window)
        if missing:
            problems[f"{kind}/{step}"] = missing
    assert problems == {}


def test_the_explain_exercise_names_its_widgets_as_they_are_labelled(qtbot, data_home):
    """Verständlich erklären, before and after keeping the first version and with the model
    answers shown: every focusable widget has a name, no Alt key is claimed twice, and the
    text field and the hint list are named exactly as their visible labels read."""
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.ui.practice.explain_page import ExplainView

    data = paths.DataPaths(data_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.exercise_requested.emit("erklaeren-rechtsbehelfsbelehrung")
    view = window.ctx.practice.view
    assert isinstance(view, ExplainView)

    def check() -> None:
        assert unnamed_focusable(window) + mnemonic_clashes(window) == []
        for label in (view.editor_label, view.hints_label):
            visible = label.text().replace("&", "")
            assert label.buddy().accessibleName() == visible, (label.text(),
                                                               label.buddy().accessibleName())

    check()
    view.editor.setPlainText("Gegen diesen Bescheid kann Klage erhoben werden.")
    view.run_check()
    view.keep_first_version()
    check()
    view.show_models()
    check()
    window.close()
    journal.close()
