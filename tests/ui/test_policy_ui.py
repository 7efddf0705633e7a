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
