"""An entry as a readable Markdown page (the export for people), in the words of `labels`.

The same `EntryLabels` as the PDF and the detail view: the journal's Markdown export in the app
speaks the UI's language, the command line's `journal export` German.
"""

from __future__ import annotations

from desktop.core.journal.entry import (
    AnswerItem,
    ChoiceItem,
    EntryLabels,
    EntryView,
    InstrumentsItem,
    Item,
    ReflectionItem,
    WalkItem,
    rating_symbol,
)


def _quote(text: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in text.splitlines()] or [">"]


def _facts(view: EntryView, labels: EntryLabels) -> list[str]:
    facts = view.facts
    lines = [f"# {facts.heading(labels)}", "", *(f"- {line}" for line in facts.lines(labels))]
    if facts.tags:
        lines.append(f"- {labels.tags} {', '.join(facts.tags)}")
    if facts.personal_data:
        lines.append(f"- {labels.personal_data}")
    return [*lines, ""]


def _walk(walk: WalkItem, labels: EntryLabels) -> list[str]:
    lines = [f"**{labels.walk}**", ""]
    for number, step in enumerate(walk.steps, 1):
        back = f" ({labels.taken_back})" if step.undone else ""
        lines.append(f"{number}. {step.text} — {rating_symbol(step.rating)} "
                     f"{labels.ratings[step.rating]}{back}")
        if step.own_words:
            lines.append(f"   {labels.own_words_first} {step.own_words}")
    return [*lines, ""]


def _instruments(tools: InstrumentsItem, labels: EntryLabels) -> list[str]:
    lines = []
    if tools.strain:
        values = labels.strain_values.format(
            before="–" if tools.strain_before is None else tools.strain_before,
            after="–" if tools.strain_after is None else tools.strain_after)
        lines.append(f"- **{labels.strain}:** {values}")
    if tools.feelings:
        feelings = ", ".join(labels.choices.get(f, f) for f in tools.feelings)
        lines.append(f"- **{labels.feelings}:** {feelings}")
    helps = [labels.choices.get(h, h) for h in tools.helps]
    if tools.helps_other:
        helps.append(tools.helps_other)
    if helps:
        lines.append(f"- **{labels.helps}:** {', '.join(helps)}")
    if tools.takeaway:
        lines.append(f"- **{labels.takeaway}:** {tools.takeaway}")
    return [*lines, ""]


def _item(item: Item, labels: EntryLabels) -> list[str]:
    if isinstance(item, AnswerItem):
        return [f"**{item.prompt}**", "", *_quote(item.text), ""]
    if isinstance(item, ChoiceItem):
        verdict = labels.recommended if item.recommended else labels.not_recommended
        lines = [f"**{item.question}**", "", f"{labels.choice} {item.option} ({verdict})", ""]
        return lines + ([*_quote(item.feedback), ""] if item.feedback else [])
    if isinstance(item, WalkItem):
        return _walk(item, labels)
    if isinstance(item, InstrumentsItem):
        return _instruments(item, labels)
    assert isinstance(item, ReflectionItem)
    return [f"**{labels.reflection}:**", "", *_quote(item.text), ""]


def render_markdown(view: EntryView, labels: EntryLabels) -> str:
    """One entry as a Markdown page: facts, each step's items, feedback, shares."""
    out = _facts(view, labels)
    for section in view.sections:
        out += [f"## {labels.steps[section.step]}", ""]
        for item in section.items:
            out += _item(item, labels)
    if not view.sections:
        out += [labels.nothing_yet, ""]
    if view.feedback:
        out += [f"## {labels.feedback}", ""]
    for feedback in view.feedback:
        when = labels.when(feedback.received_at)
        origin = labels.feedback_from.format(sender=feedback.sender, when=when) \
            if feedback.sender else labels.feedback_received.format(when=when)
        about = f" · {labels.steps[feedback.stage]}" if feedback.stage else ""
        out += [f"{origin}{about}:", "", *_quote(feedback.text), ""]
    if view.shares:
        shared = "; ".join(f"{labels.when(s.shared_at)} ({s.file_name})" for s in view.shares)
        out += [labels.shared.format(when=shared), ""]
    return "\n".join(out).rstrip() + "\n"
