"""Render entries of every kind through every entry renderer into a folder, to compare.

    python docs/make_entry_renderings.py OUTDIR de|en

An Übung (choices, a path with a step taken back and own words, instruments, reflection, tags,
feedback with and without a sender, a share), a Zwischendurch, an own case, a draft and an
entry kept with personal data, each as the journal's detail HTML (also the PDF's), the
Markdown page, the debrief summary; the whole export as Markdown (and the PDF's page count);
the shared entries as the share preview (placeholders marked) and as the supervisor reads them
with comments. Times, uids aside, are fixed: run it before and after a change to the entry
model (`desktop/core/journal/entry.py`) or a renderer and `diff -r` the two folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Berlin"  # fixed, so that two runs print the same times
time.tzset()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core import config, paths
    from desktop.core.exchange import build_share
    from desktop.core.journal import Journal
    from desktop.core.journal.markdown import render_markdown
    from desktop.core.practice import PracticeSession
    from desktop.core.scenarios.library import load_library
    from desktop.core.supervision import Workspace
    from desktop.ui.common import i18n
    from desktop.ui.common.shared_entry import shared_entry_html
    from desktop.ui.journal import export as ui_export
    from desktop.ui.journal.journal_detail import entry_html, journal_labels
    from desktop.ui.practice.summary_view import summary_html

    app = QApplication([])
    i18n.install(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    lib = load_library([paths.bundled_scenarios_dir()])
    home = Path(tempfile.mkdtemp())
    data = paths.DataPaths(home)
    journal = Journal.open(data, config.load(data.settings, policy={}),
                           clock=lambda: datetime(2026, 3, 2, 11, 0, tzinfo=UTC))
    sc = lib.scenarios["verlaengerung-unterlagen"]
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    clock = lambda: t0  # noqa: E731

    sessions: dict[str, PracticeSession] = {}
    u = PracticeSession.uebung(sc, clock=clock)
    journal.attach(u)
    u.set_strain_before(7)
    u.choose("deuten", 0, 0)
    u.answer("deuten", 0,
             "Die Kundin fürchtete um ihre Stelle;\nzuerst habe ich die Frist erklärt.")
    u.answer("beeinflussen", 0, "Ruhig die fehlenden Unterlagen benennen. <b>fett</b>")
    u.go_to("reagieren")
    w = u.dialogue
    w.set_own_words("Ich verstehe, dass das Sie trifft.")
    w.choose(1)
    w.undo()
    w.choose(0)
    while not w.finished:
        w.choose(0)
    u.set_strain_after(3)
    u.set_feelings(["erleichtert", "unsicher"])
    u.set_helps(["Supervision"])
    u.set_helps_other("Kaffee mit Kollegin")
    u.set_takeaway("Erst die Sorge, dann die Liste.")
    u.set_reflection("Das war gut.")
    u.finish()
    journal.tags.set(u.id, ["schalter", "gelungen"])
    journal.feedback.add(u.id, "Gut, dass Sie zuerst nach der Sorge gefragt haben.", stage="deuten",
                         sender="Supervision")
    journal.feedback.add(u.id, "Insgesamt stark.", sender="")
    journal.shares.add(u.id, "freigabe_2026-03-02_kompass-17_abcd1234.json",
                      shared_at="2026-03-02T10:00:00.000+00:00")
    sessions["uebung"] = u

    m = PracticeSession.zwischendurch(sc, sc.decision_nodes()[0].id, clock=clock)
    journal.attach(m)
    m.dialogue.choose(0)
    m.set_reflection("Nächstes Mal frage ich nach dem Zusatzblatt.")
    m.finish()
    sessions["moment"] = m

    o = PracticeSession.eigener_fall("Vorsprache von Herrn Haddad", clock=clock)
    journal.attach(o)
    o.answer("situation", 0, "Herr Haddad, Az. ABH-2024-12345, kam ohne Termin.")
    o.answer("reagieren", 0, "Ich blieb ruhig.")
    o.set_strain_before(8)
    o.set_strain_after(5)
    o.set_takeaway("Mehr Zeit einplanen.")
    sessions["own"] = o

    d = PracticeSession.uebung(sc, clock=clock)
    journal.attach(d)
    d.answer("deuten", 0, "Nur ein Anfang.")
    sessions["draft"] = d

    k = PracticeSession.eigener_fall("Mit Daten", clock=clock)
    journal.attach(k)
    k.answer("situation", 0, "Herr Haddad, Akte ABH-2024-12345.")
    k.mark_personal_data(True)
    sessions["kept"] = k

    for name, s in sessions.items():
        view = journal.entry(s.id)
        (out / f"detail_{name}.html").write_text(entry_html(view), "utf-8")
        (out / f"markdown_{name}.md").write_text(render_markdown(view, journal_labels()), "utf-8")
        (out / f"summary_{name}.html").write_text(summary_html(s.summary(), s, lib.techniques),
                                                  "utf-8")

    ids = [s.id for s in sessions.values()]
    fixed = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    ui_export.write_markdown(data.database, ids, out / "export.md", now=fixed)
    ui_export.write_pdf(data.database, ids, out / "export.pdf", now=fixed)
    pdf = (out / "export.pdf").read_bytes()
    (out / "export_pdf_pages.txt").write_text(str(pdf.count(b"/Type /Page\n") or
                                                  pdf.count(b"/Type /Page")), "utf-8")
    (out / "export.pdf").unlink()

    shareable = [journal.load(sessions[n].id) for n in ("uebung", "moment", "own", "draft")]
    build = build_share(shareable, "Kompass-17", date(2026, 3, 4), dict(lib.scenarios))
    for i, entry in enumerate(build.entries):
        (out / f"share_preview_{i}.html").write_text(shared_entry_html(entry, build.marks), "utf-8")
    ws = Workspace.open(home / "ws.sqlite3", clock=lambda: fixed)
    ws.import_bytes(build.file_name, build.data)
    for i, entry in enumerate(build.entries):
        eid = entry["id"]
        ws.add_comment(eid, "Ein Kommentar zum ganzen Eintrag.")
        ws.add_comment(eid, "Zu Deuten: <i>gut</i>.", stage="deuten")
        comments = ws.comments_for(eid)
        grouped: dict = {}
        for c in comments:
            grouped.setdefault(c.stage.value if c.stage else None, []).append(c)
        shown = ws.entry(eid)
        (out / f"share_supervision_{i}.html").write_text(
            shared_entry_html(shown, comments=grouped, pseudonym=shown["pseudonym"]), "utf-8")
    journal.close()
    print("written:", out)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "de")
