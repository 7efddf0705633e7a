"""Verständlich erklären: write an explanation, see the hints in the text as you type, revise,
compare with the model answers, and keep both versions in the journal.

The checker (desktop.core.plain) runs after a short pause in typing: on the GUI thread for
texts of a few pages (a 2,000-character text takes under 10 ms, bench/bench_klartext.py), in
the background for longer ones and always for the readability figure (its dictionary takes half
a second to load the first time). Saving goes through the shared DebouncedText.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain.checker import Expectations, Hint, Report, check
from desktop.core.practice import PracticeSession, Step
from desktop.ui.common.stage_widgets import AnswerEdit, DebouncedText
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import accessible, heading, wrapped_label
from desktop.ui.practice.explain_hints import (
    SENTENCE_KINDS,
    ButtonRow,
    HintHighlighter,
    HintItem,
    Span,
    Utf16,
)

if TYPE_CHECKING:
    from desktop.core.scenarios.model import Exercise

CHECK_PAUSE_MS = 250  # after this pause in typing the hints are renewed
# The readability figure waits for a longer pause and never runs twice at once: a worker
# thread holds the GIL in turns with the GUI thread, so fewer of them keep typing smooth.
FIGURE_PAUSE_MS = 800
SYNC_LIMIT = 3_000  # characters checked on the GUI thread (≈ 6 ms); longer texts go to a worker
FIRST, REVISED = 0, 1  # the answer indices of the two versions (catalog.EXPLAIN_PROMPTS)


class ExplainView(QWidget):
    """One Verständlich-erklären session on its own page."""

    session_did_close = Signal()

    def __init__(self, session: PracticeSession, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exercise = exercise
        self.expect = Expectations(exercise.points, exercise.terms, exercise.language_level)
        self.report: Report | None = None
        self.score: float | None = None  # the last figure, kept while the next one is computed
        self._generation = 0
        self._build()
        revised = session.answer_text(Step.SITUATION, REVISED)
        if revised:
            self._enter_revision(session.answer_text(Step.SITUATION, FIRST), revised)
        else:
            self.editor.setPlainText(session.answer_text(Step.SITUATION, FIRST))
            self.debounce.pending = False
        self._timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._timer.timeout.connect(self.run_check)
        self._figure_timer = QTimer(self, singleShot=True, interval=FIGURE_PAUSE_MS)
        self._figure_timer.timeout.connect(self.run_figure)
        # Off the GUI thread, one at a time each, the newest request wins: the hints of a
        # long text and the readability figure.
        self._checks = LatestJob(self)
        self._figure = LatestJob(self)
        self._seen = self.editor.toPlainText()
        self.editor.textChanged.connect(self._on_text_change)
        self.run_check()
        self.run_figure()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setAccessibleName(tr("Explain in plain words"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it draws no focus
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 20)
        self._build_intro(layout)
        self._build_work(layout)
        self._build_actions(layout)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.editor)

    def _build_intro(self, layout: QVBoxLayout) -> None:
        """The exercise: title, summary, situation, the official wording, the task."""
        tr = self.tr
        ex = self.exercise
        layout.addWidget(heading(ex.title))
        layout.addWidget(wrapped_label(ex.summary))
        person = ex.listener
        who = f"{person.name} ({person.role})" + (f": {person.description}"
                                                  if person.description else "")
        layout.addWidget(heading(tr("Situation"), 2))
        line = tr("Sitting opposite you: {who}").format(who=who.rstrip(".") + ".")
        if ex.language_level not in who:
            line += " " + tr("German: {level}.").format(level=ex.language_level)
        layout.addWidget(wrapped_label(line))
        self.situation = AutoHeightTextView(name=tr("Situation"))
        self.situation.set_markdown(ex.situation)
        layout.addWidget(self.situation)
        layout.addWidget(heading(tr("The official wording"), 2))
        self.source = AutoHeightTextView(name=tr("The official wording"))
        self.source.set_markdown(ex.source_text)
        layout.addWidget(self.source)
        layout.addWidget(heading(tr("Your task"), 2))
        self.task = AutoHeightTextView(name=tr("Your task"))
        self.task.set_markdown(ex.task)
        layout.addWidget(self.task)

    def _build_work(self, layout: QVBoxLayout) -> None:
        """The first version (shown once kept), the editor, figures, key points, hints."""
        tr = self.tr
        self.first_heading = heading(tr("Your first version"), 2)
        self.first_view = QPlainTextEdit()
        self.first_view.setReadOnly(True)
        self.first_view.setTabChangesFocus(True)
        self.first_view.setAccessibleName(tr("Your first version"))
        self.first_view.setMaximumHeight(self.first_view.fontMetrics().lineSpacing() * 8 + 12)
        for widget in (self.first_heading, self.first_view):
            widget.hide()
            layout.addWidget(widget)

        self.editor_label = QLabel(tr("&Your explanation"))
        self.editor = AnswerEdit(tr("Your explanation"))
        self.editor.setPlaceholderText(tr("Write what you would say or write to the person …"))
        self.editor_label.setBuddy(self.editor)
        self.editor_label.setFont(heading(tr("Your explanation"), 2).font())
        self.debounce = DebouncedText(self.editor, self._commit)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor)
        self.figures = wrapped_label()
        self.figures.setAccessibleName(tr("Figures"))
        layout.addWidget(self.figures)

        self.points_label = QLabel(tr("Key points"))
        layout.addWidget(self.points_label)
        self.points = wrapped_label()
        self.points.setAccessibleName(tr("Key points"))
        layout.addWidget(self.points)
        self.hints_label = QLabel(tr("Hin&ts (Enter selects the words in the text)"))
        self.hints = QListWidget()
        self.hints.setAccessibleName(tr("Hints (Enter selects the words in the text)"))
        self.hints.setWordWrap(True)
        # Hints of two or three lines each: alternate shading shows where one ends.
        self.hints.setAlternatingRowColors(True)
        self.hints.setSpacing(2)
        self.hints.setMinimumHeight(self.hints.fontMetrics().lineSpacing() * 6)
        self.hints.itemActivated.connect(self.select_hint)
        self.hints_label.setBuddy(self.hints)
        layout.addWidget(self.hints_label)
        layout.addWidget(self.hints)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Keep, compare, finish; the model answers below (shown on request)."""
        tr = self.tr
        self.keep_button = accessible(QPushButton(tr("&Keep first version and revise")),
                                      tr("Keep first version and revise"))
        self.keep_button.clicked.connect(self.keep_first_version)
        self.compare_button = accessible(QPushButton(tr("&Compare with model answers")),
                                         tr("Compare with model answers"))
        self.compare_button.clicked.connect(self.show_models)
        self.finish_button = accessible(QPushButton(tr("&Finish and save to journal")),
                                        tr("Finish and save to journal"))
        self.finish_button.clicked.connect(self.finish)
        self.buttons = ButtonRow((self.keep_button, self.compare_button, self.finish_button))
        layout.addWidget(self.buttons)

        self.models_heading = heading(tr("Model answers"), 2)
        self.comparison = wrapped_label()
        self.comparison.setAccessibleName(tr("Comparison"))
        self.models = AutoHeightTextView(name=tr("Model answers"))
        later: tuple[QWidget, ...] = (self.models_heading, self.comparison, self.models)
        for shown_later in later:
            shown_later.hide()
            layout.addWidget(shown_later)

    # --- versions -----------------------------------------------------------------------------

    @property
    def revising(self) -> bool:
        return self.first_view.isVisibleTo(self)

    def _commit(self, text: str) -> None:
        self.session.answer(Step.SITUATION, REVISED if self.revising else FIRST, text)

    def keep_first_version(self) -> None:
        """The first version is kept as it is; the editor keeps a copy to revise."""
        self.debounce.flush()
        text = self.editor.toPlainText()
        if not text.strip():
            self.editor.setFocus()
            return
        self.session.answer(Step.SITUATION, FIRST, text)
        self.session.answer(Step.SITUATION, REVISED, text)
        self._enter_revision(text, text)
        self.editor.setFocus()

    def _enter_revision(self, first: str, revised: str) -> None:
        self.first_view.setPlainText(first)
        self.first_heading.show()
        self.first_view.show()
        label = self.tr("&Your revised explanation")
        self.editor_label.setText(label)
        self.editor.setAccessibleName(label.replace("&", ""))
        if self.editor.toPlainText() != revised:
            self.editor.setPlainText(revised)
        self.debounce.pending = False
        self.keep_button.hide()
        self.buttons.reflow()

    def show_models(self) -> None:
        """The model answers, the authors' notes, and the hints before and after revising."""
        self.debounce.flush()
        parts = [f"### {a.title}\n\n{a.text}" for a in self.exercise.answers]
        if self.exercise.hints:
            parts.append(f"### {self.tr('What experienced colleagues say')}\n\n"
                         f"{self.exercise.hints}")
        self.models.set_markdown("\n\n".join(parts))
        first = self.session.answer_text(Step.SITUATION, FIRST)
        now = self.editor.toPlainText()
        before, after = check(first, self.expect), check(now, self.expect)
        line = self.tr("Hints: {now} now").format(now=len(after.hints))
        if self.revising:
            line = self.tr("Hints: {before} in your first version, {now} now; key points "
                           "covered: {points_before} → {points_now} of {total}.").format(
                before=len(before.hints), now=len(after.hints),
                points_before=sum(p.covered for p in before.points),
                points_now=sum(p.covered for p in after.points), total=len(after.points))
        self.comparison.setText(line)
        for widget in (self.models_heading, self.comparison, self.models):
            widget.show()
        self.models.setFocus()

    def finish(self) -> None:
        self.flush()
        self.session.finish()
        self.session_did_close.emit()

    def flush(self) -> None:
        self.debounce.flush()

    # --- checking -----------------------------------------------------------------------------

    def _on_text_change(self) -> None:
        """Typing restarts the timers; marking the hints changes only formats, which Qt also
        reports as a change of the text, and must not start a new check."""
        text = self.editor.toPlainText()
        if text == self._seen:
            return
        self._seen = text
        self._timer.start()
        self._figure_timer.start()

    def run_check(self) -> None:
        """Renew the hints for the editor's text; long texts and the figure off the GUI thread."""
        self._timer.stop()
        self._generation += 1  # the text checked: a figure of an older text is not shown
        text = self.editor.toPlainText()
        if len(text) <= SYNC_LIMIT:
            self._checks.cancel()  # a long text's check still running is out of date
            self._show(check(text, self.expect), text)
        else:
            self._checks.submit(lambda: check(text, self.expect),
                                lambda report: self._show(report, text))

    def run_figure(self) -> None:
        """The Wiener Sachtextformel in the background, one computation at a time."""
        self._figure_timer.stop()
        text = self.editor.toPlainText()
        if not text.strip():
            return
        from desktop.core.plain.readability import wiener_sachtextformel

        generation = self._generation
        self._figure.submit(lambda: wiener_sachtextformel(text),
                            lambda score: self._show_score(score, generation),
                            lambda _exc: None)  # no figure: the hints stand without it

    def _show(self, report: Report, text: str) -> None:
        self.report = report
        to16 = Utf16(text)
        self.highlighter_spans([(to16(h.start), to16(h.end), h.kind not in SENTENCE_KINDS)
                                for h in report.hints])
        self.hints.clear()
        for hint in report.hints:
            self.hints.addItem(HintItem(self._label(hint, text), to16(hint.start),
                                        to16(hint.end)))
        if not report.hints and text.strip():  # say so rather than show an empty box
            self.hints.addItem(self.tr("No hints on the wording. Check the key points above."))
        label = self.tr("Hin&ts: {count} (Enter selects the words in the text)") \
            .format(count=len(report.hints))
        self.hints_label.setText(label)
        self.hints.setAccessibleName(label.replace("&", ""))  # the name is what the label says
        lines = [("✓ " if p.covered else "✗ ") + p.text + (self.tr(" (covered)") if p.covered
                                                           else self.tr(" (missing)"))
                 for p in report.points]
        self.points.setText("\n".join(lines))
        self._figures(report, self.score if text.strip() else None)

    def _show_score(self, score: float | None, generation: int) -> None:
        if generation == self._generation and self.report is not None:
            self.score = score
            self._figures(self.report, score)

    def _figures(self, report: Report, score: float | None) -> None:
        f = report.figures
        text = self.tr("{sentences} sentences, {words} words, longest sentence {longest} words "
                       "(up to {limit} is easy to follow)").format(
            sentences=f.sentences, words=f.words, longest=f.longest_words, limit=f.sentence_limit)
        if score is not None:
            text += self.tr("; Wiener Sachtextformel {score} (up to 4 very easy … from 15 very hard)") \
                .format(score=f"{score:.1f}".replace(".", ","))
        self.figures.setText(text + ".")

    def highlighter_spans(self, spans: list[Span]) -> None:
        if not hasattr(self, "highlighter"):
            self.highlighter = HintHighlighter(self.editor.document())
        self.highlighter.set_spans(spans)

    @staticmethod
    def _label(hint: Hint, text: str) -> str:
        return f"{hint.kind.title}: {hint.message}"

    def select_hint(self, item: QListWidgetItem) -> None:
        """Enter on a hint: its words are selected in the text, and the text gets the focus."""
        if not isinstance(item, HintItem):
            return
        start, end = item.span
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
