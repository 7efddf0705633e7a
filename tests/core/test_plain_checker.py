"""The plain-language checker on German sentences: true hits and near misses for every kind."""

from __future__ import annotations

from desktop.core.plain.checker import Expectations, HintKind, check, is_participle
from desktop.core.plain.text import sentences
from desktop.core.scenarios.model import KeyPoint, Term


def kinds(text: str, expect: Expectations | None = None) -> list[HintKind]:
    return [h.kind for h in check(text, expect).hints]


def words_of(text: str, kind: HintKind, expect: Expectations | None = None) -> list[str]:
    return [text[h.start:h.end] for h in check(text, expect).hints if h.kind is kind]


# --- sentences --------------------------------------------------------------------------------

def test_sentences_do_not_end_at_abbreviations_dates_or_paragraphs():
    """"z. B.", "§ 81 Abs. 4" and "15. Januar" stay inside their sentence; a blank line and a
    list item end one."""
    text = ("Bringen Sie z. B. den Pass mit. Nach § 81 Abs. 4 gilt das weiter. Bis zum "
            "15. Januar haben Sie Zeit.\n\n- Pass\n- Foto")
    found = [text[s.start:s.end] for s in sentences(text)]
    assert found == ["Bringen Sie z. B. den Pass mit.", "Nach § 81 Abs. 4 gilt das weiter.",
                     "Bis zum 15. Januar haben Sie Zeit.", "Pass", "Foto"]


def test_a_full_date_at_the_end_of_a_sentence_ends_it():
    """"bis zum 15.01.2027. Dann …": the year's period is a sentence end."""
    text = "Sie haben Zeit bis zum 15.01.2027. Dann entscheiden wir."
    assert len(sentences(text)) == 2


# --- Satzlänge --------------------------------------------------------------------------------

LONG = ("Wir haben Ihren Antrag geprüft und festgestellt, dass noch die Lohnabrechnungen der "
        "letzten drei Monate und der Mietvertrag fehlen, die wir für die Entscheidung brauchen.")


def test_a_long_sentence_is_marked_whole_and_named_the_longest():
    """25 words: the hint covers the sentence and says it is the longest."""
    text = "Es fehlen Unterlagen. " + LONG
    hints = [h for h in check(text).hints if h.kind is HintKind.SATZLAENGE]
    assert len(hints) == 1
    assert text[hints[0].start:hints[0].end] == LONG
    assert "25 Wörter" in hints[0].message and "längste" in hints[0].message
    assert check(text).figures.longest_words == 25


def test_the_limit_follows_the_listeners_german():
    """13 words are fine for B1 (15) but too long for A2 (12)."""
    text = "Sie bekommen heute von uns ein Papier für Ihren Arbeitgeber und für die Wohnung."
    assert HintKind.SATZLAENGE not in kinds(text, Expectations(language_level="B1"))
    assert HintKind.SATZLAENGE in kinds(text, Expectations(language_level="A2"))


def test_short_sentences_get_no_length_hint():
    """Near miss: many short sentences are exactly what is wanted."""
    assert HintKind.SATZLAENGE not in kinds("Ihr Antrag ist abgelehnt. Das tut mir leid. "
                                            "Sie können sich wehren.")


# --- Passiv -----------------------------------------------------------------------------------

def test_werden_passive_is_found_with_its_words():
    """"wurde … abgelehnt", "wird … verlängert", "ist … geprüft worden": all passive."""
    assert words_of("Ihr Antrag wurde leider abgelehnt.", HintKind.PASSIV) == \
        ["wurde leider abgelehnt"]
    assert words_of("Die Erlaubnis wird um ein Jahr verlängert.", HintKind.PASSIV) == \
        ["wird um ein Jahr verlängert"]
    assert words_of("Der Antrag ist noch nicht geprüft worden.", HintKind.PASSIV) == \
        ["geprüft worden"]
    assert words_of("Die Akte wird kontrolliert.", HintKind.PASSIV) == ["wird kontrolliert"]


def test_future_tense_and_active_perfect_are_not_passive():
    """Near misses: "werden" with an infinitive (future), "haben" with a participle (active),
    "werden" as a full verb, and a ge-infinitive after a separable prefix."""
    for text in ("Wir werden Ihren Antrag prüfen.", "Wir haben Ihren Antrag abgelehnt.",
                 "Das wird teuer.", "Sie werden den Antrag morgen abgeben.",
                 "Sie werden das Geld bekommen.", "Es wird bestimmt gut."):
        assert HintKind.PASSIV not in kinds(text), text


def test_participles_and_look_alikes():
    """The participle test: real participles yes; infinitives, nouns and adjectives no."""
    for word in ("abgelehnt", "gegeben", "verlängert", "informiert", "entschieden",
                 "ausgestellt", "bearbeitet"):
        assert is_participle(word), word
    for word in ("abgeben", "geben", "Gebiet", "gerecht", "bereit", "prüfen", "verlängern"):
        assert not is_participle(word), word


def test_passive_across_a_comma_is_not_joined():
    """"wird" and a participle in different clauses are not one passive."""
    assert HintKind.PASSIV not in kinds("Wenn es wird, haben wir alles erledigt.")


# --- Nominalstil ------------------------------------------------------------------------------

def test_chains_of_ung_heit_keit_nouns():
    """"Ablehnung Ihres Antrags auf Verlängerung" and "Feststellung der Zuständigkeit" are
    chains; the hint spans from the first to the last noun."""
    assert words_of("Die Ablehnung Ihres Antrags auf Verlängerung ist rechtmäßig.",
                    HintKind.NOMINALSTIL) == ["Ablehnung Ihres Antrags auf Verlängerung"]
    assert words_of("Nach Feststellung der Zuständigkeit melden wir uns.",
                    HintKind.NOMINALSTIL) == ["Feststellung der Zuständigkeit"]


def test_one_ung_noun_or_plain_nouns_are_no_chain():
    """Near misses: a single nominalisation, everyday nouns (Wohnung, Zeitung), and two -ung
    nouns far apart."""
    for text in ("Die Entscheidung bekommen Sie mit der Post.",
                 "Ihre Wohnung und Ihre Zeitung sind hier egal.",
                 "Die Migrationsberatung und die Sozialberatung helfen.",
                 "Die Prüfung dauert lange, aber am Ende steht bald die Entscheidung."):
        assert HintKind.NOMINALSTIL not in kinds(text), text


def test_seitens_and_bezueglich_are_nominal_style_with_an_alternative():
    """The word list's prepositions of the nominal style, with a plain alternative."""
    hints = [h for h in check("Seitens der Behörde gibt es bezüglich Ihres Antrags "
                              "nichts Neues.").hints if h.kind is HintKind.NOMINALSTIL]
    assert [h.message.split("“")[0] for h in hints] == ["„Seitens", "„bezüglich"]
    assert "„zu“" in hints[1].message


# --- Amtsdeutsch ------------------------------------------------------------------------------

def test_amtsdeutsch_from_the_word_list_with_plain_alternatives():
    """"vorzulegen", "binnen", "unverzüglich" and "Lichtbild" are found, each with its
    alternative."""
    text = "Bitte legen Sie binnen zwei Wochen ein Lichtbild vor und melden Sie sich unverzüglich."
    found = {text[h.start:h.end]: h.message for h in check(text).hints
             if h.kind is HintKind.AMTSDEUTSCH}
    assert set(found) == {"binnen", "Lichtbild", "unverzüglich"}
    assert "„Foto“" in found["Lichtbild"]


def test_ist_zu_infinitive_hides_who_must_act():
    """"sind … vorzulegen" and "ist zu beachten" name no one who acts."""
    assert words_of("Die Nachweise sind bis Freitag vorzulegen.", HintKind.AMTSDEUTSCH) == \
        ["sind bis Freitag vorzulegen", "vorzulegen"]
    assert words_of("Die Frist ist zu beachten.", HintKind.AMTSDEUTSCH) == ["ist zu beachten"]


def test_everyday_words_that_contain_list_words_are_not_flagged():
    """Near misses: "Grund" is not "aufgrund", "Vorlagen" in "Kopiervorlagen" is no word start,
    "ist zu spät" has no infinitive."""
    for text in ("Sie haben einen guten Grund.", "Die Kopiervorlagen liegen hier.",
                 "Der Brief ist wirklich schwer zu lesen.",
                 "Es ist zu spät für heute.", "Sie bekommen ein Foto von uns."):
        assert HintKind.AMTSDEUTSCH not in kinds(text), text


# --- Fachwort ---------------------------------------------------------------------------------

def test_a_legal_term_without_explanation_is_marked():
    """"Fiktionsbescheinigung" said and left alone: the hint points at the word."""
    assert words_of("Sie bekommen heute eine Fiktionsbescheinigung. Kommen Sie morgen wieder.",
                    HintKind.FACHWORT) == ["Fiktionsbescheinigung"]


def test_a_term_explained_before_after_or_with_the_authors_words_is_fine():
    """Near misses: "Das ist ein Papier", a colon, an explanation before the term, or one of
    the exercise's own words for the term in the next sentence."""
    for text in ("Sie bekommen eine Fiktionsbescheinigung. Das ist ein Papier für Sie.",
                 "Sie bekommen eine Fiktionsbescheinigung: ein Papier, mit dem Sie arbeiten.",
                 "Sie bekommen ein Papier, das heißt Fiktionsbescheinigung.",
                 "Die Rechtsbehelfsbelehrung ist unten. Dort steht, wie Sie sich wehren."):
        assert HintKind.FACHWORT not in kinds(text), text
    expect = Expectations(terms=(Term("Duldung", ("nicht abgeschoben",)),))
    text = "Sie haben eine Duldung. Sie werden jetzt nicht abgeschoben."
    assert HintKind.FACHWORT not in kinds(text, expect)
    assert HintKind.FACHWORT in kinds("Sie haben eine Duldung. Kommen Sie im Mai wieder.",
                                      expect)


def test_a_compound_is_marked_whole():
    """"Duldungsbescheinigung" starts with "Duldung": the whole word is marked."""
    assert words_of("Hier ist Ihre Duldungsbescheinigung. Bis bald.", HintKind.FACHWORT) == \
        ["Duldungsbescheinigung"]


# --- Bitten -----------------------------------------------------------------------------------

def test_two_requests_in_one_sentence():
    """Two imperatives, or an imperative and "Sie müssen", in one sentence."""
    assert kinds("Bringen Sie den Pass mit und füllen Sie das Formular aus.") == \
        [HintKind.BITTEN]
    assert HintKind.BITTEN in kinds("Bitte rufen Sie uns an, Sie müssen auch das Foto "
                                    "schicken.")


def test_one_request_per_sentence_is_fine():
    """Near misses: "Bitte bringen Sie …" is one request; two objects of one request; a
    question; two requests in two sentences."""
    for text in ("Bitte bringen Sie Ihren Pass mit.", "Bringen Sie den Pass und das Foto mit.",
                 "Bitte, hören Sie mir zu!",
                 "Bringen Sie es vorbei oder schicken Sie es per Post.",
                 "Können Sie morgen kommen und den Pass mitbringen?",
                 "Bringen Sie den Pass mit. Füllen Sie das Formular aus."):
        assert HintKind.BITTEN not in kinds(text), text


# --- Das Wichtigste zuerst --------------------------------------------------------------------

POINTS = Expectations(points=(
    KeyPoint("Sie dürfen weiter arbeiten.", ("arbeiten", "Arbeit"), first=True),
    KeyPoint("Das Papier gilt drei Monate.", ("drei Monate",)),
))


def test_the_most_important_point_late_is_marked_at_the_first_sentence():
    """The first point appears only in sentence 3: the hint marks sentence 1 and says so."""
    text = "Ihr Antrag liegt bei uns. Wir prüfen noch. Sie dürfen weiter arbeiten."
    hints = [h for h in check(text, POINTS).hints if h.kind is HintKind.WICHTIGSTES_ZUERST]
    assert len(hints) == 1
    assert text[hints[0].start:hints[0].end] == "Ihr Antrag liegt bei uns."
    assert "Satz 3" in hints[0].message


def test_most_important_first_gets_no_hint_and_points_are_counted():
    """Near miss: the point in the first sentence; the second point is reported missing."""
    report = check("Sie dürfen weiter arbeiten. Wir prüfen noch.", POINTS)
    assert HintKind.WICHTIGSTES_ZUERST not in [h.kind for h in report.hints]
    assert [(p.covered, p.first) for p in report.points] == [(True, True), (False, False)]
    assert [p.text for p in report.missing] == ["Das Papier gilt drei Monate."]


def test_a_first_sentence_that_starts_with_the_legal_basis():
    """Without an exercise: "Aufgrund …" or a paragraph in the first sentence is marked;
    a first sentence with the result is not."""
    assert HintKind.WICHTIGSTES_ZUERST in kinds("Aufgrund Ihres Einkommens geht es nicht.")
    assert HintKind.WICHTIGSTES_ZUERST in kinds("Nach § 60b AufenthG müssen Sie helfen.")
    assert HintKind.WICHTIGSTES_ZUERST not in kinds("Sie können hierbleiben. Der Grund ist "
                                                    "§ 60a.")


# --- the report -------------------------------------------------------------------------------

def test_every_hint_points_at_words_inside_the_text():
    """Offsets are within the text and never empty; the JSON has the contract's keys."""
    text = ("Aufgrund der Nichtvorlage der erforderlichen Nachweise seitens des Antragstellers "
            "wurde die Erteilung der Aufenthaltserlaubnis abgelehnt. 🙂 Bringen Sie die "
            "Unterlagen mit und zahlen Sie die Gebühr.")
    report = check(text, readability=True)
    assert report.hints
    for hint in report.hints:
        assert 0 <= hint.start < hint.end <= len(text)
        assert text[hint.start:hint.end].strip()
    data = report.to_json()
    assert set(data["hints"][0]) == {"start", "end", "kind", "message"}
    assert data["figures"]["wiener_sachtextformel"] > 4


def test_an_empty_text_has_no_hints():
    """Nothing typed yet: no hints, zero figures."""
    report = check("   \n ")
    assert report.hints == () and report.figures.sentences == 0
