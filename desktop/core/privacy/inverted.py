"""Names written inverted, "Surname, Firstname", as one person: the two names the rules
found with ", " between them are joined into one span where the layout writes one person so
(a list's item, a label, a table's cell, a letter's block, before a birth date); two people's
full names and lists of three stay apart (names.py calls `inverted_names_joined` last). And
the first name after a surname found after a role ("Vorspr. Heuer, Wilfried, geb. …")."""

from __future__ import annotations

from desktop.core.privacy.context import meaning_word
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.wordclass import (
    AMBF,
    BOTH,
    CLOSING_QUOTES,
    FIRST,
    NAMEISH,
    NOUN,
    OPENING_QUOTES,
    ROLE,
    SHAPE,
    STOP,
    UNKNOWN,
    Lazy,
    classifier,
)

# What may stand before an inverted name on its line: nothing, a bullet or a number ("1. ",
# "- "), a label, the list's previous item or a table's cell ("An: ", "Zi. 3: ", "…; ",
# "… / ", "… | ", a tab or a dash between a table's cells, a list's number: "AZR 1234… "), a
# time ("9:00 ") and a form of address ("Herr Al-Masri, Omar" heading a letter's block).
_BEFORE_INVERTED = Lazy(r"[ \t]*(?:[-–•*][ \t]*|\d{1,2}[.)][ \t]*)?"
                        r"(?:[^\n]*(?:[:;/|\t+]| [-–]|\d)[ \t]*)?(?:\d{1,2}[:.]\d\d[ \t]+)?"
                        r"(?:(?:Herrn?|Frau|Hrn?\.|Fr\.)[ \t]+)?")
# What may follow it: the end of the line or text, the list's next item, a bracketed comment,
# a dash or "geb." with the birth date or name ("KHALIL, Reem geb. Al-Sayed"), a colon before
# the item's text ("- Kurt, Emre: Duldung verlängert"), a data sheet's dot ("Gómez Herrera,
# Mateo · geb. …"), ", " and an identifier ("Betr.: Munteanu, Ionuț, AZR 0505…"), or ", " and
# a word before other names ("Al-Obaidi, Noor, Kinder Mustafa"; a name or a word alone there
# would make it a list: "Yilmaz, Demir, Dolmetscher, Betreuerin"), a court's "./." before the
# opponent ("Okoro, Daniel ./. Stadt Essen"), the sender's address
# ("Von: Schulze-Wendt, Carolin <…@…>"), a question's mark ("Stefan: Ramadani, Blerta?"), a
# plus before the next person of an appointment ("08:20 Ghorbani, Arash + Rahimi, Niloufar").
_AFTER_INVERTED = (" ./.", "\n", ";", " /", "/", " (", " –", " -", ", geb", " geb", ",\n", ", ", ": ",
                   " ·", " <", "?", "|", " |", "\t", " +")
# Between two inverted names: "Ramadani, Sabit oder Ramadani, Blerta".
_OR_AND = (" oder ", " und ")
# Vietnamese middle names: the surname before them is often a listed first name too ("Phùng,
# Văn Quang").
_VIET_MIDDLE = frozenset({"Văn", "Thị", "Van", "Thi"})


def inverted_names_joined(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                          spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A surname, ", " and first names found as two names, where the layout writes one person
    inverted: as an item of a list or after a label ("An: Mai, Johanna; Linde, Matthias",
    "Zi. 3: Habte, Yohannes / Habte, Senait", "1. KHALIL, Mohammad Ali – geb. …",
    "Arbeitnehmer: Kravets, Dmytro, geb. …") are one span, so the person gets one placeholder.
    The first names start with a listed first name or a word the data lacks; a lone first name
    before them ("Anwesend: Maria, Jonas") and a third name after them ("Fuchs, Anna, Sauer":
    a list of three) keep them apart."""
    if ", " in text and ("„" in text or '"' in text or "»" in text):
        spans = _quoted_register_surnames(text, spans)
    prev = -9
    for a, b in spans:
        if a == prev + 2 and text[prev] == ",":
            break
        prev = b
    else:
        return spans  # most notes: no two names with ", " between them
    pairs = {i for i in range(len(spans) - 1)
             if spans[i + 1][0] == spans[i][1] + 2 and text[spans[i][1]] == ","}
    first_at = {start: t for t, (start, _, _) in enumerate(toks)}
    last_at = {end: t for t, (_, end, _) in enumerate(toks)}
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    while i < n:
        a, b = spans[i]
        if i in pairs and text[b + 1] == " ":
            c, d = spans[i + 1]
            if _inverted(text, toks, first_at, last_at, cls, a, b, c, d,
                         spans[i + 2][0] if i + 2 < n else -1, i + 2 in pairs,
                         bool(out) and text[out[-1][1]:a] in _OR_AND and
                         out[-1] not in spans):
                out.append((a, d))
                i += 2
                continue
        out.append((a, b))
        i += 1
    return out


# A register's entry quoted as written: the surname in capitals, ", ", the first names found
# ("im System „GANBOLD, Batbayar“", "führt „AL HARIRI, Yaman“", "heißt er „LI, Haoran“").
_QUOTED_CAPITALS = Lazy(r"[„\"»]([A-ZÄÖÜ][A-ZÄÖÜ'’ -]*[A-ZÄÖÜ]), $")


def _quoted_register_surnames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the quoted surname in capitals before a first name found, taken with it."""
    out: list[tuple[int, int]] = []
    for c, d in spans:
        m = _QUOTED_CAPITALS.search(text, max(0, c - 40), c)
        if m is not None and text[d:d + 1] in CLOSING_QUOTES:
            if out and out[-1][0] >= m.start(1):
                out.pop()  # the capitals found alone ("AL HARIRI")
            out.append((m.start(1), d))
            continue
        out.append((c, d))
    return out


def _inverted(text, toks, first_at, last_at, cls, a, b, c, d, next_start,
              next_pair=False, after_pair=False) -> bool:
    """Whether the names a..b and c..d, ", " between them, are one person written "Surname,
    Firstname" (see inverted_names_joined); `next_pair`: the next two names have ", " between
    them as well; `after_pair`: an inverted name and "oder"/"und" stand before them."""
    sur, first, last = first_at.get(a), first_at.get(c), last_at.get(d)
    if last_at.get(b) is None or first is None or last is None:
        return False
    given = [_given_class(toks[t][2], cls[t]) for t in range(first, last + 1)]
    several = sur is None or last_at[b] > sur  # "Pérez Rondón", "de la Cruz"
    if not several and 1 < len(given) <= 3 and all(g in _GIVEN or g == UNKNOWN for g in given):
        # first names the lists lack, beside a listed one or not ("Okello, Brian Ochieng",
        # "Jalloh, Alhaji Umaru"): first names of a naming custom the data knows less
        given = [FIRST] * len(given)
    if not (all(g in _GIVEN for g in given) or given == [UNKNOWN]) or (
            several and len(given) > 1 and any(g != FIRST for g in given) and (
                any(g not in (FIRST, AMBF) for g in given) or toks[last][2].endswith("s") or
                sur is None or cls[sur] in _GIVEN)):
        return False  # "Anwesend: Gülşən İsgəndərli, Beau Egberts": two people's full names;
        # two names on both sides only where the second are first names alone ("Pérez Rondón,
        # José Gregorio", "Quispe Mamani, Rosa Elena"), not ending like a surname ("Egberts"),
        # not after a first name ("Mansur Rüstəmli, Claire Pastor")
    if sur is not None and (cls[sur] == FIRST and (several or len(given) < 2 or any(
            g not in (FIRST, AMBF) for g in given)) or (cls[sur] == AMBF and several)) and \
            toks[first][2] not in _VIET_MIDDLE:
        return False  # a first name ("Anwesend: Noor, Mohammad") or a full name before it;
        # before two first names a surname that is a first name too ("1. Santos, Maria
        # Cristina", "Phùng, Văn Quang")
    if text[a - 1:a] in OPENING_QUOTES and text[d:d + 1] in CLOSING_QUOTES:
        return True  # „WARSAME, Abdirahman Mohamed“: a record quoted as written, one person
    if next_pair and text.startswith(_OR_AND, d) and \
            next_start == d + len(" und " if text.startswith(" und ", d) else " oder "):
        pass  # "Ramadani, Sabit oder Ramadani, Blerta?": two people written alike
    elif d < len(text) and text[d:d + 2].rstrip(" \t") != ".":  # or the list's last full stop
        if not text.startswith(_AFTER_INVERTED, d):
            return False
        if text.startswith(", ", d) and not text.startswith(", geb", d):
            role = first_at.get(d + 2)  # "Kinder", "Ehemann": a word, then its people
            if text[d + 2:d + 3].isdigit():
                pass  # a birth date or an age: "Yusuf, Abdikarim, 12.03.1990", "…, 34 J."
            elif role is not None and _NUMBER_AFTER.match(text, toks[role][1]) is not None:
                pass  # the person's number: "Munteanu, Ionuț, AZR 050504221317", "…,
                # Steuer-IdNr. 64 081 …"
            elif role is None or cls[role] not in (ROLE, STOP, NOUN) or \
                    next_start != toks[role][1] + 1:
                return False  # a third name or a word: a list, not one inverted name
    if text.startswith(_BIRTH_AFTER, d) or text.startswith(" ./.", d):
        return True  # "Vorspr. Zhou, Mei, geb. …", "gegen Sokolov, Dmitri, geb. …": one
        # person; so is a court's party before its opponent ("Okoro, Daniel ./. Stadt …")
    line = text.rfind("\n", 0, a) + 1
    return after_pair or _BEFORE_INVERTED.fullmatch(text, line, a) is not None


# The birth date or name after an inverted name makes it one person wherever it stands.
_BIRTH_AFTER = (", geb.", " geb.", " · geb.")


_GIVEN = frozenset({FIRST, BOTH, AMBF})
_NUMBER_AFTER = Lazy(r"[.:]? \d")


def _given_class(word: str, c: int) -> int:
    """The class of a word after an inverted surname: a double first name whose parts are
    listed first names counts as one ("Ionescu, Elena-Cristina"); the data may list the
    whole as a surname. A rare word found as a name there is a first name the lists lack
    ("Ferreira da Silva, Thiago")."""
    if c in (STOP, NOUN) and word.lower() not in lexicon().common_words and \
            not meaning_word(word):
        return UNKNOWN
    if c in _GIVEN or "-" not in word:
        return c
    parts = word.split("-")
    classify = classifier()
    return FIRST if all(p and classify(p)[0] in _GIVEN for p in parts) else c


def reversed_first_name(text, toks, cls, is_name, j) -> int:
    """"Vorspr. Heuer, Wilfried, geb. …": after an anchored surname, ", " and a first name or
    an unknown word closed by a comma, a bracket, "geb." or the end of the sentence."""
    n = len(toks)
    if j >= n or not is_name[j - 1] or text[toks[j - 1][1]:toks[j][0]] != ", ":
        return j
    if cls[j] not in (FIRST, BOTH, AMBF, UNKNOWN, SHAPE):
        return j
    end = toks[j][1]
    after = text[end:end + 5]
    if after[:1] in (",", ";", "(", ")", "") or after.startswith((" geb", " (", ".")):
        is_name[j] = True
        return j + 1
    return j


def aliases_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full name and, in brackets right after it, only another name are one person's
    official and call names ("Wang Xiaoyu (Sophie)", "Lin Jie (Jack Lin)"): one span, one
    placeholder. After a single word the bracket completes or explains it ("Fischer (Anke)",
    a hand sign "Ja (Janssen)") and stays a finding of its own, as a bracket with more than a
    name does ("Lena (von Murat)", "Petra Rose (SB)")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a == out[-1][1] + 2 and text[out[-1][1]:a] == " (" and \
                text[b:b + 1] == ")" and " " in text[out[-1][0]:out[-1][1]] and \
                not text.startswith(("von ", "vom ", "zu "), a) and (
                    " " in text[a:b] or classifier()(text[a:b])[0] in NAMEISH):
            # (one word only if the lists hold it as a name: "Petra Rose (Praxisanleiterin)"
            # is a name and a role the rules took for one, not two names)
            out[-1] = (out[-1][0], b + 1)
        else:
            out.append((a, b))
    return out
