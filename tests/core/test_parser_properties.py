"""Property-based: whatever comes in, the parser returns findings or a model and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.scenarios.library import assemble
from desktop.core.scenarios.parser import parse_bytes, parse_text
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _consistent(result) -> None:
    assert (result.document is None) == any(f.severity.value == "error" for f in result.findings)
    for finding in result.findings:
        assert finding.line >= 1 or finding.line == 0
        assert finding.message


@FAST
@given(st.text())
def test_any_text(text):
    """Any Unicode text: findings or a document, never an exception."""
    _consistent(parse_text(text, "x.md"))


@FAST
@given(st.binary())
def test_any_bytes(data):
    """Any bytes: decoding problems become findings."""
    _consistent(parse_bytes(data, "x.md"))


LINES = VALID_SCENARIO.split("\n")


@FAST
@given(st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "swap", "insert", "mangle"]),
                          st.integers(0, len(LINES) - 1), st.text(max_size=30)),
                min_size=1, max_size=6))
def test_mutated_valid_file(mutations):
    """Deleting, duplicating, swapping, inserting and mangling lines of a valid file."""
    lines = list(LINES)
    for op, index, junk in mutations:
        index %= max(len(lines), 1)
        if not lines:
            break
        if op == "delete":
            del lines[index]
        elif op == "duplicate":
            lines.insert(index, lines[index])
        elif op == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif op == "insert":
            lines.insert(index, junk)
        elif op == "mangle":
            lines[index] = lines[index][: len(junk)] + junk
    result = parse_text("\n".join(lines), "x.md")
    _consistent(result)
    assemble([result], whole=True)


@FAST
@given(st.sampled_from(["#", "##", "###", "- ", "> ", "- [x] ", "- (hilfreich) ", "**", "```",
                        "+++", "-> @", "[[people]]", "\t", "  > "]).flatmap(
    lambda token: st.tuples(st.just(token), st.integers(0, len(VALID_CARD) - 1))))
def test_structural_tokens_inserted(token_and_pos):
    """Markdown and TOML tokens dropped into a card or scenario at any position."""
    token, pos = token_and_pos
    for base in (VALID_CARD, VALID_SCENARIO):
        text = base[:pos] + token + base[pos:]
        _consistent(parse_text(text, "x.md"))
