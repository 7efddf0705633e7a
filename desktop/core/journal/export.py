"""Export everything (DSGVO Art. 15/20): one JSON file plus one readable Markdown file per session.

The JSON holds each session in `PracticeSession.to_dict()` form plus its tags, feedback and
shares, so it can be read back by this app or any other tool. The Markdown files are for
people (`markdown.render_markdown`): the questions next to the answers, the path through the
dialogue, the instruments, in the words of the `EntryLabels` the caller passes.
Nothing existing is overwritten: an export into a folder that already holds one is refused.
The export opens its own read connection, so it may run on a worker thread.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import APP_NAME, __version__
from desktop.core.journal.entry import EntryLabels, entry_view
from desktop.core.journal.errors import JournalError, JournalNotWritable, not_writable_message
from desktop.core.journal.markdown import render_markdown
from desktop.core.journal.records import ExportResult
from desktop.core.journal.sessions_sql import CHOICE_COLUMNS, STEP_COLUMNS, session_dict

EXPORT_FORMAT = 1


def _grouped(conn: sqlite3.Connection, sql: str) -> dict[int, list[tuple]]:
    groups: dict[int, list[tuple]] = defaultdict(list)
    for row in conn.execute(sql):
        groups[row[0]].append(row[1:])
    return groups


def collect(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every session as export data, oldest first; a few bulk queries, not one per session."""
    answers = _grouped(conn, "SELECT session_id, step, prompt_index, prompt, text, at "
                             "FROM answers ORDER BY session_id, id")
    choices = _grouped(conn, f"SELECT session_id, {CHOICE_COLUMNS} FROM choices "
                             "ORDER BY session_id, stage, question_index")
    steps = _grouped(conn, f"SELECT session_id, {STEP_COLUMNS} FROM path_steps "
                           "ORDER BY session_id, seq")
    tags = _grouped(conn, "SELECT session_id, tag FROM tags ORDER BY session_id, tag")
    feedback = _grouped(conn, "SELECT session_id, stage, text, sender, written_at, received_at "
                              "FROM feedback ORDER BY session_id, received_at, id")
    shares = _grouped(conn, "SELECT session_id, shared_at, file_name FROM shares "
                            "ORDER BY session_id, shared_at, id")
    cursor = conn.execute("SELECT * FROM sessions ORDER BY created_at, id")
    names = [d[0] for d in cursor.description]
    result = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        sid = row["id"]
        data = session_dict(row, answers.get(sid, []), choices.get(sid, []), steps.get(sid, []))
        data["tags"] = [t[0] for t in tags.get(sid, [])]
        data["feedback"] = [{"stage": f[0], "text": f[1], "sender": f[2], "written_at": f[3],
                             "received_at": f[4]} for f in feedback.get(sid, [])]
        data["shares"] = [{"shared_at": s[0], "file_name": s[1]} for s in shares.get(sid, [])]
        result.append(data)
    return result


def export_all(database: Path, target: Path, labels: EntryLabels,
               now: datetime | None = None) -> ExportResult:
    """Write journal.json and sitzungen/*.md (in the words of `labels`) into `target`."""
    json_file = target / "journal.json"
    md_folder = target / "sitzungen"
    if json_file.exists() or (md_folder.exists() and any(md_folder.iterdir())):
        raise JournalError(f"Im Ordner {target} liegt schon ein Export. Er wird nicht "
                           "überschrieben; bitte wählen Sie einen anderen Ordner.")
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        sessions = collect(conn)
    except sqlite3.Error as exc:
        raise JournalError(f"Das Journal kann nicht gelesen werden: {exc}.") from exc
    finally:
        conn.close()
    moment = (now or datetime.now().astimezone()).astimezone()
    document = {"format": EXPORT_FORMAT, "app": APP_NAME, "version": __version__,
                "exported_at": moment.isoformat(timespec="seconds"), "sessions": sessions}
    try:
        md_folder.mkdir(parents=True, exist_ok=True)
        partial = json_file.with_name(json_file.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
        os.replace(partial, json_file)
        used: set[str] = set()
        for data in sessions:
            name = markdown_name(data, used)
            (md_folder / name).write_text(render_markdown(entry_view(data), labels), encoding="utf-8")
    except OSError as exc:
        raise JournalNotWritable(not_writable_message(target, exc.strerror or str(exc))) \
            from exc
    return ExportResult(target, json_file, len(sessions), len(sessions))


def _slug(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "eintrag"


def _label(data: dict[str, Any]) -> str:
    return data.get("title") or data.get("scenario_title") or data["kind"]


def markdown_name(data: dict[str, Any], used: set[str]) -> str:
    start = datetime.fromisoformat(data["created_at"]).astimezone()
    name = f"{start:%Y-%m-%d_%H%M}_{data['kind']}_{_slug(_label(data))}_{data['uid'][:8]}.md"
    while name in used:  # the uid prefix makes this rare; never overwrite all the same
        name = name[:-3] + "-1.md"
    used.add(name)
    return name
