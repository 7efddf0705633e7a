"""The one error type a subcommand raises for an expected failure."""

from __future__ import annotations


class CommandError(Exception):
    """An expected failure of a subcommand: its German message is printed, exit code 1."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code
