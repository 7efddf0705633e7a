"""Display names of the core's keys (desktop/ui/common/labels.py): tables of translated words
are built once per language and still follow a language installed at run time."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.ui.common import i18n, labels


class _CountingTranslator(QTranslator):
    """Translates nothing; counts the look-ups of the "labels" context that reach Qt."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt API
        if context == "labels":
            self.asked += 1
        return None  # a null string: Qt goes on to the app's own translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def test_topic_names_follow_the_language_installed_at_run_time(qapp):
    """German, then English after installing English, then German again: a table built for
    one language is never shown in another (the English checks switch at run time)."""
    assert labels.topic_label("ueberlastung") == "Überlastung"
    assert i18n.install(qapp, "en")
    try:
        assert labels.topic_label("ueberlastung") == "Overload"
        assert labels.topic_label("familiennachzug") == "Family reunification"
    finally:
        assert i18n.install(qapp, "de")
    assert labels.topic_label("ueberlastung") == "Überlastung"
    assert labels.topic_label("familiennachzug") == "Familiennachzug"
    assert labels.topic_label("eigenes-thema") == "Eigenes thema"  # a pack's own topic


def test_topic_names_are_not_translated_again_on_every_call(qapp):
    """The browser and the statistics ask for every scenario's topics: after the first call a
    topic name costs one look-up (the language check), not the table's fifty."""
    labels.topic_label("trauer")  # the table for this language exists now
    counting = _CountingTranslator()
    qapp.installTranslator(counting)
    try:
        for _ in range(20):
            for slug in ("trauer", "duldung", "fristen", "eigenes-thema"):
                assert labels.topic_label(slug)
    finally:
        qapp.removeTranslator(counting)
    assert 0 < counting.asked <= 80
