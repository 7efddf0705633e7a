"""`gespraechskompass self-test`, run as IT would, from source in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_selftest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GESPRAECHSKOMPASS_")}
    environ.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    environ.pop("DISPLAY", None)
    environ.pop("WAYLAND_DISPLAY", None)
    environ.update(GESPRAECHSKOMPASS_HOME=str(tmp_path / "home"), **env)
    return subprocess.run([sys.executable, "-m", "desktop", "self-test"], cwd=ROOT, env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def test_selftest_passes_on_a_working_installation(tmp_path):
    """Every check reports OK (or a skip note), the report is German, and the exit code is 0."""
    result = run_selftest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = lines[1:-1]
    assert all(line.startswith(("OK  ", "HINWEIS  ")) for line in checks), result.stdout
    for topic in ("Szenarien:", "Datenbank:", "Klartext-Prüfung:", "Ressourcen:",
                  "Hauptfenster:", "Programmordner:"):
        assert any(topic in line and line.startswith("OK") for line in checks), topic
    assert lines[-1].startswith("Selbsttest bestanden")
    assert "Traceback" not in result.stderr
    # The user's data folder is never touched.
    assert not (tmp_path / "home").exists()


def test_selftest_fails_with_a_german_report_on_a_broken_policy(tmp_path):
    """An invalid policy file is a FEHLER line and exit code 1, without a traceback."""
    policy = tmp_path / "policy.json"
    policy.write_text("{kein json", "utf-8")
    result = run_selftest(tmp_path, GESPRAECHSKOMPASS_POLICY=str(policy))
    assert result.returncode == 1
    assert any(line.startswith("FEHLER  IT-Richtlinie:") and "kein gültiges JSON" in line
               for line in result.stdout.splitlines()), result.stdout
    assert "Selbsttest fehlgeschlagen" in result.stdout
    assert "Traceback" not in result.stderr


def test_selftest_reports_the_policy_in_force(tmp_path):
    """A valid policy is listed by its keys, so IT sees what the installation enforces."""
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"retention_days": 90, "language": "de"}), "utf-8")
    result = run_selftest(tmp_path, GESPRAECHSKOMPASS_POLICY=str(policy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK  IT-Richtlinie: 2 Einstellung(en) festgelegt (language, retention_days)" \
        in result.stdout
