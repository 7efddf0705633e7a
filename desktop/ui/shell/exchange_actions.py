"""The exchange in the main window: share entries and import feedback (File menu), and for a
supervisor the Supervision and Team view pages.

The shell composes the rooms: the actions open the journal room's dialogs, the pages come from
the supervision room; neither room knows the other or the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.common.context import AppContext
from desktop.ui.shell.main_window import SEPARATOR, ActionSpec, MainWindow, PageSpec

# The exchange and journal modules, and the dialogs, load when an action is used, not with the
# window.


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange_actions", text)


def _share(ctx: AppContext, window: MainWindow) -> None:
    from desktop.ui.journal.share_dialog import open_share_dialog

    open_share_dialog(ctx, window)


def _import_feedback(ctx: AppContext, window: MainWindow) -> None:
    from desktop.ui.journal.feedback_import import import_feedback_interactive

    import_feedback_interactive(ctx, window)


def _supervision(ctx: AppContext) -> QWidget:
    from desktop.ui.supervision.supervision_page import SupervisionPage

    return SupervisionPage(ctx)


def _team(ctx: AppContext) -> QWidget:
    from desktop.ui.supervision.team_page import TeamPage

    return TeamPage(ctx)


def install_exchange(window: MainWindow, ctx: AppContext) -> None:
    """File menu: share entries and import feedback; the supervisor's pages when switched on.

    The two actions follow the journal's state (it opens after the window is shown): disabled,
    with the reason as tooltip, until the journal can be written."""
    window.add_file_actions((
        ActionSpec("share", _tr("S&hare entries with supervisor …"),
                   lambda: _share(ctx, window), journal="write"),
        ActionSpec("import_feedback", _tr("Import &feedback …"),
                   lambda: _import_feedback(ctx, window), journal="write"),
        SEPARATOR,
    ))
    # The shell's own window keeps them by name (tests and the start sequence reach them).
    window.share_action = window.actions_by_name["share"]  # type: ignore[attr-defined]
    window.feedback_action = window.actions_by_name["import_feedback"]  # type: ignore[attr-defined]

    def show_supervisor_pages(on: bool) -> None:
        present = "supervision" in window.page_keys()
        if on and not present:
            window.add_page(PageSpec("supervision", _tr("Supervision"), lambda: _supervision(ctx)))
            window.add_page(PageSpec("team", _tr("Team view"), lambda: _team(ctx)))
        elif not on and present:
            if window.current_page_key() in ("supervision", "team"):
                window.show_page("home")
            for key in ("supervision", "team"):
                window.close_transient_page(key)  # removes any page: spec, widget, list item

    def on_setting(key: str) -> None:
        if key == "supervisor_workspace":
            show_supervisor_pages(bool(ctx.settings.get(key, False)))

    show_supervisor_pages(bool(ctx.settings.get("supervisor_workspace", False)))
    ctx.settings_did_change.connect(on_setting)
