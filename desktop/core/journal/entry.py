"""One journal entry as plain data: what every renderer of an entry reads.

`EntryView` is built once (`entry_view` from the journal's session data, `exchange.share
.entry_view` from a share document) and rendered by thin formatters: the journal's detail view
and PDF, the shared-entry view, the Markdown export. The view holds keys and enums only (a
`SessionKind`, a `Step`, a `Rating`), never display text: the renderers take an `EntryLabels`
(the UI's translated one, or the command line's German one) for every word they add.

A new field is one dataclass field here, one line in the builder, one label if it needs one,
and one line in each renderer that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.practice.state import parse_rating
from desktop.core.scenarios.model import Rating

# Where a text came from inside a share document, e.g. ("answers", 2): the share preview looks
# up the anonymiser's placeholder spans by it (`ShareBuild.marks`, keyed (entry id, *source,
# field)). Views from the journal carry the same positions; nothing else reads them.
Source = tuple[str | int, ...]


@dataclass(frozen=True)
class AnswerItem:
    """A free-text answer under its prompt (the prompt is scenario Markdown)."""

    prompt: str
    text: str
    source: Source = ()


@dataclass(frozen=True)
class ChoiceItem:
    """An Auswahl: the question, the option chosen and whether it was the recommended one."""

    question: str
    option: str
    recommended: bool
    feedback: str = ""
    source: Source = ()


@dataclass(frozen=True)
class PathItem:
    """One choice in the dialogue, with its rating; `undone`: taken back and tried again."""

    text: str
    rating: Rating
    undone: bool = False
    node_title: str | None = None
    feedback: str = ""
    own_words: str = ""  # what the user wrote before seeing the options
    source: Source = ()


@dataclass(frozen=True)
class WalkItem:
    """The path through the conversation (Reagieren): every choice in the order made."""

    steps: tuple[PathItem, ...]


@dataclass(frozen=True)
class InstrumentsItem:
    """Verarbeiten's instruments; `helps_other` is the user's own words next to `helps`."""

    strain_before: int | None = None
    strain_after: int | None = None
    feelings: tuple[str, ...] = ()
    helps: tuple[str, ...] = ()
    helps_other: str = ""
    takeaway: str = ""

    @property
    def strain(self) -> bool:
        return self.strain_before is not None or self.strain_after is not None

    def __bool__(self) -> bool:
        return bool(self.strain or self.feelings or self.helps or self.helps_other
                    or self.takeaway)


@dataclass(frozen=True)
class ReflectionItem:
    text: str


Item = AnswerItem | ChoiceItem | WalkItem | InstrumentsItem | ReflectionItem


@dataclass(frozen=True)
class Section:
    """What was written in one step, in reading order (answers, choices, path, instruments)."""

    step: Step
    items: tuple[Item, ...]


@dataclass(frozen=True)
class FeedbackItem:
    """Feedback a supervisor sent back (stage None: about the whole entry)."""

    text: str
    stage: Step | None = None
    sender: str = ""
    received_at: str = ""


@dataclass(frozen=True)
class ShareItem:
    shared_at: str
    file_name: str


@dataclass(frozen=True)
class CommentItem:
    """A supervisor's own comment on a shared entry (stage None: the whole entry)."""

    text: str
    written: str
    exported: str | None = None
    stage: Step | None = None


@dataclass(frozen=True)
class EntryFacts:
    """The head of an entry. `created`/`finished` are stored timestamps in the journal and
    days (YYYY-MM-DD) in a share document; `EntryLabels.when` formats either."""

    kind: SessionKind
    title: str
    scenario_title: str | None
    created: str
    finished: str | None
    step: Step | None = None  # where a draft stopped (unknown in a share)
    tags: tuple[str, ...] = ()
    personal_data: bool = False
    id: str | int | None = None  # the journal's row id or the share entry id
    scenario_id: str | None = None

    def heading(self, labels: EntryLabels) -> str:
        """The entry's name: its own title, else the scenario's, else its kind."""
        return self.title or self.scenario_title or labels.kinds[self.kind]

    def lines(self, labels: EntryLabels) -> list[str]:
        """The head as short facts: kind, scenario (beside an own title), started, finished
        or where a draft stopped (the journal's renderers; a share shows days instead)."""
        out = [labels.kinds[self.kind]]
        if self.scenario_title and self.title:
            out.append(labels.scenario.format(title=self.scenario_title))
        out.append(labels.started.format(when=labels.when(self.created)))
        if self.finished:
            out.append(labels.finished.format(when=labels.when(self.finished)))
        elif self.step is not None:
            out.append(labels.draft.format(step=labels.steps[self.step]))
        return out


@dataclass(frozen=True)
class EntryView:
    facts: EntryFacts
    sections: tuple[Section, ...]  # only steps with something in them, in step order
    feedback: tuple[FeedbackItem, ...] = ()
    shares: tuple[ShareItem, ...] = ()
    comments: tuple[CommentItem, ...] = ()

    def section(self, step: Step) -> Section | None:
        return next((s for s in self.sections if s.step is step), None)

    @property
    def walk(self) -> WalkItem | None:
        section = self.section(Step.REAGIEREN)
        return next((i for i in section.items if isinstance(i, WalkItem)), None) \
            if section else None


@dataclass(frozen=True)
class EntryLabels:
    """Every word an entry renderer adds, by key. The UI fills it with translations
    (`desktop/ui/common/labels.py::entry_labels`), the command line with German
    (`desktop/commands/labels_de.py`). Texts with {placeholders} are str.format patterns."""

    kinds: Mapping[SessionKind, str]
    steps: Mapping[Step, str]
    ratings: Mapping[Rating, str]
    when: Callable[[str], str]  # a stored timestamp or a day, as shown
    scenario: str  # {title}
    started: str  # {when}
    finished: str  # {when}
    draft: str  # {step}
    tags: str
    personal_data: str
    choice: str
    recommended: str
    not_recommended: str
    walk: str
    taken_back: str
    own_words_first: str
    strain: str
    strain_values: str  # {before} {after}
    feelings: str
    helps: str
    takeaway: str
    reflection: str
    feedback: str
    feedback_from: str  # {sender} {when}
    feedback_received: str  # {when}: feedback whose sender gave no name
    shared: str  # {when}
    nothing_yet: str
    # Values chosen from a catalog (feelings, what helps; stored in German) as the UI says
    # them; a value not in here is shown as stored.
    choices: Mapping[str, str] = field(default_factory=dict)


RATING_SYMBOLS = {Rating.HILFREICH: "✔", Rating.TEILS: "◐", Rating.UNGUENSTIG: "✖"}


def rating_symbol(rating: Rating) -> str:
    """A shape that says the rating without colour: ✔ hilfreich, ◐ teils, ✖ ungünstig."""
    return RATING_SYMBOLS.get(rating, "•")


# -- building from the journal's session data -------------------------------------------------

def _instruments(tools: Mapping[str, Any]) -> InstrumentsItem:
    return InstrumentsItem(
        strain_before=tools.get("strain_before"), strain_after=tools.get("strain_after"),
        feelings=tuple(tools.get("feelings") or ()), helps=tuple(tools.get("helps") or ()),
        helps_other=(tools.get("helps_other") or "").strip(),
        takeaway=(tools.get("takeaway") or "").strip())


def sections(answers: Sequence[tuple[str, AnswerItem]],
             choices: Sequence[tuple[str, ChoiceItem]] = (), walk: Sequence[PathItem] = (),
             instruments: InstrumentsItem = InstrumentsItem(),
             reflection: str = "") -> tuple[Section, ...]:
    """The non-empty sections, each step's items in reading order; `answers` and `choices`
    are (step value, item) pairs."""
    out = []
    for step in Step:
        items: list[Item] = [a for s, a in answers if s == step.value]
        items += [c for s, c in choices if s == step.value]
        if step is Step.REAGIEREN and walk:
            items.append(WalkItem(tuple(walk)))
        if step is Step.VERARBEITEN and instruments:
            items.append(instruments)
        if step is Step.ZUSAMMENFASSUNG and reflection.strip():
            items.append(ReflectionItem(reflection.strip()))
        if items:
            out.append(Section(step, tuple(items)))
    return tuple(out)


def entry_view(data: Mapping[str, Any]) -> EntryView:
    """The view of a session in `PracticeSession.to_dict()` form; the journal adds "tags",
    "feedback" and "shares" (an unsaved session has none)."""
    answers = [(a["step"], AnswerItem(a["prompt"], a["text"].strip(), ("answers", i)))
               for i, a in enumerate(data.get("answers", ())) if a["text"].strip()]
    choices = [(c["stage"], ChoiceItem(c["question"], c["option"], bool(c["recommended"]),
                                       c.get("feedback") or "", ("choices", i)))
               for i, c in enumerate(data.get("choices", ()))]
    walk = [PathItem(s["text"], parse_rating(str(s["rating"])), bool(s.get("undone")),
                     feedback=s.get("feedback") or "", own_words=s.get("own_words") or "",
                     source=("path", i))
            for i, s in enumerate(sorted(data.get("walk", ()), key=lambda s: s["seq"]))]
    facts = EntryFacts(
        kind=SessionKind(data["kind"]), title=data.get("title") or "",
        scenario_title=data.get("scenario_title"), created=data["created_at"],
        finished=data.get("finished_at"), step=Step(data["step"]),
        tags=tuple(data.get("tags", ())), personal_data=bool(data.get("personal_data")),
        id=data.get("id"), scenario_id=data.get("scenario_id"))
    return EntryView(
        facts,
        sections(answers, choices=choices, walk=walk,
                 instruments=_instruments(data.get("instruments") or {}),
                 reflection=data.get("reflection") or ""),
        feedback=tuple(FeedbackItem(f["text"], Step(f["stage"]) if f.get("stage") else None,
                                    f.get("sender") or "", f.get("received_at") or "")
                       for f in data.get("feedback", ())),
        shares=tuple(ShareItem(s["shared_at"], s["file_name"]) for s in data.get("shares", ())))
