"""The pages of the main window, declared as data; each module is imported when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.context import AppContext
from desktop.ui.shell.main_window import MainWindow, PageSpec, set_shortcut


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def install_pages(window: MainWindow, ctx: AppContext) -> None:
    def home():
        from desktop.ui.practice.home_page import HomePage
        return HomePage(ctx, window)

    def scenarios():
        from desktop.ui.practice.browser_page import BrowserPage
        return BrowserPage(ctx, window)

    def techniques():
        from desktop.ui.practice.techniques_page import TechniquesPage
        return TechniquesPage(ctx)

    def before():
        from desktop.ui.practice.before_page import BeforeAppointmentPage
        return BeforeAppointmentPage(ctx)

    window.add_page(PageSpec("home", _tr("Today"), home))
    window.add_page(PageSpec("scenarios", _tr("Scenarios"), scenarios))
    window.add_page(PageSpec("techniques", _tr("Techniques"), techniques))
    def journal():
        from desktop.ui.journal.journal_page import JournalPage
        from desktop.ui.studio.studio_draft import install_draft_action

        page = JournalPage(ctx, window)
        install_draft_action(page.detail, ctx, window)  # an own case as a scenario draft
        return page

    def stats():
        from desktop.ui.statistics.stats_page import StatsPage
        return StatsPage(ctx, window)

    window.add_page(PageSpec("before", _tr("Before the appointment"), before))
    window.add_page(PageSpec("journal", _tr("Journal"), journal))
    window.add_page(PageSpec("stats", _tr("Statistics"), stats))
    _install_studio(window, ctx)
    from desktop.ui.practice.practice_controller import PracticeController

    window.practice = PracticeController(ctx, window)
    if ctx.settings.get("own_case_enabled", True):
        from PySide6.QtGui import QAction

        own = QAction(_tr("Reflect on &own case …"), window)
        set_shortcut(own, "Ctrl+E")
        own.triggered.connect(ctx.own_case_requested.emit)
        window.addAction(own)
        window.file_menu.insertAction(window.quit_action, own)
        window.file_menu.insertSeparator(window.quit_action)
    _install_data_actions(window, ctx)
    from desktop.ui.shell.exchange_actions import install_exchange

    install_exchange(window, ctx)  # share, import feedback; supervision and team view pages
    window.show_page("home")


def _install_studio(window: MainWindow, ctx: AppContext) -> None:
    """The scenario studio, when authoring is switched on (now or later in the settings)."""
    def studio():
        from desktop.ui.studio.studio_page import StudioPage
        return StudioPage(ctx, window)

    def add() -> None:
        if ctx.settings.get("authoring") and "studio" not in window.page_keys():
            window.add_page(PageSpec("studio", _tr("Scenario studio"), studio))

    ctx.settings_did_change.connect(lambda key: add() if key == "authoring" else None)
    add()


def _install_data_actions(window: MainWindow, ctx: AppContext) -> None:
    """Datei menu: settings, export and delete all my data (dialogs built when used)."""
    from PySide6.QtGui import QAction

    def settings() -> None:
        from PySide6.QtCore import Qt

        from desktop.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(ctx, window, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_all() -> None:
        from desktop.ui.journal.data_rights import export_all_data
        export_all_data(window, ctx)

    def delete_all() -> None:
        from desktop.ui.journal.data_rights import delete_all_data
        delete_all_data(window, ctx, window)

    def on_setting(key: str) -> None:  # the settings dialog may switch high contrast too
        if key == "theme":
            window.contrast_action.blockSignals(True)
            window.contrast_action.setChecked(ctx.settings.get("theme") == "high-contrast")
            window.contrast_action.blockSignals(False)

    ctx.settings_did_change.connect(on_setting)
    window.settings_action = QAction(_tr("&Settings …"), window)
    set_shortcut(window.settings_action, "Ctrl+,")
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.settings_action.triggered.connect(settings)
    window.export_all_action = QAction(_tr("E&xport all my data …"), window)
    window.export_all_action.triggered.connect(export_all)
    window.delete_all_action = QAction(_tr("De&lete all my data …"), window)
    window.delete_all_action.triggered.connect(delete_all)
    for action in (window.settings_action, window.export_all_action, window.delete_all_action):
        window.addAction(action)
        window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    # The journal opens after the window is shown: these follow its state.
    ctx.journal.requires_journal(window.export_all_action, write=False)
    ctx.journal.requires_journal(window.delete_all_action)
