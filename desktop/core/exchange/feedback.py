"""The feedback package (supervisor → caseworker): format, building, reading, importing.

    {"format": "gespraechskompass-rueckmeldung", "version": 1,
     "created": "2025-03-20", "pseudonym": "Kompass-17",   # whose entries it answers
     "sender": "…",                                        # how the supervisor signs, may be ""
     "comments": [{"id": 32 hex, "entry": 32 hex,          # the share file's entry id
                   "stage": "deuten" | … | null,           # null: about the whole entry
                   "text": "…", "written": day}],          # 1 … 5000
     "sha256": "…"}

Read with the same strict checks as a share file (strict.py). Comment texts are anonymised on
the way out like every text that leaves a PC; the sender line is the supervisor's own chosen
signature and is only normalised (it names the supervisor on purpose, never a client). Importing on the caseworker's side matches each
comment to a journal entry by recomputing the entry id from the journal's uids, stores new
comments with `journal.feedback.add` in one transaction (all or nothing) and skips comments
already received (same entry, stage, text, sender and day), so importing a file twice, or a
later file that repeats earlier comments, adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.exchange.clean import Cleaner, normalise
from desktop.core.exchange.errors import ExchangeError, PackageRefused
from desktop.core.exchange.share import (
    PSEUDONYM,
    SHARE,
    check_incoming_pseudonym,
    entry_id,
    slug,
)
from desktop.core.exchange.strict import (
    HEX32,
    HEX64,
    Day,
    Format,
    Integer,
    ListOf,
    Record,
    Text,
    file_bytes,
    read_bytes,
    read_document,
    seal,
    unique,
)
from desktop.core.journal.records import SessionFilter
from desktop.core.scenarios.model import Stage

if TYPE_CHECKING:
    from desktop.core.journal import Journal

FEEDBACK_FORMAT = "gespraechskompass-rueckmeldung"
FEEDBACK_VERSION = 1
MAX_COMMENTS = 5000
MAX_COMMENT = 10_000
MAX_SENDER = 100
_PAGE = 1000

COMMENT = Record({
    "id": Text(32, pattern=HEX32),
    "entry": Text(32, pattern=HEX32),
    "stage": Text(20, nullable=True, choices=frozenset(s.value for s in Stage)),
    "text": Text(MAX_COMMENT, 1),
    "written": Day(),
})
FEEDBACK_SPEC = Record({
    "format": Text(60, choices=frozenset({FEEDBACK_FORMAT})),
    "version": Integer(FEEDBACK_VERSION, FEEDBACK_VERSION),
    "created": Day(),
    "pseudonym": Text(40, 1, pattern=PSEUDONYM),
    "sender": Text(MAX_SENDER),
    "comments": ListOf(COMMENT, MAX_COMMENTS, 1),
    "sha256": Text(64, pattern=HEX64),
})
FEEDBACK = Format(FEEDBACK_FORMAT, FEEDBACK_VERSION, FEEDBACK_SPEC, "eine Rückmeldungsdatei")


@dataclass(frozen=True)
class OutgoingComment:
    """A supervisor's comment as it goes into a feedback file."""

    id: str
    entry: str
    stage: str | None
    text: str
    written: str  # YYYY-MM-DD


@dataclass(frozen=True)
class FeedbackBuild:
    document: dict[str, Any]
    data: bytes
    file_name: str
    replaced: int


def build_feedback(pseudonym: str, sender: str, comments: Sequence[OutgoingComment],
                   today: date) -> FeedbackBuild:
    """One sealed feedback package for one pseudonym; read back through the importer's checks."""
    if not comments:
        raise ExchangeError(f"Für „{pseudonym}“ gibt es noch keine Kommentare.")
    cleaner = Cleaner()
    items = []
    for comment in comments:
        text = cleaner.free((comment.id,), comment.text, "einem Kommentar")
        if text:
            items.append({"id": comment.id, "entry": comment.entry, "stage": comment.stage,
                          "text": text, "written": comment.written})
    if not items:
        raise ExchangeError(f"Für „{pseudonym}“ gibt es noch keine Kommentare.")
    document = seal({"format": FEEDBACK_FORMAT, "version": FEEDBACK_VERSION,
                     "created": today.isoformat(), "pseudonym": pseudonym,
                     "sender": " ".join(normalise(sender).split())[:MAX_SENDER],
                     "comments": items})
    data = file_bytes(document)
    try:
        read_feedback(data)
    except PackageRefused as exc:
        raise ExchangeError(f"Die Rückmeldung kann so nicht geschrieben werden: {exc}") from exc
    name = f"rueckmeldung_{today.isoformat()}_{slug(pseudonym)}_{document['sha256'][:8]}.json"
    return FeedbackBuild(document, data, name, cleaner.replaced)


def read_feedback(raw: bytes) -> dict[str, Any]:
    """A feedback file's bytes, checked completely; raises PackageRefused (German)."""
    document = read_document(raw, FEEDBACK, (SHARE,))
    check_incoming_pseudonym(document["pseudonym"])
    unique([c["id"] for c in document["comments"]], "Kommentarkennung")
    return document


@dataclass(frozen=True)
class FeedbackImport:
    """What importing a feedback file did."""

    added: int
    duplicates: int
    unmatched: int
    sender: str
    pseudonym: str

    def message(self) -> str:
        """A German summary for the command line and the log."""
        parts = [f"{self.added} Rückmeldung(en) übernommen"]
        if self.duplicates:
            parts.append(f"{self.duplicates} waren schon vorhanden")
        if self.unmatched:
            parts.append(f"{self.unmatched} gehören zu Einträgen, die nicht (mehr) in Ihrem "
                         "Journal sind")
        return "; ".join(parts) + "."


def _sessions_by_entry_id(journal: Journal, wanted: set[str]) -> dict[str, int]:
    """Journal ids of the entries behind these entry ids (entries with personal data never)."""
    found: dict[str, int] = {}
    offset = 0
    while len(found) < len(wanted):
        page = journal.list_sessions(SessionFilter(), offset, _PAGE)
        for info in page:
            if not info.personal_data:
                eid = entry_id(info.uid)
                if eid in wanted:
                    found[eid] = info.id
        if len(page) < _PAGE:
            break
        offset += len(page)
    return found


def import_feedback(journal: Journal, raw: bytes, *, pseudonym: str) -> FeedbackImport:
    """Store a feedback file's comments beside their entries; all or nothing.

    `pseudonym` is the one this user shares under (the setting): feedback made for another
    pseudonym is refused even if it names entry ids of this journal (they are in the share
    files, so anyone who read one could address them). Raises PackageRefused for a file that
    fails the checks, is for another pseudonym or answers none of this journal's entries; in
    each case the journal is unchanged.
    """
    document = read_feedback(raw)
    if not pseudonym:
        raise PackageRefused("Sie haben noch unter keinem Pseudonym geteilt; eine Rückmeldung "
                             "kann deshalb keinem Ihrer Einträge gehören.")
    if document["pseudonym"] != pseudonym:
        raise PackageRefused(f"Diese Rückmeldung ist für das Pseudonym "
                             f"„{document['pseudonym']}“ bestimmt; Sie teilen unter "
                             f"„{pseudonym}“. Vielleicht ist sie für jemand anderen bestimmt.")
    comments = document["comments"]
    sessions = _sessions_by_entry_id(journal, {c["entry"] for c in comments})
    if not sessions:
        raise PackageRefused("Keiner der Einträge, zu denen diese Rückmeldung etwas sagt, ist "
                             "in Ihrem Journal. Vielleicht ist sie für jemand anderen bestimmt, "
                             "oder die Einträge wurden inzwischen gelöscht.")
    sender = document["sender"]
    added = duplicates = unmatched = 0
    known: dict[int, set[tuple[str | None, str, str, str | None]]] = {}
    new: list[tuple[int, dict[str, Any]]] = []
    for comment in comments:
        session_id = sessions.get(comment["entry"])
        if session_id is None:
            unmatched += 1
            continue
        if session_id not in known:
            known[session_id] = {(r.stage.value if r.stage else None, r.text, r.sender,
                                  r.written_at) for r in journal.feedback.for_session(session_id)}
        fingerprint = (comment["stage"], comment["text"], sender, comment["written"])
        if fingerprint in known[session_id]:
            duplicates += 1
            continue
        known[session_id].add(fingerprint)
        new.append((session_id, comment))
    with journal.db.atomic():
        for session_id, comment in new:
            journal.feedback.add(session_id, comment["text"], stage=comment["stage"],
                                 sender=sender, written_at=comment["written"])
            added += 1
    return FeedbackImport(added, duplicates, unmatched, sender, document["pseudonym"])


def import_feedback_file(journal: Journal, path: Path, *, pseudonym: str) -> FeedbackImport:
    """`import_feedback` for a file; its size is checked before it is read."""
    try:
        return import_feedback(journal, read_bytes(path), pseudonym=pseudonym)
    except PackageRefused as exc:
        raise PackageRefused(f"Die Rückmeldung „{path.name}“ wurde nicht übernommen: {exc}") \
            from exc
