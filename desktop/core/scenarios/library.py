"""Load scenario libraries: the bundled folder plus folders from the settings.

Every valid document loads; broken files are listed with their findings and never stop the
others: the team folder is shared, so one bad or hostile file must never empty the library.
Only regular files are read (parser.read_limited); a link that leads out of its folder is
reported, not followed. Library-wide rules (unique ids, technique references) are checked here.
A warm start reuses parse results cached by file size and modification time (cache.py: plain
JSON, never a pickle).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.gcpause import gc_paused
from desktop.core.scenarios import cache as cache_format
from desktop.core.scenarios.model import Exercise, Finding, Scenario, Severity, TechniqueCard
from desktop.core.scenarios.parser import NotReadable, ParseResult, parse_file, read_limited

log = logging.getLogger(__name__)
MAX_CACHE_BYTES = 256 * 1024 * 1024
LEADS_OUTSIDE = ("Die Datei ist eine Verknüpfung, die außerhalb des Szenario-Ordners zeigt; "
                 "sie wird nicht gelesen. Legen Sie die Datei selbst in den Ordner.")


@dataclass
class Library:
    """Documents loaded from one or more folders, and what was wrong with the rest."""

    scenarios: dict[str, Scenario] = field(default_factory=dict)
    techniques: dict[str, TechniqueCard] = field(default_factory=dict)
    exercises: dict[str, Exercise] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def broken_files(self) -> list[str]:
        return sorted({f.path for f in self.errors})

    def technique(self, ident: str) -> TechniqueCard | None:
        return self.techniques.get(ident)

    def sorted_exercises(self) -> list[Exercise]:
        return sorted(self.exercises.values(), key=lambda e: (e.level, e.title.casefold()))

    def sorted_scenarios(self) -> list[Scenario]:
        return sorted(self.scenarios.values(), key=lambda s: (s.level, s.title.casefold()))


def is_document(path: Path | str) -> bool:
    name = path.name if isinstance(path, Path) else path
    return name.endswith(".md") and not name.startswith(("_", ".")) and name != "README.md"


def _walk_documents(folder: Path, outside: list[str] | None = None) -> list[tuple[Path, str]]:
    """(file, path relative to `folder`) for every document below it, in a stable order;
    hidden and `_` folders are skipped, linked folders are not entered. A document that is a
    link leading out of `folder` (resolved) is left out and its relative path added to
    `outside`."""
    found: list[tuple[Path, str]] = []
    root = os.path.realpath(folder)
    pending = [("", str(folder))]
    while pending:
        prefix, where = pending.pop()
        try:
            with os.scandir(where) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            log.warning("walk: %s", exc)
            continue
        below = []
        for entry in entries:
            name = entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not name.startswith((".", "_")):
                        below.append((prefix + name + os.sep, entry.path))
                    continue
                if not is_document(name):
                    continue
                if entry.is_symlink():
                    target = os.path.realpath(entry.path)
                    if os.path.commonpath([root, target]) != root:
                        if outside is not None:
                            outside.append(prefix + name)
                        continue
            except (OSError, ValueError):  # ValueError: another drive (Windows)
                if outside is not None:
                    outside.append(prefix + name)
                continue
            found.append((Path(entry.path), prefix + name))
        pending.extend(reversed(below))
    return found


def document_files(folder: Path) -> list[Path]:
    """All documents below a folder, in a stable order; hidden and `_` folders are skipped."""
    return [path for path, _ in _walk_documents(folder)]


class ParseCache:
    """Parse results keyed by absolute path, file size and mtime; stored as one JSON file
    (cache.py). The file lives in the user's data folder; anything unreadable, damaged or
    planted is ignored and rebuilt."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: cache_format.Entries = {}
        self.dirty = False
        if path is None:
            return
        try:
            raw = read_limited(path, MAX_CACHE_BYTES)
            with gc_paused():
                self.entries = cache_format.loads(raw)
        except (NotReadable, cache_format.BadCache) as exc:
            if path.exists():
                log.info("scenario cache ignored: %s", exc)
        except Exception as exc:  # noqa: BLE001 - a bad cache is only a slower start
            log.warning("scenario cache ignored: %r", exc)

    def parse(self, path: Path, display: str) -> ParseResult:
        """The parse result of `path`, from the cache while size and mtime are unchanged.
        The key is the path as given: callers pass files below a resolved folder (collect)."""
        key = str(path) if path.is_absolute() else os.path.abspath(path)
        try:
            st = os.stat(path)
        except OSError:
            return parse_file(path, display)
        hit = self.entries.get(key)
        if hit and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
            result = hit[2]
            if result.path != display:
                result = _redisplay(result, display)
            return result
        result = parse_file(path, display)
        self.entries[key] = (st.st_size, st.st_mtime_ns, result)
        self.dirty = True
        return result

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(cache_format.dumps(self.entries))
            os.replace(tmp, self.path)
            self.dirty = False
            # The pickle this file replaces is never read again; it goes with the first save.
            self.path.with_name("scenarios.pickle").unlink(missing_ok=True)
        except OSError as exc:
            log.info("scenario cache not written: %s", exc)


def _redisplay(result: ParseResult, display: str) -> ParseResult:
    findings = [Finding(display, f.line, f.severity, f.message) for f in result.findings]
    return ParseResult(display, result.document, findings, result.key_lines)


def parse_paths(paths: list[tuple[Path, str]], cache: ParseCache | None = None,
                save: bool = True) -> list[ParseResult]:
    """Parse (file, display name) pairs, through the cache when one is given (saved unless the
    caller saves it once after more work)."""
    if cache is None:
        return [parse_file(p, d) for p, d in paths]
    results = [cache.parse(p, d) for p, d in paths]
    if save:
        cache.save()
    return results


def collect(folder: Path, display_root: str | None = None,
            refused: list[ParseResult] | None = None) -> list[tuple[Path, str]]:
    """Files of a folder with the names to show in messages (relative to `display_root`).
    The folder is resolved once, so the files' paths are absolute and free of links above it.
    Links that lead out of the folder are not returned; each becomes a failed result in
    `refused` (when given)."""
    shown = display_root if display_root is not None else str(folder)
    outside: list[str] = []
    pairs = [(path, os.path.join(shown, relative))
             for path, relative in _walk_documents(folder.resolve(), outside)]
    if refused is not None:
        refused.extend(ParseResult(name, None, [Finding(name, 1, Severity.ERROR, LEADS_OUTSIDE)])
                       for name in (os.path.join(shown, r) for r in outside))
    return pairs


def assemble(results: list[ParseResult], whole: bool,
             known_techniques: set[str] | None = None) -> Library:
    """Build a library from parse results and apply the library-wide rules.

    `whole`: the whole library is checked, so an unknown technique id is an error; otherwise it
    is a warning. `known_techniques` are ids known from elsewhere (e.g. the bundled library when
    a single file is checked).
    """
    lib = Library(files=len(results))
    first_seen: dict[tuple[str, str], str] = {}
    for result in results:
        lib.findings.extend(result.findings)
        doc = result.document
        if doc is None:
            continue
        key = (doc.kind, doc.id)
        if key in first_seen:
            lib.findings.append(Finding(
                result.path, result.key_lines.get("id", 1), Severity.ERROR,
                f"Die Kennung „{doc.id}“ gibt es schon in {first_seen[key]}. Jede Kennung muss "
                "in der Bibliothek eindeutig sein."))
            continue
        first_seen[key] = result.path
        if isinstance(doc, Scenario):
            lib.scenarios[doc.id] = doc
        elif isinstance(doc, Exercise):
            lib.exercises[doc.id] = doc
        else:
            lib.techniques[doc.id] = doc
    known = set(lib.techniques) | (known_techniques or set())
    severity = Severity.ERROR if whole else Severity.WARNING
    for result in results:
        doc = result.document
        if not (isinstance(doc, Scenario) and lib.scenarios.get(doc.id) is doc
                or isinstance(doc, Exercise) and lib.exercises.get(doc.id) is doc):
            continue
        for ident in doc.techniques:
            if ident not in known:
                lib.findings.append(Finding(
                    result.path, result.key_lines.get("techniques", 1), severity,
                    f"Unbekannte Technik „{ident}“: Es gibt keine Technikkarte mit dieser "
                    "Kennung. Prüfen Sie die Schreibweise in „techniques“."))
    lib.findings.sort(key=lambda f: (f.path, f.line))
    return lib


def load_library(folders: list[Path], cache: ParseCache | None = None,
                 save: bool = True) -> Library:
    """Load every document below the given folders (missing folders are reported, not fatal)."""
    pairs: list[tuple[Path, str]] = []
    missing: list[Finding] = []
    refused: list[ParseResult] = []
    for folder in folders:
        if folder.is_dir():
            pairs.extend(collect(folder, refused=refused))
        else:
            missing.append(Finding(str(folder), 0, Severity.WARNING,
                                   "Der Szenario-Ordner ist nicht erreichbar."))
    with gc_paused():  # a quarter of a warm load's time was the collector's
        lib = assemble(parse_paths(pairs, cache, save) + refused, whole=True)
    lib.findings[:0] = missing
    return lib


def configured_folders(settings) -> list[Path]:
    """The folders the app loads: bundled scenarios, the team folder, extra folders."""
    from desktop.core import paths

    folders = [paths.bundled_scenarios_dir()]
    team = settings.get("team_scenario_folder")
    if team:
        folders.append(Path(team).expanduser())
    folders.extend(Path(f).expanduser() for f in settings.get("scenario_folders", []) if f)
    return folders
