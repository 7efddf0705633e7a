"""The statistics page lists topics as a German reader expects: umlauts among their base
letters, not after "z"."""

from __future__ import annotations

from tests.ui import journal_data
from tests.ui.helpers import make_window


def test_topics_not_practised_are_in_alphabetical_order_with_umlauts_in_place(
        qtbot, data_home, library):
    """An empty journal: every topic is "not practised yet". In the chart's bars and in its
    text, "Ältere Kundschaft" stands among the A's (code-point order put it after "Würde") and
    "Beschäftigungsduldung" before "Beschwerde"."""
    journal = journal_data.open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    page = window.show_page("stats")
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    card = page.topics_card
    qtbot.waitUntil(lambda: "Noch nicht geübt" in card.description.text(), timeout=5000)
    bars = card.view.chart().categories
    text = card.description.text().split("Noch nicht geübt:", 1)[1]
    for names in (bars, [name.strip() for name in text.rstrip(".").split(",")]):
        assert names.index("Aggression") < names.index("Ältere Kundschaft") \
            < names.index("Arbeitgeber")
        assert names.index("Beschäftigungsduldung") < names.index("Beschwerde")
        assert names.index("Würde") == len(names) - 1
    window.close()
    journal.close()
