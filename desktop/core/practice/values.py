"""Checking and converting the values a session is given or restored from: steps and stages
by name, strain, the fixed lists, a stored session's format, and the scenario fingerprint."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from typing import Any

from desktop.core.practice.catalog import STRAIN_MAX, STRAIN_MIN, SessionKind, Step
from desktop.core.scenarios.model import Scenario, Stage

DICT_FORMAT = 1


def scenario_digest(scenario: Scenario) -> str:
    """A fingerprint of a scenario's content, blind to line numbers (editing above a node moves
    it without changing it)."""
    data = scenario.to_json()
    for stage in data["stages"]:
        for node in stage.get("nodes", ()):
            node.pop("line", None)
        for question in stage["choices"]:
            # Added to the format later: an unpinned Auswahl keeps the digest it had before,
            # so drafts stored then do not report a changed scenario.
            if not question["fixed_order"]:
                del question["fixed_order"]
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    # Two 32-bit checksums are plenty to notice an edited file, and zlib is built in:
    # hashlib would load OpenSSL's libcrypto (about 3.6 MB) into every start of the app.
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def as_step(value: Step | Stage | str) -> Step:
    try:
        return Step(str(value))
    except ValueError:
        raise ValueError(f"Unbekannter Schritt „{value}“.") from None


def as_stage(value: Stage | Step | str) -> Stage:
    try:
        return Stage(str(value))
    except ValueError:
        raise ValueError(f"„{value}“ ist keine der vier Stufen.") from None



def restorable(data: dict[str, Any], scenario: Scenario | None
                ) -> tuple[SessionKind, str | None]:
    """The stored session's kind and focus node, or a German ValueError saying why it cannot
    be restored with `scenario` (unknown format, another scenario, a moment that is gone)."""
    if data.get("format") != DICT_FORMAT:
        raise ValueError(f"Unbekanntes Sitzungsformat {data.get('format')!r}.")
    kind = SessionKind(data["kind"])
    if scenario is not None and scenario.id != data.get("scenario_id"):
        raise ValueError(f"Die Sitzung gehört zu „{data.get('scenario_id')}“, "
                         f"nicht zu „{scenario.id}“.")
    focus = data.get("focus_node")
    if kind is SessionKind.ZWISCHENDURCH and scenario is not None:
        try:
            if not scenario.dialogue.node(str(focus or "")).choices:
                raise KeyError(focus)
        except KeyError:
            raise ValueError(f"Den Knoten „{focus}“ gibt es im Szenario nicht mehr.") from None
    return kind, focus


def checked_strain(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) \
            or not STRAIN_MIN <= value <= STRAIN_MAX:
        raise ValueError(f"Die Belastung ist eine Zahl von {STRAIN_MIN} bis {STRAIN_MAX}.")
    return value


def checked_list(values: Iterable[str], allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    chosen = set(values)
    unknown = chosen.difference(allowed)
    if unknown:
        raise ValueError(f"Unbekannter {what}: {', '.join(sorted(unknown))}.")
    return tuple(v for v in allowed if v in chosen)
