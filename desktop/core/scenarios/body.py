"""The body of a scenario or an exercise, below its header: the `## ` sections, each once, in
their order, the required ones present; and whether the app can render a part of it.

Both document kinds (scenario-format.md, docs/format-erklaeren.md) share these rules; only
their section names differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.scenarios import render
from desktop.core.scenarios.blocks import Line, sections
from desktop.core.scenarios.header import Reporter

Part = tuple[int, list[Line]]  # a section's heading line and its lines


def ordered_sections(body: list[Line], last_line: int, report: Reporter,
                     titles: Mapping[str, str], required: Sequence[str]) -> dict[str, Part]:
    """The body's `## ` sections by lower-case name. `titles` names the allowed sections in
    their order (name → title as written); a section out of that order, twice, unknown or
    missing while `required`, and text before the first, are errors."""
    before, parts = sections(body, 2)
    for ln in before:
        if ln.text.strip():
            report.error(ln.number, "Zwischen Kopf und erstem Abschnitt darf kein Text stehen. "
                                    f"Beginnen Sie mit „## {next(iter(titles.values()))}“.")
            break
    order = list(titles)
    allowed = ", ".join(titles.values())
    found: dict[str, Part] = {}
    position = -1
    for head, lines in parts:
        name = head.title.casefold()
        if name not in titles:
            report.error(head.line, f"Unbekannter Abschnitt „{head.title}“. Erlaubt sind: "
                                    f"{allowed}.")
            continue
        if name in found:
            report.error(head.line, f"Der Abschnitt „{head.title}“ kommt doppelt vor.")
            continue
        index = order.index(name)
        if index < position:
            report.error(head.line, f"Der Abschnitt „{head.title}“ steht an der falschen Stelle. "
                                    f"Reihenfolge: {allowed}.")
        position = max(position, index)
        found[name] = (head.line, lines)
    for name in required:
        if name not in found:
            report.error(last_line, f"Der Pflichtabschnitt „## {titles[name]}“ fehlt.")
    return found


def text_of(part: Part | None) -> str | None:
    """A section's Markdown, None when it is missing or empty."""
    if part is None:
        return None
    return "\n".join(ln.text for ln in part[1]).strip() or None


def renderable(report: Reporter, line: int, lines: list[Line], what: str,
               max_chars: int = render.MAX_CHARS) -> None:
    """An error when the app would refuse to render this part (render.problem): better the
    trainer hears it from lint than a caseworker sees a notice instead of the text."""
    if not lines:
        return
    reason = render.problem("\n".join(ln.text for ln in lines), lines[0].number, max_chars)
    if reason is not None:
        report.error(line, f"{what} kann in der App nicht angezeigt werden: {reason} "
                           "Bitte kürzen oder vereinfachen Sie diese Stelle.")
