"""Display names, in one place: the core gives stable values (what the journal and the
scenario files store), this module gives what the screen shows for them, translated.

Rooms add their labels in a block of their own, marked with the room's name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from desktop.core.journal.entry import EntryLabels
    from desktop.core.practice.catalog import Step
    from desktop.core.scenarios.model import Rating, Stage


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def visible_text(text: str) -> str:
    """A label's text as the user reads it: without the & that marks its Alt key. A control's
    accessible name is this text (WCAG 2.5.3: voice control finds it by what it says)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def label_for(label: QLabel, control: QWidget) -> QLabel:
    """Make `label` the visible name of `control` (buddy, mnemonic target, labelled-by). A
    longer name the control had before ("Search in title and description" for "Search:")
    becomes its description, when it has none: said after the name, not instead of it."""
    label.setBuddy(control)
    name = visible_text(label.text()).rstrip(":").strip()
    before = control.accessibleName()
    if before and before != name and not control.accessibleDescription():
        control.setAccessibleDescription(before)
    control.setAccessibleName(name)
    return label


def sort_key(text: str) -> str:
    """A display name's place in an alphabetical list, as a German reader expects it (DIN
    5007: "Ä" among the "A"s, "ß" as "ss", case ignored), not by code point, which puts every
    umlaut after "z"."""
    folded = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def setting_label(value: str) -> str:
    return {"schalter": _tr("At the counter"), "termin": _tr("In an appointment"),
            "telefon": _tr("On the phone"), "schriftlich": _tr("In writing")}.get(value, value)


def level_label(value: int) -> str:
    return {1: _tr("Introductory"), 2: _tr("Advanced"), 3: _tr("Challenging")}.get(
        value, str(value))


def stage_label(stage: Stage | str) -> str:
    return {"deuten": _tr("Deuten"), "beeinflussen": _tr("Beeinflussen"),
            "reagieren": _tr("Reagieren"), "verarbeiten": _tr("Verarbeiten")}.get(
        str(stage), str(stage))


def stage_question(stage: Stage | str) -> str:
    return {"deuten": _tr("What is really going on here?"),
            "beeinflussen": _tr("How can I shape this conversation before it tips over?"),
            "reagieren": _tr("What do I say now?"),
            "verarbeiten": _tr("What does this do to me, and what do I do with it?")}.get(
        str(stage), "")


def rating_label(rating: Rating | str) -> str:
    return {"hilfreich": _tr("helpful"), "teils": _tr("partly helpful"),
            "ungünstig": _tr("unhelpful")}.get(str(rating), str(rating))


def rating_symbol(rating: Rating | str) -> str:
    """A shape that says the rating without colour: ✔ hilfreich, ◐ teils, ✖ ungünstig."""
    return {"hilfreich": "✔", "teils": "◐", "ungünstig": "✖"}.get(str(rating), "•")


def language_key() -> tuple[str, str]:
    """What tells one UI language from another at run time: the translation of one word and
    the default locale (`i18n.install` replaces both). A table of translated words built once
    is kept under this key, so a language installed later (the English checks, a future
    switch in the settings) is never shown the old words."""
    return _tr("Exercise"), QLocale().name()


_topics: dict[tuple[str, str], dict[str, str]] = {}


def topic_label(slug: str) -> str:
    """A scenario's topic (a slug in its header) as the screen shows it, translated; a topic
    this table does not know yet (a team's own pack) reads as its slug.

    The table is built once per language: building it is some fifty translations, and the
    library browser and the statistics ask for every scenario's topics."""
    key = language_key()
    known = _topics.get(key)
    if known is None:
        known = _topics[key] = _topic_table()
    return known.get(slug) or slug.replace("-", " ").capitalize()


def _topic_table() -> dict[str, str]:
    return {
        "abschiebung": _tr("Deportation"), "aeltere-kundschaft": _tr("Older clients"),
        "aggression": _tr("Aggression"), "ablehnung": _tr("Refusal"),
        "arbeitgeber": _tr("Employers"), "aufenthaltserlaubnis": _tr("Residence permit"),
        "bedrohung": _tr("Threats"), "begleitung": _tr("Accompanying persons"),
        "behinderung": _tr("Disability"), "belastung": _tr("Strain"),
        "beschaeftigungsduldung": _tr("Employment toleration (Beschäftigungsduldung)"),
        "beschwerde": _tr("Complaints"), "besuch": _tr("Visits"),
        "bleiberecht": _tr("Right to remain"),
        "chancen-aufenthalt": _tr("Opportunity residence (Chancen-Aufenthaltsrecht)"),
        "chancenkarte": _tr("Opportunity card (Chancenkarte)"),
        "datenschutz": _tr("Data protection"), "digitale-teilhabe": _tr("Digital participation"),
        "duldung": _tr("Toleration (Duldung)"), "einbuergerung": _tr("Naturalisation"),
        "elektronischer-aufenthaltstitel": _tr("Electronic residence permit"),
        "erwartungsmanagement": _tr("Managing expectations"),
        "fachkraefte": _tr("Skilled workers"), "familiennachzug": _tr("Family reunification"),
        "fehler-der-behoerde": _tr("Mistakes by the office"),
        "fiktionsbescheinigung": _tr("Interim certificate (Fiktionsbescheinigung)"),
        "fortgeltung": _tr("Continued validity"), "fristen": _tr("Deadlines"),
        "gleichbehandlung": _tr("Equal treatment"), "haftung": _tr("Liability"),
        "identitaetsklaerung": _tr("Establishing identity"), "nachsorge": _tr("Aftercare"),
        "passbeschaffung": _tr("Obtaining a passport"), "perspektive": _tr("Perspective"),
        "rechtsanwalt": _tr("Lawyers"), "rechtsbehelf": _tr("Legal remedies"),
        "sicherheit": _tr("Safety"), "sprachmittlung": _tr("Interpreting"),
        "suizid": _tr("Suicide"), "team": _tr("Team"), "termin": _tr("Appointments"),
        "terminvergabe": _tr("Booking appointments"), "trauer": _tr("Grief"),
        "trauma": _tr("Trauma"), "ueberlastung": _tr("Overload"), "ukraine": _tr("Ukraine"),
        "unterlagen": _tr("Documents"),
        "verpflichtungserklaerung": _tr("Declaration of commitment (Verpflichtungserklärung)"),
        "voruebergehender-schutz": _tr("Temporary protection"), "wartezeit": _tr("Waiting times"),
        "wuerde": _tr("Dignity"),
    }


def minutes_label(minutes: int) -> str:
    return _tr("{n} min").format(n=minutes)  # an abbreviation: the same for one and many


# --- practice room: steps, instruments, appointment kinds, dates --------------------------------
# The core keeps only the values it stores (desktop.core.practice.catalog); these are what the
# screen shows for them, translated. A session's kind: `kind_label` in the block below.


def step_label(step: Step | str) -> str:
    """A session step's display name (the four middle steps are the stages)."""
    value = str(step)
    if value == "situation":
        return _tr("Situation")
    if value == "zusammenfassung":
        return _tr("Summary")
    return stage_label(value)


def instrument_label(name: str) -> str:
    """The questions of Verarbeiten's instruments and the one-line notes, by instrument name
    (the names are the fields of `desktop.core.practice.state.Instruments`, plus
    "reflection" for a Zwischendurch's one line)."""
    return {
        "strain_before": _tr("How strained do you feel right now? (0 = not at all, "
                             "10 = very strongly)"),
        "strain_after": _tr("And now, after going through it? (0 = not at all, "
                            "10 = very strongly)"),
        "feelings": _tr("Which feelings are there right now? (choose any)"),
        "helps": _tr("What would do you good now? (choose any)"),
        "helps_other": _tr("Something else that helps you"),
        "takeaway": _tr("What I take with me (one sentence)"),
        "reflection": _tr("One sentence on this moment: what do you take with you?"),
    }.get(name, name)


def feeling_label(value: str) -> str:
    """A feeling as stored (catalog.FEELINGS, German) in the UI language."""
    return {
        "erschöpft": _tr("exhausted"), "wütend": _tr("angry"), "gereizt": _tr("irritated"),
        "traurig": _tr("sad"), "hilflos": _tr("helpless"), "ohnmächtig": _tr("powerless"),
        "unsicher": _tr("unsure"), "ängstlich": _tr("anxious"), "beschämt": _tr("ashamed"),
        "schuldig": _tr("guilty"), "angespannt": _tr("tense"), "betroffen": _tr("moved"),
        "erleichtert": _tr("relieved"), "zufrieden": _tr("content"), "ruhig": _tr("calm"),
        "stolz": _tr("proud"),
    }.get(value, value)


def help_label(value: str) -> str:
    """What would help, as stored (catalog.HELPS, German), in the UI language."""
    return {
        "mit einer Kollegin oder einem Kollegen sprechen": _tr("talk to a colleague"),
        "mit der Teamleitung sprechen": _tr("talk to the team lead"),
        "kollegiale Fallberatung": _tr("peer case consultation"),
        "Supervision": _tr("supervision"),
        "Mitarbeiterberatung (EAP)": _tr("employee assistance programme (EAP)"),
        "kurze Pause": _tr("a short break"),
        "Bewegung": _tr("moving about"),
        "frische Luft": _tr("fresh air"),
        "etwas trinken oder essen": _tr("something to drink or eat"),
        "aufschreiben und abschließen": _tr("write it down and close it"),
        "ein Ritual zum Feierabend": _tr("an end-of-work ritual"),
        "nichts, es ist gut so": _tr("nothing, it is fine as it is"),
    }.get(value, value)


def prompt_label(prompt: str) -> str:
    """A prompt the app itself asks (an eigener Fall's, Verständlich erklären's) in the UI
    language; a scenario's own prompts are content and stay as written."""
    return {
        "Was ist passiert? Beschreiben Sie das Gespräch kurz, ohne Namen, Aktenzeichen oder "
        "andere Angaben, an denen man die Person erkennen könnte.":
            _tr("What happened? Describe the conversation briefly, without names, file numbers "
                "or other details by which the person could be recognised."),
        "Was war aus Ihrer Sicht wirklich los? Welche Sorge oder welches Anliegen könnte hinter "
        "dem Verhalten gestanden haben?":
            _tr("What was really going on, in your view? What worry or concern might have been "
                "behind the behaviour?"),
        "Gibt es eine zweite mögliche Deutung?": _tr("Is there a second possible reading?"),
        "Was hat das Gespräch bei Ihnen selbst ausgelöst?":
            _tr("What did the conversation set off in you?"),
        "Was hätten Sie vor oder zu Beginn des Gesprächs anders gestalten können (Rahmen, "
        "Eröffnung, Transparenz, Sprache, Sprachmittlung)?":
            _tr("What could you have arranged differently before or at the start of the "
                "conversation (setting, opening, transparency, language, interpreting)?"),
        "Was war der schwierigste Moment, und wie haben Sie reagiert?":
            _tr("What was the hardest moment, and how did you respond?"),
        "Was könnten Sie beim nächsten Mal in diesem Moment sagen oder tun?":
            _tr("What could you say or do in that moment next time?"),
        "Was beschäftigt Sie an diesem Gespräch noch?":
            _tr("What about this conversation is still on your mind?"),
        "Ihre erste Fassung": _tr("Your first version"),
        "Ihre überarbeitete Fassung": _tr("Your revised version"),
    }.get(prompt, prompt)


def appointment_kind_label(kind: str) -> str:
    """A kind of appointment (desktop.core.scenarios.cards.APPOINTMENT_KINDS)."""
    return {
        "ablehnung": QCoreApplication.translate("kinds", "Delivering a refusal"),
        "aerger": QCoreApplication.translate("kinds", "Angry or loud clients"),
        "sicherheit": QCoreApplication.translate(
            "kinds", "Risky appointment: pending removal, earlier threats"),
        "dolmetschen": QCoreApplication.translate("kinds", "Conversation with an interpreter"),
        "unterlagen": QCoreApplication.translate("kinds", "Missing documents"),
        "warten": QCoreApplication.translate("kinds", "Long waits, many follow-up questions"),
        "belastung": QCoreApplication.translate("kinds", "Desperate, distressed people"),
        "begleitung": QCoreApplication.translate(
            "kinds", "Companions: relatives, volunteers, lawyers"),
    }.get(kind, kind)


_PATTERNS: dict[str, str] = {}
_QT_TO_STRFTIME = {"dd": "%d", "MM": "%m", "yyyy": "%Y", "yy": "%y"}


def _date_pattern() -> str:
    """The locale's short date format as a strftime pattern ("" if it uses other fields).

    Converting once per locale keeps formatting a page of rows fast: a call into QLocale per
    row costs more than the query that fetched it.
    """
    locale = QLocale()
    name = locale.name()
    if name not in _PATTERNS:
        qt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        parts = re.findall(r"yyyy|yy|MM|dd|[^dMy]+|[dMy]+", qt)
        ok = all(p in _QT_TO_STRFTIME or not re.match(r"[dMy]", p) for p in parts)
        _PATTERNS[name] = "".join(_QT_TO_STRFTIME.get(p, p.replace("%", "%%"))
                                  for p in parts) if ok else ""
    return _PATTERNS[name]


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as local date and time in the user's locale (short format)."""
    if not stamp:
        return ""
    from datetime import datetime  # 1 ms to import: not with the start page, which shows no time

    moment = datetime.fromisoformat(stamp).astimezone()
    pattern = _date_pattern()
    if pattern:
        return f"{moment.strftime(pattern)} {moment:%H:%M}"
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day),
                             QLocale.FormatType.ShortFormat)
    return f"{day} {moment:%H:%M}"


# --- supervision and statistics rooms ---------------------------------------------------------


def kind_label(kind: str) -> str:
    """What a session is, as the lists show it (the core stores the stable value)."""
    return {"uebung": _tr("Exercise"), "zwischendurch": _tr("Zwischendurch"),
            "eigener-fall": _tr("Own case"), "erklaeren": _tr("Explaining in plain words")}.get(
        str(kind), str(kind))


# -- entries (journal detail, PDF and Markdown export, shared entries; entry model room) ------
# The core's EntryView holds keys only; these are its words. The command line's German twin
# is desktop/commands/labels_de.py (tests/ui/test_entry_labels.py keeps the two in step).
# Kinds: `kind_label` in the block above; steps: `step_label` in the practice room's block.


def day_label(day: str | None) -> str:
    """A YYYY-MM-DD day in the user's locale (short format)."""
    from PySide6.QtCore import QDate, QLocale

    if not day:
        return ""
    parsed = QDate.fromString(day, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() \
        else day


def moment_label(stamp: str | None) -> str:
    """A stored UTC timestamp as local date and time (short format); a day as a date."""
    if not stamp or len(stamp) == 10:
        return day_label(stamp)
    from datetime import datetime  # 1 ms to import: not with the start page, which shows no time

    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{day_label(moment.date().isoformat())} {moment:%H:%M}"


_entry_labels: dict[tuple[str, str, Callable[[str], str]], EntryLabels] = {}


def entry_labels(when: Callable[[str], str] = moment_label) -> EntryLabels:
    """The words of an entry in the UI's language; `when` shows its times (timestamps in the
    journal, days in a shared entry).

    Built once per language (`language_key`): a share preview renders up to 200 entries, and
    thirty translations per entry were half its time.
    """
    key = (*language_key(), when)
    if key not in _entry_labels:
        _entry_labels[key] = _build_entry_labels(when)
    return _entry_labels[key]


def _build_entry_labels(when: Callable[[str], str]) -> EntryLabels:
    from desktop.core.journal.entry import EntryLabels
    from desktop.core.practice.catalog import SessionKind, Step
    from desktop.core.scenarios.model import Rating

    return EntryLabels(
        kinds={k: kind_label(k) for k in SessionKind},
        steps={s: step_label(s) for s in Step},
        ratings={r: rating_label(r) for r in Rating},
        when=when,
        scenario=_tr("Scenario: {title}"),
        started=_tr("started {when}"),
        finished=_tr("✔ finished {when}"),
        draft=_tr("✎ draft, stopped at {step}"),
        tags=_tr("Tags:"),
        personal_data=_tr("You chose to keep personal data in this entry: it stays on this "
                          "computer and cannot be shared."),
        choice=_tr("Your choice:"),
        recommended=_tr("✔ the recommended option"),
        not_recommended=_tr("◇ not the recommended option"),
        walk=_tr("Your path through the conversation"),
        taken_back=_tr("taken back"),
        own_words_first=_tr("In your own words first:"),
        strain=_tr("Strain"),
        strain_values=_tr("before {before}, after {after} (out of 10)"),
        feelings=_tr("Feelings"),
        helps=_tr("What helps"),
        takeaway=_tr("What I take with me"),
        reflection=_tr("Reflection"),
        feedback=_tr("Feedback from your supervisor"),
        feedback_from=_tr("From {sender}, received {when}"),
        feedback_received=_tr("Received {when}"),
        shared=_tr("Shared: {when}"),
        nothing_yet=_tr("Nothing written down yet."),
        choices=_catalog_choices(),
    )


def _catalog_choices() -> dict[str, str]:
    """Feelings and helps as the UI language says them, only where that differs from the
    stored German (so the German app's labels equal the command line's)."""
    from desktop.core.practice.catalog import FEELINGS, HELPS

    shown = {v: feeling_label(v) for v in FEELINGS} | {v: help_label(v) for v in HELPS}
    return {value: label for value, label in shown.items() if label != value}


def shared_entry_labels() -> EntryLabels:
    """A shared entry read by someone else (the supervisor, or the preview of what they will
    read): "Chosen", not "Your choice"; its times are days."""
    return replace(entry_labels(), choice=_tr("Chosen:"),
                   walk=_tr("Path through the conversation"))
