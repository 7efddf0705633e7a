"""`gespraechskompass klartext [--json]` run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys


def run(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "desktop", "klartext", *args], input=stdin,
                          capture_output=True, timeout=60)


TEXT = ("Aufgrund fehlender Nachweise wurde Ihr Antrag abgelehnt. Gegen den Bescheid ist "
        "Widerspruch möglich. 🙂 Bringen Sie den Pass mit und füllen Sie das Formular aus.")


def test_json_one_object_with_hints_and_figures_offsets_in_code_points():
    """--json: hints with start, end, kind, message; offsets index the input (the emoji
    counts as one); the figures include the Wiener Sachtextformel."""
    proc = run(["--json"], TEXT.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    kinds = {h["kind"] for h in data["hints"]}
    assert {"amtsdeutsch", "passiv", "fachwort", "bitten", "wichtigstes-zuerst"} <= kinds
    request = next(h for h in data["hints"] if h["kind"] == "bitten")
    assert TEXT[request["start"]:request["end"]] == \
        "Bringen Sie den Pass mit und füllen Sie das Formular aus."
    assert data["figures"]["sentences"] == 3
    assert 4 < data["figures"]["wiener_sachtextformel"] < 15


def test_plain_output_names_each_hint_and_the_figures():
    """Without --json: one line per hint with its characters, then the figures in German."""
    proc = run([], TEXT.encode("utf-8"))
    assert proc.returncode == 0
    out = proc.stdout.decode("utf-8")
    assert "Passiv" in out and "Wiener Sachtextformel" in out and "Zeichen 0-8" in out


def test_bad_input_and_a_missing_exercise_get_german_messages():
    """Invalid UTF-8: exit 1 with a German message; a missing exercise file: exit 2."""
    proc = run([], b"\xff\xfe kaputt")
    assert proc.returncode == 1 and "UTF-8" in proc.stderr.decode("utf-8")
    proc = run(["--uebung", "/nicht/da.md"], b"Text")
    assert proc.returncode == 2 and "nicht gefunden" in proc.stderr.decode("utf-8")
    assert b"Traceback" not in proc.stderr
def test_with_an_exercise_the_key_points_are_reported(tmp_path):
    """--uebung: the exercise's points come out covered or missing."""
    from tests.core.test_exercise_format import VALID

    path = tmp_path / "uebung.md"
    path.write_text(VALID, encoding="utf-8")
    proc = run(["--json", "--uebung", str(path)],
               "Sie dürfen weiter arbeiten. Das Papier heißt Fiktionsbescheinigung."
               .encode())
    assert proc.returncode == 0, proc.stderr.decode()
    points = json.loads(proc.stdout)["points"]
    assert [p["covered"] for p in points] == [True, False]


