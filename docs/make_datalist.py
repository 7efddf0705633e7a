"""The list of stored data in the data-protection documents, generated from the real schemas.

    python docs/make_datalist.py           rewrite the generated blocks in docs/*.md
    python docs/make_datalist.py --check   exit 1 if a document no longer matches the code

Creates an empty journal and an empty supervision workspace in a temporary folder with the
app's own code (all migrations applied), reads their tables and columns, and writes them
between the markers `<!-- datenliste:start -->` and `<!-- datenliste:end -->` of every document
that has them. A table or setting without a German description below stops the script, so a
new column or table cannot reach the documents unexplained. tests/test_docs_datalist.py runs
the check.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

START, END = "<!-- datenliste:start -->", "<!-- datenliste:end -->"
DOCUMENTS = [ROOT / "docs" / "datenschutz.md", ROOT / "docs" / "verarbeitungsverzeichnis.md"]

# What each table holds, in the words of the data-protection documents.
TABLES = {
    "journal": {
        "meta": "Zähler für Sicherungen (keine Inhalte)",
        "sessions": "je Übung oder Reflexion: Art, Szenario, Titel, Zeitpunkte, Belastung "
                    "vorher/nachher (Selbsteinschätzung), Gefühle, was geholfen hat, "
                    "Erkenntnis, Reflexionstext, Hinweis auf erkannte personenbezogene Angaben, "
                    "Entwurf eigener Worte beim Reagieren, Reihenfolge der Antwortoptionen",
        "answers": "eigene Antworten auf die Fragen der Übungsschritte",
        "choices": "gewählte Antwortmöglichkeiten und die Rückmeldung dazu",
        "path_steps": "der Weg durch einen Gesprächsverlauf (gewählte Äußerungen)",
        "review_cards": "je Entscheidungsstelle eines Szenarios: wann sie wieder zur Übung "
                        "ansteht, wie oft und zuletzt wie sie beantwortet wurde (aus den "
                        "Einträgen berechnet, keine Texte)",
        "tags": "eigene Schlagwörter",
        "feedback": "Rückmeldungen der Supervision (vom Absender gewähltes Pseudonym)",
        "shares": "wann welcher Eintrag als Datei geteilt wurde (Dateiname)",
    },
    "supervision": {
        "meta": "Kennung und Version des Arbeitsbereichs (keine Inhalte)",
        "imports": "übernommene Freigabedateien: Prüfsumme, Dateiname, Pseudonym, Zeitpunkte",
        "entries": "geteilte, anonymisierte Einträge mit dem Pseudonym der Person",
        "entry_stages": "welche Übungsschritte ein geteilter Eintrag enthält",
        "path_steps": "der geteilte Weg durch einen Gesprächsverlauf",
        "comments": "Kommentare der Supervision zu geteilten Einträgen",
    },
}
SEARCH_INDEX_NOTE = "Suchindex (Volltext) über die Texte von"
SETTINGS = {
    "language": "Sprache der Oberfläche",
    "font_size": "Schriftgröße",
    "theme": "Farbschema (System oder hoher Kontrast)",
    "streak_enabled": "Übungsserien anzeigen (aus, wenn nicht selbst eingeschaltet)",
    "reminder_enabled": "Erinnerung an Übungen (aus, wenn nicht selbst eingeschaltet)",
    "review_hint_enabled": "Hinweis auf der Startseite, dass Momente zum Wiederholen bereit "
                           "sind (aus, wenn nicht selbst eingeschaltet)",
    "own_words_first": "beim Reagieren erst eigene Worte schreiben, dann die Optionen sehen",
    "takeaway_on_start": "die letzte eigene Erkenntnis auf der Startseite zeigen",
    "data_folder": "Datenordner (falls nicht der Standard)",
    "backup_folder": "Ordner der Sicherungen",
    "team_scenario_folder": "Ordner mit Team-Szenarien",
    "scenario_folders": "weitere Szenario-Ordner",
    "exchange_folder": "Austauschordner für geteilte Dateien",
    "supervisor_workspace": "Supervisions-Arbeitsbereich eingeschaltet",
    "own_case_enabled": "Reflexion eigener Fälle erlaubt",
    "retention_days": "Aufbewahrungsfrist für eigene Fälle (Tage)",
    "allow_network_data_folder": "Datenordner auf Netzlaufwerk erlaubt",
    "pseudonym": "selbst gewähltes Pseudonym für das Teilen",
    "rechtsstand_months": "nach wie vielen Monaten die Szenario-Prüfung vor veraltetem "
                          "Rechtsstand warnt",
    "authoring": "Szenario-Studio für Trainerinnen und Trainer eingeschaltet",
}


def _tables(database: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' "
                            "ORDER BY rowid").fetchall()
        found = {}
        for name, sql in rows:
            if any(name.endswith(s) for s in ("_data", "_idx", "_docsize", "_config",
                                               "_content")) and "_fts_" in name:
                continue  # FTS5's own shadow tables
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{name}')")]
            if (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
                name = f"{name} (fts5)"
            found[name] = columns
        return found
    finally:
        conn.close()


def schemas() -> dict[str, dict[str, list[str]]]:
    """Tables and columns of a new journal and a new supervision workspace."""
    from desktop.core import config, paths
    from desktop.core.journal import Journal
    from desktop.core.supervision import schema as supervision_schema

    with tempfile.TemporaryDirectory(prefix="gk-datalist-") as tmp:
        data = paths.DataPaths(Path(tmp))
        Journal.open(data, config.load(None, policy={})).close()
        supervision_schema.connect(data.supervision_database).close()
        return {"journal": _tables(data.database),
                "supervision": _tables(data.supervision_database)}


def _describe(database: str, table: str) -> str:
    if table.endswith(" (fts5)"):
        base = table.removesuffix(" (fts5)").removesuffix("_fts")
        return f"{SEARCH_INDEX_NOTE} `{base}` (wird mit ihnen gelöscht)"
    try:
        return TABLES[database][table]
    except KeyError:
        raise SystemExit(f"make_datalist: no German description for table {table} of the "
                         f"{database} in docs/make_datalist.py (TABLES)") from None


def render() -> str:
    from desktop.core import config

    found = schemas()
    files = {"journal": "Journal `journal.sqlite3` (jede Person, auf ihrem PC)",
             "supervision": "Supervisions-Arbeitsbereich `supervision.sqlite3` (nur bei "
                            "Supervisorinnen und Supervisoren, wenn eingeschaltet)"}
    lines = [START, "",
             "*Erzeugt aus dem Datenbankschema des Programms mit `python docs/make_datalist.py`; "
             "ein Test prüft, dass diese Liste zum Code passt.*", ""]
    for database, tables in found.items():
        lines += [f"**{files[database]}**", "", "| Tabelle | Inhalt | Felder |", "|---|---|---|"]
        for table, columns in tables.items():
            lines.append(f"| `{table}` | {_describe(database, table)} | "
                         f"{', '.join(columns)} |")
        lines.append("")
    missing = sorted(set(config.DEFAULTS) - set(SETTINGS))
    if missing:
        raise SystemExit(f"make_datalist: no German description for setting(s) {missing}")
    lines += ["**Einstellungen `settings.json`** (nur geänderte Werte; die IT kann jeden Wert "
              "per Richtlinie festlegen)", "", "| Schlüssel | Bedeutung |", "|---|---|"]
    lines += [f"| `{key}` | {SETTINGS[key]} |" for key in config.DEFAULTS]
    lines += ["", "**Weitere Dateien im Datenordner:** `backups/` (Kopien des Journals), "
              "`logs/` (technische Meldungen ohne Inhalte der Einträge, rotierend), `cache/` "
              "(Zwischenspeicher der Szenarien, keine Personendaten), `damaged/` (beiseitegelegte "
              "beschädigte Dateien), `app.lock`.", "", END]
    return "\n".join(lines)


def update(text: str, block: str) -> str:
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    return head + block + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare, change nothing")
    args = parser.parse_args(argv)
    block = render()
    stale = []
    for document in DOCUMENTS:
        text = document.read_text("utf-8")
        if START not in text:
            continue
        new = update(text, block)
        if new != text:
            stale.append(document.name)
            if not args.check:
                document.write_text(new, "utf-8")
    if args.check and stale:
        print("Veraltete Datenliste in: " + ", ".join(stale)
              + ". Bitte `python docs/make_datalist.py` ausführen.")
        return 1
    print(("aktualisiert: " + ", ".join(stale)) if stale and not args.check else "Datenliste aktuell")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
