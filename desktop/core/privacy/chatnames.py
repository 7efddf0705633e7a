"""People named in a team chat typed in lower case (lowercase.py takes the words found here):

- a chat's speakers: lines opened by one word and a colon ("basti: tadschikisch glaub ich"),
  also after a time or a date in brackets ("09:14 caro: …", "[07.12.26, 10:31] timo: …")
  and with where they work in brackets ("sommer (VHS DO): …");
  a word that speaks where most of the note's labels speak is a name, listed or not — a
  nickname ("basti", "flo", "caro") is in no list of first names, and a form's fields are
  nouns or office words ("art:", "ort:", "info:", "sb:"); a single line speaks when its
  speaker is a listed first name ("kathi: wer hat den schlüssel?");
- whom the chat greets, thanks, mentions, sends to ask or asks: "hi jule", "danke steffi!",
  "@nico kannst du …", "frag mal chrissi, die weiß das", "jule weißt du wo …".

Each is a place where German puts a person and nothing else; the test of the word is what a
nickname looks like (no noun, no common or office word, no word of meaning), not a list of
nicknames.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import Lexicon, fold
from desktop.core.privacy.lowerframes import LISTED_ADVERBS, LOWER_WORD, function_word
from desktop.core.privacy.trie import trie
from desktop.core.privacy.wordclass import ROLES

# A line's label: an optional time ("09:14 ", "09:14:03 - "), a date with it, or either in
# brackets ("[09:14] ", "[07.12.26, 10:31] "), then one word, perhaps where the speaker works
# in brackets ("sommer (VHS DO): "), and a colon with a space after it (not "09:14" or
# "http:"). Group 1 is the word, group 2 the brackets.
_LABEL = re.compile(
    r"[ \t]*(?:\[[\d.,:/ ]{4,24}\][ \t]*|(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?,?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:-[ \t]+)?)?([^\W\d_][\w'’-]*)( \([^()\n]{2,30}\))?"
    r":[ \t]+(?=\S)")
# A plan's labels (days, months), never a speaker's.
_PLAN_LABELS = frozenset("""mo di mi do fr sa so jan feb mär apr mai jun jul aug sep okt nov dez
montag dienstag mittwoch donnerstag freitag samstag sonntag""".split())
# Labels and words of chats, lists and mail headers that are English or office shorthand, no
# person's ("subject:"); and the greetings themselves ("danke, ciao").
_SHORTHAND = frozenset("""todo todos fyi btw asap re aw wg fw fwd cc bcc edit update ok okay tbd
nb ps pps hallo hi hey moin servus ciao tschau bye cu from to subject sent date reply""".split())
_VOWELS = frozenset("aeiouyäöü")


def person_like(lw: str, lex: Lexicon) -> bool:
    """A word that may be a person's name or nickname where only a person stands: a listed
    first name that is no word of meaning (a month's name may be one: "jan"), or a word that
    is no noun, no common or office word and no word of meaning and looks like a name
    (_nickname: "basti", "caro", "okafor"); abbreviations without a vowel ("wv") and
    shorthand ("todo", "fyi") are none."""
    if len(lw) < 2 or lw in _SHORTHAND or function_word(lw) or lw in LISTED_ADVERBS or \
            lw in lex.common_words or lw.capitalize() in ROLES or \
            lex.is_meaning_word(lw) and lw not in _PLAN_LABELS or \
            not _VOWELS.intersection(lw):
        return False
    if fold(lw) in lex.first_names:
        return True  # "tom", "lena": listed, although the stop list holds them
    if lw in _PLAN_LABELS:
        return False  # "feb:", "mi:" ("jan" is a first name too)
    # a form's labels that are no nouns are participles and adjectives ("eingereicht:",
    # "ausstehend:", "optional:"): longer, or ending in a consonant
    return not lex.is_noun(lw) and not lex.is_stopword(lw) and _nickname(lw, lex)


def timed_labels(text: str) -> bool:
    """A line's time before a lower-case label ("09:14 caro: …", "[09:14] caro: …"): the notes
    whose lines all start so have no lower-case start that would call chat_names. The few
    colons are found by a plain search (in C) and the time's digits read at each."""
    at = text.find(":")
    while at >= 0:
        after = text[at + 1:at + 8]
        if after[:2].isdigit():
            rest = after[2:].lstrip("]- ")
            if rest[:1].islower() and after[2:3] in (" ", "]"):
                return True
        at = text.find(":", at + 1)
    return False


def chat_names(text: str, lex: Lexicon) -> Iterator[int]:
    """Starts of the lower-case words the module's docstring names (plain string tests decide
    which scans run: most notes have no label line, no "@" and no "du")."""
    if ": " in text:
        yield from _speakers(text, lex)
    if "@" in text:
        for m in _MENTION.finditer(text):
            lw = m[1]
            if person_like(lw, lex) and "-" not in lw:
                yield m.start(1)
    for m in _calls(text):
        if person_like(m[1], lex):
            yield m.start(1)
    if " du" in text:
        # (matched at each line's start: a pattern that begins with a line break or the
        # text's start is tried at every position)
        at = 0
        while at >= 0:
            asks = _ASKS_YOU.match(text, at)
            if asks is not None and person_like(asks[1], lex):
                yield asks.start(1)
            at = text.find("\n", at)
            at = at + 1 if at >= 0 else -1


def _speakers(text: str, lex: Lexicon) -> Iterator[int]:
    """The speakers of the note's label lines (see the module's docstring)."""
    labels: list[re.Match[str]] = []
    at = 0
    while at >= 0:
        m = _LABEL.match(text, at)
        # (a label with brackets that names no speaker counts as no line of the chat)
        if m is not None and (m[2] is None or _works_at(m[1].lower(), lex)):
            labels.append(m)
        at = text.find("\n", at)
        at = at + 1 if at >= 0 else -1
    if not labels:
        return
    said = [m[1].lower() for m in labels]
    if len(_PLAN_LABELS.intersection(said)) > 1:
        return  # "jan: urlaub / feb: fortbildung" (one speaker "jan" may speak twice)
    # A speaker with where they work in brackets ("sommer (VHS DO):", "ana-maria (Empfang):")
    # may be a listed name that is a word too, or a double name German does not have
    # (_works_at kept only such labels).
    speaking = [m[2] is not None or person_like(lw, lex)
                for m, lw in zip(labels, said, strict=True)]
    # A listed first name that is also a word ("lea", "lasse", "volker", "christine") is a
    # label a chat's speaker may have too: it counts towards the chat's shape (a noun only
    # where it speaks twice: a form's fields, "foto:", "visa:", do not repeat), so that one
    # such colleague does not hide the others, and speaks itself where it speaks twice
    # beside another speaker.
    listed = [not s and _listed_label(lw, lex) and (not lex.is_noun(lw) or said.count(lw) > 1)
              for lw, s in zip(said, speaking, strict=True)]
    count = sum(speaking)
    if len(labels) == 1:
        # one line speaks when its speaker is a listed first name and it is typed in lower case
        m, lw = labels[0], said[0]
        if speaking[0] and m[1][0].islower() and fold(lw) in lex.first_names and \
                lw not in _PLAN_LABELS and \
                not lex.is_noun(lw) and text[m.end():m.end() + 1].islower():
            yield m.start(1)
        return
    # A chat: most labels speak, two at least; and one speaker is a listed first name, or
    # speaks twice, or the lines carry times (a form's fields that are no German word do not
    # repeat and come without times).
    shape = count + sum(listed)
    if shape < 2 or 2 * shape <= len(labels):
        return
    names = [lw for lw, s, li in zip(said, speaking, listed, strict=True) if s or li]
    if not (any(fold(lw) in lex.first_names for lw in names) or len(set(names)) < len(names)
            or any(m.group(0).lstrip()[:1] in "[0123456789" for m in labels)):
        return
    for m, lw, s, li in zip(labels, said, speaking, listed, strict=True):
        if m[1][0].islower() and (s or li and count and said.count(lw) > 1):
            yield m.start(1)
    # A speaker named in another line's message ("antje: groeneveld du hast das …" where
    # "groeneveld:" speaks too): the same person, where the label is no word of German.
    labelled = {m.start(1) for m in labels}
    for lw in {lw for m, lw, s in zip(labels, said, speaking, strict=True)
               if s and m[2] is None and m[1][0].islower() and len(lw) > 2}:
        at = text.find(lw)
        while at >= 0:
            end = at + len(lw)
            if at not in labelled and not (at and (text[at - 1].isalnum() or text[at - 1] in
                                                   "-@.")) and not (
                    end < len(text) and (text[end].isalnum() or text[end] in "-@")):
                yield at
            at = text.find(lw, end)


def _works_at(lw: str, lex: Lexicon) -> bool:
    """A label before brackets that is a listed name (no common or function word), or a word
    German does not have, each part of a double name too ("kleine-wilde" is no word)."""
    if len(lw) < 3 or function_word(lw) or lw in _SHORTHAND or lw in lex.common_words or \
            lw.capitalize() in ROLES:
        return False
    return lex.is_name(fold(lw)) or not lex.is_word(lw) and not lex.is_compound(lw) and \
        not lex.is_noun(lw)


def _listed_label(lw: str, lex: Lexicon) -> bool:
    """A listed first name as a line's label that person_like turns away as a word ("lea",
    "lasse", "volker"); function words, greetings and a plan's days are none."""
    return len(lw) > 1 and fold(lw) in lex.first_names and not function_word(lw) and \
        lw not in _SHORTHAND and lw not in _PLAN_LABELS


# "@nico kannst du …", "hey @bine, …": a mention (not an e-mail address: no word before the
# @), which the chat's text follows on its line ("-> @ende-gut" at a line's end and "### @id
# Titel" are a document's anchors, no person's).
# (the @ before its look-behind: the engine then looks for the @ alone, not at every position)
_MENTION = re.compile(rf"@(?<![\w.@-]@)({LOWER_WORD})(?=[,:!?]| [a-zäöüß])")
# A greeting, thanks, or a bid to ask or call someone, then the person: "hi jule,", "danke
# steffi!", "frag mal chrissi, die weiß das", "ruf doch benni an"; the person closes the
# clause or a question to them follows ("hi olli hast du …").
_CALL_WORDS = ("hallo", "hi", "hey", "moin", "servus", "liebe", "lieber", "danke", "dank",
               "merci", "thx", "thanks", "frag", "frage", "fragt", "ruf", "schreib")
_CALL_TRIE = trie(_CALL_WORDS, after_first=r"(?<![\w-].)")
_CALL = re.compile(
    rf"(?:{_CALL_TRIE})(?: (?:mal|doch|halt|einfach|bitte|auch|nochmal|am besten))?"
    rf" @?({LOWER_WORD})(?=[ \t]*(?:[,!.?;:)]|$|\n)| (?:du|hast|kannst|bist|weißt|könntest"
    r"|wie|was|wann|wo|ob|an|bescheid|wegen|nach|und|der|die)\b)")
# Whom a line's question is put to, before its verb and "du": "jule weißt du wo …", "basti
# kannst du …" ("dann kannst du", "morgen bist du": no person's word).
_ASKS_YOU = re.compile(rf"[ \t]*({LOWER_WORD}),? [a-zäöüß]+ du\b")

# A cheap test before _CALL: one of its words after a character that is no ASCII letter, digit,
# "_" or "-" (a space, a bracket, an umlaut too) and before a space, or opening the note. The
# engine stops at fewer characters than at the words' first letters, and tests no look-behind.
_CALL_GATE = re.compile(rf"[^A-Za-z0-9_-](?:{trie(_CALL_WORDS)}) ")
_CALL_STARTS = tuple(f"{word} " for word in _CALL_WORDS)


def _calls(text: str) -> Iterator[re.Match[str]]:
    # (the gate first: 1.5 µs a note where the pattern's scan cost 2.7; its words' first
    # letters before the look-behind make that scan cheaper than thirteen plain searches)
    if not text.startswith(_CALL_STARTS) and _CALL_GATE.search(text) is None:
        return iter(())
    return _CALL.finditer(text)


def _nickname(lw: str, lex: Lexicon) -> bool:
    """A word no list has as a first name that looks like a nickname where a chat greets or
    thanks: no German word at all ("chrissi", "okafor"), or a short word ending in a vowel that
    only a frequency list has ("basti", "caro", "flo"; "vielmals" is none)."""
    if lw.endswith("end") or lex.is_inflected(lw):
        return False  # a participle the lists lack ("ausstehend", "nachgereicht")
    return not lex.is_word(lw) and not lex.is_compound(lw) or (
        len(lw) <= 6 and lw[-1] in "aeiouy")
