"""The app's translations: find every translatable string, keep the .ts files in step, build .qm.

    python build/i18n.py check      # exit 1 if a string lacks its German translation or a count
                                    # its English plural forms (CI)
    python build/i18n.py update     # add new strings to the .ts files (unfinished), drop gone ones
    python build/i18n.py release [TS …]  # .ts → .qm, every .ts without arguments (also done by
                                    # `make` and the bundle build)
    python build/i18n.py dump       # JSON of all strings (context, source, translation, where)
    python build/i18n.py plurals    # counts still written as "Eintrag/Einträge", "Datei(en)"

Strings are found with Python's own parser, not with pyside6-lupdate: lupdate (PySide6 6.11)
skips every call through a module helper bound to a context (`_tr = translator("journal")`)
and does not mark `QCoreApplication.translate(ctx, "%n …", "", n)` as a plural
(docs/architecture.md, "Translations"). Recognised calls:
- `self.tr("…")` inside a class (also through `tr = self.tr`): the class name is the context
  (PySide6 uses the runtime class; our widget classes are not subclassed);
- `QCoreApplication.translate("ctx", "…")` or `app.translate("ctx", "…")`;
- `tr("…")` / `_tr("…")` where the module binds that name to a context: `_tr =
  translator("ctx")` (desktop/ui/common/i18n.py), or a function or lambda that calls
  `translate("ctx", text)`.
A call with a count (`self.tr("%n entries", "", n)`, `_tr("%n files", "", n)`,
`translate(ctx, "%n …", "", n)`, or `n=`) is a plural message: `numerus="yes"` in the .ts, with
one German `<numerusform>` per plural form (two: one, other), and `check` wants both.
Anything else that looks like a translation call is reported as unresolved.

English needs no translation except for counts: a source string serves every number
("%n scenario(s) loaded."), so English mode would show "30 scenario(s) loaded.". Qt's answer is
an English .ts that holds only the plural messages, with an English singular and plural each
("%n scenario loaded." / "%n scenarios loaded."); `update` adds a new count to it as a draft of
the source text, marked unfinished, and `check` fails until someone has written both forms.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "desktop"]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "gespraechskompass_de.ts"
EN_TS_FILE = TRANSLATIONS / "gespraechskompass_en.ts"  # the counts only (see above)
TS_FILES = (TS_FILE, EN_TS_FILE)


# German and English have two plural forms (n == 1, everything else), in lrelease's order.
PLURAL_FORMS = 2
# "file(s)": the source's way of serving both numbers, not an English form.
ENGLISH_PSEUDO_PLURAL = re.compile(r"\w\(s\)")
# "{name}" or "{best:%d.%m.}": what str.format fills in. A translation with a name its source
# does not have raises KeyError on the screen.
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")

Translation = str | tuple[str, ...]  # one text, or the plural forms of a numerus message


@dataclass
class Message:
    context: str
    source: str
    places: list[str] = field(default_factory=list)
    numerus: bool = False  # called with a count: Qt picks a plural form and fills in %n


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str | None:
    """`f` of `f(...)` or `m.f(...)`."""
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _counted(call: ast.Call, count_at: int) -> bool:
    """Whether a translation call passes a count (positionally at `count_at`, or as `n=`)."""
    return len(call.args) > count_at or any(k.arg == "n" for k in call.keywords)


def _module_contexts(tree: ast.Module) -> dict[str, str]:
    """Names like `tr`/`_tr` bound to a fixed translation context in this module."""
    found: dict[str, str] = {}

    def context_of(body: ast.AST) -> str | None:
        for node in ast.walk(body):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and node.args):
                return _literal(node.args[0])
        return None

    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and _name(node.value.func) == "translator" and node.value.args):
            ctx = _literal(node.value.args[0])
            for target in node.targets:
                if ctx and isinstance(target, ast.Name) and target.id in ("tr", "_tr"):
                    found[target.id] = ctx
        elif isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
            ctx = context_of(node)
            if ctx:
                found[node.name] = ctx
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("tr", "_tr"):
                    ctx = context_of(node.value)
                    if ctx:
                        found[target.id] = ctx
    return found


def scan(paths: list[Path] | None = None) -> tuple[dict[tuple[str, str], Message], list[str]]:
    """All translatable strings by (context, source), and the calls that could not be read."""
    messages: dict[tuple[str, str], Message] = {}
    unresolved: list[str] = []
    files = sorted(p for base in (paths or SOURCES) for p in base.rglob("*.py"))
    for path in files:
        tree = ast.parse(path.read_text("utf-8"), str(path))
        _Scanner(path, _module_contexts(tree), messages, unresolved).visit_scope(tree, None, {})
    return messages, unresolved


class _Scanner:
    """Walks one module, keeping the enclosing class and local `tr = self.tr` aliases."""

    def __init__(self, path: Path, helpers: dict[str, str],
                 messages: dict[tuple[str, str], Message], unresolved: list[str]) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        self.helpers = helpers
        self.messages = messages
        self.unresolved = unresolved

    def visit_scope(self, node: ast.AST, cls: str | None, aliases: dict[str, str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self.visit_scope(child, child.name, {})
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                local = dict(aliases)
                for stmt in ast.walk(child):
                    if (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Attribute)
                            and stmt.value.attr == "tr"
                            and isinstance(stmt.value.value, ast.Name)
                            and stmt.value.value.id == "self" and cls):
                        for target in stmt.targets:
                            if isinstance(target, ast.Name):
                                local[target.id] = cls
                self.visit_scope(child, cls, local)
                continue
            if isinstance(child, ast.Call):
                self.record(child, cls, aliases)
            self.visit_scope(child, cls, aliases)

    def record(self, call: ast.Call, cls: str | None, aliases: dict[str, str]) -> None:
        func = call.func
        if isinstance(func, ast.Name) and func.id in aliases and call.args:
            found = (aliases[func.id], call.args[0], _counted(call, 2)) \
                if _literal(call.args[0]) is not None else "unresolved"
        else:
            found = _message(call, cls, self.helpers)
        if found == "unresolved":
            self.unresolved.append(f"{self.rel}:{call.lineno}")
        elif found is not None:
            ctx, literal, numerus = found
            msg = self.messages.setdefault((ctx, literal.value), Message(ctx, literal.value))
            msg.places.append(f"{self.rel}:{call.lineno}")
            msg.numerus = msg.numerus or numerus


def _message(call: ast.Call, cls: str | None, helpers: dict[str, str]):
    """(context, literal node, has a count) of a translation call, "unresolved", or None (not
    one)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        if not call.args:
            return None
        literal = call.args[0]
        if _literal(literal) is None:
            return "unresolved"
        if isinstance(func.value, ast.Name) and func.value.id == "self" and cls:
            return cls, literal, _counted(call, 2)
        return "unresolved"
    if isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) >= 2:
        ctx, literal = _literal(call.args[0]), call.args[1]
        if ctx is None or _literal(literal) is None:
            return None  # translate(ctx, variable): the helper itself, not a message
        return ctx, literal, _counted(call, 3)
    if isinstance(func, ast.Name) and func.id in ("tr", "_tr") and call.args:
        literal = call.args[0]
        if func.id not in helpers:
            return "unresolved" if _literal(literal) is not None else None
        if _literal(literal) is None:
            return "unresolved"
        return helpers[func.id], literal, _counted(call, 2)
    return None


# --- the .ts file --------------------------------------------------------------------------

def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Translation]:
    """(context, source) → translation: a text, or for a numerus message the tuple of plural
    forms; for an unfinished one its draft ("" if none; `unfinished` names them)."""
    return _read(path)[0]


def unfinished(path: Path = TS_FILE) -> set[tuple[str, str]]:
    """The messages marked unfinished (a draft, or nothing yet)."""
    return _read(path)[1]


def _read(path: Path) -> tuple[dict[tuple[str, str], Translation], set[tuple[str, str]]]:
    translations: dict[tuple[str, str], Translation] = {}
    drafts: set[tuple[str, str]] = set()
    if not path.exists():
        return translations, drafts
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("source") or "")
            if node is None or node.get("type") in ("unfinished", "obsolete"):
                drafts.add(key)
            forms = tuple(f.text or "" for f in node.iter("numerusform")) \
                if node is not None else ()
            if message.get("numerus") == "yes" or any(forms):
                translations[key] = forms if any(forms) else ""
            else:
                translations[key] = (node.text or "") if node is not None else ""
    return translations, drafts


def _draft(message: Message, old: Translation, draft: bool) -> tuple[Translation, bool]:
    """The translation to write for a message, and whether it is finished. A text that was
    translated without a count (or the other way round) is kept as a draft, marked unfinished;
    so is a draft."""
    if message.numerus:
        if isinstance(old, tuple):
            forms = (old + ("",) * PLURAL_FORMS)[:PLURAL_FORMS]
            return forms, _complete(forms) and not draft
        return (old,) * PLURAL_FORMS, False
    if isinstance(old, tuple):
        return next((f for f in old if f), ""), False
    return old, bool(old) and not draft


def _complete(forms: Translation) -> bool:
    return isinstance(forms, tuple) and len(forms) == PLURAL_FORMS and all(forms)


def write_ts(messages: dict[tuple[str, str], Message],
             translations: dict[tuple[str, str], Translation], path: Path = TS_FILE, *,
             language: str = "de_DE", drafts: set[tuple[str, str]] | None = None) -> None:
    """The .ts of `language` (lrelease takes the plural rules from it) with these messages;
    those in `drafts` stay marked unfinished."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for msg in messages.values():
        by_context.setdefault(msg.context, []).append(msg)
    for ctx in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for msg in sorted(by_context[ctx], key=lambda m: m.places[0]):
            message = ET.SubElement(context, "message")
            if msg.numerus:
                message.set("numerus", "yes")
            for place in msg.places:
                file, line = place.rsplit(":", 1)
                ET.SubElement(message, "location", filename=f"../../{file}", line=line)
            ET.SubElement(message, "source").text = msg.source
            key = (ctx, msg.source)
            text, finished = _draft(msg, translations.get(key, ""), key in (drafts or ()))
            node = ET.SubElement(message, "translation")
            if isinstance(text, tuple):
                for form in text:
                    ET.SubElement(node, "numerusform").text = form
            elif text:
                node.text = text
            if not finished:
                node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")


def release(ts: Path = TS_FILE, out_dir: Path | None = None) -> Path:
    """Compile the .ts to .qm with Qt's lrelease (shipped with PySide6)."""
    from PySide6.QtCore import QLibraryInfo

    qm = (out_dir or ts.parent) / (ts.stem + ".qm")
    tool_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath))
    names = [tool_dir / "lrelease", Path(sys.executable).parent / "pyside6-lrelease",
             Path(__import__("PySide6").__file__).parent / "lrelease"]
    candidates = [p.with_name(p.name + suffix) for p in names for suffix in ("", ".exe")]
    tool = next((c for c in candidates if c.exists()), None)  # .exe: the Windows wheels
    if tool is None:
        raise SystemExit("lrelease nicht gefunden (Teil von PySide6).")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


# --- commands ------------------------------------------------------------------------------

def check(sources: list[Path] | None = None, ts: Path = TS_FILE,
          english: Path | None = EN_TS_FILE) -> list[str]:
    """Problems: unresolved calls, strings without German translation (a plural without both
    German forms), counts without both English forms, translations for gone strings, drafts,
    placeholders a translation invents. `english=None` leaves the English counts out."""
    messages, unresolved = scan(sources)
    problems = [f"{u}: Übersetzungsaufruf nicht auswertbar" for u in unresolved]
    problems += _check_german(messages, ts)
    if english is not None:
        problems += _check_english(messages, english)
    return problems


def _check_german(messages: dict[tuple[str, str], Message], ts: Path) -> list[str]:
    translations, drafts = _read(ts)
    problems = []
    for key, msg in sorted(messages.items()):
        text = translations.get(key, "")
        where = f"{msg.places[0]}: [{key[0]}] {key[1]!r}"
        if "%n" in msg.source and not msg.numerus:
            problems.append(f"{where}: „%n“ ohne Anzahl (der Aufruf braucht …, \"\", n)")
        if not text:
            problems.append(f"{msg.places[0]}: keine deutsche Übersetzung für "
                            f"[{key[0]}] {key[1]!r}")
        elif msg.numerus and not _complete(text):
            problems.append(f"{where}: Pluralformen unvollständig (Singular und Plural nötig)")
        elif not msg.numerus and isinstance(text, tuple):
            problems.append(f"{where}: im .ts als Plural, im Code ohne Anzahl")
        elif key in drafts:
            problems.append(f"{where}: in {ts.name} noch als unfertig markiert")
        problems += _placeholder_problems(where, msg.source, text)
    for key in sorted(set(translations) - set(messages)):
        problems.append(f"{ts.name}: veraltet, im Code nicht mehr vorhanden: "
                        f"[{key[0]}] {key[1]!r}")
    return problems


def _check_english(messages: dict[tuple[str, str], Message], ts: Path) -> list[str]:
    """Every count has an English singular and plural, finished; nothing else is in the file."""
    translations, drafts = _read(ts)
    counts = {key: msg for key, msg in messages.items() if msg.numerus}
    problems = []
    for key, msg in sorted(counts.items()):
        text = translations.get(key, "")
        where = f"{msg.places[0]}: [{key[0]}] {key[1]!r}"
        if not _complete(text):
            problems.append(f"{where}: englische Pluralformen fehlen in {ts.name} "
                            "(build/i18n.py update, dann Singular und Plural eintragen)")
        elif any(ENGLISH_PSEUDO_PLURAL.search(form) for form in text):
            problems.append(f"{where}: englische Form mit „(s)“ in {ts.name} (Singular und "
                            "Plural ausschreiben)")
        elif key in drafts:
            problems.append(f"{where}: englische Pluralformen in {ts.name} noch als unfertig "
                            "markiert")
        problems += _placeholder_problems(where, msg.source, text)
    for key in sorted(set(translations) - set(counts)):
        problems.append(f"{ts.name}: veraltet, im Code nicht (mehr) mit Anzahl: "
                        f"[{key[0]}] {key[1]!r}")
    return problems


def _placeholder_problems(where: str, source: str, text: Translation) -> list[str]:
    """A `{name}` in a translation that its source does not fill: KeyError on the screen."""
    known = set(PLACEHOLDER.findall(source))
    forms = text if isinstance(text, tuple) else (text,)
    invented = sorted({name for form in forms for name in PLACEHOLDER.findall(form)} - known)
    return [f"{where}: Platzhalter {{{name}}} gibt es im Quelltext nicht" for name in invented]


# "Datei(en)", "Eintrag/Einträge", "file(s)": a count spelled out by hand instead of %n.
PSEUDO_PLURAL = re.compile(r"\w\((?:s|e|en|n|er)\)|\w+/\w+(?:e|en|er|s)\b")


def pseudo_plurals() -> list[str]:
    """Messages with a count filled in by hand whose text (or German) spells both numbers."""
    messages, _ = scan()
    translations = read_ts()
    found = []
    for key, msg in sorted(messages.items(), key=lambda kv: kv[1].places[0]):
        text = translations.get(key, "")
        german = text if isinstance(text, str) else ""
        if not msg.numerus and "{" in msg.source and (
                PSEUDO_PLURAL.search(msg.source) or PSEUDO_PLURAL.search(german)):
            found.append(f"{msg.places[0]}: [{key[0]}] {key[1]!r}")
    return found


def update() -> None:
    """Both .ts files in step with the code. A new count starts in the English file as a draft
    of its source text in both forms, for someone to correct."""
    messages, _ = scan()
    translations, drafts = _read(TS_FILE)
    write_ts(messages, translations, TS_FILE, drafts=drafts)
    counts = {key: msg for key, msg in messages.items() if msg.numerus}
    english, drafts = _read(EN_TS_FILE)
    new = {key: (msg.source,) * PLURAL_FORMS for key, msg in counts.items()
           if not english.get(key)}
    write_ts(counts, english | new, EN_TS_FILE, language="en", drafts=drafts | set(new))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} Problem(e).", file=sys.stderr)
        return 1 if problems else 0
    if command == "update":
        update()
        return 0
    if command == "plurals":
        found = pseudo_plurals()
        print("\n".join(found))
        print(f"{len(found)} Zählung(en) ohne %n.", file=sys.stderr)
        return 0
    if command == "release":
        for ts in [Path(a) for a in argv[2:]] or TS_FILES:
            print(release(ts))
        return 0
    if command == "dump":
        messages, unresolved = scan()
        translations = read_ts()
        json.dump({"unresolved": unresolved, "messages": [
            {"context": m.context, "source": m.source, "translation": translations.get(k, ""),
             "places": m.places} for k, m in sorted(messages.items())]},
            sys.stdout, ensure_ascii=False, indent=1)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
