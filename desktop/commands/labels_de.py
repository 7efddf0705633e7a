"""The German words of an exported entry, for the command line (which has no Qt translator).

The app translates the same keys through Qt (`desktop/ui/common/labels.py::entry_labels`, the
German in `resources/translations/gespraechskompass_de.ts`); `tests/ui/test_entry_labels.py`
checks that this table says exactly what the German app says, so `journal export` on the
command line and the Markdown export in the app read alike. Kept here, not in the core: the
core holds keys only, and the command line is the one Qt-free place that needs the words.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.journal.entry import EntryLabels
from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios.model import Rating


def when(moment: str) -> str:
    """A stored timestamp as local date and time, or a day (YYYY-MM-DD) as a date."""
    if not moment:
        return ""
    if len(moment) == 10:
        return datetime.strptime(moment, "%Y-%m-%d").strftime("%d.%m.%Y")
    return datetime.fromisoformat(moment).astimezone().strftime("%d.%m.%Y, %H:%M")


GERMAN = EntryLabels(
    kinds={SessionKind.UEBUNG: "Übung", SessionKind.ZWISCHENDURCH: "Zwischendurch",
           SessionKind.EIGENER_FALL: "Eigener Fall",
           SessionKind.ERKLAEREN: "Verständlich erklären"},
    steps={Step.SITUATION: "Situation", Step.DEUTEN: "Deuten",
           Step.BEEINFLUSSEN: "Beeinflussen", Step.REAGIEREN: "Reagieren",
           Step.VERARBEITEN: "Verarbeiten", Step.ZUSAMMENFASSUNG: "Zusammenfassung"},
    ratings={Rating.HILFREICH: "hilfreich", Rating.TEILS: "teils hilfreich",
             Rating.UNGUENSTIG: "ungünstig"},
    when=when,
    scenario="Szenario: {title}",
    started="begonnen am {when}",
    finished="✔ abgeschlossen am {when}",
    draft="✎ Entwurf, unterbrochen bei {step}",
    tags="Schlagwörter:",
    personal_data="Sie haben entschieden, persönliche Daten in diesem Eintrag zu behalten: Er "
                  "bleibt auf diesem Computer und kann nicht geteilt werden.",
    choice="Ihre Wahl:",
    recommended="✔ die empfohlene Option",
    not_recommended="◇ nicht die empfohlene Option",
    walk="Ihr Weg durch das Gespräch",
    taken_back="zurückgenommen",
    own_words_first="Zuerst in eigenen Worten:",
    strain="Belastung",
    strain_values="vorher {before}, nachher {after} (von 10)",
    feelings="Gefühle",
    helps="Was hilft",
    takeaway="Was ich mitnehme",
    reflection="Reflexion",
    feedback="Rückmeldung aus der Supervision",
    feedback_from="Von {sender}, erhalten am {when}",
    feedback_received="Erhalten am {when}",
    shared="Geteilt: {when}",
    nothing_yet="Noch nichts festgehalten.",
)
