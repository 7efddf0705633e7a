"""`rechtsstand`: parsed as a TOML date, printed by `show --json`, and checked by `lint` against
today's date with the interval a team configures (setting/policy key or lint option)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.scenarios.parser import parse_text
from desktop.core.scenarios.rechtsstand import check, months_before
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO, line_of

ROOT = Path(__file__).resolve().parents[2]


def with_date(value: str) -> str:
    return VALID_SCENARIO.replace(
        'techniques = ["aktives-zuhoeren"]\n',
        f'techniques = ["aktives-zuhoeren"]\nrechtsstand = {value}\n')


def test_a_toml_date_is_read_into_the_model_and_json():
    """A plain TOML date parses without findings and appears as ISO text in the JSON."""
    result = parse_text(with_date("2026-12-01"), "t.md")
    assert result.findings == []
    assert result.document.rechtsstand == date(2026, 12, 1)
    assert result.document.to_json()["rechtsstand"] == "2026-12-01"
    assert parse_text(VALID_SCENARIO, "t.md").document.to_json()["rechtsstand"] is None


@pytest.mark.parametrize("value", ['"2026-12-01"', "2026-12-01T10:00:00", "20261201"])
def test_a_date_in_quotes_with_a_time_or_as_a_number_is_an_error_on_its_line(value):
    """A quoted date would never be compared, so it is an error naming the key's line."""
    text = with_date(value)
    result = parse_text(text, "t.md")
    assert result.document is None
    (error,) = result.errors
    assert error.line == line_of(text, "rechtsstand =")
    assert "ohne Anführungszeichen" in error.message


def test_months_before_clamps_to_the_last_day_of_the_month():
    """Calendar months, not 30-day blocks: 31 Aug minus 18 months is 28 Feb."""
    assert months_before(date(2026, 12, 6), 18) == date(2025, 6, 6)
    assert months_before(date(2025, 8, 31), 18) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)


def test_check_warns_for_old_and_future_dates_only():
    """Older than the interval or later than today: one warning on the key's line each; the
    boundary day itself and a scenario without the key are fine; 0 months checks no age."""
    today = date(2026, 12, 6)

    def warnings(value: str, months: int = 18) -> list:
        text = with_date(value)
        return check([parse_text(text, "t.md")], today, months)

    assert warnings("2025-06-06") == []
    (old,) = warnings("2025-06-05")
    assert old.severity.value == "warning" and "älter als 18 Monate" in old.message
    assert old.line == line_of(with_date("2025-06-05"), "rechtsstand =")
    (future,) = warnings("2026-12-07")
    assert "Zukunft" in future.message
    assert warnings("2020-01-01", months=0) == []
    assert check([parse_text(VALID_SCENARIO, "t.md")], today, 18) == []


def run(*args: str, home: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home), **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def library(tmp_path):
    """A team folder with one scenario checked 20 months ago and one checked last week."""
    lib = tmp_path / "team"
    (lib / "techniken").mkdir(parents=True)
    (lib / "techniken" / "aktives-zuhoeren.md").write_text(VALID_CARD, "utf-8")
    today = date.today()
    old = months_before(today, 20)
    (lib / "alt.md").write_text(with_date(old.isoformat()), "utf-8")
    fresh = with_date((today - timedelta(days=7)).isoformat()).replace('"testfall"', '"neu"')
    (lib / "neu.md").write_text(fresh, "utf-8")
    return lib


def test_lint_warns_on_the_old_scenario_and_still_exits_zero(library, tmp_path):
    """The real command line: one warning line for the old file, exit 0."""
    proc = run("lint", str(library), home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and "alt.md:" in lines[0] and "älter als 18 Monate" in lines[0]


def test_lint_option_and_policy_key_change_the_interval(library, tmp_path):
    """`--rechtsstand-monate 24` accepts the 20-month-old file; a policy file with
    `rechtsstand_months: 12` is what a whole office would use; the option wins for one run."""
    proc = run("lint", "--rechtsstand-monate", "24", str(library), home=tmp_path / "home")
    assert proc.returncode == 0 and proc.stdout.strip() == ""
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"rechtsstand_months": 21}), "utf-8")
    env = {"GESPRAECHSKOMPASS_POLICY": str(policy)}
    proc = run("lint", str(library), home=tmp_path / "home", env_extra=env)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout
    proc = run("lint", "--rechtsstand-monate", "6", str(library), home=tmp_path / "home",
               env_extra=env)
    assert "älter als 6 Monate" in proc.stdout


def test_lint_option_rejects_a_negative_interval(library, tmp_path):
    """A wrong call: exit 2 with a German message, no traceback."""
    proc = run("lint", "--rechtsstand-monate", "-3", str(library), home=tmp_path / "home")
    assert proc.returncode == 2 and "Monaten" in proc.stderr and "Traceback" not in proc.stderr


def test_show_json_prints_the_date(tmp_path):
    """`show --json` prints "rechtsstand": "2026-12-01" as the format page shows."""
    path = tmp_path / "s.md"
    path.write_text(with_date("2026-12-01"), "utf-8")
    proc = run("show", str(path), "--json", home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["rechtsstand"] == "2026-12-01"
    assert '"rechtsstand": "2026-12-01"' in proc.stdout
