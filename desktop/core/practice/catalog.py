"""Fixed German lists and prompts that the app itself adds to every session.

These are app texts, not scenario content (design.md §2.6 keeps scenario text out of the code):
the standard instruments of Verarbeiten, the step titles, and the free-text prompts of an
eigener-fall reflection. They live here as data so that the GUI, the journal export and the
statistics all show the same words, and so that stored values stay stable: the journal stores
these strings themselves, so an entry must never be renamed, only added (an old value that is no
longer listed is still shown, see `PracticeSession.from_dict`).
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.scenarios.model import Stage


class Step(StrEnum):
    """The steps of a session, in order. The four middle values equal the `Stage` values."""

    SITUATION = "situation"
    DEUTEN = "deuten"
    BEEINFLUSSEN = "beeinflussen"
    REAGIEREN = "reagieren"
    VERARBEITEN = "verarbeiten"
    ZUSAMMENFASSUNG = "zusammenfassung"

    @property
    def title(self) -> str:  # type: ignore[override]  # shadows str.title (review point 5)
        return STEP_TITLES[self]

    @property
    def stage(self) -> Stage | None:
        """The scenario stage of this step; None for Situation and Zusammenfassung."""
        try:
            return Stage(self.value)
        except ValueError:
            return None


STEP_TITLES: dict[Step, str] = {
    Step.SITUATION: "Situation",
    Step.DEUTEN: "Deuten",
    Step.BEEINFLUSSEN: "Beeinflussen",
    Step.REAGIEREN: "Reagieren",
    Step.VERARBEITEN: "Verarbeiten",
    Step.ZUSAMMENFASSUNG: "Zusammenfassung",
}


class SessionKind(StrEnum):
    """What a session is: a whole scenario, one critical moment, or a real conversation."""

    UEBUNG = "uebung"
    ZWISCHENDURCH = "zwischendurch"
    EIGENER_FALL = "eigener-fall"
    ERKLAEREN = "erklaeren"  # explain an official text in plain words (kind "erklaeren")

    @property
    def title(self) -> str:  # type: ignore[override]  # shadows str.title (review point 5)
        return KIND_TITLES[self]


KIND_TITLES: dict[SessionKind, str] = {
    SessionKind.UEBUNG: "Übung",
    SessionKind.ZWISCHENDURCH: "Zwischendurch",
    SessionKind.EIGENER_FALL: "Eigener Fall",
    SessionKind.ERKLAEREN: "Verständlich erklären",
}

# The steps each kind walks through. Zwischendurch shows the context (Situation), one decision
# in Reagieren and a one-line reflection with the summary; nothing else, it takes two minutes.
KIND_STEPS: dict[SessionKind, tuple[Step, ...]] = {
    SessionKind.UEBUNG: tuple(Step),
    SessionKind.ZWISCHENDURCH: (Step.SITUATION, Step.REAGIEREN, Step.ZUSAMMENFASSUNG),
    SessionKind.EIGENER_FALL: tuple(Step),
    # Verständlich erklären: the situation with the text to explain, then the summary; the two
    # versions are the two answers of the Situation step (EXPLAIN_PROMPTS).
    SessionKind.ERKLAEREN: (Step.SITUATION, Step.ZUSAMMENFASSUNG),
}

# The two texts of a Verständlich-erklären session, stored as answers of Step.SITUATION.
EXPLAIN_PROMPTS: tuple[str, ...] = ("Ihre erste Fassung", "Ihre überarbeitete Fassung")

STRAIN_MIN = 0
STRAIN_MAX = 10

STRAIN_BEFORE_LABEL = "Wie belastet fühlen Sie sich gerade? (0 = gar nicht, 10 = sehr stark)"
STRAIN_AFTER_LABEL = "Und jetzt, nach dem Durchgehen? (0 = gar nicht, 10 = sehr stark)"
FEELINGS_LABEL = "Welche Gefühle sind gerade da? (mehrere möglich)"
HELPS_LABEL = "Was würde Ihnen jetzt guttun? (mehrere möglich)"
HELPS_OTHER_LABEL = "Etwas anderes, das Ihnen hilft"
TAKEAWAY_LABEL = "Das nehme ich mit (ein Satz)"
REFLECTION_LABEL = "Ein Satz zu diesem Moment: Was nehmen Sie mit?"

FEELINGS: tuple[str, ...] = (
    "erschöpft",
    "wütend",
    "gereizt",
    "traurig",
    "hilflos",
    "ohnmächtig",
    "unsicher",
    "ängstlich",
    "beschämt",
    "schuldig",
    "angespannt",
    "betroffen",
    "erleichtert",
    "zufrieden",
    "ruhig",
    "stolz",
)

HELPS: tuple[str, ...] = (
    "mit einer Kollegin oder einem Kollegen sprechen",
    "mit der Teamleitung sprechen",
    "kollegiale Fallberatung",
    "Supervision",
    "Mitarbeiterberatung (EAP)",
    "kurze Pause",
    "Bewegung",
    "frische Luft",
    "etwas trinken oder essen",
    "aufschreiben und abschließen",
    "ein Ritual zum Feierabend",
    "nichts, es ist gut so",
)

# Free-text prompts of an eigener-fall reflection. They follow the four competences and, within
# them, Gibbs' reflective cycle (description, feelings, evaluation, analysis, conclusion, plan).
OWN_CASE_PROMPTS: dict[Step, tuple[str, ...]] = {
    Step.SITUATION: (
        "Was ist passiert? Beschreiben Sie das Gespräch kurz, ohne Namen, Aktenzeichen oder "
        "andere Angaben, an denen man die Person erkennen könnte.",
    ),
    Step.DEUTEN: (
        "Was war aus Ihrer Sicht wirklich los? Welche Sorge oder welches Anliegen könnte hinter "
        "dem Verhalten gestanden haben?",
        "Gibt es eine zweite mögliche Deutung?",
        "Was hat das Gespräch bei Ihnen selbst ausgelöst?",
    ),
    Step.BEEINFLUSSEN: (
        "Was hätten Sie vor oder zu Beginn des Gesprächs anders gestalten können (Rahmen, "
        "Eröffnung, Transparenz, Sprache, Sprachmittlung)?",
    ),
    Step.REAGIEREN: (
        "Was war der schwierigste Moment, und wie haben Sie reagiert?",
        "Was könnten Sie beim nächsten Mal in diesem Moment sagen oder tun?",
    ),
    Step.VERARBEITEN: (
        "Was beschäftigt Sie an diesem Gespräch noch?",
    ),
}
