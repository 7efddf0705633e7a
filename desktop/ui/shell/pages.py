"""The pages and the File menu of the main window, declared as data.

Each page's module is imported when the page is first shown (the start page excepted, which
the window shows at once). A page gets the application context and the window as a
`Navigator`; it never sees `MainWindow` itself.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.context import AppContext
from desktop.ui.common.navigation import Navigator
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.specs import SEPARATOR, ActionSpec, PageSpec

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.settings.data_actions import DataActions


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


# --- page factories (each imports its room when first called) ------------------------------

def _home(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.practice.home_page import HomePage
    return HomePage(ctx, nav)


def _scenarios(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.practice.browser_page import BrowserPage
    return BrowserPage(ctx)


def _techniques(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.practice.techniques_page import TechniquesPage
    return TechniquesPage(ctx)


def _before(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.practice.before_page import BeforeAppointmentPage
    return BeforeAppointmentPage(ctx)


def _journal(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.journal.journal_page import JournalPage
    from desktop.ui.studio.studio_draft import install_draft_action

    page = JournalPage(ctx, nav)
    install_draft_action(page.detail, ctx, nav)  # an own case as a scenario draft
    return page


def _stats(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.statistics.stats_page import StatsPage
    return StatsPage(ctx)


def _studio(ctx: AppContext, nav: Navigator) -> QWidget:
    from desktop.ui.studio.studio_page import StudioPage
    return StudioPage(ctx)


def page_specs(ctx: AppContext, nav: Navigator) -> tuple[PageSpec, ...]:
    """Every page in navigation order; `setting` names the switch that shows a page."""
    def make(factory):  # the factory as the window calls it: no arguments
        return partial(factory, ctx, nav)

    return (
        PageSpec("home", _tr("Today"), make(_home)),
        PageSpec("scenarios", _tr("Scenarios"), make(_scenarios)),
        PageSpec("techniques", _tr("Techniques"), make(_techniques)),
        PageSpec("before", _tr("Before the appointment"), make(_before)),
        PageSpec("journal", _tr("Journal"), make(_journal)),
        PageSpec("stats", _tr("Statistics"), make(_stats)),
        PageSpec("studio", _tr("Scenario studio"), make(_studio), setting="authoring"),
    )


# --- the File menu --------------------------------------------------------------------------

def data_actions(ctx: AppContext) -> DataActions:
    """What the settings dialog's data and backup tabs do, from the journal room (the
    settings room does not import it)."""
    from desktop.ui.journal import data_rights
    from desktop.ui.journal.export import run_with_progress
    from desktop.ui.settings.data_actions import DataActions

    return DataActions(
        export_all=lambda parent, choose: data_rights.export_all_data(parent, ctx, choose),
        delete_all=lambda parent, done: data_rights.delete_all_data(parent, ctx, done),
        apply_retention=lambda parent, days, confirm, done:
            data_rights.apply_retention_setting(parent, ctx, days, confirm, done),
        run_with_progress=run_with_progress,
        in_own_journal=partial(data_rights.in_own_journal, ctx.journal),
        confirm=data_rights.confirm_with_box,
        choose_folder=data_rights.default_folder_chooser)


def open_settings(ctx: AppContext, parent: QWidget) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, data_actions(ctx), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _export_all(ctx: AppContext, parent: QWidget) -> None:
    from desktop.ui.journal.data_rights import export_all_data
    export_all_data(parent, ctx)


def _delete_all(ctx: AppContext, parent: QWidget) -> None:
    from desktop.ui.journal.data_rights import delete_all_data
    delete_all_data(parent, ctx)


def file_actions(ctx: AppContext, window: QWidget) -> tuple[ActionSpec | None, ...]:
    """The File menu above "Quit", in order; SEPARATOR between groups."""
    own_case = (ActionSpec("own_case", _tr("Reflect on &own case …"),
                           ctx.own_case_requested.emit, "Ctrl+E"), SEPARATOR) \
        if ctx.settings.get("own_case_enabled", True) else ()
    return (
        *own_case,
        ActionSpec("settings", _tr("&Settings …"), partial(open_settings, ctx, window),
                   "Ctrl+,", preferences=True),
        ActionSpec("export_all", _tr("E&xport all my data …"), partial(_export_all, ctx, window),
                   journal="read"),
        ActionSpec("delete_all", _tr("De&lete all my data …"), partial(_delete_all, ctx, window),
                   journal="write"),
        SEPARATOR,
    )


def install_pages(window: MainWindow, ctx: AppContext) -> None:
    """Pages, the File menu, the exchange actions; then the start page."""
    window.add_pages(page_specs(ctx, window))
    window.add_file_actions(file_actions(ctx, window))
    from desktop.ui.shell.exchange_actions import install_exchange

    install_exchange(window, ctx)  # share, import feedback; supervision and team view pages
    window.show_page("home")
