"""Person names in German notes: field data plus context.

Each capitalised word gets a class from the data (wordclass.py): a German word (a noun of
Wiktionary, a frequent word of wordfreq, a listed meaning word or place), a listed first name
or surname (Wiktionary, nam_dict, the project's lists), a name that is also a common word
("Rosa", "Zimmer": ambiguous), a German-looking compound, or unknown. Then:
- a listed name counts; an ambiguous one only with context;
- after a form of address ("Herr", "Frau", "Hr.", "Dr.") or a title-like role ("Familie",
  "RA", "Ktn.") any capitalised word but a function word is a name ("Frau Zimmer"); after a
  role ("Tochter", "Kontoinhaber:") a name candidate is;
- a word that is no German word and stands without an article is a name ("dass Hasret …"),
  and so are the other context rules in context.py (surname after a first name, names before
  "geb.", subjects of person verbs, words of e-mail addresses, …);
- a word found as a name once is a name everywhere in the entry (entry.py), also in lower case
  (lowercase.py); particles belong to the name ("al-Hassan", "dos Reis", "van der Linden").
Meaning words of the project's list never count on their own. The form of address stays
outside the finding ("Herr [Person A]"), and so does a genitive s ("Herrn [Person A]s Akte").
"""

from __future__ import annotations

import operator

from desktop.core.privacy.context import (
    before_birth_cue,
    before_residence,
    first_name_before_surname,
    first_name_before_surname_shape,
    genitive_before_noun,
    lone_unknown_words,
    meaning_word,
    names_in_mail_addresses,
    places_after_in_and_aus,
    short_surname_after_name,
    surname_after_first_name,
    word_after_determined_role,
    written_in_lower_case,
)
from desktop.core.privacy.documents import with_document_names
from desktop.core.privacy.entry import carry_lower_case, propagate
from desktop.core.privacy.firms import firm_owners
from desktop.core.privacy.headings import names_after_headings, names_before_bracketed_roles
from desktop.core.privacy.inverted import (
    aliases_joined,
    inverted_names_joined,
    reversed_first_name,
)
from desktop.core.privacy.judge import (
    Judge,
    blanked,
    judged_beside,
    judged_names,
    neighbours_of_new_names,
)
from desktop.core.privacy.kept import kept_tokens
from desktop.core.privacy.kin_lists import names_after_plural_kin
from desktop.core.privacy.layout import (
    after_dutch_particle,
    apposition,
    before_address,
    before_mail_address,
    name_after_file_word,
    names_listed_with_names,
    names_paired_by_slash,
    particle_after_hyphen,
    signature_after_greeting,
    surname_comma_first_name,
    unknown_next_to_name,
    word_then_name,
)
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.listed import words_before_full_names
from desktop.core.privacy.lowercase import lower_case_names
from desktop.core.privacy.name_gaps import names_beside_names
from desktop.core.privacy.name_marks import german_frames
from desktop.core.privacy.particles import leading_particle, with_particles
from desktop.core.privacy.prepositions import first_name_after_preposition
from desktop.core.privacy.signatures import (
    bench_of_judges,
    caller_names_self,
    comment_author,
    initial_before_listed_surname,
    initials_with_their_full_stops,
    signed_at_end,
    signed_with_initials,
)
from desktop.core.privacy.subjects import (
    first_name_as_subject,
    found_word_as_subject,
    name_after_role_before_verb,
    objects_after_roles,
    subject_at_sentence_start,
)
from desktop.core.privacy.title_surnames import surname_after_title_and_first_name
from desktop.core.privacy.truecase import merged, truecased, typed_without_capitals
from desktop.core.privacy.wordclass import (
    ABBREVIATED,
    ABBREVIATED_ROLES,
    AMBF,
    AMBIG,
    AMBIGUOUS,
    BOTH,
    CANDIDATE,
    DETERMINER_BEFORE,
    FIRST,
    FOREIGN_PARTICLES,
    KEPT,
    NAMEISH,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    NOUN,
    PARTICLE_GAP,
    PREPOSITIONS,
    ROLE,
    SHAPE,
    STOP,
    STRONG,
    SUR,
    TITLE,
    TITLE_LIKE_ROLES,
    UNKNOWN,
    WORD_BEFORE,
    Lazy,
    capitalised_tokens,
    classifier,
    guess_genitive,
    surname_word,
)


def find_names(text: str, judge: Judge | None = None) -> list[tuple[int, int]]:
    """Spans of person names in `text` (without forms of address and genitive s).

    After the rules, `judge` (by default the learned judgement of judge.py) may mark more
    tokens as names; bench/train_name_model.py passes its own to see the rules' marks.
    A note typed without capitals is read as German writes it as well (truecase.truecased:
    "arbeitgeber von solheim:" as "Arbeitgeber von Solheim:"), beside the lower-case rules."""
    if judge is None and typed_without_capitals(text):
        as_lower = _as_typed_in_lower_case(text)
        found = _find_names(text, None) if as_lower is None else as_lower
    else:
        found = _find_names(text, judge)
        if judge is None and found and typed_without_capitals(text, found):
            # Every capitalised word was a name ("undund und Herrnund"): the note is typed in
            # lower case otherwise, as its anonymised text will read ("undund und [Person A]").
            more = _as_typed_in_lower_case(blanked(text, found))
            if more is not None:
                found = merged(found, more)
    found = with_document_names(text, names_beside_names(text, found))  # "popal + [fuchs]"
    return initials_with_their_full_stops(text, found) if "." in text else found


def _as_typed_in_lower_case(text: str) -> list[tuple[int, int]] | None:
    """Names of a note typed without capitals, read as German writes it as well; None if it
    cannot be read so."""
    lower = lower_case_names(text, [])
    cased = truecased(text, lower)
    return None if cased is None else merged(_find_names(cased, None), lower)


def _find_names(text: str, judge: Judge | None) -> list[tuple[int, int]]:
    classify = classifier()
    toks = capitalised_tokens(text)
    n = len(toks)
    if not n:
        return lower_case_names(text, [])
    # The cache's look-ups in C (map); the classifier only for the words it has not seen.
    pairs = list(map(classify.cache.get, map(_WORD, toks)))
    if None in pairs:
        pairs = [pair or classify(w) for pair, (_, _, w) in zip(pairs, toks, strict=True)]
    cls, strip = (list(column) for column in zip(*pairs, strict=True))
    is_name = [False] * n
    # Words their place shows to be no name ("Alban. Pass"): no rule marks them (unkept).
    kept = kept_tokens(text, toks, cls, strip)
    for t in kept:
        cls[t] = KEPT
    starts: dict[int, int] = {}
    # Found only next to a known name: no anchor for further neighbours (spread to its other
    # mentions all the same).
    weak: set[int] = set()

    def joined(a: int, b: int) -> bool:
        gap = text[toks[a][1]:toks[b][0]]
        if gap == " " or gap == "\u00a0":
            return True
        if toks[a][2] in ABBREVIATED and gap in (". ", "."):
            return True
        if cls[a] == ROLE and b == a + 1 and gap in (": ", ".: ", ". ") and (
                gap == ": " or toks[a][2] in ABBREVIATED_ROLES):
            return True  # "Kontoinhaber: Yuqing Yang", "Betr.: …", "Ktn. Benali"
        if cls[a] == ROLE and b == a + 1 and gap[:1] in ".:" and \
                gap[1:].strip() in FOREIGN_PARTICLES and gap.endswith(" "):
            return True  # "Vorspr. dos Reis, Aminata"
        if not PARTICLE_GAP.fullmatch(gap, int(gap[:2] == ". " and cls[a] == TITLE)):
            return False
        # "Maria da Silva", "Herr de Souza", "Hr. van der Meer"; not "Müller von der Caritas"
        return (cls[b] in STRONG and cls[a] in CANDIDATE) or (
            cls[a] in (TITLE, ROLE) and (cls[b] in CANDIDATE or cls[b] in (STOP, NOUN))) or (
            (cls[a] in CANDIDATE or cls[a] in (STOP, NOUN)) and (
                cls[b] in CANDIDATE or cls[b] in (STOP, NOUN))
            and gap.strip() in FOREIGN_PARTICLES)

    # German words (STOP, NOUN) start nothing here: the loop visits only the other tokens
    # (a comprehension in C), from the one the last step ended before (`after`).
    after = 0
    for i in [i for i, c in enumerate(cls) if c != STOP and c != NOUN and c != KEPT]:
        if i < after:
            continue
        c = cls[i]
        if c in (TITLE, ROLE):
            j = i
            while j + 1 < n and cls[j + 1] == TITLE and joined(j, j + 1):
                j += 1
            k = j + 1
            if k < n and joined(j, k) and toks[k][2].lower() not in NO_NAME_BEFORE and (
                    cls[k] in CANDIDATE or (
                    cls[k] in (STOP, NOUN) and surname_word(toks[k][2]) and (
                        cls[j] == TITLE or toks[j][2] in TITLE_LIKE_ROLES and not (
                            # "TL Aufenthalt", "Dolm. Dari": a team or a language, not a person
                            toks[j][2] in _OFFICE_ROLES and meaning_word(toks[k][2])))) or (
                    c == ROLE and (
                        (cls[k] == NOUN and text[toks[j][1]:toks[k][0]] == " ") or (
                            cls[k] == STOP and written_in_lower_case(toks[k][2])))) or (
                    c == ROLE and (word_then_name(text, toks, cls, k) or
                                   word_after_determined_role(text, toks, cls, i, k)))):
                # "die Frau Angst …": after an article "Frau" is a noun, not a title.
                loose = toks[i][2] in ("Frau", "Herr") and DETERMINER_BEFORE.search(
                    text, max(0, toks[i][0] - 12), toks[i][0]) is not None
                after = _anchored(text, k, cls, toks, is_name, strip, joined, loose)
                gap = text[toks[j][1]:toks[k][0]]
                dot = int(gap[:2] == ". " and cls[j] == TITLE)  # "Hr. [van der Meer]"
                if is_name[k] and PARTICLE_GAP.fullmatch(gap, dot) and (
                        c == TITLE or gap != " von "):
                    # "Herr [de Souza]": the particle is the name's; after a role German "von"
                    # is the preposition ("Tochter von [Attila Pianissoli]")
                    starts[k] = toks[j][1] + 1 + dot
                elif is_name[k] and gap[1:].strip() in FOREIGN_PARTICLES:
                    starts[k] = toks[j][1] + 2  # "Vorspr. [dos Reis]"
                continue
            if c == ROLE and apposition(text, toks, cls, j):
                # "Die Arbeitgeberin, Gesine Quandt, rief an": a name set off by commas
                after = _anchored(text, j + 1, cls, toks, is_name, strip, joined, False)
                continue
            after = j + 1
            continue
        j = i  # every other class is a candidate
        while j + 1 < n and cls[j + 1] in CANDIDATE and joined(j, j + 1):
            j += 1
        _unanchored(text, i, j, cls, is_name, toks, weak)
        after = j + 1

    lone_unknown_words(text, toks, cls, is_name, strip, joined)
    objects_after_roles(text, toks, cls, is_name)
    present = set(cls)
    subject_at_sentence_start(text, toks, cls, is_name)
    if ROLE in present:
        name_after_role_before_verb(text, toks, cls, is_name)
    if "geb" in text:
        before_birth_cue(text, toks, cls, is_name)
    if "wohnhaft" in text:
        before_residence(text, toks, cls, is_name)
    if AMBF in present:
        first_name_as_subject(text, toks, cls, is_name)
    if present & {FIRST, BOTH, AMBF, ROLE, TITLE} or UNKNOWN in present:
        # after a role an unknown word is a first name too, and before a listed surname
        surname_after_first_name(text, toks, cls, is_name, weak)
    if AMBF in present:
        first_name_before_surname(text, toks, cls, is_name)
    if AMBF in present or AMBIG in present:
        first_name_after_preposition(text, toks, cls, is_name)
    if "@" in text:
        names_in_mail_addresses(text, toks, cls, is_name)
        before_mail_address(text, toks, cls, is_name)
    if NOUN in present:
        first_name_before_surname_shape(text, toks, cls, is_name)
    if present & AMBIGUOUS:
        short_surname_after_name(text, toks, cls, is_name)
    if "Akte" in text or "Fall" in text or "Sache" in text or "Vorgang" in text or \
            "Antrag " in text:
        name_after_file_word(text, toks, cls, is_name)
    if ", " in text:
        surname_comma_first_name(text, toks, cls, is_name)
        before_address(text, toks, cls, is_name)
    if UNKNOWN in present or NOUN in present:
        unknown_next_to_name(text, toks, cls, is_name, weak)
    if _has_dutch_particle(text):
        after_dutch_particle(text, toks, cls, is_name)
    if "Grü" in text:
        signature_after_greeting(text, toks, cls, is_name)
    firm_owners(text, toks, cls, is_name)  # "Spedition Huber", "Gebr. Engel", "Wolf Logistik"
    if toks[-1][1] >= len(text) - 2 and (cls[-1] in CANDIDATE and cls[-1] != STOP or
                                         cls[-1] in (NOUN, KEPT, STOP)):
        signed_at_end(text, toks, cls, is_name)  # "… Viel Erfolg! Marie", "…1332.⏎Lange"
    if ". " in text:
        initial_before_listed_surname(text, toks, cls, is_name)  # "B. Koch, Schulsozialarbeit"
    if ": " in text:
        comment_author(text, toks, cls, is_name)  # "Kommentar Winter: …"
    bench_of_judges(text, toks, cls, is_name)  # "Dr. Pfeiffer   Hahn-Ludwig   Kiefer"
    if "hier" in text:
        caller_names_self(text, toks, cls, is_name)  # "Sommer hier, …", "hier spricht Fuchs"
    german_frames(text, toks, cls, is_name)  # "Klaus' Vermerk", "WV-Liste Koch", "SB" column
    names_after_headings(text, toks, cls, is_name)
    genitive_before_noun(text, toks, cls, is_name, strip)
    names_before_bracketed_roles(text, toks, cls, is_name)

    def unkept() -> None:
        for t in kept:
            is_name[t] = False

    unkept()
    if judge is None:
        before = list(is_name)
        judged_names(text, toks, cls, is_name, strip)
        if before != is_name:
            # The rules that read a name's neighbours, once more for the model's names: a
            # listed first name before a surname only the model found ("Charlotte …").
            if AMBF in present:
                first_name_before_surname(text, toks, cls, is_name)
            surname_after_first_name(text, toks, cls, is_name, weak)
            unknown_next_to_name(text, toks, cls, is_name, weak)
            # The words beside the model's names, judged once more as a second run will see
            # them beside their placeholders ('0"[Person A]"A-a').
            again = neighbours_of_new_names(before, is_name)
            if again:
                judged_names(text, toks, cls, is_name, strip, again)
        if "/" in text:
            names_paired_by_slash(text, toks, cls, is_name)
        if ", " in text:
            names_listed_with_names(text, toks, cls, is_name)
        names_after_plural_kin(text, toks, cls, is_name)  # "Kinder Amina, Islam, Zelimkhan"
        words_before_full_names(text, toks, cls, is_name)  # "Rodel Bautista, …", "Rey Anthony …"
        particle_after_hyphen(text, toks, cls, is_name)  # "Savić-an de Beke"
        places_after_in_and_aus(text, toks, cls, is_name, strip)
        before = list(is_name)
        common = propagate(text, toks, cls, strip, is_name)
        if before != is_name:
            again = neighbours_of_new_names(before, is_name)
            if again:  # "Agger … Agger Lund": a name spread next to a word the model left
                before = list(is_name)
                judged_names(text, toks, cls, is_name, strip, again)
                if before != is_name:
                    common = common | propagate(text, toks, cls, strip, is_name)
    else:
        judge(text, toks, cls, is_name, strip)
        if "/" in text:
            names_paired_by_slash(text, toks, cls, is_name)
        if ", " in text:
            names_listed_with_names(text, toks, cls, is_name)
        words_before_full_names(text, toks, cls, is_name)  # "Rodel Bautista, …", "Rey Anthony …"
        particle_after_hyphen(text, toks, cls, is_name)  # "Savić-an de Beke"
        places_after_in_and_aus(text, toks, cls, is_name, strip)
        common = propagate(text, toks, cls, strip, is_name)
    if common:
        found_word_as_subject(text, toks, common, is_name)
    unkept()
    spans = with_particles(text, _spans(text, toks, cls, strip, is_name, joined, starts))
    out = lower_case_names(text, spans)
    if len(out) > len(spans) and carry_lower_case(text, toks, cls, strip, is_name, spans, out):
        # "ingeborg hanssen war da … Arbeitgeber von Hanssen": a name found only in lower case
        # is the same person where it is capitalised.
        unkept()
        spans = with_particles(text, _spans(text, toks, cls, strip, is_name, joined, starts))
        out = lower_case_names(text, spans)
    if judge is None and len(out) > len(spans) and judged_beside(
            text, toks, cls, strip, is_name, [s for s in out if s not in set(spans)]):
        # The lower-case rules run last: the words beside the names they found are judged once
        # more, as they will be beside their placeholders ('Ferr aD"A-a').
        spans = with_particles(text, _spans(text, toks, cls, strip, is_name, joined, starts))
        out = lower_case_names(text, spans)
    if ", " in text:
        out = inverted_names_joined(text, toks, cls, out)
    if len(out) > 1 and " (" in text:  # (the count first: no search of a note with one name)
        out = aliases_joined(text, out)
    return signed_with_initials(text, out) if "." in text else out


_WORD = operator.itemgetter(2)
_TEN_OR_TER = Lazy(r"Te[nr] ")


def _has_dutch_particle(text: str) -> bool:
    """"Van ", "Ten ", "Ter " or "Op " in the note: the rare capital first (a one-character
    search, in a tight loop), "Ten "/"Ter " as one pattern that starts with "Te" (0.5 µs a note
    less than four plain searches, which each read the whole note)."""
    return "V" in text and "Van " in text or _TEN_OR_TER.search(text) is not None or (
        "O" in text and "Op " in text)
_OFFICE_ROLES = frozenset({"SB", "SBin", "TL", "TLin", "SGL", "SGLin", "Dolm"})


def _anchored(text, k, cls, toks, is_name, strip, joined, loose: bool) -> int:
    """Mark the name after a title or role starting at token k; return the next index."""
    n = len(cls)
    first = cls[k]
    if first in (UNKNOWN, STOP, NOUN) and loose:
        return k + 1
    is_name[k] = True
    if first == UNKNOWN and strip[k] == 0:
        guess_genitive(k, toks, strip, joined, n)
    prev = first
    j = k + 1
    while j < n and j - k < 5 and joined(j - 1, j) and strip[j - 1] == 0:
        c = cls[j]
        particle = text[toks[j - 1][1]:toks[j][0]].strip() in FOREIGN_PARTICLES
        if c in NAMEISH or (c == UNKNOWN and prev not in AMBIGUOUS and j - k == 1) or (
                particle and c in (STOP, NOUN, UNKNOWN)) or (  # "Aminata dos Reis"
                c == STOP and j - k == 1 and written_in_lower_case(toks[j][2])) or (
                j - k == 1 and surname_after_title_and_first_name(text, toks, cls, k)):
            is_name[j] = True
            if c == UNKNOWN and strip[j] == 0:
                guess_genitive(j, toks, strip, joined, n)
            prev = c
            j += 1
            continue
        break
    return reversed_first_name(text, toks, cls, is_name, j)


_NON_GERMAN_LETTER = Lazy(r"[^A-Za-zÄÖÜäöüß'’-]")


def _unanchored(text: str, a: int, b: int, cls: list[int], is_name: list[bool],
                toks: list[tuple[int, int, str]], weak: set[int]) -> None:
    """Decide a run of adjacent capitalised words without a title or role before it."""
    # "Cihan Bozdağ": two or more unknown words in a row, with letters German does not use.
    # Decided per run of unknown words, whatever stands around it, so that replacing a
    # neighbour later cannot change the decision (anonymising twice gives the same text).
    t = a
    while t <= b:
        u = t
        while u <= b and cls[u] in (UNKNOWN, AMBIG, AMBF):
            u += 1
        if u - t >= 2 and any(_NON_GERMAN_LETTER.search(toks[v][2]) for v in range(t, u)):
            for v in range(t, u):
                is_name[v] = True
        t = u + 1
    for t in range(a, b + 1):
        if cls[t] in STRONG:
            # A name that is also a rare German word ("Florin", "Amsel") is a name unless an
            # article makes it a noun ("der Florin").
            if t == a and _is_word(toks[t][2]):
                before = WORD_BEFORE.search(text, max(0, toks[t][0] - 16), toks[t][0])
                if before is not None and before[1] in NO_NAME_BEFORE:
                    continue
            is_name[t] = True
    for t in range(a, b + 1):
        c = cls[t]
        left = cls[t - 1] if t > a else None
        right = cls[t + 1] if t < b else None
        if c in AMBIGUOUS and (left in STRONG or right in STRONG):
            lw = toks[t][2].lower()
            if lw not in PREPOSITIONS and lw not in NOT_AFTER_TITLE:  # "Bei Hasret fehlt …",
                # "Wie sagen Sie Omid, …"
                is_name[t] = True
        elif c == UNKNOWN and (left in STRONG or right in (SUR, BOTH, SHAPE) or (
                left in NAMEISH and right in NAMEISH)):
            is_name[t] = True  # "Amina Tesfamariam", "Yonas Tesfaye", "Luong Huu Duc"
            weak.add(t)


# Word → is it a German word too (lexicon.is_word of its lower case)? Asked of most names a
# note has, with up to eight endings tried each time: kept per word.
_WORDS: dict[str, bool] = {}


def _is_word(word: str) -> bool:
    hit = _WORDS.get(word)
    if hit is None:
        if len(_WORDS) > 100_000:
            _WORDS.clear()
        hit = _WORDS[word] = lexicon().is_word(word.lower())
    return hit


def _spans(text, toks, cls, strip, is_name, joined, starts) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    t, n = 0, len(toks)
    while t < n:
        if not is_name[t]:
            try:
                t = is_name.index(True, t)  # the next name, found in C
            except ValueError:
                break
        u = t
        while u + 1 < n and is_name[u + 1] and joined(u, u + 1) and (
                strip[u] == 0 or text[toks[u][1]:toks[u + 1][0]] == " "):
            # German puts a genitive s on the last part of a name only: before another part
            # of the name the s is the name's own ("Levis Chepkosgei", "Nedas Kalvėnas").
            strip[u] = 0
            if strip[u + 1] and cls[u + 1] == FIRST and cls[u] in (FIRST, BOTH, AMBF):
                strip[u + 1] = 0  # "Jannik Hinrichs reicht …": a surname, not a genitive
            u += 1
        if strip[u] and cls[u] in (FIRST, BOTH, SUR, AMBIG, AMBF, SHAPE) and not (
                u + 1 < n and text[toks[u][1]:toks[u + 1][0]] == " "):
            strip[u] = 0  # "Hinrichs rief an": a genitive s stands before a noun
        start = starts.get(t, toks[t][0])
        if start == toks[t][0] and start:
            start = leading_particle(text, start)
        spans.append((start, toks[u][1] - strip[u]))
        t = u + 1
    return spans
