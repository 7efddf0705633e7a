"""Scenario packs: chosen scenarios and the technique cards they use, as one zip file.

A pack holds `manifest.json` and documents under `szenarien/` and `techniken/`. The manifest
names each document's path, kind, id, title, rechtsstand and SHA-256, and who made the pack.
A pack comes from outside (mail, a USB stick), so `read_pack` trusts nothing: it refuses, with a
German message, anything but plain `.md` files at safe relative paths (no `..`, no absolute or
drive paths, no links), entries or totals that are too large or compress suspiciously well
(zip bombs), text that is not UTF-8, a document the linter rejects, duplicate ids and a
checksum that does not match. Importing builds every file in a temporary folder inside the
team folder first and only then renames them into place, so a refused or failed import writes
nothing.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from desktop.core.files import NotReadable, read_regular
from desktop.core.scenarios import authoring
from desktop.core.scenarios.library import Library, document_files
from desktop.core.scenarios.model import Document, Scenario, Severity
from desktop.core.scenarios.parser import MAX_BYTES, parse_bytes, parse_file, read_limited

PACK_FORMAT = 1
PACK_KIND = "gespraechskompass-szenariopaket"
MANIFEST = "manifest.json"
MAX_PACK_BYTES = 50_000_000
MAX_ENTRIES = 1000
MAX_FILE_BYTES = MAX_BYTES
MAX_TOTAL_BYTES = 100_000_000
MAX_RATIO = 40  # Markdown compresses 3 to 5 times; a bomb a thousand times
RATIO_FROM = 64_000  # small files may compress oddly well; their size is harmless anyway
FOLDERS = {"szenario": "szenarien", "technik": "techniken"}
SAFE_NAME = re.compile(r"^(szenarien|techniken)/[a-z0-9]+(-[a-z0-9]+)*\.md$")


class PackError(Exception):
    """A pack that is refused or cannot be written; the message (German) says why."""


@dataclass(frozen=True)
class PackDocument:
    """One document of a pack: where it sits in the zip, what it is, its bytes."""

    name: str  # path inside the zip
    kind: str
    id: str
    title: str
    rechtsstand: str | None
    data: bytes

    @property
    def sha256(self) -> str:
        return authoring.digest(self.data)


@dataclass(frozen=True)
class Pack:
    author: str
    created: str
    documents: tuple[PackDocument, ...]


class Status(StrEnum):
    NEW = "neu"
    CHANGED = "geändert"
    SAME = "unverändert"
    ELSEWHERE = "vorhanden"  # the id exists outside the team folder (e.g. bundled): skipped


@dataclass(frozen=True)
class PlannedFile:
    document: PackDocument
    status: Status
    target: Path | None  # None: not written


@dataclass
class ImportPlan:
    """What importing a pack into a folder would do; shown to the trainer before `apply`."""

    folder: Path
    pack: Pack
    files: list[PlannedFile] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status is status)


# --- export -----------------------------------------------------------------------------------

def pack_bytes(library: Library, scenario_ids: list[str], author: str,
               now: datetime | None = None) -> bytes:
    """The zip of the chosen scenarios and the technique cards they reference."""
    if not scenario_ids:
        raise PackError("Wählen Sie mindestens ein Szenario für das Paket aus.")
    docs: list[Document] = []
    for ident in dict.fromkeys(scenario_ids):
        scenario = library.scenarios.get(ident)
        if scenario is None:
            raise PackError(f"Ein Szenario mit der Kennung „{ident}“ gibt es nicht.")
        docs.append(scenario)
    cards = dict.fromkeys(t for s in docs if isinstance(s, Scenario) for t in s.techniques)
    for ident in cards:
        card = library.technique(ident)
        if card is None:
            raise PackError(f"Die Technikkarte „{ident}“ fehlt in der Bibliothek; das Paket "
                            "wäre unvollständig.")
        docs.append(card)
    entries: list[PackDocument] = []
    for doc in docs:
        if doc.path is None:
            raise PackError(f"„{doc.title}“ hat keine Datei und kann nicht exportiert werden.")
        try:
            data = read_limited(doc.path)
        except NotReadable as exc:
            raise PackError(f"{doc.path.name}: {exc}") from exc
        rechtsstand = getattr(doc, "rechtsstand", None)
        entries.append(PackDocument(f"{FOLDERS[doc.kind]}/{doc.id}.md", doc.kind, doc.id,
                                    doc.title, rechtsstand.isoformat() if rechtsstand else None,
                                    data))
    created = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
    manifest = {"format": PACK_FORMAT, "kind": PACK_KIND, "author": author.strip(),
                "created": created,
                "documents": [{"path": e.name, "kind": e.kind, "id": e.id, "title": e.title,
                               "rechtsstand": e.rechtsstand, "sha256": e.sha256,
                               "size": len(e.data)} for e in entries]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for entry in entries:
            archive.writestr(entry.name, entry.data)
    return buffer.getvalue()


def export_pack(library: Library, scenario_ids: list[str], out: Path, author: str) -> Path:
    """Write the pack to `out` atomically."""
    data = pack_bytes(library, scenario_ids, author)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        authoring.write_atomic(out, data)
    except OSError as exc:
        raise PackError(f"Das Paket kann nicht geschrieben werden ({exc.strerror or exc}).") \
            from exc
    return out


# --- reading a pack from outside ----------------------------------------------------------------

def read_pack(path: Path) -> Pack:
    """Read and check a pack file; raises PackError (German) for anything hostile or broken."""
    try:
        raw = read_regular(path, MAX_PACK_BYTES, "Das Paket ist größer als 50 MB.")
    except NotReadable as exc:
        raise PackError(f"Das Paket wird nicht gelesen: {exc}") from exc
    return read_pack_bytes(raw)


def read_pack_bytes(raw: bytes) -> Pack:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise PackError("Die Datei ist kein Szenario-Paket (kein gültiges ZIP-Archiv).") from exc
    with archive:
        infos = archive.infolist()
        _check_entries(infos)
        contents = {info.filename: _read_entry(archive, info) for info in infos}
    manifest = _manifest(contents.pop(MANIFEST, None))
    listed = manifest["documents"]
    names = [d["path"] for d in listed]
    if sorted(names) != sorted(contents) or len(set(names)) != len(names):
        raise PackError("Das Verzeichnis des Pakets (manifest.json) passt nicht zu den Dateien "
                        "darin. Das Paket ist unvollständig oder verändert.")
    documents: list[PackDocument] = []
    seen: set[tuple[str, str]] = set()
    for entry in listed:
        data = contents[entry["path"]]
        if authoring.digest(data) != entry["sha256"]:
            raise PackError(f"Die Prüfsumme von {entry['path']} stimmt nicht. Die Datei wurde "
                            "nach dem Packen verändert oder ist beschädigt.")
        document = _parse(entry["path"], data)
        key = (document.kind, document.id)
        if key in seen:
            raise PackError(f"Die Kennung „{document.id}“ kommt im Paket zweimal vor.")
        seen.add(key)
        if key != (entry["kind"], entry["id"]) \
                or entry["path"] != f"{FOLDERS[document.kind]}/{document.id}.md":
            raise PackError(f"{entry['path']}: Art oder Kennung im Verzeichnis passen nicht "
                            "zur Datei.")
        rechtsstand = getattr(document, "rechtsstand", None)
        documents.append(PackDocument(entry["path"], document.kind, document.id,
                                      document.title,
                                      rechtsstand.isoformat() if rechtsstand else None, data))
    return Pack(manifest["author"], manifest["created"], tuple(documents))


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise PackError(f"Das Paket enthält mehr als {MAX_ENTRIES} Einträge.")
    total = 0
    names: set[str] = set()
    for info in infos:
        name = info.filename
        shown = name[:80]
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) \
                or "\\" in name or ".." in name.split("/") or "\x00" in name:
            raise PackError(f"Das Paket enthält einen unzulässigen Pfad („{shown}“): Einträge "
                            "dürfen nicht aus dem Zielordner herausführen.")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError(f"Das Paket enthält eine Verknüpfung („{shown}“); Verknüpfungen "
                            "werden nicht übernommen.")
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise PackError(f"Das Paket enthält einen Eintrag, der keine gewöhnliche Datei ist "
                            f"(„{shown}“).")
        if name != MANIFEST and not name.endswith(".md"):
            raise PackError(f"Das Paket enthält eine Datei, die kein Szenario und keine "
                            f"Technikkarte ist („{shown}“). Erlaubt sind nur .md-Dateien.")
        if name != MANIFEST and not SAFE_NAME.match(name):
            raise PackError(f"Unerwarteter Dateiname im Paket: „{shown}“.")
        if name.casefold() in names:
            raise PackError(f"Die Datei „{shown}“ steht zweimal im Paket.")
        names.add(name.casefold())
        if info.flag_bits & 0x1:
            raise PackError("Das Paket ist verschlüsselt; es kann nicht gelesen werden.")
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(f"„{shown}“ ist größer als 2 MB.")
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackError(f"„{shown}“ ist ungewöhnlich stark gepackt (möglicherweise eine "
                            "ZIP-Bombe); das Paket wird nicht geöffnet.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError("Das Paket ist entpackt größer als 100 MB.")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than it declared (a forged size is caught)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
            ValueError) as exc:
        raise PackError(f"„{info.filename[:80]}“ im Paket ist beschädigt ({exc}).") from exc
    if len(data) != info.file_size:
        raise PackError(f"„{info.filename[:80]}“ ist größer als angegeben; das Paket wird "
                        "nicht geöffnet.")
    return data


def _manifest(data: bytes | None) -> dict:
    if data is None:
        raise PackError("Dem Paket fehlt das Verzeichnis (manifest.json).")
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackError("Das Verzeichnis des Pakets (manifest.json) ist beschädigt.") from exc
    if not isinstance(manifest, dict) or manifest.get("kind") != PACK_KIND:
        raise PackError("Die Datei ist kein Szenario-Paket von Gesprächskompass.")
    if manifest.get("format") != PACK_FORMAT:
        raise PackError(f"Das Paket hat das Format {manifest.get('format')!r}; diese Version "
                        f"kennt nur Format {PACK_FORMAT}. Bitte aktualisieren Sie die App.")
    documents = manifest.get("documents")
    fields = {"path": str, "kind": str, "id": str, "sha256": str}
    if not isinstance(documents, list) or not documents or not all(
            isinstance(d, dict) and all(isinstance(d.get(k), t) for k, t in fields.items())
            and d["kind"] in FOLDERS for d in documents):
        raise PackError("Das Verzeichnis des Pakets (manifest.json) ist unvollständig.")
    for key in ("author", "created"):
        if not isinstance(manifest.get(key, ""), str):
            raise PackError("Das Verzeichnis des Pakets (manifest.json) ist unvollständig.")
        manifest.setdefault(key, "")
    return manifest


def _parse(name: str, data: bytes) -> Document:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"{name} ist nicht in UTF-8 gespeichert.") from exc
    result = parse_bytes(data, name)
    if result.document is None:
        first = next((f for f in result.findings if f.severity is Severity.ERROR), None)
        raise PackError(f"{name} ist fehlerhaft und wird nicht übernommen"
                        + (f" (Zeile {first.line}: {first.message})" if first else "") + ".")
    return result.document


# --- import -----------------------------------------------------------------------------------

def plan_import(pack: Pack, folder: Path, elsewhere: Library | None = None) -> ImportPlan:
    """Compare the pack with the team `folder`: new, changed or unchanged per document.

    A document whose id the app already knows from another folder (`elsewhere`, e.g. the
    bundled library) is not written: the library would hold the id twice."""
    existing: dict[tuple[str, str], Path] = {}
    if folder.is_dir():
        for path in document_files(folder):
            result = parse_file(path)
            if result.document is not None:
                existing.setdefault((result.document.kind, result.document.id), path)
    plan = ImportPlan(folder, pack)
    for doc in pack.documents:
        key = (doc.kind, doc.id)
        if key not in existing and elsewhere is not None and _known(elsewhere, doc):
            plan.files.append(PlannedFile(doc, Status.ELSEWHERE, None))
            continue
        target = existing.get(key)
        if target is None:
            plan.files.append(PlannedFile(doc, Status.NEW, _free_name(folder, doc)))
            continue
        try:
            same = read_limited(target, MAX_BYTES * 2) == doc.data
        except NotReadable:
            same = False
        plan.files.append(PlannedFile(doc, Status.SAME if same else Status.CHANGED, target))
    return plan


def _free_name(folder: Path, doc: PackDocument) -> Path:
    """Where a new document goes: scenarios at the top, cards in `techniken/` (as bundled);
    a name taken by another file gets a number, so nothing else is overwritten."""
    where = folder / "techniken" if doc.kind == "technik" else folder
    target, n = where / f"{doc.id}.md", 2
    while target.exists() or target.is_symlink():
        target = where / f"{doc.id}-{n}.md"
        n += 1
    return target


def _known(library: Library, doc: PackDocument) -> bool:
    found = library.scenarios if doc.kind == "szenario" else library.techniques
    other = found.get(doc.id)
    return other is not None


def apply_import(plan: ImportPlan) -> list[Path]:
    """Write the new and changed documents; previous versions are kept (authoring). Every file
    is built in a temporary folder inside the target folder first; only when all are written
    are they renamed into place."""
    todo = [f for f in plan.files if f.status in (Status.NEW, Status.CHANGED)]
    if not todo:
        return []
    folder = plan.folder
    for planned in todo:
        assert planned.target is not None
        if not authoring.inside(planned.target, folder):
            raise PackError(f"{planned.document.name} würde außerhalb des Team-Ordners landen.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".paket-", dir=folder))
    except OSError as exc:
        raise PackError(f"Der Team-Ordner {folder} kann nicht beschrieben werden "
                        f"({exc.strerror or exc}).") from exc
    written: list[Path] = []
    try:
        staged: list[tuple[Path, PlannedFile]] = []
        for index, planned in enumerate(todo):
            part = staging / f"{index}.md"
            with open(part, "wb") as handle:
                handle.write(planned.document.data)
                handle.flush()
                os.fsync(handle.fileno())
            staged.append((part, planned))
        for part, planned in staged:
            target = planned.target
            assert target is not None
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file():
                authoring.keep_version(target, target.read_bytes())
            os.replace(part, target)
            written.append(target)
    except OSError as exc:
        raise PackError(f"Das Paket konnte nicht vollständig übernommen werden "
                        f"({exc.strerror or exc}); übernommen: {len(written)} Datei(en).") \
            from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def describe(plan: ImportPlan) -> list[str]:
    """One German line per document, for the preview and the command line."""
    lines = []
    for planned in plan.files:
        doc = planned.document
        what = "Szenario" if doc.kind == "szenario" else "Technikkarte"
        note = {Status.NEW: "neu", Status.CHANGED: "geändert (die alte Fassung wird "
                "aufbewahrt)", Status.SAME: "unverändert",
                Status.ELSEWHERE: "schon in der App vorhanden, wird nicht übernommen"}
        lines.append(f"{what} {doc.id} „{doc.title}“: {note[planned.status]}")
    return lines
