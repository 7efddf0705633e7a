"""Mapping a `PracticeSession` to its rows and back.

`SessionWriter.save` writes a whole session (used when it is first stored and after a failed
write); `SessionWriter.record` writes one `Change`: the session row (its scalar fields, one
UPDATE) plus, for an answer, a choice or a path step, just that one child row. The caller owns
the transaction. `load_session` reads the rows back into `PracticeSession.to_dict()` data.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.core.practice.session import DICT_FORMAT, PracticeSession
from desktop.core.practice.state import Change, ChangeKind

_SCALARS = ("scenario_digest", "title", "step", "updated_at", "finished_at", "strain_before",
            "strain_after", "feelings", "helps", "helps_other", "takeaway", "reflection",
            "hints_seen", "thoughts_seen", "personal_data", "own_words_draft")
_FIXED = ("uid", "kind", "scenario_id", "scenario_title", "focus_node", "created_at",
          "order_seed")


def _scalars(session: PracticeSession) -> dict[str, Any]:
    tools = session.instruments
    walk = session.dialogue
    return {
        "scenario_digest": session.scenario_digest,
        "title": session.title,
        "step": session.step.value,
        "updated_at": session.updated_at,
        "finished_at": session.finished_at,
        "strain_before": tools.strain_before,
        "strain_after": tools.strain_after,
        "feelings": json.dumps(list(tools.feelings), ensure_ascii=False),
        "helps": json.dumps(list(tools.helps), ensure_ascii=False),
        "helps_other": tools.helps_other,
        "takeaway": tools.takeaway,
        "reflection": session.reflection,
        "hints_seen": json.dumps([s.value for s in session.hints_seen]),
        "thoughts_seen": json.dumps(list(walk.thoughts_seen) if walk else []),
        "personal_data": int(session.personal_data),
        "own_words_draft": walk.own_words if walk else "",
    }


class SessionWriter:
    """Prepared SQL for a session's rows; the caller wraps each call in one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        columns = _FIXED + _SCALARS
        updates = ", ".join(f"{c} = excluded.{c}" for c in _SCALARS)
        self._upsert = (
            f"INSERT INTO sessions ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)}) "
            f"ON CONFLICT (uid) DO UPDATE SET {updates} RETURNING id")
        self._update = (f"UPDATE sessions SET {', '.join(f'{c} = :{c}' for c in _SCALARS)} "
                        "WHERE id = :id")

    def save(self, conn: sqlite3.Connection, session: PracticeSession) -> int:
        row = {
            "uid": session.uid, "kind": session.kind.value, "scenario_id": session.scenario_id,
            "scenario_title": session.scenario_title, "focus_node": session.focus_node,
            "created_at": session.created_at, "order_seed": session.order_seed,
            **_scalars(session),
        }
        session_id = int(conn.execute(self._upsert, row).fetchone()[0])
        for table in ("answers", "choices", "path_steps"):
            conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
        conn.executemany(
            "INSERT INTO answers (session_id, step, prompt_index, prompt, text, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(session_id, a.step.value, a.index, a.prompt, a.text, a.at)
             for a in session.answers])
        conn.executemany(
            "INSERT INTO choices (session_id, stage, question_index, option_index, question, "
            "option, recommended, feedback, at, option_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(session_id, c.stage.value, c.question_index, c.option_index, c.question,
              c.option, int(c.recommended), c.feedback, c.at, c.option_id)
             for c in session.choices])
        if session.dialogue is not None:
            self._path_steps(conn, session_id, session, None)
        return session_id

    def record(self, conn: sqlite3.Connection, session: PracticeSession, change: Change) -> None:
        session_id = session.id
        conn.execute(self._update, {"id": session_id, **_scalars(session)})
        if change.kind is ChangeKind.ANSWER:
            assert change.step is not None and change.index is not None
            answer = session.get_answer(change.step, change.index)
            if answer is None:
                conn.execute("DELETE FROM answers WHERE session_id = ? AND step = ? "
                             "AND prompt_index = ?",
                             (session_id, change.step.value, change.index))
            else:
                conn.execute(
                    "INSERT INTO answers (session_id, step, prompt_index, prompt, text, at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, step, prompt_index) "
                    "DO UPDATE SET prompt = excluded.prompt, text = excluded.text, "
                    "at = excluded.at",
                    (session_id, answer.step.value, answer.index, answer.prompt, answer.text,
                     answer.at))
        elif change.kind is ChangeKind.CHOICE:
            assert change.step is not None and change.index is not None
            record = session.choice(change.step, change.index)
            assert record is not None
            conn.execute(
                "INSERT OR REPLACE INTO choices (session_id, stage, question_index, "
                "option_index, question, option, recommended, feedback, at, option_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, record.stage.value, record.question_index, record.option_index,
                 record.question, record.option, int(record.recommended), record.feedback,
                 record.at, record.option_id))
        elif change.kind is ChangeKind.WALK:
            self._path_steps(conn, session_id, session, set(change.seqs))

    @staticmethod
    def _path_steps(conn: sqlite3.Connection, session_id: int | None, session: PracticeSession,
                    seqs: set[int] | None) -> None:
        assert session.dialogue is not None
        steps = [s for s in session.dialogue.history if seqs is None or s.seq in seqs]
        conn.executemany(
            "INSERT OR REPLACE INTO path_steps (session_id, seq, node_id, choice_index, text, "
            "rating, target, feedback, at, undone, choice_id, own_words) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(session_id, s.seq, s.node_id, s.choice_index, s.text, s.rating.value, s.target,
              s.feedback, s.at, int(s.undone), s.choice_id, s.own_words) for s in steps])


def load_session(conn: sqlite3.Connection, session_id: int) -> dict[str, Any]:
    """The stored session as `PracticeSession.to_dict()` data; KeyError if there is none."""
    cursor = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,))
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    if found is None:
        raise KeyError(session_id)
    row = dict(zip(names, found, strict=True))
    return session_dict(row, *child_rows(conn, session_id))


# The child columns `session_dict` reads, in this order (export.collect selects them too).
CHOICE_COLUMNS = ("stage, question_index, option_index, question, option, recommended, "
                  "feedback, at, option_id")
STEP_COLUMNS = ("seq, node_id, choice_index, text, rating, target, feedback, at, undone, "
                "choice_id, own_words")


def child_rows(conn: sqlite3.Connection, session_id: int) -> tuple[list, list, list]:
    answers = conn.execute(
        "SELECT step, prompt_index, prompt, text, at FROM answers WHERE session_id = ? "
        "ORDER BY id", (session_id,)).fetchall()
    choices = conn.execute(
        f"SELECT {CHOICE_COLUMNS} FROM choices WHERE session_id = ?", (session_id,)).fetchall()
    steps = conn.execute(
        f"SELECT {STEP_COLUMNS} FROM path_steps WHERE session_id = ? ORDER BY seq",
        (session_id,)).fetchall()
    return answers, choices, steps


def session_dict(row: dict[str, Any], answers: list, choices: list,
                 steps: list) -> dict[str, Any]:
    """Assemble `to_dict()` data from a sessions row (as a dict) and its child rows."""
    return {
        "format": DICT_FORMAT,
        "id": row["id"],
        "uid": row["uid"],
        "order_seed": row.get("order_seed") or row["uid"],
        "kind": row["kind"],
        "scenario_id": row["scenario_id"],
        "scenario_title": row["scenario_title"],
        "scenario_digest": row.get("scenario_digest"),
        "focus_node": row["focus_node"],
        "title": row["title"],
        "step": row["step"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "finished_at": row["finished_at"],
        "answers": [{"step": a[0], "index": a[1], "prompt": a[2], "text": a[3], "at": a[4]}
                    for a in answers],
        "choices": [{"stage": c[0], "question_index": c[1], "option_index": c[2],
                     "option_id": c[8], "question": c[3], "option": c[4],
                     "recommended": bool(c[5]), "feedback": c[6], "at": c[7]}
                    for c in choices],
        "hints_seen": json.loads(row["hints_seen"]),
        "walk": [{"seq": s[0], "node_id": s[1], "choice_index": s[2], "choice_id": s[9],
                  "text": s[3], "rating": s[4], "target": s[5], "feedback": s[6], "at": s[7],
                  "undone": bool(s[8]), "own_words": s[10] or ""} for s in steps],
        "thoughts_seen": json.loads(row["thoughts_seen"]),
        "own_words_draft": row.get("own_words_draft") or "",
        "instruments": {
            "strain_before": row["strain_before"], "strain_after": row["strain_after"],
            "feelings": json.loads(row["feelings"]), "helps": json.loads(row["helps"]),
            "helps_other": row["helps_other"], "takeaway": row["takeaway"],
        },
        "reflection": row["reflection"],
        "personal_data": bool(row.get("personal_data", 0)),
    }
