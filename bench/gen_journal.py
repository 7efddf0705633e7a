"""Generate a large journal for benchmarks: N sessions with answers, choices, paths and tags.

The schema is created by `Journal.open` (the real migrations); the rows are then inserted with
executemany in one transaction, so the FTS5 triggers fill the search index exactly as the app
would. Texts are German sentences built from a word pool, so full-text queries meet a realistic
vocabulary: a few very common words, many rare ones. Sessions are spread over three years with
rising ids, as a real journal grows.

    python -m bench.gen_journal FOLDER [N]
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

COMMON = ("der", "die", "und", "ich", "nicht", "das", "er", "sie", "es", "mit", "hat", "war",
          "ein", "eine", "zu", "auf", "für", "dass", "aber", "wie")
WORDS = (
    "Angst", "Ärger", "Wartezeit", "Termin", "Unterlagen", "Fiktionsbescheinigung", "Frist",
    "Aufenthaltserlaubnis", "Verlängerung", "Kunde", "Kundin", "Schalter", "Dolmetscher",
    "Sprachmittlung", "Sorge", "Familie", "Arbeit", "Wohnung", "Nachweis", "Gehalt", "Ablehnung",
    "Widerspruch", "Klage", "Kollegin", "Teamleitung", "Supervision", "Pause", "ruhig", "laut",
    "wütend", "traurig", "erschöpft", "unsicher", "verstanden", "zugehört", "erklärt",
    "nachgefragt", "benannt", "Grenze", "Respekt", "Vorwurf", "Tränen", "Schweigen", "Druck",
    "Zeit", "Brief", "Behördensprache", "einfach", "schwierig", "Gespräch", "Situation",
    "Einbürgerung", "Duldung", "Passbeschaffung", "Ehemann", "Ehefrau", "Kind", "Anwalt",
    "Beschwerde", "Arbeitgeber", "Blaue", "Karte", "Deeskalation", "Gefühl", "Sache", "Ende",
    "nächstes", "Mal", "besser", "früher", "transparent", "schriftlich", "Liste", "Kopie",
)
SYLLABLES = ("ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "wa", "ge", "hel", "dor",
             "fan", "kor", "lin", "mar", "pen", "ros", "tal", "ung", "keit", "schaft", "ber",
             "ter", "an", "ein", "aus", "ver", "zu")


def _tail(count: int, seed: int = 7) -> tuple[str, ...]:
    """A long tail of rare made-up words whose prefixes spread as in real language."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 5))))
    return tuple(sorted(words))


RARE = _tail(3000)
POOL = COMMON + WORDS + RARE
# Common function words make up 40 % of the text, domain words 35 %, the rare tail 25 %.
WEIGHTS = ([40 / len(COMMON)] * len(COMMON) + [35 / len(WORDS)] * len(WORDS)
           + [25 / len(RARE)] * len(RARE))
CUM_WEIGHTS = tuple(itertools.accumulate(WEIGHTS))
PROMPTS = ("Was hören Sie heraus?", "Welche zweite Deutung gibt es?",
           "Wie eröffnen Sie das Gespräch?", "Was hat Sie Kraft gekostet?")
KINDS = ("uebung",) * 6 + ("zwischendurch",) * 3 + ("eigener-fall",)
STEPS = ("situation", "deuten", "beeinflussen", "reagieren", "verarbeiten", "zusammenfassung")
RATINGS = ("hilfreich", "teils", "ungünstig")
TAGS = ("schalter", "telefon", "wut", "tränen", "dolmetscher", "familie", "ablehnung", "gut")


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(POOL, cum_weights=CUM_WEIGHTS, k=words)).capitalize() + "."


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def generate(root: Path, sessions: int, seed: int = 1) -> Path:
    """Create a journal with `sessions` sessions below `root`; returns the database path."""
    from desktop.core.config import load
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths

    paths = DataPaths(root)
    Journal.open(paths, load(user_file=None, policy={})).close()
    rng = random.Random(seed)
    start = datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
    span = timedelta(days=3 * 365).total_seconds()
    session_rows, answer_rows, choice_rows, step_rows, tag_rows = [], [], [], [], []
    for sid in range(1, sessions + 1):
        created = start + timedelta(seconds=span * sid / sessions + rng.random() * 60)
        kind = rng.choice(KINDS)
        finished = rng.random() < 0.9
        scenario = None if kind == "eigener-fall" else f"szenario-{rng.randrange(25)}"
        session_rows.append((
            sid, uuid.UUID(int=rng.getrandbits(128)).hex, kind, scenario,
            scenario and f"Szenario {scenario[-2:]}", "start" if kind == "zwischendurch" else None,
            sentence(rng, 4) if kind == "eigener-fall" else "",
            "zusammenfassung" if finished else rng.choice(STEPS), stamp(created),
            stamp(created + timedelta(minutes=8)),
            stamp(created + timedelta(minutes=8)) if finished else None,
            rng.randrange(11), rng.randrange(11),
            json.dumps(rng.sample(("wütend", "erschöpft", "ruhig", "unsicher"), 2),
                       ensure_ascii=False),
            json.dumps(["kurze Pause"], ensure_ascii=False), "",
            sentence(rng, 8) if kind != "zwischendurch" else "",
            sentence(rng, 10) if kind == "zwischendurch" else "", "[]", "[]",
            "0123456789abcdef" if scenario else None,
        ))
        at = stamp(created + timedelta(minutes=2))
        if kind != "zwischendurch":
            for index in range(rng.randrange(2, 6)):
                step = STEPS[1 + index % 4]
                answer_rows.append((sid, step, index, rng.choice(PROMPTS),
                                    sentence(rng, rng.randrange(8, 40)), at))
        if kind == "uebung":
            choice_rows.append((sid, "deuten", 0, 1, "Was hören Sie?", "Angst", 1, None, at))
            choice_rows.append((sid, "reagieren", 0, 0, "Was tun Sie?", "Ruhig", 0, None, at))
        if kind != "eigener-fall":
            node = "start"
            for seq in range(1, (2 if kind == "zwischendurch" else rng.randrange(2, 6)) + 1):
                target = f"knoten-{rng.randrange(8)}"
                step_rows.append((sid, seq, node, 0, "„Ich verstehe Ihre Sorge.“",
                                  rng.choice(RATINGS), target, None, at, 0))
                node = target
        if rng.random() < 0.2:
            tag_rows.append((sid, rng.choice(TAGS)))
    conn = sqlite3.connect(str(paths.database))
    conn.execute("PRAGMA foreign_keys = ON")
    # Filling the FTS indices row by row through the insert triggers is the slow part; the
    # triggers are set aside for the bulk insert, the indices rebuilt in one pass ('rebuild'
    # reads the content tables), and the very same trigger SQL restored, all in one
    # transaction.
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND name LIKE '%_fts_insert'").fetchall()
    with conn:
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.executemany(
            "INSERT INTO sessions (id, uid, kind, scenario_id, scenario_title, focus_node, "
            "title, step, created_at, updated_at, finished_at, strain_before, strain_after, "
            "feelings, helps, helps_other, takeaway, reflection, hints_seen, thoughts_seen, "
            "scenario_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows)
        conn.executemany(
            "INSERT INTO answers (session_id, step, prompt_index, prompt, text, at) "
            "VALUES (?, ?, ?, ?, ?, ?)", answer_rows)
        conn.executemany(
            "INSERT INTO choices (session_id, stage, question_index, option_index, question, "
            "option, recommended, feedback, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", choice_rows)
        conn.executemany(
            "INSERT INTO path_steps (session_id, seq, node_id, choice_index, text, rating, "
            "target, feedback, at, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", step_rows)
        conn.executemany("INSERT OR IGNORE INTO tags (session_id, tag) VALUES (?, ?)", tag_rows)
        for table in ("answers_fts", "sessions_fts", "feedback_fts"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    conn.execute("PRAGMA optimize")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return paths.database


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print("Aufruf: python -m bench.gen_journal ORDNER [ANZAHL]", file=sys.stderr)
        return 2
    count = int(argv[1]) if len(argv) > 1 else 100_000
    t0 = time.perf_counter()
    database = generate(Path(argv[0]), count)
    print(f"{count} Sitzungen in {time.perf_counter() - t0:.1f} s: {database} "
          f"({database.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
