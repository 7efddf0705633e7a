"""The narrow interfaces between the shell and the rooms.

- `Navigator`: what a page may ask of the window around it: show another page, say something
  in the status line, give a parent for its dialogs. The main window implements it; pages get
  it through their constructor and never see `MainWindow` itself.
- `Page` and its parts (`ShownPage`, `FlushingPage`, `QuitGuard`): what the window calls on a
  page. A page implements only the hooks it needs; the window asks with `isinstance` (the
  protocols are runtime-checkable), not by probing attributes.
- `Practice`: the practice controller as the rest of the app sees it (held by the application
  context as `ctx.practice`): close a running session before its entry is deleted or replaced.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.practice import SessionKind


class Navigator(Protocol):
    """The window as a page sees it."""

    def show_page(self, key: str) -> QWidget | None:
        """Show the page `key` (built on first use); None if there is no such page now (the
        studio or the supervisor's pages are switched off)."""

    def has_page(self, key: str) -> bool:
        """Whether the page `key` exists now."""

    def current_page_key(self) -> str | None:
        """The key of the page on screen."""

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A line in the status bar, also spoken by a screen reader ("" clears it)."""

    def open_transient_page(self, key: str, widget: QWidget, label: str) -> None:
        """Show a page that exists only for a while (the running session), first in the list."""

    def close_transient_page(self, key: str) -> None:
        """Remove a page: its widget, its navigation entry."""

    def dialog_parent(self) -> QWidget:
        """The window a page's message boxes belong to."""


@runtime_checkable
class ShownPage(Protocol):
    def on_show(self) -> None:
        """The page came on screen: refresh what may have changed meanwhile."""


@runtime_checkable
class FlushingPage(Protocol):
    def flush(self) -> None:
        """Write what is typed but not yet saved (before the window closes)."""


@runtime_checkable
class QuitGuard(Protocol):
    def may_quit(self) -> bool:
        """Before the window closes: False when the user chose to go back to the app."""


class Page(ShownPage, FlushingPage, Protocol):
    """A page with both everyday hooks; `QuitGuard` is for pages that hold unsaved input."""


class Practice(QuitGuard, FlushingPage, Protocol):
    """The practice controller, held by the application context."""

    def release_sessions(self, ids: Collection[int] | None = None,
                         kinds: Collection[SessionKind] | None = None) -> None:
        """Close the running session if it is one of `ids` or `kinds` (None: any), staying on
        the page that was shown; its input is written first."""

    def close_current(self) -> None:
        """Close the running session (its input written) and go to the start page."""
