"""The anonymiser reads a note the same whatever it read before in the same process: its caches
keep what depends on a word alone, never what a word's place in one note made of it. The app
checks every note of a journal in one process, and the CLI a whole batch, so a finding must not
depend on the order of the notes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_CHILD = """
import json, random, sys
from desktop.core.privacy import detect
texts = json.load(open(sys.argv[1], encoding="utf-8"))
order = list(range(len(texts)))
random.Random(int(sys.argv[2])).shuffle(order)
out = [None] * len(texts)
for i in order:
    out[i] = [[f.start, f.end, f.kind] for f in detect(texts[i])]
print(json.dumps(out))
"""


def _findings_in_order(texts_file: Path, seed: int) -> list[list[list[object]]]:
    run = subprocess.run([sys.executable, "-c", _CHILD, str(texts_file), str(seed)],
                         capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def test_findings_do_not_depend_on_the_notes_read_before(tmp_path):
    """Two processes read the same notes (two hands' development halves, and each in lower
    case) in two different orders: every note gets the same findings. (A word kept by its place
    in one note — "my Blue Card since 2022" — was cached as never a lone name, and a later note
    with "Documents for Blue Card – Mariam Fawzy" was read differently after it than alone.)"""
    from bench.privacy_corpus10 import build_corpus10
    from bench.privacy_corpus14 import build_corpus14

    texts = [n.text for n in build_corpus10()[0] + build_corpus14()[0]]
    texts += [t.lower() for t in texts]
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    first, second = _findings_in_order(texts_file, 1), _findings_in_order(texts_file, 2)
    differ = [texts[i][:80] for i in range(len(texts)) if first[i] != second[i]]
    assert differ == []
