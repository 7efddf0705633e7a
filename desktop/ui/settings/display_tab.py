"""Settings → Display: language, text size, colours."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QRadioButton, QSpinBox, QWidget

from desktop.ui.common import theme
from desktop.ui.common.context import AppContext
from desktop.ui.common.widgets import FittedLabel
from desktop.ui.settings.tab_base import SettingsTab, named

LANGUAGES = (("de", "Deutsch"), ("en", "English"))  # each in its own language


class DisplayTab(SettingsTab):
    """Only the settings change here; the appearance applies them (and Ctrl+Plus elsewhere in
    the app shows up here at once)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.get("language")),
                                          0))
        self.language.currentIndexChanged.connect(self._on_language_change)
        self.language_note = FittedLabel(self.tr("A new language takes effect after a "
                                               "restart of the app."))
        self.layout_.addWidget(self.group(
            self.tr("Language"),
            self.row(self.label(self.tr("&Language:"), self.language), self.language,
                     key="language"),
            self.language_note))

        self.font_size = QSpinBox()
        self.font_size.setRange(theme.MIN_POINT_SIZE - 1, theme.MAX_POINT_SIZE)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setAccessibleDescription(
            self.tr("The lowest value follows the system's size"))
        self._show_font_size()
        self.font_size.valueChanged.connect(self._on_font_size_change)
        font_label = self.label(self.tr("&Font size:"), self.font_size)
        self.font_size.lineEdit().setAccessibleName(self.font_size.accessibleName())
        self.follow_system = named(QRadioButton(self.tr("Follow the s&ystem")),
                                   self.tr("Includes the system's own high-contrast mode"))
        self.high_contrast = named(QRadioButton(self.tr("Hi&gh contrast")))
        self._show_theme()
        self.high_contrast.toggled.connect(self._on_contrast_toggle)
        self.layout_.addWidget(self.group(
            self.tr("Text and colours"),
            self.row(font_label, self.font_size, key="font_size"),
            FittedLabel(self.tr("Ctrl+Plus and Ctrl+Minus change the size anywhere in the "
                              "app.")),
            self.row(self.follow_system, self.high_contrast, key="theme")))
        self.layout_.addStretch(1)
        ctx.settings_did_change.connect(self._on_setting_change)

    def _show_font_size(self) -> None:
        size = int(self.settings.get("font_size") or 0)
        with QSignalBlocker(self.font_size):
            self.font_size.setValue(size if size else theme.MIN_POINT_SIZE - 1)

    def _show_theme(self) -> None:
        high = self.settings.get("theme") == "high-contrast"
        with QSignalBlocker(self.high_contrast), QSignalBlocker(self.follow_system):
            (self.high_contrast if high else self.follow_system).setChecked(True)

    def _on_setting_change(self, key: str) -> None:
        if key == "font_size":
            self._show_font_size()
        elif key == "theme":
            self._show_theme()

    def _on_language_change(self) -> None:
        self.change("language", self.language.currentData())

    def _on_font_size_change(self, value: int) -> None:
        self.change("font_size", 0 if value < theme.MIN_POINT_SIZE else value)

    def _on_contrast_toggle(self, on: bool) -> None:
        self.change("theme", "high-contrast" if on else "system")
