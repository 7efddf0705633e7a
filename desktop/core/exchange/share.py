"""The share package (caseworker → supervisor): format, entry ids, building, writing, reading.

A share file is one JSON object (see strict.py for sealing and reading):

    {"format": "gespraechskompass-freigabe", "version": 1,
     "created": "2025-03-14",                # the day it was written, nothing finer
     "pseudonym": "Kompass-17",              # chosen once by the user, kept in the settings
     "entries": [ENTRY, …],                  # 1 … 200
     "sha256": "…"}                          # over the canonical form of everything else

    ENTRY = {"id": 32 hex, "kind": "uebung" | "zwischendurch" | "eigener-fall",
             "scenario_id": slug | null, "scenario_title": text | null, "title": text,
             "focus_node": slug | null, "created": day, "finished": day | null,
             "answers": [{"step", "index", "prompt", "text"}],
             "choices": [{"stage", "question", "option", "option_id", "recommended"}],
             "path": [{"node", "node_title", "text", "choice_id", "rating", "undone"}],
             "strain_before": 0–10 | null, "strain_after": 0–10 | null,
             "feelings": [text], "helps": [text], "helps_other": text,
             "takeaway": text, "reflection": text}

`option_id` and `choice_id` name the option chosen (see practice/order.py), never the place it
was shown; files written before they existed lack them and are still read.

No user, machine or folder name, no time of day, no journal row id, no session uid.

The entry id. Feedback must find its way back to the entry it is about, so the id is stable per
entry: the first 128 bits of SHA-256 over a fixed purpose prefix and the session's uid. The uid
is a random UUID that never leaves the PC, so the id says nothing about who wrote the entry or
on which machine, and two entries of the same person share nothing but the pseudonym they were
shared under. Hashing rather than sending the uid keeps the id apart from the uid that appears
in the caseworker's own exports (file names carry its first characters), and the same entry
shared twice gets the same id, so the supervisor's workspace recognises it as a duplicate.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.exchange.clean import Cleaner, Key, Spans, scenario_texts
from desktop.core.exchange.errors import ExchangeError, NothingToShare, PackageRefused
from desktop.core.exchange.strict import (
    CONTROL,
    HEX32,
    HEX64,
    SLUG,
    Boolean,
    Day,
    Format,
    Integer,
    ListOf,
    Record,
    Text,
    file_bytes,
    read_document,
    seal,
    unique,
)
from desktop.core.journal.entry import (
    AnswerItem,
    ChoiceItem,
    CommentItem,
    EntryFacts,
    EntryView,
    InstrumentsItem,
    PathItem,
    sections,
)
from desktop.core.practice.catalog import FEELINGS, HELPS, SessionKind, Step
from desktop.core.practice.order import text_id
from desktop.core.practice.state import parse_rating
from desktop.core.privacy import detect
from desktop.core.scenarios.model import Rating, Scenario, Stage

SHARE_FORMAT = "gespraechskompass-freigabe"
SHARE_VERSION = 1
MAX_ENTRIES = 200
MAX_TEXT = 20_000
MAX_LABEL = 2_000
MAX_TITLE = 300
_ID_PREFIX = b"gespraechskompass/eintrag/v1\x00"
PSEUDONYM = re.compile(r"[^\W_](?:[\w .-]{0,38}[^\W_])?")

_KINDS = frozenset(k.value for k in SessionKind)
_STEPS = frozenset(s.value for s in Step)
_STAGES = frozenset(s.value for s in Stage)
_RATINGS = frozenset(r.value for r in Rating)

ANSWER = Record({"step": Text(20, choices=_STEPS), "index": Integer(0, 99),
                 "prompt": Text(MAX_LABEL), "text": Text(MAX_TEXT, 1)})
OPTION_ID = Text(12, 8, pattern=re.compile(r"[0-9a-f]{8}(?:-[0-9]{1,3})?"))
CHOICE = Record({"stage": Text(20, choices=_STAGES), "question": Text(MAX_LABEL),
                 "option": Text(MAX_LABEL), "option_id": OPTION_ID, "recommended": Boolean()},
                optional=frozenset({"option_id"}))
PATH_STEP = Record({"node": Text(80, pattern=SLUG), "node_title": Text(MAX_TITLE, nullable=True),
                    "text": Text(MAX_LABEL), "choice_id": OPTION_ID,
                    "rating": Text(20, choices=_RATINGS), "undone": Boolean()},
                   optional=frozenset({"choice_id"}))
ENTRY = Record({
    "id": Text(32, pattern=HEX32),
    "kind": Text(20, choices=_KINDS),
    "scenario_id": Text(80, nullable=True, pattern=SLUG),
    "scenario_title": Text(MAX_TITLE, nullable=True),
    "title": Text(MAX_TITLE),
    "focus_node": Text(80, nullable=True, pattern=SLUG),
    "created": Day(),
    "finished": Day(nullable=True),
    "answers": ListOf(ANSWER, 100),
    "choices": ListOf(CHOICE, 100),
    "path": ListOf(PATH_STEP, 500),
    "strain_before": Integer(0, 10, nullable=True),
    "strain_after": Integer(0, 10, nullable=True),
    "feelings": ListOf(Text(100, 1), 30),
    "helps": ListOf(Text(MAX_TITLE, 1), 30),
    "helps_other": Text(MAX_LABEL),
    "takeaway": Text(MAX_TEXT),
    "reflection": Text(MAX_TEXT),
})
SHARE_SPEC = Record({
    "format": Text(60, choices=frozenset({SHARE_FORMAT})),
    "version": Integer(SHARE_VERSION, SHARE_VERSION),
    "created": Day(),
    "pseudonym": Text(40, 1, pattern=PSEUDONYM),
    "entries": ListOf(ENTRY, MAX_ENTRIES, 1),
    "sha256": Text(64, pattern=HEX64),
})
SHARE = Format(SHARE_FORMAT, SHARE_VERSION, SHARE_SPEC, "eine Freigabedatei")


def entry_id(uid: str) -> str:
    """The stable, unlinkable id an entry carries in share and feedback files."""
    return hashlib.sha256(_ID_PREFIX + uid.encode("utf-8")).hexdigest()[:32]


# Letters of other scripts that look like Latin ones (lower case; names are casefolded first):
# enough to see that "Коmpass-17" with a Cyrillic К and о is "Kompass-17" in disguise.
_LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "и": "u", "к": "k", "м": "m",
    "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s",
    "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ь": "b", "ѡ": "w",
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "σ": "o", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ζ": "z", "μ": "u",
})


def pseudonym_skeleton(name: str) -> str:
    """What a pseudonym looks like, for comparing: compatibility forms folded (NFKC), case
    ignored, look-alike letters of other scripts read as Latin."""
    return unicodedata.normalize("NFKC", name).casefold().translate(_LOOKALIKES)


def _scripts(name: str) -> set[str]:
    """The scripts of a name's letters ("LATIN", "CYRILLIC", …), from their Unicode names."""
    scripts = set()
    for char in name:
        if char.isalpha():
            scripts.add(unicodedata.name(char, "UNKNOWN").split(" ")[0])
    return scripts


def check_pseudonym(value: str) -> str:
    """The trimmed pseudonym, or ExchangeError if it is unusable or looks like a real name.

    The same check refuses a pseudonym on import (read_share, read_feedback): no invisible
    characters, no mix of scripts (a Cyrillic "о" in a Latin name), no real-looking name.
    """
    name = " ".join(value.split())
    if not name:
        raise ExchangeError("Bitte wählen Sie ein Pseudonym, unter dem Sie teilen.")
    if CONTROL.search(name) or not PSEUDONYM.fullmatch(name):
        raise ExchangeError("Das Pseudonym darf 1 bis 40 Zeichen lang sein: Buchstaben, "
                            "Ziffern, Leerzeichen, Punkt und Bindestrich; keine unsichtbaren "
                            "Zeichen.")
    if len(_scripts(name)) > 1:
        raise ExchangeError("Das Pseudonym mischt Buchstaben verschiedener Schriften (z. B. "
                            "lateinische und kyrillische). Bitte verwenden Sie nur eine "
                            "Schrift, damit es nicht mit einem anderen verwechselt wird.")
    if detect(name):
        raise ExchangeError("Das Pseudonym sieht aus wie ein echter Name oder enthält "
                            "persönliche Daten. Bitte wählen Sie eines, an dem man Sie nicht "
                            "erkennt, z. B. „Kompass-17“.")
    return name


def day_of(stamp: str | None) -> str | None:
    """A stored UTC timestamp as the local calendar day (YYYY-MM-DD)."""
    if not stamp:
        return None
    return datetime.fromisoformat(stamp).astimezone().date().isoformat()


def slug(text: str) -> str:
    """A file-name-safe form of a pseudonym (ASCII, lower case, hyphens)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:40] or "pseudonym"


@dataclass(frozen=True)
class ShareBuild:
    """A share package ready to write, and what the preview needs to show it."""

    document: dict[str, Any]
    marks: dict[Key, Spans]  # (entry id, field, …) → placeholder spans in that text
    replaced: int  # parts the anonymiser replaced while building
    data: bytes
    file_name: str

    @property
    def entries(self) -> list[dict[str, Any]]:
        return self.document["entries"]

    @property
    def sha256(self) -> str:
        return self.document["sha256"]


def _where(data: Mapping[str, Any]) -> str:
    label = data.get("title") or data.get("scenario_title") or \
        SessionKind(data["kind"]).title
    return f"„{label}“"


@dataclass(frozen=True)
class _Clean:
    """The anonymiser at work on one entry: every text keyed by its place in the document."""

    cleaner: Cleaner
    entry_id: str
    known: frozenset[str]
    where: str

    def free(self, text: str, *path: str | int) -> str:
        return self.cleaner.free((self.entry_id, *path), text, self.where)

    def label(self, text: str, *path: str | int) -> str:
        return self.cleaner.label((self.entry_id, *path), text, self.known, self.where)


def _answers(data: Mapping[str, Any], clean: _Clean) -> list[dict[str, Any]]:
    answers: list[dict[str, Any]] = []
    for answer in data.get("answers", ()):
        i = len(answers)
        text = clean.free(answer["text"], "answers", i, "text")
        if text:
            answers.append({"step": answer["step"], "index": int(answer["index"]),
                            "prompt": clean.label(answer["prompt"], "answers", i, "prompt"),
                            "text": text})
    return answers


def _choices(data: Mapping[str, Any], clean: _Clean) -> list[dict[str, Any]]:
    return [{"stage": c["stage"],
             "question": clean.label(c["question"], "choices", i, "question"),
             "option": clean.label(c["option"], "choices", i, "option"),
             "option_id": str(c.get("option_id") or text_id(c["option"])),
             "recommended": bool(c["recommended"])}
            for i, c in enumerate(data.get("choices", ()))]


def _path(data: Mapping[str, Any], clean: _Clean,
          scenario: Scenario | None) -> list[dict[str, Any]]:
    nodes = {n.id: n for section in scenario.stages for n in section.nodes} if scenario else {}
    path = []
    for i, step in enumerate(sorted(data.get("walk", ()), key=lambda s: s["seq"])):
        node = nodes.get(step["node_id"])
        title = clean.label(node.title, "path", i, "node_title") \
            if node is not None and node.title else None
        path.append({"node": step["node_id"], "node_title": title,
                     "text": clean.label(step["text"], "path", i, "text"),
                     "choice_id": str(step.get("choice_id") or text_id(step["text"])),
                     "rating": parse_rating(str(step["rating"])).value,
                     "undone": bool(step.get("undone", False))})
    return path


def _entry(data: Mapping[str, Any], cleaner: Cleaner,
           scenarios: Mapping[str, Scenario]) -> dict[str, Any]:
    eid = entry_id(str(data["uid"]))
    scenario = scenarios.get(data.get("scenario_id") or "")
    clean = _Clean(cleaner, eid, scenario_texts(scenario), _where(data))
    # In document order: the placeholders are numbered as the anonymiser meets the texts.
    answers, choices, path = _answers(data, clean), _choices(data, clean), \
        _path(data, clean, scenario)
    tools = data.get("instruments") or {}
    scenario_title = data.get("scenario_title")
    return {
        "id": eid,
        "kind": SessionKind(data["kind"]).value,
        "scenario_id": data.get("scenario_id"),
        "scenario_title": clean.label(scenario_title, "scenario_title")
        if scenario_title else None,
        "title": clean.free(data.get("title") or "", "title"),
        "focus_node": data.get("focus_node"),
        "created": day_of(data["created_at"]),
        "finished": day_of(data.get("finished_at")),
        "answers": answers,
        "choices": choices,
        "path": path,
        "strain_before": tools.get("strain_before"),
        "strain_after": tools.get("strain_after"),
        "feelings": cleaner.listed((eid, "feelings"), tools.get("feelings") or (),
                                   frozenset(FEELINGS), clean.where),
        "helps": cleaner.listed((eid, "helps"), tools.get("helps") or (), frozenset(HELPS),
                                clean.where),
        "helps_other": clean.free(tools.get("helps_other") or "", "helps_other"),
        "takeaway": clean.free(tools.get("takeaway") or "", "takeaway"),
        "reflection": clean.free(data.get("reflection") or "", "reflection"),
    }


def build_share(sessions: Sequence[Mapping[str, Any]], pseudonym: str, today: date,
                scenarios: Mapping[str, Scenario] | None = None) -> ShareBuild:
    """Anonymise the sessions (`PracticeSession.to_dict()` data) into one sealed package.

    Raises NothingToShare for an empty choice or an entry kept with personal data, and
    ExchangeError for an unusable pseudonym or a text that stays identifiable. The result is
    read back through the importer's own checks before it is returned, so what is written
    always imports.
    """
    if not sessions:
        raise NothingToShare("Bitte wählen Sie mindestens einen Eintrag zum Teilen.")
    if len(sessions) > MAX_ENTRIES:
        raise NothingToShare(f"Eine Freigabe enthält höchstens {MAX_ENTRIES} Einträge.")
    for data in sessions:
        if data.get("personal_data"):
            raise NothingToShare(
                f"Der Eintrag {_where(data)} enthält ausdrücklich persönliche Daten und bleibt "
                "deshalb auf diesem Computer; er kann nicht geteilt werden.")
    name = check_pseudonym(pseudonym)
    cleaner = Cleaner()
    entries = [_entry(data, cleaner, scenarios or {}) for data in sessions]
    unique([e["id"] for e in entries], "Eintrag")
    document = seal({"format": SHARE_FORMAT, "version": SHARE_VERSION,
                     "created": today.isoformat(), "pseudonym": name, "entries": entries})
    raw = file_bytes(document)
    try:
        read_share(raw)
    except PackageRefused as exc:
        raise ExchangeError(f"Die Freigabe kann so nicht geschrieben werden: {exc}") from exc
    file_name = f"freigabe_{today.isoformat()}_{slug(name)}_{document['sha256'][:8]}.json"
    return ShareBuild(document, cleaner.marks, cleaner.replaced, raw, file_name)


def check_incoming_pseudonym(name: str) -> None:
    """A pseudonym in a file from another PC passes the same checks as one we write."""
    try:
        checked = check_pseudonym(name)
    except ExchangeError as exc:
        raise PackageRefused(f"Ungültiges Pseudonym „{name[:40]}“: {exc}") from None
    if checked != name:
        raise PackageRefused(f"Ungültiges Pseudonym „{name[:40]}“: Es enthält überzählige "
                             "Leerzeichen.")


def _check_entry_sense(entry: Mapping[str, Any], where: str) -> None:
    """What the field checks cannot see: an eigener Fall has no scenario, an Übung has one."""
    own = entry["kind"] == SessionKind.EIGENER_FALL.value
    if own and (entry["scenario_id"] is not None or entry["scenario_title"] is not None
                or entry["focus_node"] is not None or entry["path"] or entry["choices"]):
        raise PackageRefused(f"Ungültiger Inhalt bei „{where}“: Ein eigener Fall hat kein "
                             "Szenario.")
    if not own and entry["scenario_id"] is None:
        raise PackageRefused(f"Ungültiger Inhalt bei „{where}“: Zu einer Übung gehört ein "
                             "Szenario.")


def read_share(raw: bytes) -> dict[str, Any]:
    """A share file's bytes, checked completely; raises PackageRefused (German)."""
    from desktop.core.exchange.feedback import FEEDBACK

    document = read_document(raw, SHARE, (FEEDBACK,))
    check_incoming_pseudonym(document["pseudonym"])
    unique([e["id"] for e in document["entries"]], "Eintragskennung")
    for index, entry in enumerate(document["entries"]):
        _check_entry_sense(entry, f"entries[{index}]")
    return document


def write_file(folder: Path, file_name: str, data: bytes) -> Path:
    """Write atomically into `folder` (created if missing); never overwrites other content."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name
        if target.exists():
            if target.read_bytes() == data:
                return target
            stem, n = target.stem, 2
            while target.exists():
                target = folder / f"{stem}-{n}{target.suffix}"
                n += 1
        tmp = folder / f".{target.name}.tmp"
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        return target
    except OSError as exc:
        raise ExchangeError(f"Die Datei kann im Ordner {folder} nicht geschrieben werden "
                            f"({exc.strerror or exc}). Bitte wählen Sie einen anderen Ordner "
                            "oder wenden Sie sich an Ihre IT.") from exc


def default_folder(settings: Mapping[str, Any] | Any) -> Path:
    """Where share files go: the exchange folder IT set, else the user's documents folder."""
    folder = settings.get("exchange_folder") or ""
    if folder:
        return Path(folder).expanduser()
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


def write_share(build: ShareBuild, folder: Path) -> Path:
    return write_file(folder, build.file_name, build.data)


def entry_view(entry: Mapping[str, Any],
               comments: Sequence[CommentItem] = ()) -> EntryView:
    """A share document's entry (as `read_share` checked it) as the journal's `EntryView`;
    each item's `source` is its place in the document, where `ShareBuild.marks` point."""
    answers = [(a["step"], AnswerItem(a["prompt"], a["text"], ("answers", i)))
               for i, a in enumerate(entry["answers"])]
    choices = [(c["stage"], ChoiceItem(c["question"], c["option"], bool(c["recommended"]),
                                       source=("choices", i)))
               for i, c in enumerate(entry["choices"])]
    walk = [PathItem(p["text"], parse_rating(p["rating"]), bool(p["undone"]),
                     node_title=p["node_title"], source=("path", i))
            for i, p in enumerate(entry["path"])]
    tools = InstrumentsItem(entry["strain_before"], entry["strain_after"],
                            tuple(entry["feelings"]), tuple(entry["helps"]),
                            entry["helps_other"], entry["takeaway"])
    facts = EntryFacts(SessionKind(entry["kind"]), entry["title"], entry["scenario_title"],
                       entry["created"], entry["finished"], id=entry["id"],
                       scenario_id=entry["scenario_id"])
    return EntryView(facts, sections(answers, choices, walk, tools, entry["reflection"]),
                     comments=tuple(comments))
