"""The pages of the main window, declared as data; each module is imported when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow, PageSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def install_pages(window: MainWindow, ctx: AppContext) -> None:
    def home():
        from desktop.ui.home_page import HomePage
        return HomePage(ctx, window)

    def scenarios():
        from desktop.ui.browser_page import BrowserPage
        return BrowserPage(ctx, window)

    def techniques():
        from desktop.ui.techniques_page import TechniquesPage
        return TechniquesPage(ctx)

    def before():
        from desktop.ui.before_page import BeforeAppointmentPage
        return BeforeAppointmentPage(ctx)

    window.add_page(PageSpec("home", _tr("Heute"), home))
    window.add_page(PageSpec("scenarios", _tr("Szenarien"), scenarios))
    window.add_page(PageSpec("techniques", _tr("Techniken"), techniques))
    window.add_page(PageSpec("before", _tr("Vor dem Termin"), before))
    from desktop.ui.practice_controller import PracticeController

    window.practice = PracticeController(ctx, window)
    if ctx.settings.get("own_case_enabled", True):
        from PySide6.QtGui import QAction, QKeySequence

        own = QAction(_tr("&Eigenen Fall reflektieren …"), window)
        own.setShortcut(QKeySequence("Ctrl+E"))
        own.triggered.connect(ctx.own_case_requested.emit)
        window.addAction(own)
        window.file_menu.insertAction(window.quit_action, own)
        window.file_menu.insertSeparator(window.quit_action)
    window.show_page("home")
