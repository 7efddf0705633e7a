"""A setting that IT locked by policy is shown disabled in the main window."""

from __future__ import annotations

import json

import pytest

from desktop.core import config, paths


@pytest.fixture
def policy_file(tmp_path, monkeypatch):
    """A policy file passed through GESPRAECHSKOMPASS_POLICY; no system or install-folder
    policy from this machine."""
    monkeypatch.setattr(config, "SYSTEM_POLICY", tmp_path / "keine-systemrichtlinie.json")
    monkeypatch.setattr(paths, "install_dir", lambda: tmp_path / "programmordner")
    path = tmp_path / "policy.json"
    monkeypatch.setenv(config.POLICY_ENV, str(path))
    return path


def _window(qtbot):
    from desktop.app import build_window, resolve_settings

    settings, data = resolve_settings()
    ctx, window = build_window(settings, data)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return ctx, window


def test_contrast_action_is_disabled_when_policy_sets_theme(qtbot, policy_file):
    """Policy theme=high-contrast: "Hoher Kontrast" is checked, disabled, and cannot change."""
    policy_file.write_text(json.dumps({"theme": "high-contrast"}), "utf-8")
    ctx, window = _window(qtbot)
    action = window.contrast_action
    assert action.text().replace("&", "") == "Hoher Kontrast"
    assert action.isChecked()
    assert not action.isEnabled()
    with pytest.raises(config.ConfigError):
        ctx.change_setting("theme", "system")


def test_contrast_action_is_enabled_without_policy(qtbot, policy_file):
    """Without a policy for theme the user can switch high contrast on and off."""
    policy_file.write_text(json.dumps({"retention_days": 30}), "utf-8")
    ctx, window = _window(qtbot)
    assert window.contrast_action.isEnabled()
    assert not window.contrast_action.isChecked()


def test_ctrl_plus_does_not_change_a_text_size_it_locked(qtbot, policy_file):
    """Policy font_size=12: the window shows 12 pt; Ctrl+Plus, Ctrl+Minus and Ctrl+0 leave
    what is on screen (and in the settings) as IT set it, and the status line says why."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    policy_file.write_text(json.dumps({"font_size": 12}), "utf-8")
    ctx, window = _window(qtbot)
    app = QApplication.instance()
    try:
        assert app.font().pointSizeF() == 12
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0):
            qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            assert app.font().pointSizeF() == 12
        assert ctx.settings.get("font_size") == 12
        assert "IT" in window.status_line.text()
    finally:
        from desktop.ui.common import theme

        theme.apply_font_size(app, 0)


def test_a_locked_theme_cannot_be_switched_from_the_menu(qtbot, policy_file):
    """Policy theme=system: "Hoher Kontrast" triggered anyway (a shortcut, a script) leaves the
    system palette on screen and the action unchecked."""
    from PySide6.QtWidgets import QApplication

    policy_file.write_text(json.dumps({"theme": "system"}), "utf-8")
    ctx, window = _window(qtbot)
    app = QApplication.instance()
    before = app.palette().window().color().name()
    action = window.contrast_action
    action.setEnabled(True)  # as if reached some other way than the (disabled) menu entry
    action.trigger()
    assert app.palette().window().color().name() == before != "#000000"
    assert not action.isChecked()
    assert ctx.settings.get("theme") == "system"
