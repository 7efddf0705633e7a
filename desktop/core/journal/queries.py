"""Read-only queries: the journal list, full-text search, practice counts and statistics.

All functions take an open `sqlite3.Connection` and return plain records. They are written for
the indices of `schema.py`: listing walks `sessions_created` (or the kind/scenario index)
newest first and stops after `limit`; search walks each FTS5 table in descending rowid order,
which FTS5 serves without ranking every match, so a common word stays as fast as a rare one.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.core.journal.entry import EntryView, entry_view
from desktop.core.journal.records import (
    SearchHit,
    SessionFilter,
    SessionInfo,
    StageRatings,
    StrainPoint,
    Totals,
    WeekCount,
)
from desktop.core.journal.sessions_sql import load_session
from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios.model import Rating, Stage

_SESSION_COLUMNS = """
    s.id, s.uid, s.kind, s.scenario_id, s.scenario_title, s.title, s.step, s.created_at,
    s.updated_at, s.finished_at, s.strain_before, s.strain_after,
    (SELECT group_concat(t.tag, char(31)) FROM tags t WHERE t.session_id = s.id) AS tags,
    s.personal_data
"""
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


def session_info(row: tuple[Any, ...]) -> SessionInfo:
    tags = tuple(sorted(row[12].split("\x1f"))) if row[12] else ()
    kind = SessionKind(row[2])
    return SessionInfo(row[0], row[1], kind, row[3], row[4], row[5] or row[4] or kind.label,
                       row[5], Step(row[6]), row[7], row[8], row[9], row[10], row[11], tags,
                       bool(row[13]))


def bound(value: datetime | date) -> str:
    """A filter bound as a stored timestamp; a date or naive datetime means local time."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC).isoformat(timespec="milliseconds")


def _where(filters: SessionFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.kind is not None:
        clauses.append("s.kind = ?")
        params.append(SessionKind(filters.kind).value)
    if filters.scenario_id is not None:
        clauses.append("s.scenario_id = ?")
        params.append(filters.scenario_id)
    if filters.stage is not None:
        # EXISTS probes the (session_id, step, prompt_index) index per listed row: cheap
        # when most sessions have answers, which is the common case.
        clauses.append("EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id "
                       "AND a.step = ?)")
        params.append(str(filters.stage))
    if filters.tag is not None:
        clauses.append("s.id IN (SELECT session_id FROM tags WHERE tag = ?)")
        params.append(filters.tag)
    if filters.since is not None:
        clauses.append("s.created_at >= ?")
        params.append(bound(filters.since))
    if filters.until is not None:
        until = filters.until
        if not isinstance(until, datetime):  # a date is inclusive: up to its end
            until = until + timedelta(days=1)
        clauses.append("s.created_at < ?")
        params.append(bound(until))
    if filters.finished is not None:
        clauses.append("s.finished_at IS NOT NULL" if filters.finished
                       else "s.finished_at IS NULL")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_sessions(conn: sqlite3.Connection, filters: SessionFilter = SessionFilter(),
                  offset: int = 0, limit: int = 100,
                  after: tuple[str, int] | None = None,
                  oldest_first: bool = False) -> list[SessionInfo]:
    """Sessions newest first (by start), `limit` of them from `offset`, or right after the
    row `after` = (created_at, id): paging by the last row seen stays as fast on page 500 as
    on page 1, where OFFSET makes SQLite step over every row before it. `oldest_first`
    walks the other way (the end of the list, or the page before a known row)."""
    where, params = _where(filters)
    if after is not None:
        compare = ">" if oldest_first else "<"
        where += (" AND " if where else " WHERE ") + f"(s.created_at, s.id) {compare} (?, ?)"
        params = [*params, *after]
    order = "ASC" if oldest_first else "DESC"
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions s{where} "
        f"ORDER BY s.created_at {order}, s.id {order} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return [session_info(r) for r in rows]


def position(conn: sqlite3.Connection, filters: SessionFilter, session_id: int) -> int:
    """The row of a session in the filtered list, newest first (-1 if the filters drop it)."""
    row = conn.execute("SELECT created_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
    where, params = _where(filters)
    if row is None:
        return -1
    keep = where + (" AND " if where else " WHERE ") + "s.id = ?"
    if conn.execute(f"SELECT 1 FROM sessions s{keep}", [*params, session_id]).fetchone() is None:
        return -1
    where += (" AND " if where else " WHERE ") + "(s.created_at, s.id) > (?, ?)"
    return int(conn.execute(f"SELECT count(*) FROM sessions s{where}",
                            [*params, row[0], session_id]).fetchone()[0])


def count_sessions(conn: sqlite3.Connection, filters: SessionFilter = SessionFilter()) -> int:
    where, params = _where(filters)
    return int(conn.execute(f"SELECT count(*) FROM sessions s{where}", params).fetchone()[0])


def session_ids(conn: sqlite3.Connection, filters: SessionFilter = SessionFilter()) -> list[int]:
    """The ids of every session the filters keep, in list order (newest first)."""
    where, params = _where(filters)
    return [r[0] for r in conn.execute(
        f"SELECT s.id FROM sessions s{where} ORDER BY s.created_at DESC, s.id DESC", params)]


def get_info(conn: sqlite3.Connection, session_id: int) -> SessionInfo | None:
    row = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.id = ?",
                       (session_id,)).fetchone()
    return session_info(row) if row else None


def entry(conn: sqlite3.Connection, session_id: int) -> EntryView:
    """One session with its tags, feedback and shares as an `EntryView`; KeyError if none."""
    data = load_session(conn, session_id)
    data["tags"] = [r[0] for r in conn.execute(
        "SELECT tag FROM tags WHERE session_id = ? ORDER BY tag", (session_id,))]
    data["feedback"] = [
        {"stage": r[0], "text": r[1], "sender": r[2], "received_at": r[3]}
        for r in conn.execute("SELECT stage, text, sender, received_at FROM feedback "
                              "WHERE session_id = ? ORDER BY received_at, id", (session_id,))]
    data["shares"] = [{"shared_at": r[0], "file_name": r[1]} for r in conn.execute(
        "SELECT shared_at, file_name FROM shares WHERE session_id = ? ORDER BY shared_at, id",
        (session_id,))]
    return entry_view(data)


def latest_unfinished(conn: sqlite3.Connection,
                      kind: SessionKind | None = None) -> SessionInfo | None:
    """The draft changed last (served by the partial index `sessions_open`)."""
    sql = f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.finished_at IS NULL"
    params: list[Any] = []
    if kind is not None:
        sql += " AND s.kind = ?"
        params.append(SessionKind(kind).value)
    row = conn.execute(sql + " ORDER BY s.updated_at DESC LIMIT 1", params).fetchone()
    return session_info(row) if row else None


def scenario_walks(conn: sqlite3.Connection, scenario_id: str,
                   exclude: int | None = None) -> list[tuple[int, str, tuple[str, ...]]]:
    """(session id, created_at, visited node ids) of every walk through one scenario's dialogue
    in this journal (the user's own, never anyone else's), oldest first; `exclude` is the
    session being shown. A walk is its active path: the choices not taken back."""
    walks: dict[int, tuple[str, list[str]]] = {}
    for session_id, created, node_id, target in conn.execute(
            "SELECT s.id, s.created_at, p.node_id, p.target FROM path_steps p "
            "JOIN sessions s ON s.id = p.session_id "
            "WHERE s.scenario_id = ? AND p.undone = 0 AND s.id IS NOT ? "
            "ORDER BY s.created_at, s.id, p.seq", (scenario_id, exclude)):
        walk = walks.setdefault(session_id, (created, [node_id]))
        walk[1].append(target)
    return [(sid, created, tuple(nodes)) for sid, (created, nodes) in walks.items()]


def pending_takeaway(conn: sqlite3.Connection) -> str | None:
    """The takeaway of the newest session if it is finished and no practice began since (a
    Zwischendurch's one line counts as its takeaway); None otherwise. So the start page shows
    it once: until the next session starts."""
    row = conn.execute(
        "SELECT kind, takeaway, reflection, finished_at FROM sessions "
        "ORDER BY created_at DESC, id DESC LIMIT 1").fetchone()
    if row is None or row[3] is None:
        return None
    text = row[2] if row[0] == SessionKind.ZWISCHENDURCH.value else row[1]
    return text.strip() or None


# -- search -------------------------------------------------------------------------------

def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word must occur, the last as a prefix.

    Quoting every word keeps FTS5 syntax (AND, quotes, colons, parentheses) out of user input,
    so no query can be a syntax error. Only the last word is a prefix (the one being typed):
    a prefix expands to every matching term, and one expansion per query keeps search fast.
    """
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])


def marked(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip the FTS5 highlight markers; return the text and the marked spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = 0
    for part in re.split(f"([{_MARK_OPEN}{_MARK_CLOSE}])", text):
        if part == _MARK_OPEN:
            start = length
        elif part == _MARK_CLOSE:
            spans.append((start, length))
        else:
            out.append(part)
            length += len(part)
    return "".join(out), tuple(spans)


def _label(title: str, scenario_title: str | None, kind: str) -> str:
    return title or scenario_title or SessionKind(kind).label


def search(conn: sqlite3.Connection, text: str, limit: int = 50,
           filters: SessionFilter | None = None) -> list[SearchHit]:
    """Texts matching all words of `text`, newest sessions first, at most `limit` hits.

    `filters` narrows the hits to sessions the journal list would show with them.
    """
    query = fts_query(text)
    if query is None:
        return []
    where, extra = _where(filters or SessionFilter())
    narrow = where.replace(" WHERE ", " AND ", 1)
    marks = f"char({ord(_MARK_OPEN)}), char({ord(_MARK_CLOSE)})"
    hits: list[SearchHit] = []
    for row in conn.execute(
            "SELECT s.id, s.kind, s.created_at, s.title, s.scenario_title, a.step, a.prompt, "
            f"snippet(answers_fts, 0, {marks}, '…', 16) "
            "FROM answers_fts JOIN answers a ON a.id = answers_fts.rowid "
            "JOIN sessions s ON s.id = a.session_id "
            f"WHERE answers_fts MATCH ?{narrow} ORDER BY answers_fts.rowid DESC LIMIT ?",
            (query, *extra, limit)):
        snippet, spans = marked(row[7])
        hits.append(SearchHit(row[0], SessionKind(row[1]), row[2], _label(row[3], row[4], row[1]),
                              "answer", Step(row[5]), row[6], snippet, spans))
    columns = ("title", "takeaway", "helps_other", "reflection")
    highlights = ", ".join(f"highlight(sessions_fts, {i}, {marks})" for i in range(4))
    for row in conn.execute(
            f"SELECT s.id, s.kind, s.created_at, s.title, s.scenario_title, {highlights} "
            "FROM sessions_fts JOIN sessions s ON s.id = sessions_fts.rowid "
            f"WHERE sessions_fts MATCH ?{narrow} ORDER BY sessions_fts.rowid DESC LIMIT ?",
            (query, *extra, limit)):
        for source, value in zip(columns, row[5:], strict=True):
            if value and _MARK_OPEN in value:
                snippet, spans = marked(value)
                hits.append(SearchHit(row[0], SessionKind(row[1]), row[2],
                                      _label(row[3], row[4], row[1]), source, None, None,
                                      snippet, spans))
    for row in conn.execute(
            "SELECT s.id, s.kind, s.created_at, s.title, s.scenario_title, f.stage, "
            f"snippet(feedback_fts, 0, {marks}, '…', 16) "
            "FROM feedback_fts JOIN feedback f ON f.id = feedback_fts.rowid "
            "JOIN sessions s ON s.id = f.session_id "
            f"WHERE feedback_fts MATCH ?{narrow} ORDER BY feedback_fts.rowid DESC LIMIT ?",
            (query, *extra, limit)):
        snippet, spans = marked(row[6])
        hits.append(SearchHit(row[0], SessionKind(row[1]), row[2], _label(row[3], row[4], row[1]),
                              "feedback", Step(row[5]) if row[5] else None, None, snippet, spans))
    hits.sort(key=lambda h: (h.created_at, h.session_id), reverse=True)
    return hits[:limit]


# -- practice counts and statistics ---------------------------------------------------------

def scenario_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Sessions per scenario id (Übung and Zwischendurch), for preferring the least practised."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT scenario_id, count(*) FROM sessions WHERE scenario_id IS NOT NULL "
        "GROUP BY scenario_id")}


def review_attempts(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(scenario_id, node_id, at, rating) of the first choice at each node in each session,
    oldest first (then by session and step): the whole history the review schedule can be
    replayed from (practice/review.py; the app keeps it per moment: review_cards.py)."""
    return [tuple(r) for r in conn.execute(
        "SELECT scenario_id, node_id, at, rating FROM ("
        " SELECT s.scenario_id, p.node_id, p.at, p.rating, p.session_id, p.seq,"
        "  row_number() OVER (PARTITION BY p.session_id, p.node_id ORDER BY p.seq) AS n"
        " FROM path_steps p JOIN sessions s ON s.id = p.session_id"
        " WHERE s.scenario_id IS NOT NULL"
        ") WHERE n = 1 ORDER BY at, session_id, seq")]


def moment_attempts(conn: sqlite3.Connection, scenario_id: str,
                    node_id: str) -> sqlite3.Cursor:
    """(at, rating) of the first choice at one moment in each session, in the order of
    `review_attempts`; a cursor, read row by row. Found through the scenario's sessions
    (index sessions_scenario) and their steps (primary key), never a scan of all steps."""
    return conn.execute(
        "SELECT p.at, p.rating FROM sessions s JOIN path_steps p ON p.session_id = s.id "
        "WHERE s.scenario_id = ? AND p.node_id = ? AND NOT EXISTS ("
        " SELECT 1 FROM path_steps q WHERE q.session_id = p.session_id"
        " AND q.node_id = p.node_id AND q.seq < p.seq) "
        "ORDER BY p.at, p.session_id, p.seq", (scenario_id, node_id))


def scenario_status(conn: sqlite3.Connection) -> dict[str, str]:
    """Per scenario with an Übung: "done" if one was finished, else "in_progress"."""
    return {r[0]: "done" if r[1] else "in_progress" for r in conn.execute(
        "SELECT scenario_id, max(finished_at IS NOT NULL) FROM sessions "
        "WHERE kind = 'uebung' GROUP BY scenario_id")}


def node_counts(conn: sqlite3.Connection, scenario_id: str) -> dict[str, int]:
    """For one scenario: in how many sessions a choice was made at each dialogue node."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT p.node_id, count(DISTINCT p.session_id) FROM sessions s "
        "JOIN path_steps p ON p.session_id = s.id WHERE s.scenario_id = ? GROUP BY p.node_id",
        (scenario_id,))}


def sessions_per_week(conn: sqlite3.Connection, since: date | None = None) -> list[WeekCount]:
    """Sessions per week (local time, weeks starting Monday), oldest first."""
    sql = ("SELECT date(created_at, 'localtime', 'weekday 0', '-6 days') AS week, count(*) "
           "FROM sessions")
    params: list[Any] = []
    if since is not None:
        sql += " WHERE created_at >= ?"
        params.append(bound(since))
    rows = conn.execute(sql + " GROUP BY week ORDER BY week", params).fetchall()
    return [WeekCount(date.fromisoformat(r[0]), r[1]) for r in rows]


def practice_days(conn: sqlite3.Connection, since: date | None = None) -> list[date]:
    """The local calendar days with at least one session, oldest first."""
    sql = "SELECT DISTINCT date(created_at, 'localtime') AS day FROM sessions"
    params: list[Any] = []
    if since is not None:
        sql += " WHERE created_at >= ?"
        params.append(bound(since))
    return [date.fromisoformat(r[0]) for r in conn.execute(sql + " ORDER BY day", params)]


def count_expired_own_cases(conn: sqlite3.Connection, cutoff: str) -> int:
    """Eigener-Fall entries not changed since `cutoff` (what retention would delete)."""
    return int(conn.execute("SELECT count(*) FROM sessions WHERE kind = 'eigener-fall' "
                            "AND updated_at < ?", (cutoff,)).fetchone()[0])


def strain_series(conn: sqlite3.Connection, since: date | None = None) -> list[StrainPoint]:
    """Strain before and after per session over time (from `since`), oldest first."""
    sql = ("SELECT id, created_at, kind, strain_before, strain_after FROM sessions "
           "WHERE (strain_before IS NOT NULL OR strain_after IS NOT NULL)")
    params: list[Any] = []
    if since is not None:
        sql += " AND created_at >= ?"
        params.append(bound(since))
    rows = conn.execute(sql + " ORDER BY created_at", params).fetchall()
    return [StrainPoint(r[0], r[1], SessionKind(r[2]), r[3], r[4]) for r in rows]


def ratings_per_stage(conn: sqlite3.Connection) -> dict[Stage, StageRatings]:
    """Auswahl answers recommended or not per stage; dialogue ratings on walked paths."""
    counts: dict[Stage, dict[str, int]] = {s: {} for s in Stage}
    for stage, recommended, other in conn.execute(
            "SELECT stage, sum(recommended), sum(1 - recommended) FROM choices GROUP BY stage"):
        counts[Stage(stage)].update(recommended=recommended, other=other)
    ratings = {Rating.HILFREICH: "hilfreich", Rating.TEILS: "teils",
               Rating.UNGUENSTIG: "unguenstig"}
    for rating, number in conn.execute(
            "SELECT rating, count(*) FROM path_steps WHERE undone = 0 GROUP BY rating"):
        counts[Stage.REAGIEREN][ratings[Rating(rating)]] = number
    return {stage: StageRatings(**values) for stage, values in counts.items()}


def totals(conn: sqlite3.Connection) -> Totals:
    by_kind = {r[0]: r[1] for r in conn.execute(
        "SELECT kind, count(*) FROM sessions GROUP BY kind")}
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return Totals(
        sessions=sum(by_kind.values()),
        by_kind=by_kind,
        unfinished=one("SELECT count(*) FROM sessions WHERE finished_at IS NULL"),
        answers=one("SELECT count(*) FROM answers"),
        tags=one("SELECT count(DISTINCT tag) FROM tags"),
        feedback=one("SELECT count(*) FROM feedback"),
        shares=one("SELECT count(*) FROM shares"),
        first=one("SELECT min(created_at) FROM sessions"),
        last=one("SELECT max(created_at) FROM sessions"),
    )
