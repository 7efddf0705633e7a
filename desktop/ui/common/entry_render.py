"""An entry's sections as HTML: the parts the journal detail (and its PDF), the shared-entry view
and the debrief summary have in common.

Each takes an item of the core's `EntryView`, the `EntryLabels` to speak with and a `Texts`
that says how a text becomes HTML: in the journal, scenario texts are Markdown and the user's
own texts are escaped; in a shared entry every text is escaped, and the anonymiser's
placeholders are marked (`MarkedTexts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.journal.entry import (
    AnswerItem,
    ChoiceItem,
    EntryLabels,
    InstrumentsItem,
    Item,
    PathItem,
    ReflectionItem,
    Section,
    Source,
    WalkItem,
    rating_symbol,
)
from desktop.core.scenarios import render

MARK = "◆"
e = render.escape


class Texts:
    """Texts of the user's own journal: scenario text is Markdown, the user's text is not."""

    def content(self, value: str, key: Source) -> str:
        return render.inline_html(value)

    def own(self, value: str, key: Source) -> str:
        return e(value)


def marked_html(text: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """Plain text as HTML, each span (a placeholder) bold, underlined and with ◆."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(e(text[pos:start]))
        parts.append(f"<b><u>{MARK}\u00a0{e(text[start:end])}</u></b>")
        pos = end
    parts.append(e(text[pos:]))
    return "".join(parts)


class MarkedTexts(Texts):
    """Texts of a shared entry: all escaped, never interpreted; placeholders marked (`marks`
    from ShareBuild, keyed by (entry id, *source))."""

    def __init__(self, entry_id: str, marks: Mapping[tuple, Sequence[tuple[int, int]]]) -> None:
        self.entry_id = entry_id
        self.marks = marks

    def content(self, value: str, key: Source) -> str:
        return marked_html(value, self.marks.get((self.entry_id, *key), ()))

    own = content


def path_html(steps: Sequence[PathItem], labels: EntryLabels, texts: Texts) -> str:
    """The path as a numbered list: where, what was said, its rating, taken back, feedback."""
    parts = ["<ol>"]
    for step in steps:
        where = f"<i>{texts.content(step.node_title, (*step.source, 'node_title'))}</i>: " \
            if step.node_title else ""
        own = f"<i>{e(labels.own_words_first)}</i> {e(step.own_words)}<br>" \
            if step.own_words else ""
        back = f" <i>({e(labels.taken_back)})</i>" if step.undone else ""
        feedback = f"<br><span class='muted'>{render.inline_html(step.feedback)}</span>" \
            if step.feedback else ""
        parts.append(f"<li>{own}{where}{texts.content(step.text, (*step.source, 'text'))} — "
                     f"<b>{rating_symbol(step.rating)} {e(labels.ratings[step.rating])}</b>"
                     f"{back}{feedback}</li>")
    parts.append("</ol>")
    return "".join(parts)


def _choice(value: str, labels: EntryLabels, texts: Texts, key: Source) -> str:
    """A value chosen from a catalog in the UI language; anything else is the user's text."""
    shown = labels.choices.get(value)
    return e(shown) if shown is not None else texts.own(value, key)


def instruments_html(tools: InstrumentsItem, labels: EntryLabels, texts: Texts) -> str:
    parts = []
    if tools.strain:
        values = labels.strain_values.format(
            before="–" if tools.strain_before is None else tools.strain_before,
            after="–" if tools.strain_after is None else tools.strain_after)
        parts.append(f"<p><b>{e(labels.strain)}:</b> {e(values)}</p>")
    if tools.feelings:
        feelings = ", ".join(_choice(f, labels, texts, ("feelings", i))
                             for i, f in enumerate(tools.feelings))
        parts.append(f"<p><b>{e(labels.feelings)}:</b> {feelings}</p>")
    helps = [_choice(h, labels, texts, ("helps", i)) for i, h in enumerate(tools.helps)]
    if tools.helps_other:
        helps.append(texts.own(tools.helps_other, ("helps_other",)))
    if helps:
        parts.append(f"<p><b>{e(labels.helps)}:</b> {', '.join(helps)}</p>")
    if tools.takeaway:
        parts.append(f"<p><b>{e(labels.takeaway)}:</b><br>"
                     f"{texts.own(tools.takeaway, ('takeaway',))}</p>")
    return "".join(parts)


def item_html(item: Item, labels: EntryLabels, texts: Texts) -> str:
    if isinstance(item, AnswerItem):
        return (f"<p><b>{texts.content(item.prompt, (*item.source, 'prompt'))}</b><br>"
                f"{texts.own(item.text, (*item.source, 'text'))}</p>")
    if isinstance(item, ChoiceItem):
        verdict = labels.recommended if item.recommended else labels.not_recommended
        feedback = f"<blockquote>{render.inline_html(item.feedback)}</blockquote>" \
            if item.feedback else ""
        return (f"<p><b>{texts.content(item.question, (*item.source, 'question'))}</b><br>"
                f"{e(labels.choice)} {texts.content(item.option, (*item.source, 'option'))} "
                f"<i>({e(verdict)})</i></p>{feedback}")
    if isinstance(item, WalkItem):
        return f"<p><b>{e(labels.walk)}</b></p>" + path_html(item.steps, labels, texts)
    if isinstance(item, InstrumentsItem):
        return instruments_html(item, labels, texts)
    assert isinstance(item, ReflectionItem)
    return f"<p><b>{e(labels.reflection)}:</b><br>{texts.own(item.text, ('reflection',))}</p>"


def section_html(section: Section | None, labels: EntryLabels, texts: Texts) -> str:
    """A section's items, without its heading ("" for a step with nothing in it)."""
    if section is None:
        return ""
    return "".join(item_html(item, labels, texts) for item in section.items)
