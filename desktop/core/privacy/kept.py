"""Tokens that their place shows to be no name, whatever the lists say of the word ("Alban.
Pass", "St. Markus", "Botschaft von Mali"): names.py gives them the class KEPT, and no rule
marks them."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator

from desktop.core.privacy.foreign import (
    GREETINGS,
    MAIL_HEADERS,
    foreign_run_tokens,
    in_other_language,
    translated_document,
)
from desktop.core.privacy.foreign_passages import english_pairs, foreign_passage_words
from desktop.core.privacy.kept_frames import (
    ENGLISH_JOBS,
    LAND_ADJECTIVES,
    NUMBER_WORDS,
    OPENING_VERBS,
    PLACE_BEFORE,
    district,
    hyphenated_at_line_end,
    label_words_before,
    land_institutions,
    nominalised_adjectives,
    number_words,
    placed_district,
    places_after_their_kind,
)
from desktop.core.privacy.kept_labels import (
    BANK_LABELS,
    POINTS_AFTER,
    THEORISTS,
    TURN,
    bank_names,
    document_labels,
    languages_paired,
    speaker_turns,
    subjects_of_a_letter,
    table_headers,
    theorists,
    token_at,
)
from desktop.core.privacy.lexicon import fold, lexicon, participle_rx
from desktop.core.privacy.wordclass import (
    AMBF,
    AMBIG,
    BOTH,
    FIRST,
    NAMEISH,
    ROLE,
    STOP,
    TITLE,
    TOWN_OFFICES,
    UNKNOWN,
    Lazy,
    classifier,
    sentence_start,
)

# A nationality's abbreviation before a document or a citizenship ("Serb. Pässe", "Kolumb.
# Reisepass", "chin. StA", "Bulg. Personalausweise"): matched from the full stop on.
_DOCUMENT_AFTER = Lazy(r"\.[ \t]?(?:(?:Reise|National|Inlands)?(?:[Pp]ass|[Pp]äss)|StA\b|Staats"
                       r"|Personalausw|Ausweis|ID-Karte|Identitätskarte|Führerschein)")
# "alles ", "etwas " or "nichts " in the note: one search for "s " and a look back (half the
# time of three plain searches, which each read the whole note).
_NOMINALISING = Lazy(r"s (?:(?<=alles )|(?<=etwas )|(?<=nichts ))")
# "St. " or "Sankt " in the note: one search, stopping only at capital S.
_SAINT_GATE = Lazy(r"S(?:t\. |ankt )")
# An abbreviated unit or office before a number, a slash or "pro" ("Abt. 8", "30 Std./Woche",
# "20 Std. pro Woche"): no name stands so.
_UNIT_AFTER = Lazy(r"\.(?: ?\d|/| pro )")
# A full stop that ends no sentence: a colon, a comma or a lower-case word follows.
_ABBREVIATED_AFTER = Lazy(r"\.(?:[:,;/)]| [a-zäöüß])")
# A count of one to three digits before a unit ("94 Mon."), not a longer number that may be
# a finding's (a telephone number's placeholder would leave the unit a name the second time).
_COUNT_BEFORE = Lazy(r"(?<![\d./-])\d{1,3} $")
# A word of three to five letters without a vowel is abbreviated ("Ltg.", "Lfd.", "Bzgl."):
# names without a vowel are few and listed, or stand after a form of address ("Herr Vlk.").
_VOWELLESS = Lazy(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xzß]{2,4}")
# An abbreviation run into the next abbreviated word: "Pfl.beitr.", "Ausl.beh.".
_CHAINED_AFTER = Lazy(r"\.[a-zäöüß]{2,}\.")
# A saint's name makes a church, a parish, a hospital or a town ("St. Markus", "Sankt Georg");
# an embassy or a consulate is of a country ("Botschaft von Mali").
_SAINT = Lazy(r"(?:St\.|Sankt)[ \t]([A-ZÄÖÜ])")
_COUNTRY = Lazy(r"(?:Botschaft|[Kk]onsulat)(?: von| in| des| der)? ([A-ZÄÖÜ])")
# A label of a bilingual form: its German word, " / ", the English words, ":" ("Vornamen /
# Given names:", "Wohnort / Address:").
_ENGLISH_LABEL = Lazy(r"(?m)^[ \t]*([A-ZÄÖÜ][\w.-]*(?: [\w.-]+)?) / "
                      r"((?:[A-Za-z][\w.-]*[ \t]?){1,4}):")


# (a set look-up and no unpacking of each token: 15 % less time for the comprehension below)
_STOP_OR_COLON = frozenset({".", ":"})


def kept_tokens(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                strip: list[int] | None = None) -> list[int]:
    """Tokens that their place shows to be no name, whatever the lists say of the word:
    - a nationality's abbreviation before a document or a citizenship, the beginning of a
      country or a nationality of the data ("Alban. Pass", "Usbek. Pass", "Chin. StA");
    - an abbreviated unit or office before a number ("Abt. 8", "30 Std./Woche"), an unknown
      word abbreviated before a colon or a lower-case word ("Staatsangeh.: marokk.");
    - a saint's name after "St." ("St. Markus": a parish) and a country after an embassy
      ("Botschaft von Mali");
    - the English words of a bilingual form's label ("Vornamen / Given names:");
    - a German word of the data that is no listed name, labelling a field at the start of a
      line or after "; " ("Kanzlei: 0361 …", "Gast: Herr …").
    Only the tokens before a full stop or a colon are looked at (picked out by a comprehension,
    in C: most have neither); the other frames only where their words are in the text."""
    out: list[int] = []
    lex = lexicon()
    for t in [t for t, tok in enumerate(toks) if text[tok[1]:tok[1] + 1] in _STOP_OR_COLON]:
        start, end, word = toks[t]
        if text[end] == ".":
            if _DOCUMENT_AFTER.match(text, end) is not None:
                # opening its line or sentence, or in brackets: not "Frau Berg. Pass fehlt"
                if (text[start - 1:start] == "(" or sentence_start(text, start)) and not (
                        t and cls[t - 1] in (TITLE, ROLE)
                        and text[toks[t - 1][1]:start].isspace()) and _nationality(word.lower()):
                    out.append(t)
            elif 3 <= len(word) <= 4 and _UNIT_AFTER.match(text, end) is not None:
                lw = word.lower()
                if lw in lex.words or lex.is_prefix(lw):
                    out.append(t)
            elif text[end + 1:end + 2] in (":", "-") and cls[t] not in (TITLE, ROLE):
                # a form's abbreviated label opening a line: "Pat.:", "Dok.-Nr.:", also after
                # German words or adjectives of the label ("Ausstellende Beh.: …")
                if not start or text[start - 1] == "\n":
                    out.append(t)
                elif text[end + 1] == ":" and text[start - 1:start] == " ":
                    before = len(out)
                    label_words_before(text, toks, cls, t, out)
                    if len(out) > before:
                        out.append(t)
            elif cls[t] == UNKNOWN and len(word) >= 5 and _ABBREVIATED_AFTER.match(
                    text, end) is not None and lex.is_prefix(word.lower()):
                out.append(t)  # the beginning of a German word: "Staatsangeh.: marokk."
            elif text[end + 1:end + 2].islower() and _CHAINED_AFTER.match(text, end) or (
                    len(word) <= 4 and start >= 2 and text[start - 2].isdigit()
                    and text[start - 1] == " " and cls[t] not in (TITLE, ROLE)
                    and _COUNT_BEFORE.search(text, max(0, start - 8), start) is not None
                    and lex.is_prefix(word.lower())):
                out.append(t)  # "Pfl.beitr.", "94 Mon.": abbreviations, no surname
            elif _VOWELLESS.fullmatch(word) is not None and cls[t] not in (TITLE, ROLE) and \
                    not (t and cls[t - 1] in (TITLE, ROLE)) and not lex.is_name(fold(word)):
                out.append(t)  # "Ltg. Sachgebiet", "Lfd. Nr.": an office's abbreviation
        elif text[end + 1:end + 6] == "innen":
            out.append(t)  # "Kund:innen", "Kolleg:innen": a noun's gender-fair plural
        elif cls[t] == STOP or (word in MAIL_HEADERS and text[end + 1:end + 2] == " "):
            # a colon: a German word labelling a field, an e-mail's header ("To: …")
            i = start
            while i and text[i - 1] in " \t":
                i -= 1
            if not i or text[i - 1] == "\n" or text[i - 1] == ";":
                out.append(t)
            elif cls[t] == STOP and text[start - 1:start] == " ":
                label_words_before(text, toks, cls, t, out)
    if _SAINT_GATE.search(text) is not None:
        for m in _SAINT.finditer(text):
            at = token_at(toks, m.start(1))
            if at is not None and cls[at] in (FIRST, BOTH, AMBF) and (
                    not m.start() or text[m.start() - 1] in " \t\n(„\"/-"):
                out.append(at)
    if "Botschaft " in text or "onsulat " in text:
        for m in _COUNTRY.finditer(text):
            at = token_at(toks, m.start(1))
            if at is not None and lex.is_place(toks[at][2].lower()):
                out.append(at)
                # "Botschaft Addis Abeba": the country's or the capital's further words
                while at + 1 < len(toks) and text[toks[at][1]:toks[at + 1][0]] == " " and \
                        lex.is_place(toks[at + 1][2].lower()):
                    at += 1
                    out.append(at)
    # (a rare character first, searched for fast: most notes have no " / " or "-⏎")
    if ":" in text and "/" in text and " / " in text:
        for m in _ENGLISH_LABEL.finditer(text):
            # the German label a word of the data and no name: not "Übergabe Baum / Berg:"
            if all(lex.is_word(w.lower()) and not lex.is_name(fold(w)) for w in m[1].split()):
                out.extend(t for t, tok in enumerate(toks)
                           if m.start(2) <= tok[0] and tok[1] <= m.end(2))
    words = list(map(_WORD, toks))
    distinct = set(words)
    repeated = len(distinct) < len(words)
    if repeated or "City" in distinct or "(" in text:
        _set_phrases_and_places(text, toks, out, distinct, words if repeated else None)
    if in_other_language(text):
        foreign_run_tokens(text, toks, cls, out)
    foreign_passage_words(text, toks, cls, out)  # "Documents for Blue Card", "Délivré à"
    english_pairs(text, toks, cls, out)  # "International Office" in a German sentence
    if "\n" in text and "-\n" in text:
        hyphenated_at_line_end(text, toks, out)
    # (single characters first in the gates below, which C finds with memchr: 0.05 µs a search
    # against 0.3 for a word; half the notes have no colon, nine in ten no slash)
    if "/" in text and "isch" in text:
        languages_paired(text, toks, out)
    if ":" in text and ("SB:" in text or "SBin:" in text or ".: " in text) and TURN.search(text) is not None:
        speaker_turns(text, toks, cls, out)  # "SB: Haben Sie …?"
    if not _DOCUMENT_GATE.isdisjoint(distinct):
        document_labels(text, toks, out)  # "Given Names:", "Date of Birth:"
    if "-" in text:
        # "in Siegen-Weidenau", "Gelsenkirchen-Buer, 25.11.2026": a town's part the lists lack
        out.extend([t for t in [t for t, w in enumerate(words) if "-" in w]
                    if cls[t] not in (TITLE, ROLE) and placed_district(text, *toks[t])])
    if ":" in text and "/" in text and " / " in text:
        translated_document(text, toks, cls, out)  # "Hesap Özeti / Kontoauszug", "Tarih:"
    if not LAND_ADJECTIVES.isdisjoint(distinct):
        land_institutions(toks, cls, out)  # "Thüringer Landesverwaltungsamt"
    if "|" in text and text.count("|") >= 3:
        table_headers(text, toks, out)  # "| Lfd | Familienname | Vorname |"
    if not THEORISTS.isdisjoint(distinct):
        theorists(text, toks, cls, out)  # "Reflexion nach Gibbs"
    if "Punkte" in text:
        # a points table of the Chancenkarte: "Deutsch A2 (1), Alter (2), Englisch (1)"
        out.extend([t for t, (_, end, w) in enumerate(toks) if POINTS_AFTER.match(text, end)
                    and lex.is_noun(w.lower())])
    if "Betr" in distinct or "Betreff" in distinct:
        subjects_of_a_letter(text, toks, cls, out)
    if not TOWN_OFFICES.isdisjoint(distinct):
        # "(LEA Berlin)": an office's abbreviation and its town, though "Lea" is a first name
        # and "Berlin" a surname
        lex = lexicon()
        for t in [t for t, w in enumerate(words[:-1]) if w in TOWN_OFFICES]:
            if text[toks[t][1]:toks[t + 1][0]] == " " and lex.is_place(words[t + 1].lower()):
                out.extend((t, t + 1))
    if not BANK_LABELS.isdisjoint(distinct):
        bank_names(text, toks, out)
    if not PLACE_BEFORE.isdisjoint(distinct):
        places_after_their_kind(text, toks, cls, out)
    if not NUMBER_WORDS.isdisjoint(distinct):
        number_words(text, toks, out)
    if not OPENING_VERBS.isdisjoint(distinct):
        # a note's verb opening a sentence without "ich": "Habe erklärt, dass …"
        out.extend([t for t, (start, end, w) in enumerate(toks) if w in OPENING_VERBS and
                    text[end:end + 1] == " " and text[end + 1:end + 2].islower() and
                    sentence_start(text, start)])
    if _NOMINALISING.search(text) is not None:
        nominalised_adjectives(text, toks, cls, out)
    if "Per" in distinct:
        # the preposition opening a sentence before a German noun ("Per E-Mail an …", "Per
        # Post"), not the first name ("Per Olsen", "Frau Per Agger")
        out.extend([t for t, tok in enumerate(toks[:-1]) if tok[2] == "Per" and cls[t + 1] == STOP
                    and toks[t + 1][0] == tok[1] + 1 and sentence_start(text, tok[0])])
    if not _CLERGY.isdisjoint(distinct):
        _clergy_before_names(text, toks, cls, out)
    # Words kept wherever they stand, decided once per word (set operations in C for the
    # words seen before).
    new = distinct.difference(_SEEN)
    if new:
        if len(_SEEN) > 100_000:
            _SEEN.clear()
            _KEPT_WORDS.clear()
            new = distinct
        _SEEN.update(new)
        _KEPT_WORDS.update([w for w in new if _kept_by_itself(w)])
    if not _KEPT_WORDS.isdisjoint(distinct):
        out.extend([t for t, w in enumerate(words) if w in _KEPT_WORDS])
        if not ENGLISH_JOBS.isdisjoint(distinct):
            # the job's first word: "Data Scientist", "Software Engineer"
            out.extend([t - 1 for t, w in enumerate(words) if t and w in ENGLISH_JOBS and
                        cls[t - 1] not in NAMEISH and cls[t - 1] not in (TITLE, ROLE) and
                        text[toks[t - 1][1]:toks[t][0]] == " "])
    if strip is not None and any(strip):
        _nouns_after_genitives(text, toks, cls, strip, out)
    if AMBIG in cls:
        _nouns_after_adjectives(text, toks, cls, out)
    return out


# Words of an identity document's English labels, one of which a note with such labels has.
_DOCUMENT_GATE = frozenset({"Given", "Birth", "Surname", "Address", "Expiry"})
@functools.cache
def _nationalities() -> tuple[str, ...]:
    """Places and the project's meaning words (its nationalities among them), sorted: an
    abbreviation is the beginning of one ("serb" of "serbien", "kolumb" of "kolumbien",
    "chin" of "china"). Some 3 ms, asked only when the frame is there."""
    lex = lexicon()
    return tuple(sorted(lex.places | lex.stopwords))


def _nationality(lw: str) -> bool:
    if len(lw) < 3:
        return False
    words = _nationalities()
    i = bisect.bisect_left(words, lw)
    return i < len(words) and words[i].startswith(lw)


# Punctuation spoken into a dictated note ("Frau Frost Punkt Mit freundlichen Grüßen Punkt",
# "Hiba Kanaan Komma geboren am …"): never a name, and a name never runs over it.
DICTATED = frozenset({"Komma", "Punkt", "Doppelpunkt", "Semikolon", "Strichpunkt", "Absatz",
                      "Klammer", "Bindestrich", "Schrägstrich", "Gedankenstrich",
                      "Fragezeichen", "Ausrufezeichen", "Anführungszeichen", "Anführungsstriche",
                      "Auslassungspunkte"})
# A noun said twice around a preposition is a set phrase: "Stück für Stück", "Schritt für
# Schritt", "Hand in Hand", "Seite an Seite", "Zug um Zug", "Stein auf Stein".
_BETWEEN_TWICE = frozenset({" für ", " um ", " an ", " in ", " zu ", " nach ", " auf ",
                            " gegen "})
# A place alone in brackets says where a person or an office is from: "Frau Ladan Rezaei
# (Iran)", "Fallberatung (Kiel)".
_BRACKETED = Lazy(r"\(([A-ZÄÖÜ][\w-]+)\)")
# "Cebu City", "Quezon City": the words before "City" name a town.
_CITY = Lazy(r"((?:[A-ZÄÖÜ][\w-]+ ){1,3})City\b")


def _set_phrases_and_places(text: str, toks: list[tuple[int, int, str]], out: list[int],
                            distinct: set[str], words: list[str] | None) -> None:
    """A noun repeated around a preposition (`words`: the tokens' words if one is there more
    than once, else None), a place alone in brackets and a town before "City" (`distinct`:
    the tokens' words). Each frame is looked for only where its words are in the note."""
    if words is not None and any(map(str.__eq__, words, itertools.islice(words, 1, None))):
        # (each word beside the next, without copying the list twice)
        # the same word twice in a row with a preposition between ("Stück für Stück")
        for t in [t for t in range(len(words) - 1) if words[t] == words[t + 1]]:
            if text[toks[t][1]:toks[t + 1][0]] in _BETWEEN_TWICE:
                out.extend((t, t + 1))
    lex = lexicon()
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            at = token_at(toks, m.start(1))
            if at is not None and lex.is_place(m[1].lower()):
                out.append(at)
    if "City" in distinct:
        for m in _CITY.finditer(text):
            for t, tok in enumerate(toks):
                if m.start(1) <= tok[0] and tok[1] <= m.end():
                    out.append(t)


def _nouns_after_genitives(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                           strip: list[int], out: list[int]) -> None:
    """A German noun after a first name in the genitive is what the person has, not the
    person's surname: "Samiras Idee", "Nadias Fazit" (but "Jonas Fischer": "Jonas" is a name
    itself, no genitive)."""
    lex = lexicon()
    for t in [t for t, s in enumerate(strip) if s]:
        u = t + 1
        if u < len(toks) and cls[t] == FIRST and cls[u] == STOP and \
                toks[t][1] + 1 == toks[u][0] and text[toks[t][1]] == " " and \
                lex.is_noun(toks[u][2].lower()) and not lex.is_name(fold(toks[u][2])):
            out.append(u)


def _hyphenated_noun(word: str) -> bool:
    """A compound of German words or places whose last part is a noun names a thing, not a
    person: "Kindergeld-Bescheinigung", "Schengen-Visum" (not "Müller-Bauer": a listed name
    is a double name's part)."""
    lex = lexicon()
    parts = [p.lower() for p in word.split("-") if p]
    return len(parts) > 1 and lex.is_noun(parts[-1]) and all(
        (lex.is_word(p) or lex.is_place(p)) and not lex.is_name(fold(p)) for p in parts)


_CLERGY = frozenset({"Pastor", "Pastorin", "Imam", "Diakon", "Diakonin"})


def _clergy_before_names(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         out: list[int]) -> None:
    """A clergy title right before a name is no part of it ("von Pastor Dietz"); after a first
    name it is the surname ("Claire Pastor"), and alone the model judges it ("an Pastor")."""
    for t, (_, end, word) in enumerate(toks):
        if word in _CLERGY and t + 1 < len(toks) and toks[t + 1][0] == end + 1 and \
                text[end] == " " and not (t and cls[t - 1] in NAMEISH and
                                          toks[t - 1][1] + 1 == toks[t][0]):
            out.append(t)


# The word before a capitalised word, when it ends like an inflected adjective ("zweite",
# "schlauer", "schweren").
_ADJECTIVE = Lazy(r"[a-zäöüß]{3,}(?:e|er|en|es|em)")
# Inflected words before a name: a letter's greeting ("liebe Rosa", "sehr geehrte"), pronouns,
# determiners and the verbs the "-te" rule in after_adjective leaves (not ending in "-te(n)",
# or in "-ste" like a superlative: "musste") that the adjective test would take.
_NOT_ADJECTIVES = frozenset("""liebe lieber liebes lieben geehrte geehrter geehrten jene jener
welche welcher solche solcher manche mancher meine meiner deine seine seiner ihre ihrer unsere
unserer eure eurer keine keiner eine einer einen einem eines diese dieser diesen diesem dieses
jede jeder jeden jedem jedes alle aller allen beide beiden andere anderer anderen hallo bitte
danke gerne heute morgen gestern habe wurde würde wurden würden werde werden musste""".split())


def _nouns_after_adjectives(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                            out: list[int]) -> None:
    """A name that is also a German word, after an inflected adjective, is the noun of its
    phrase: "kein schlauer Fuchs", "schwerer Sturm" — not a first name ("kleine Anna"), and no
    adjective the data does not read as inflected. (Other German words after an adjective,
    "zweite Generation", are left: looking at every one cost 3 % of the speed.)"""
    out.extend([t for t, (start, _, _) in enumerate(toks) if cls[t] == AMBIG and (
        text[start - 2:start] in _INFLECTED_ENDS and after_adjective(text, start)
        or _after_number_word(text, start))])


# Cardinal numbers written out: the word after them is a plural noun ("zwei Kaiser ohne
# Reich", "drei Engel"), no name.
_CARDINALS = frozenset("""zwei drei vier fünf sechs sieben acht neun zehn elf zwölf""".split())


def _after_number_word(text: str, start: int) -> bool:
    if text[start - 1:start] != " ":
        return False
    return text[max(0, start - 8):start - 1].rpartition(" ")[2] in _CARDINALS


def after_adjective(text: str, start: int) -> bool:
    """Does an inflected adjective stand right before the word at `start` ("schwerer Sturm",
    "zweite Generation")? Decided once per word before."""
    if text[start - 2:start] not in _INFLECTED_ENDS:
        return False
    low = max(0, start - 24)
    i = text.rfind(" ", low, start - 1)
    if i < 0 and low:
        return False
    word = text[i + 1:start - 1].rpartition("\n")[2].lstrip("(„\"'")
    adjectives = _ADJECTIVES
    hit = adjectives.get(word)
    if hit is None:
        if len(adjectives) > 100_000:
            adjectives.clear()
        hit = adjectives[word] = _ADJECTIVE.fullmatch(word) is not None and \
            word not in _NOT_ADJECTIVES and lexicon().is_inflected(word)
    if hit and word.endswith(("te", "ten")) and not word.endswith(("ste", "sten")) and \
            word.rstrip("n") not in _ORDINALS and not _after_determiner(text, i):
        # "hatte", "sagte", "erklärten" end like "betreute": a verb's past before its subject
        # ("Danach erklärte Winter, …") unless an article opens the phrase; ordinals and
        # superlatives stand bare ("zweite Generation", "nächste Woche")
        return False
    return hit


_ORDINALS = frozenset("""zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte
zwölfte dreizehnte vierzehnte fünfzehnte sechzehnte siebzehnte achtzehnte neunzehnte""".split())


# Words that open a noun phrase before its adjective ("die betreute …", "im letzten …").
_DETERMINERS = frozenset("""der die das den dem des ein eine einen einem einer eines kein keine
keinen keinem keiner keines im am zum zur vom beim ins ans""".split())


def _after_determiner(text: str, space: int) -> bool:
    """Whether the word ending at `space` (the blank before the adjective) is an article or a
    preposition fused with one."""
    if space <= 0:
        return False
    start = max(text.rfind(" ", max(0, space - 12), space), text.rfind("\n", 0, space)) + 1
    return text[start:space].lower() in _DETERMINERS


# Word → is it an inflected adjective (by the data)?
_ADJECTIVES: dict[str, bool] = {}


_INFLECTED_ENDS = frozenset({"e ", "r ", "n ", "s ", "m "})


_UNITS = "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
# A number written out as one word, as a dictated note has them ("Siebenundachtzig
# Quadratmeter", "Zweihundertvierzig Euro", "Dreiundzwanzigste"): built by German's rules for
# numerals, never a name.
_NUMERAL = Lazy(rf"(?:{_UNITS}?tausend)?(?:(?:{_UNITS}|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht"
                rf"|neun)zehn)?hundert)?(?:{_UNITS}und)?"
                r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|zehn|elf"
                r"|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|eins?"
                r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?(?:s?te[nmrs]?|ste[nmrs]?)?")
_WORD = operator.itemgetter(2)
_SEEN: set[str] = set()
_KEPT_WORDS: set[str] = set()


def _kept_by_itself(word: str) -> bool:
    """Spoken punctuation ("Komma", "Punkt"); a number written out ("Siebenundachtzig"); an
    abbreviation in mixed case ("türk. StA, geb. …", "AufenthG"), also where a rule reads the word before "geb." as a name; a hyphenated
    compound of German words ending in a noun (_hyphenated_noun); a participle
    of a separable verb, capitalised inside a sentence ("lohnzettel fehlen noch
    Weitergeleitet an SG 32"): never a name, wherever it stands."""
    if word in DICTATED or word in GREETINGS or word in ENGLISH_JOBS:
        return True
    if len(word) >= 8 and _NUMERAL.fullmatch(word.lower()) is not None:
        return True
    if "-" in word and district(word):
        return True
    if classifier()(word)[0] != STOP:
        return False
    return (word[-1].isupper() and not word.isupper()) or (
        "ge" in word and participle_rx().fullmatch(word.lower()) is not None) or (
        "-" in word and _hyphenated_noun(word))
