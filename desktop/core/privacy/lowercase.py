"""Names written in lower case ("herr mirzaei rief an", "kundin haoran zhao informiert").

Quick notes are often typed without capitals. A lower-case word is a name when it is no German
word by the data (lexicon.is_word) and
- it follows a form of address or a role ("herr", "frau", "hr.", "kundin", "ktn."), or
- it is a name already found in the same text ("Mahdi … mahdi"), or
- it is a known first name followed by another word that is no German word ("ahmad karimi").
A run of such words after the first one (up to three: "yusuf ibn rashid") belongs to the name.
Where the sentence says a person stands (the frames of lowerframes.py and lowerslots.py), the
word is taken although German has it: the subject of a person's verb ("bauer will wissen"),
whom one told ("hab dushan gesagt"), a first name after a relative ("tochter olga"), a noun
after "frau"/"herr" ("frau koch"), a note's writer ("diktat wagner 2.12."). A name ends before
a verb's past tense ("herr tauber schilderte"). Notes typed entirely without capitals are also
written again as German writes them (truecase.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from desktop.core.privacy.chatnames import chat_names, timed_labels
from desktop.core.privacy.foreign import in_other_language, outside_foreign_clause
from desktop.core.privacy.lexicon import Lexicon, fold, lexicon
from desktop.core.privacy.lowerfiles import file_names
from desktop.core.privacy.lowerframes import (
    ARTICLE_NAME,
    PARTICLES,
    PRONOUNS,
    SHORT_ADVERBS,
    asked_words,
    colon_lower,
    is_common,
    is_german,
    listed_subjects,
    lower_greeting_signatures,
    lower_subjects,
    named_before_relative,
    relatives,
    told_words,
    unknown_word,
)
from desktop.core.privacy.lowerslots import name_compounds, named_again, person_slots
from desktop.core.privacy.verbs import person_participle
from desktop.core.privacy.wordclass import (
    FIRST,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    PREPOSITIONS,
    ROLES,
    SUR,
    classifier,
)

_ADDRESS = frozenset({
    "herr", "herrn", "frau", "hr", "fr", "kunde", "kundin", "klient", "klientin", "ktn", "kd",
    "kdn", "mandant", "mandantin", "antragsteller", "antragstellerin",
})


@functools.cache
def word_rx() -> re.Pattern[str]:
    # A combining mark belongs to its word: "İlknur" in lower case is "i̇lknur" (i + U+0307).
    return re.compile(r"(?<![\w'’\u0300-\u036f-])[^\W\d_][\w'’\u0300-\u036f-]*")


@functools.cache
def _lower_word_rx() -> re.Pattern[str]:
    # The words of word_rx that do not start with a capital of German: the loop of
    # lower_case_names passes over those anyway (fewer matches to walk in Python).
    return re.compile(r"(?<![\w'’\u0300-\u036f-])[^\W\d_A-ZÄÖÜ][\w'’\u0300-\u036f-]*")


def _is_function_word(lw: str) -> bool:
    """After "herr" or "kundin" only a common non-noun ("hat", "und", "war"), a noun in its
    dictionary form ("termin") or a listed meaning word ends the name; a rare, inflected-looking
    or compound-like word is taken ("warsame", "aden", "mccarthy")."""
    lex = lexicon()
    return len(lw) < 2 or lw in lex.common_words or lw in lex.nouns or lex.is_stopword(lw)


def _surname_follows(text: str, end: int, rx: re.Pattern[str], lex: Lexicon) -> bool:
    """After a role, a first name that is also a common word ("kundin lasse fuchs", "kundin
    nur eren"): is the next word a surname, i.e. a listed name that is no common word, or a
    word German does not have?"""
    if text[end:end + 1] != " ":
        return False
    nxt = rx.match(text, end + 1)
    if nxt is None or not nxt[0][0].islower():
        return False
    nw = nxt[0].lower()
    if nw in lex.common_words or lex.is_stopword(nw) or len(nw) < 2:
        return False
    return lex.is_name(fold(nw)) or not is_german(nw)


@functools.cache
def _cue_rx() -> re.Pattern[str]:
    """A form of address or role, then a word in lower case ("hr. vogt", "fr krause"). Each
    branch starts with a plain letter class, so the engine skips quickly to possible starts
    (no case-insensitive flag)."""
    return re.compile(
        r"[HhFfKkMmAa](?<![\w].)(?:errn?|rau|r\.?|undin|unde|lientin|lient|tn\.|dn?\.|andantin"
        r"|andant|ntragstellerin|ntragsteller):? (?=[^\W\d_])")  # a letter of any alphabet


_UNHYPHENATED = re.compile(r"[^\W\d_]+(?![\w-])")
# A conversation "mit" someone ("tel. mit formosa preta –", "gespräch mit szintia kovács"):
# what follows is read as after a role (a common word, a noun of the dictionary or a meaning
# word ends it: "tel. mit dem jobcenter" stays).
_TALK_WORDS = frozenset({"tel", "telefonat", "telefoniert", "gespräch", "rücksprache"})


@functools.cache
def _lower_start_rx() -> re.Pattern[str]:
    """A sentence that begins in lower case after a word of five letters or more ("… da.
    er kam"): the note was typed without capitals; "z. B. die", "bzw. das" do not count."""
    return re.compile(r"[.!?] +[a-zäöüß](?<=[a-zäöüß]{5}[.!?] [a-zäöüß])")


@functools.cache
def _lower_sentence_rx() -> re.Pattern[str]:
    """A sentence that starts in lower case and has no capital up to its end (group 1)."""
    # (the stop or line first: the engine skips to the few places that may start a match)
    return re.compile(r"[.!?\n](?:(?<=[.!?]) +|(?<=\n)[ \t]*)([a-zäöüß][^.!?\nA-ZÄÖÜ]*)"
                      r"(?=[.!?\n]|$)")


# A sentence or line that starts in lower case, one pattern for each character that may end
# the one before (see _any_lower_start).
_LOWER_AFTER_STOP = re.compile(r"\. +[a-zäöüß]")
_LOWER_AFTER_MARK = re.compile(r"[!?] +[a-zäöüß]")
_LOWER_LINE = re.compile(r"\n[ \t]*[a-zäöüß]")


def _any_lower_start(text: str) -> bool:
    """A sentence or line that starts in lower case: without one, neither of the two tests
    below can find anything (one test instead of up to three in most notes). A pattern that
    starts with one character is scanned for it in a tight loop, one that starts with a class
    tests each character of the note against the class: three patterns, the rare "!", "?" and
    line break looked for first, take a third of the time of one with "[.!?\n]" first."""
    return _LOWER_AFTER_STOP.search(text) is not None or (
        "!" in text or "?" in text) and _LOWER_AFTER_MARK.search(text) is not None or (
        "\n" in text and _LOWER_LINE.search(text) is not None)


# After "hr." or "dr." words that are no name: "hr. und fr. …", "dr. med. …".
_NOT_AFTER_HR = frozenset({"und", "oder", "u", "med", "phil", "jur", "rer", "dent", "vet", "h",
                           "habil", "ing", "dr", "prof"})  # "fr. dr. lange-vogel"
# Without its full stop "fr" may be Friday: "läuft fr ab!", "fr bis 12", "fr um 9".
_NOT_AFTER_FR = frozenset("ab an auf bis um zu vor nach ist war und oder".split())
_DETERMINING = NO_NAME_BEFORE | frozenset(
    "nur noch schon nächstes nächste letztes letzte erstes zweites".split())
_POSSESSIVES = frozenset("mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner "
                         "ihr ihre ihren ihrem ihrer unser unsere euer eure".split())
# Finite verbs the dictionary also has as nouns ("das Muss", "das Soll"): "frau muss …".
_FINITE = frozenset("ist sind war waren hat hatte haben muss soll sollte kann will darf wird".split())


def _lone_first_name(lw: str, lex: Lexicon) -> bool:
    """A listed first name alone in a clause typed without capitals ("hab marianne gesagt",
    "verheiratet mit salma"): one that German does not have as a word. Of the first names
    wordfreq also counts as words, only those of five letters or more: the short ones include
    German and English words ("eilt", "lies", "tue", "free", "file")."""
    # A verb form the lists lack begins a word they have ("kläre" of "klären", "wisse").
    return not is_german(lw) and not is_common(lw) and (
        len(lw) >= 5 or fold(lw) not in lex.common_names) and not lex.is_prefix(lw)


def _past_tense(lw: str, lex: Lexicon) -> bool:
    """A verb's past tense whose infinitive the lists hold ("schilderte" of "schildern",
    "wartete" of "warten"), and no listed name: it ends a name ("herr tauber schilderte")."""
    stem = lw[:-2] if lw.endswith("te") else lw[:-3] if lw.endswith("ten") else ""
    return len(stem) >= 3 and (stem + "en" in lex.words or stem + "n" in lex.words) and \
        lw in lex.words and not lex.is_name(fold(lw))


def _word_before(text: str, start: int) -> str:
    """The word before the one before `start`, in lower case ("meine" of "meine frau koch")."""
    head = text[max(0, start - 30):start].split()
    return head[-2].lower() if len(head) >= 2 else ""


def _inside_clause(text: str, start: int) -> bool:
    """After a word and a space or a comma ("hab marianne", "mit salma,"), not at the start of
    a line or sentence, where a verb can stand first ("berät oft nebenbei")."""
    return text[start - 1:start] == " " and (text[start - 2:start - 1].isalpha() or
                                               text[start - 2:start - 1] == ",")


# Prepositions before a person at a clause's end: "sie wartet bei ute", "hab's mit jule.".
_PERSON_PREPOSITIONS = frozenset({"bei", "mit", "für", "an", "von"})  # not "zu lang,"


def _lex_word(lw: str) -> bool:
    """A word of the dictionary, or a name that is a word too ("lang")."""
    lex = lexicon()
    return lex.is_word(lw) or fold(lw) in lex.ambiguous


def _closes_after_preposition(text: str, start: int, end: int, lw: str) -> bool:
    """A short listed first name that is no German word, after a preposition and closing the
    clause ("sie wartet bei ute"): _lone_first_name leaves the short ones, which include
    English and German forms ("free", "tue"); in this place they are people."""
    return text[end:end + 1] in ("", "\n", ",", ".", "!", "?", ")", ";") and \
        not is_german(lw) and not is_common(lw) and len(lw) >= 3 and not _lex_word(lw) and \
        _word_before(text, end) in _PERSON_PREPOSITIONS


# A verb's subject after it in a question to whom the chat greets: "hi olli hast du …".
_YOU = (" du ", " du?", " du,", " du.")
# What joins two people's names: "halyna + dmytro", "lena und jonas".
_JOINS = (" + ", " und ")
# A word as the loop of lower_case_names first sees it: capitalised, a listed first name in
# lower case, or another lower-case word. Decided once per word (in a note typed without
# capitals the loop meets every word of the note).
_CAPITAL, _FIRST_NAME, _OTHER = range(3)
_LOWER_KINDS: dict[str, int] = {}


def _lower_kind(word: str, lex: Lexicon) -> int:
    if len(_LOWER_KINDS) > 100_000:
        _LOWER_KINDS.clear()
    kind = _LOWER_KINDS[word] = _CAPITAL if not word[0].islower() else \
        _FIRST_NAME if fold(word.lower()) in lex.first_names else _OTHER
    return kind


def _article_hyphen(text: str) -> bool:
    """"l-", "bu-", "bd-" or "n-" in the text: its hyphens looked at (a note has few, a third of
    them none) instead of four substring searches."""
    at = text.find("-", 1)
    while at >= 0:
        if text[at - 1] in "ln" or text[at - 2:at] in ("bu", "bd"):
            return True
        at = text.find("-", at + 1)
    return False


def _typed_in_lower_case(text: str) -> bool:
    return text[:1].islower() or _lower_start_rx().search(text) is not None or (
        "\n" in text and re.search(r"\n[ \t]*[a-zäöüß]", text) is not None)


def lower_case_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (names found so far, sorted) plus the names written in lower case."""
    lex = lexicon()
    starts: dict[int, bool] = {}  # token start → after a cue?
    for m in _cue_rx().finditer(text):
        if text[m.end()].islower():
            starts[m.end()] = True
    at = text.find("r. ")
    while at > 0:
        # "dr. vogelsang": a doctor's title (a plain search: a "d" in the pattern above would
        # make the engine try every "d" of the note)
        if text[at - 1] in "dD" and (at == 1 or not text[at - 2].isalnum()) and \
                text[at + 3:at + 4].islower():
            starts[at + 3] = True
        at = text.find("r. ", at + 3)
    at = text.find(" mit ")
    while at >= 0:
        # "tel. mit formosa preta": the word before "mit" decides (a plain search for " mit "
        # first: a pattern with the conversation words would be tried at every T, G and R)
        end = at + 5
        if end < len(text) and text[end].islower():
            word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1:at]
            if word.lower().rstrip(".") in _TALK_WORDS:
                starts[end] = True
        at = text.find(" mit ", end - 1)
    at = text.find("wg")
    while at >= 0:
        # "rückruf wg hamidi, az …": whom a call or a note is about ("wegen"); read as any
        # word of a note typed in lower case (German words after it stay: "wg beschwerde")
        end = at + (4 if text.startswith("wg. ", at) else 3)
        if (not at or not text[at - 1].isalnum()) and text[end - 1:end] == " " and \
                text[end:end + 1].islower() and _UNHYPHENATED.match(text, end) is not None:
            starts.setdefault(end, False)  # not "wg. kita-bescheinigung": a compound
        at = text.find("wg", at + 2)
    lowered = ""
    subjects: set[int] = set()
    # Lower-case places of a name found whose word the lists hold only as a name ("Becker …
    # die becker vom standesamt"): taken although a frequency list counts the word.
    named: dict[int, str] = {}
    for s, e in spans:
        for word in text[s:e].split():
            lw = word.lower()
            if len(lw) < 3 or lw == word or lw not in text:
                continue  # most names never appear in lower case: one fast search decides
            lowered = lowered or text.lower()
            pure = classifier()(word)[0] in (SUR, FIRST)
            pos = lowered.find(lw)
            while pos >= 0:
                if text[pos].islower():
                    starts.setdefault(pos, False)
                    if pure:
                        named[pos] = lw
                    elif named_again(text, pos, pos + len(lw)):
                        subjects.add(pos)  # "Frau Hahn … aber hahn ist krank"
                pos = lowered.find(lw, pos + 1)
    lower_starts = _any_lower_start(text)
    frames: list[Iterator[int]] = []
    if lower_starts or text[:1].islower() or colon_lower(text):
        frames += [lower_subjects(text, lex), listed_subjects(text, lex)]
    if _article_hyphen(text):
        # "wegen al-hussein", "abu-bakr": a name with the Arabic article or "abu"/"bin" joined
        # by a hyphen; German has no such words
        frames.append(m.start() for m in ARTICLE_NAME.finditer(text))
    if "hab" in text:
        frames.append(told_words(text, lex))
    if lower_starts or text[:1].islower():
        frames += [relatives(text, lex), person_slots(text, lex)]
        frames.append(named_before_relative(text, lex))  # "roj, der sohn von …"
        frames.append(asked_words(text, lex))  # "sie soll wolf fragen", "liegt bei ernst"
        frames.append(file_names(text, lex))  # "die akte okafor", "vorname mulu"
        if "grü" in text or "gru" in text:
            frames.append(lower_greeting_signatures(text))  # "gruß winter abschnitt drei"
    if lower_starts or text[:1].islower() or "@" in text or timed_labels(text):
        frames.append(chat_names(text, lex))  # "basti: …", "09:14 caro: …", "danke steffi!"
    # Where the sentence says a person stands: the word is taken although German has it.
    for start in itertools.chain.from_iterable(frames):
        starts.setdefault(start, False)
        subjects.add(start)
    all_lower = _typed_in_lower_case(text) if lower_starts else text[:1].islower()
    # Sentences typed without capitals inside a note that has them ("… Karte abgeholt. tel.
    # mit igor mederski – unterlagen kommen per post"): their words are read like those of a
    # note typed in lower case.
    quick = [] if all_lower or not lower_starts else [
        m.span(1) for m in _lower_sentence_rx().finditer(text)]
    if not starts and not all_lower and not quick and "-" not in text:
        return spans
    rx = word_rx()
    # Only the words at the places found above, or every word of a note typed in lower case.
    candidates: Iterator[re.Match[str] | None] = _lower_word_rx().finditer(text) if all_lower else (
        rx.match(text, s) for s in sorted({*starts, *(
            m.start() for a, b in quick for m in rx.finditer(text, a, b))}))
    taken = {s for s, _ in spans}
    extra: list[tuple[int, int]] = []
    joined: list[tuple[int, int]] = []
    done = -1
    kinds = _LOWER_KINDS
    for found in candidates:
        if found is None:
            continue
        m, start = found, found.start()
        if start <= done or start in taken:
            continue
        kind = kinds.get(m[0])
        if kind is None:
            kind = _lower_kind(m[0], lex)
        if kind == _CAPITAL or (kind == _OTHER and start not in starts):
            continue  # neither after a cue nor a known first name (most words of a note)
        lw = m[0].lower()
        first_name = kind == _FIRST_NAME
        cue = starts.get(start, False)
        if not cue and (lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in SHORT_ADVERBS):
            continue  # "per post", "frag mal basti": a function word that is also a first name
        # After a possessive "frau" is a noun: "meine frau muss arbeiten" (after an article it
        # may be a title still: "des herrn heuer", "der frau koch").
        title = cue and text[max(0, start - 6):start].lower().rstrip(" .:").endswith(
            ("herr", "herrn", "frau", "hr", "fr")) and _word_before(text, start) not in _POSSESSIVES
        # After "hr." or "fr." only a name can follow ("hr. nur", "hr. do", "fr koch").
        before = text[max(0, start - 5):start].lower().rstrip(" :")
        if cue and lw in _NOT_AFTER_HR and before.endswith(("hr.", "fr.", "dr.")):
            continue  # "Dr. med. Katrin Sauer": the degree, no name (nor "und", "dr", "prof")
        after_hr = cue and lw not in _NOT_AFTER_HR and (
            before.endswith(("hr.", "fr.", "dr.")) or (before[-2:] in ("hr", "fr") and not (
                len(before) > 2 and before[-3].isalpha()) and lw not in _NOT_AFTER_FR and (
                lex.is_name(fold(lw)) or not is_german(lw))))
        # "fr koch" (not "gebühr koch"); without its full stop "fr" may be Friday: "fr
        # nachmittag" is no name
        if title and not after_hr and before.endswith(("herr", "herrn", "frau")) and (
                all_lower or any(a <= start < b for a, b in quick)) and (
                lex.is_name(fold(lw)) or lex.is_noun(lw)) and not (
                lw in NOT_AFTER_TITLE or lw in NO_NAME_BEFORE or lw in PREPOSITIONS
                or lw in _FINITE or lw.capitalize() in ROLES):
            # "frau koch", "herr winter": after a title a noun is the surname, where the note
            # or the sentence is typed without capitals ("Herr namens Winter" has them)
            after_hr = True
        german = _is_function_word if cue else is_common if named.get(start) == lw else \
            is_german
        if after_hr or ((title or first_name) and lw not in lex.common_words
                        and not lex.is_stopword(lw)):
            # "hr. heuer", "kundin ani lomidze": after a title, or as a known first name after a
            # role, a noun is a name; only common words and listed meaning words end it.
            german = is_common
        if german(lw) and not after_hr and start not in subjects and not (
                cue and first_name and _surname_follows(text, m.end(), rx, lex)):
            continue
        end, words, told = m.end(), 1, False
        while words < 4 and text[end:end + 1] == " ":
            nxt = rx.match(text, end + 1)
            if nxt is None or not nxt[0][0].islower():
                break
            nw = nxt[0].lower()
            if nw in PARTICLES and words < 3:
                # "hassan bin youssef", "abdi van der meer": particles, then the surname
                last, after, count = nxt, None, 1
                while text[last.end():last.end() + 1] == " ":
                    after = rx.match(text, last.end() + 1)
                    if after is None or after[0].lower() not in PARTICLES or count == 2:
                        break
                    last, count = after, count + 1
                solid = words == 1 and first_name and lw not in lex.common_words
                if after is not None and after is not last and after[0][0].islower() and (
                        after[0].lower() not in lex.common_words or (
                            solid and after[0].lower() not in NO_NAME_BEFORE
                            and after[0].lower() not in PREPOSITIONS
                            and not lex.is_stopword(after[0].lower()))):
                    # "alejandro da costa": after a first name and a particle, "costa" is
                    # the surname although wordfreq counts it as a common word.
                    end, words = after.end(), words + count + 1
                    continue
            # After a first name a noun may be the surname ("arne strauch", "sönke brot"),
            # and so may a place ("dunia auma", "gunda freudenberger"), not a verb or another
            # common word.
            surname = nw not in lex.common_words and (
                lex.is_name(fold(nw)) or (words == 1 and fold(lw) in lex.first_names and (
                    lex.is_noun(nw) or not lex.is_meaning_word(nw))))
            if _past_tense(nw, lex):
                # "herr tauber schilderte": the verb ends the name; a listed first name right
                # before it is its subject ("anke weinte", "ani übersetzte")
                told |= words == 1 and first_name and lw not in lex.common_words and not (
                    lw in NO_NAME_BEFORE or lw in PREPOSITIONS or lw in PARTICLES
                    or lex.is_meaning_word(lw) or _word_before(text, end) in NO_NAME_BEFORE)
                break
            # (a pronoun ends a name: "groeneveld du hast …"; "Du" is a listed surname)
            if (german(nw) and not surname) or nw in _FINITE or nw in PRONOUNS or \
                    nw in NO_NAME_BEFORE or (
                    # a first name that is a German word too, after a determiner or particle
                    # and before another German word: "nächstes mal dolmetsch bestellen",
                    # "an der tu komma sie", "nur mal loswerden" ("mari tangen war da" stays)
                    words == 1 and first_name and not cue and is_german(lw) and is_german(nw)
                    and _word_before(text, m.end()) in _DETERMINING
                    and not lex.is_name(fold(nw))) or \
                    person_participle(nw) or \
                    text.startswith(_YOU, nxt.end()):  # "vormund biene zurückgerufen"
                break  # (before "du" a verb: "hi olli hast du kurz zeit?")  # "herrn heuer ist": the lists lack "ist" and "die" as common words
            end, words = nxt.end(), words + 1
        if start in starts or words > 1 or told or (
                first_name and _inside_clause(text, start) and (
                    _lone_first_name(lw, lex) or _closes_after_preposition(text, start, end, lw))):
            extra.append((start, end))
            done = end
        elif first_name and (text.startswith(_JOINS, end) or text[start - 2:start] == " (" and
                             text[end:end + 1] == ")") and _lone_first_name(lw, lex):
            joined.append((start, end))
    if joined:
        # "halyna + dmytro savchuk", "lena und jonas weber": a listed first name joined to a
        # name found is a person too (before a word it is only one in a clause: "mit salma");
        # so is one in brackets after the surname found ("fr. melnyk (tetiana) hat angerufen")
        heads = {s for s, _ in spans} | {s for s, _ in extra}
        tails = {e for _, e in spans} | {e for _, e in extra}
        extra += [(s, e) for s, e in joined
                  if e + 3 in heads or e + 5 in heads or s - 2 in tails]
    if "-" in text:  # "die hamza-familie", "die căldăraru-akte"
        extra += [c for c in name_compounds(text, lex) if not any(
            s <= c[0] < e for s, e in extra)]
    if extra and in_other_language(text):
        # (hook of meaning13) "my husband visa", "he must come to": English, no name; "juliana
        # vai ficar feliz": the name before the clause
        extra = [span for s, e in extra if (span := outside_foreign_clause(text, s, e))]
    if not extra:
        return spans
    extra = [_with_unknown_before(text, start, end) for start, end in extra]
    return sorted(spans + [e for e in extra if not any(s < e[1] and e[0] < t for s, t in spans)])


_WORD_AT_END = re.compile(r"[^\W\d_][\w'’\u0300-\u036f-]*$")


def _with_unknown_before(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found in lower case with the word before it, where that word is no German word
    either ("vermerk zu kadhim ali hussein": the first name found, "kadhim" before it)."""
    if text[start - 1:start] != " " or start < 2:
        return start, end
    m = _WORD_AT_END.search(text, max(0, start - 30), start - 1)
    if m is None or not m[0][0].islower() or not (
            unknown_word(m[0].lower()) or m[0] in _ARABIC_PARTICLES) or \
            (m.start() and text[m.start() - 1] not in " \n\t(:,"):
        return start, end
    return m.start(), end


# Arabic particles of a surname, which German does not write as words ("an ben ammar", "ibn
# rashid"); "bin" and "al" are left: German and Spanish have them ("ich bin", "al dente").
_ARABIC_PARTICLES = frozenset({"ben", "ibn", "abu", "bint"})
