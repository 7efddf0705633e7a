"""Scenario packs: export → import round trip, and every hostile pack refused with nothing written.

The hostile packs are real zip files built byte by byte here (zipfile with forged ZipInfo
fields), not stand-ins: each is read through the same `read_pack` the app and the command line
use, and the team folder is compared before and after.
"""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.core.scenarios import packs
from desktop.core.scenarios.library import load_library
from desktop.core.scenarios.packs import PackError, Status
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO


def make_library(folder: Path) -> Path:
    (folder / "techniken").mkdir(parents=True)
    (folder / "testfall.md").write_text(VALID_SCENARIO, "utf-8")
    (folder / "zweiter.md").write_text(VALID_SCENARIO.replace('id = "testfall"', 'id = "zweiter"')
                                       .replace("Ein Testfall", "Ein zweiter Fall"), "utf-8")
    (folder / "techniken" / "aktives-zuhoeren.md").write_text(VALID_CARD, "utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() or p.is_symlink()}


@pytest.fixture
def good_pack(tmp_path) -> bytes:
    library = load_library([make_library(tmp_path / "quelle")])
    return packs.pack_bytes(library, ["testfall"], "Fortbildungsteam Nord")


def rebuild(pack: bytes, change) -> bytes:
    """The pack with its entries passed through `change(name, data, manifest)`."""
    src = zipfile.ZipFile(io.BytesIO(pack))
    manifest = json.loads(src.read("manifest.json"))
    entries = [(n, src.read(n)) for n in src.namelist() if n != "manifest.json"]
    entries, manifest = change(entries, manifest)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        for item in entries:
            if isinstance(item, zipfile.ZipInfo):
                dst.writestr(item, item.comment or b"")
            else:
                dst.writestr(*item)
    return out.getvalue()


def with_entry(pack: bytes, name: str, data: bytes = b"x", *, listed: bool = True,
               mode: int | None = None) -> bytes:
    def change(entries, manifest):
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        info.comment = data  # carried to writestr by rebuild (the data to write)
        if listed:
            manifest["documents"].append({"path": name, "kind": "szenario", "id": "x",
                                          "sha256": "0" * 64})
        return entries + [info], manifest
    return rebuild(pack, change)


def test_export_import_round_trip(tmp_path, good_pack):
    """A pack made from a library imports into an empty team folder byte for byte, with the
    technique card the scenario references, and a second import finds nothing changed."""
    pack_file = tmp_path / "paket.zip"
    pack_file.write_bytes(good_pack)
    pack = packs.read_pack(pack_file)
    assert pack.author == "Fortbildungsteam Nord"
    assert {(d.kind, d.id) for d in pack.documents} == {("szenario", "testfall"),
                                                        ("technik", "aktives-zuhoeren")}
    team = tmp_path / "team"
    plan = packs.plan_import(pack, team)
    assert [f.status for f in plan.files] == [Status.NEW, Status.NEW]
    written = packs.apply_import(plan)
    assert (team / "testfall.md").read_text("utf-8") == VALID_SCENARIO
    assert (team / "techniken" / "aktives-zuhoeren.md").read_text("utf-8") == VALID_CARD
    assert len(written) == 2
    library = load_library([team])
    assert not library.errors and set(library.scenarios) == {"testfall"}
    again = packs.plan_import(packs.read_pack(pack_file), team)
    assert [f.status for f in again.files] == [Status.SAME, Status.SAME]
    assert packs.apply_import(again) == []


def test_import_changed_keeps_previous_version(tmp_path, good_pack):
    """A scenario already in the team folder under another file name is recognised by its id,
    shown as changed, replaced in place, and its old bytes are kept in _vorversionen."""
    team = tmp_path / "team"
    team.mkdir()
    old = VALID_SCENARIO.replace("Ihre Erlaubnis läuft morgen ab.", "Alte Fassung.")
    (team / "mein-name.md").write_text(old, "utf-8")
    plan = packs.plan_import(packs.read_pack_bytes(good_pack), team)
    assert plan.files[0].status is Status.CHANGED
    assert plan.files[0].target == team / "mein-name.md"
    assert "geändert" in packs.describe(plan)[0]
    packs.apply_import(plan)
    assert (team / "mein-name.md").read_text("utf-8") == VALID_SCENARIO
    kept = list((team / "_vorversionen").glob("mein-name.*.md"))
    assert [p.read_text("utf-8") for p in kept] == [old]
    assert not [p for p in team.iterdir() if p.name.startswith(".paket-")]


def test_ids_known_elsewhere_are_not_written(tmp_path, good_pack):
    """A technique card the app already has (bundled) is listed as present and not copied, so
    the library never holds an id twice."""
    bundled = load_library([make_library(tmp_path / "bundled")])
    plan = packs.plan_import(packs.read_pack_bytes(good_pack), tmp_path / "team", bundled)
    statuses = {f.document.id: f.status for f in plan.files}
    assert statuses == {"testfall": Status.ELSEWHERE, "aktives-zuhoeren": Status.ELSEWHERE}
    assert packs.apply_import(plan) == []


def test_manifest_lists_titles_rechtsstand_checksums(good_pack):
    """The manifest names ids, titles, rechtsstand, checksums and the author line."""
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(good_pack)).read("manifest.json"))
    assert manifest["author"] == "Fortbildungsteam Nord"
    scenario = next(d for d in manifest["documents"] if d["kind"] == "szenario")
    assert scenario["title"] == "Ein Testfall" and len(scenario["sha256"]) == 64
    assert "rechtsstand" in scenario


def test_export_unknown_id_is_refused(tmp_path):
    """Exporting an id that is not in the library is a German error, no file written."""
    library = load_library([make_library(tmp_path / "quelle")])
    with pytest.raises(PackError, match="gibt es nicht"):
        packs.export_pack(library, ["fehlt"], tmp_path / "out.zip", "")
    assert not (tmp_path / "out.zip").exists()


def _bomb(pack: bytes) -> bytes:
    def change(entries, manifest):
        data = b"+++\n" + b" " * 1_900_000
        entries = [("szenarien/testfall.md", data) if n == "szenarien/testfall.md" else (n, d)
                   for n, d in entries]
        return entries, manifest
    return rebuild(pack, change)


def _oversize(pack: bytes) -> bytes:
    import os

    def change(entries, manifest):
        data = os.urandom(2_100_000)  # incompressible: the size limit, not the ratio, refuses
        return [("szenarien/testfall.md", data) if n == "szenarien/testfall.md" else (n, d)
                for n, d in entries], manifest
    return rebuild(pack, change)


def _tampered(pack: bytes) -> bytes:
    def change(entries, manifest):
        return [(n, d.replace(b"Frau Amiri steht", b"Frau Amiri sitzt"))
                for n, d in entries], manifest
    return rebuild(pack, change)


def _latin1(pack: bytes) -> bytes:
    def change(entries, manifest):
        out = []
        for n, d in entries:
            if n.startswith("szenarien/"):
                d = d.decode("utf-8").encode("cp1252")  # Windows' old default
                for doc in manifest["documents"]:
                    if doc["path"] == n:
                        doc["sha256"] = packs.authoring.digest(d)
            out.append((n, d))
        return out, manifest
    return rebuild(pack, change)


def _duplicate_id(pack: bytes) -> bytes:
    def change(entries, manifest):
        data = dict(entries)["szenarien/testfall.md"]
        copy = dict(next(d for d in manifest["documents"] if d["kind"] == "szenario"))
        copy["path"] = "szenarien/testfall-kopie.md"
        manifest["documents"].append(copy)
        return entries + [("szenarien/testfall-kopie.md", data)], manifest
    return rebuild(pack, change)


HOSTILE = {
    "zip slip ../": (lambda p: with_entry(p, "../../boese.md"), "unzulässigen Pfad"),
    "zip slip nested ..": (lambda p: with_entry(p, "szenarien/../../x.md"), "unzulässigen Pfad"),
    "absolute path": (lambda p: with_entry(p, "/etc/boese.md"), "unzulässigen Pfad"),
    "drive letter": (lambda p: with_entry(p, "C:/Windows/boese.md"), "unzulässigen Pfad"),
    "backslash path": (lambda p: with_entry(p, "..\\..\\boese.md"), "unzulässigen Pfad"),
    "symlink": (lambda p: with_entry(p, "szenarien/link.md", b"/etc/passwd",
                                     mode=stat.S_IFLNK | 0o777), "Verknüpfung"),
    "other file type": (lambda p: with_entry(p, "szenarien/start.exe"), "nur .md"),
    "unlisted file": (lambda p: with_entry(p, "szenarien/extra.md", listed=False),
                      "passt nicht"),
    "zip bomb": (_bomb, "ZIP-Bombe"),
    "oversize file": (_oversize, "größer als 2 MB"),
    "checksum mismatch": (_tampered, "Prüfsumme"),
    "invalid utf-8": (_latin1, "UTF-8"),
    "duplicate id": (_duplicate_id, "zweimal"),
    "not a zip": (lambda p: b"PK\x03\x04 kaputt", "kein gültiges ZIP"),
    "no manifest": (lambda p: _without_manifest(p), "manifest.json"),
}


def _without_manifest(pack: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(pack))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name != "manifest.json":
                dst.writestr(name, src.read(name))
    return out.getvalue()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_pack_refused_nothing_written(tmp_path, good_pack, case):
    """Each hostile pack is refused with a German message naming the problem, and neither the
    team folder nor its surroundings gain or lose a byte."""
    build, message = HOSTILE[case]
    hostile = tmp_path / "sub" / "boese.zip"
    hostile.parent.mkdir()
    hostile.write_bytes(build(good_pack))
    team = tmp_path / "sub" / "team"
    team.mkdir()
    (team / "vorhanden.md").write_text(VALID_SCENARIO, "utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(PackError, match=message):
        packs.apply_import(packs.plan_import(packs.read_pack(hostile), team))
    assert snapshot(tmp_path) == before


def test_bomb_is_refused_before_inflating(tmp_path, good_pack):
    """The ratio check refuses a bomb from its declared sizes, without inflating it: a forged
    entry that claims 100 MB unpacked is refused by the total/size limits, not by memory."""
    hostile = _bomb(good_pack)
    info = next(i for i in zipfile.ZipFile(io.BytesIO(hostile)).infolist()
                if i.filename == "szenarien/testfall.md")
    assert info.file_size / info.compress_size > packs.MAX_RATIO


def test_bomb_with_forged_sizes_is_refused(tmp_path, good_pack):
    """A bomb that lies about its unpacked size (100 bytes declared, 3 MB inside) passes the
    size and ratio checks on paper; reading stops at the declared size, the checksum of the
    zip entry fails, and the pack is refused with nothing written and little memory used."""
    import struct

    def change(entries, manifest):
        return [(n, b"\0" * 3_000_000) if n == "szenarien/testfall.md" else (n, d)
                for n, d in entries], manifest
    raw = bytearray(rebuild(good_pack, change))
    name = b"szenarien/testfall.md"
    for signature, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while True:
            start = raw.index(signature, start)
            if raw[start + name_at:start + name_at + len(name)] == name:
                struct.pack_into("<I", raw, start + offset, 100)
                break
            start += 4
    hostile = tmp_path / "luege.zip"
    hostile.write_bytes(bytes(raw))
    team = tmp_path / "team"
    team.mkdir()
    before = snapshot(tmp_path)
    with pytest.raises(PackError, match="beschädigt|größer als angegeben"):
        packs.read_pack(hostile)
    assert snapshot(tmp_path) == before
