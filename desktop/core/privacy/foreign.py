"""Words of other languages inside a German note: clients are quoted in English, French,
Turkish or Arabic ("She asked: …", "mon mari est en Allemagne", "Kocam geçen yıl öldü"), and
e-mails are pasted with their English headers ("To:", "Subject:", "Dear Sir or Madam"). A
capitalised word among such words is no name unless a name frame holds ("my daughter Favour",
"mon mari Rachid", "Oğlum Mustafa"); kept.py keeps the tokens found here."""

from __future__ import annotations

from desktop.core.privacy.wordclass import FIRST, NAMEISH, ROLE, TITLE, Lazy

# Function words of other languages that German never writes in lower case (not "die", "in",
# "am", "so", "was", "es", "man": German words too; not "de", "da", "la", "le", "el", "van":
# particles of names, "Maria da Silva").
_FUNCTION_WORDS = frozenset("""
the is are was were my your his she he we they you our their and of to for with on into from
but can not have has this that me be been would there what when how please because
est et je il elle mon ma mes les une avec pour dans depuis pas mais nous vous sont suis très
y mi con por pero que para muy estoy não chez
ele ela como trabalha
ve ki bir bu şu ne ile için ama çok var yok ben sen biz siz şimdi
ana wa inta enta anta huwa hiya
""".split())
# Letters German does not write: a lower-case word with one is of another language ("geçen",
# "yıl", "déjà").
_FOREIGN_LETTERS = frozenset("ığşçéèêàâñãõëïùûòíóú")
# Words before a name in another language: kin, forms of address, "I am", "called".
NAME_FRAME = frozenset("""
mrs mr ms miss dr daughter son wife husband mother father brother sister child friend uncle
aunt cousin am called named mari femme fils fille frère sœur mère père m mme monsieur madame
appelle oğlum kızım kocam eşim annem babam abim ablam kardeşim adım ana zawjat zawj zawji
hijo hija esposo esposa marido llamo soy
""".split())
# Capitalised words a listed name may be but that are here the other language's function word
# ("She asked", "To: …").
_LISTED_BUT_FUNCTION = frozenset({"she", "he", "we", "they", "to", "my", "the", "and", "mon",
                                  "ma", "il", "elle", "je", "ben", "bu", "ele", "ela"})
# Greetings, thanks and forms of address of other languages: never a name where they stand
# ("Marhaba, ana Ghada", "Shukran.", "Dear Sir or Madam").
GREETINGS = frozenset({"Dear", "Sir", "Madam", "Hello", "Regards", "Sincerely", "Thanks",
                       "Marhaba", "Shukran", "Merhaba", "Teşekkürler", "Bonjour", "Merci",
                       "Gracias", "Hola", "Obrigado", "Obrigada",
                       # the clients' languages' greetings and thanks that no list has as a
                       # name (not "Salam", "Selam", "Silav", "Buna", "Spas": names too)
                       "Mulțumesc", "Multumesc", "Salamat", "Tashakur", "Tashakor",
                       "Shukriya", "Dziękuję", "Spasibo", "Dyakuyu", "Faleminderit",
                       "Përshëndetje", "Mirëdita", "Gamarjoba", "Madloba", "Assalamu", "Habari",
                       "Jambo", "Namaste", "Grazie", "Ciao", "Privet", "Hvala", "Barev",
                       "Kalimera", "Efcharisto", "Sawubona", "Dhanyavad", "Onderwerp"})
# An e-mail's header labels, at a line's start before a colon ("To: …", "Subject: …").
MAIL_HEADERS = frozenset({"To", "Subject", "From", "Cc", "Bcc", "Sent", "Date", "Re", "Fwd"})
# The cheap test: the note has a word of another language at all.
_WORD = Lazy(r"(?<!\w)[a-zäöüßçğışéèêàâñãõëïùûòíóú']+")


def in_other_language(text: str) -> bool:
    """Does the note hold a word of another language? (Substring tests cost some 0.35 µs a
    note each: the six words between spaces are one search, which stops only at spaces, half
    the time of six plain searches. Not "ı" or "ğ" alone: Turkish surnames have them,
    "Kulaksızoğlu", in every thirtieth note.)"""
    return _OTHER_LANGUAGE_WORD.search(text) is not None or (
        "y" in text and "yor " in text)  # (German rarely has a "y": searched for first)


# " the ", " is ", " est ", " ne ", " chez ", " como ", " que ", " pas ", " ya ", " você ": found
# wherever one of the plain searches
# finds its word (tests/core/test_privacy_name_gates.py holds the two equal).
_OTHER_LANGUAGE_WORD = Lazy(r" (?:the|is|est|ne|chez|como|que|pas|ya|você) ")


def _foreign(word: str) -> bool:
    return word in _FUNCTION_WORDS or (len(word) >= 3 and (
        word.endswith("yor") or not _FOREIGN_LETTERS.isdisjoint(word)))


def foreign_run_tokens(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                       out: list[int]) -> None:
    """Capitalised words among words of another language, on the same line: two such words
    within forty characters of the token (or the token itself one of them: "She asked: So it
    is …"). Listed names stay names unless they are such a function word themselves ("She"),
    and no word after a title, a role, a kinship word or "I am" is kept ("my daughter Favour",
    "mon mari Rachid"), nor one beside another capitalised word ("Nour Haddad") unless it is
    such a kinship word itself ("Oğlum Mustafa": my son Mustafa)."""
    n = len(toks)
    for t, (start, end, word) in enumerate(toks):
        lw = word.lower()
        c = cls[t]
        if c in NAMEISH and lw not in _LISTED_BUT_FUNCTION:
            continue
        if c in (TITLE, ROLE) or (t and cls[t - 1] in (TITLE, ROLE)):
            continue
        left = text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40)
        right = text.find("\n", end, end + 40)
        if right < 0:
            right = min(len(text), end + 40)
        before = _WORD.findall(text, left, start)
        after = _WORD.findall(text, end, right)
        if after and right < len(text) and text[right].isalnum():
            after.pop()  # a word cut at the window's edge ("ve" of "versandt")
        count = sum(map(_foreign, before)) + sum(map(_foreign, after)) + (lw in _FUNCTION_WORDS)
        if count < 2 or not (before and _foreign(before[-1]) or after and _foreign(after[0])
                             or lw in _FUNCTION_WORDS):
            continue
        gap = text[max(0, start - 12):start].rstrip(" ,:\"„“'").rpartition(" ")[2].lower()
        if gap in NAME_FRAME:  # not across a sentence's end ("my mother.\" She asked")
            continue
        if lw not in _FUNCTION_WORDS and lw not in NAME_FRAME and (
                (t + 1 < n and text[end:toks[t + 1][0]] == " " and cls[t + 1] in NAMEISH) or
                (t and text[toks[t - 1][1]:start] == " " and cls[t - 1] == FIRST)):
            continue  # "with Nour Haddad": a name's parts beside each other
        out.append(t)


# A document of another language with its German translation beside its words: "Hesap Özeti /
# Kontoauszug", "Bakiye / Saldo:", "Rekeningafschrift / Kontoauszug" — one or two words of the
# other language at a line's start or after a dash, " / ", a German noun.
_TRANSLATED = Lazy(r"(?m)(?:^|[–-] )[ \t]*(\w+(?: \w+)?) / ([A-ZÄÖÜ][a-zäöüß]+)\b")
# A label at a line's start before its colon: "Hesap Sahibi:", "Tarih:", "Rekeninghouder:".
_LINE_LABEL = Lazy(r"(?m)^[ \t]*(\w+(?: \w+)?):[ \t]")


def translated_document(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                        out: list[int]) -> None:
    """The other language's words of a translated document: the words paired with a German
    noun ("Hesap Özeti / Kontoauszug") and, where the note is such a document (two pairs, or
    one pair and such labels), the labels of its lines in that language ("Hesap Sahibi:",
    "Tarih:"). Only words the data knows neither as German nor as names: "Herr Yilmaz /
    Dolmetscher" is a person and a role."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.wordclass import ROLES, UNKNOWN

    lex = lexicon()

    def foreign_words(start: int, end: int) -> list[int] | None:
        run = [t for t, tok in enumerate(toks) if start <= tok[0] and tok[1] <= end]
        if not run or any(cls[t] != UNKNOWN for t in run) or \
                len(run) != len(text[start:end].split()):
            return None
        return run

    pairs: list[int] = []
    count = 0
    for m in _TRANSLATED.finditer(text):
        german = m[2]
        if german in ROLES or not lex.is_noun(german.lower()) or lex.is_name(german.lower()):
            continue
        run = foreign_words(m.start(1), m.end(1))
        if run is not None:
            pairs.extend(run)
            count += 1
    if not count:
        return
    labels: list[int] = []
    for m in _LINE_LABEL.finditer(text):
        run = foreign_words(m.start(1), m.end(1))
        if run is not None:
            labels.extend(run)
    if count >= 2 or labels:
        out.extend(pairs)
        out.extend(labels)


# English, French, Spanish and Portuguese words that are no part of any name (not "de", "la",
# "el", "da", "ma", "su", "son", "tu": particles and names): a lower-case run holding one is a
# clause of such a text ("my husband visa", "he must come to", "que tu peux pas", "ya tengo el
# visto"), not a name typed in lower case.
_ENGLISH_ONLY = frozenset("""the is are was were my your his she he we they you our their and
of to for with on into from but can not have has this that me be been would there what when
how please because must will i said says told asked an at in
je il elle nous vous ils elles mon mes que qui pas mais est sont suis faut peux peut avec pour
dans chez très alors dit voir
ya tengo tiene está estoy pero para por muy una
você não quer vai faço fez muito""".split())


def outside_foreign_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The lower-case run text[start:end] up to its first function word of English, French,
    Spanish or Portuguese ("juliana [vai ficar feliz]" → "juliana"); None where the run opens
    with one or follows one on its line ("my husband visa", "je [sais chérie]")."""
    before = text[max(0, start - 8):start].rpartition("\n")[2].split()  # on the run's line
    if before and before[-1] in _ENGLISH_ONLY and text[end:end + 1] != ":":
        return None  # (a speaker's label stays: "… mas a terceira vai thaís: nossa …")
    at = start
    for word in text[start:end].split(" "):
        if word in _ENGLISH_ONLY:
            end = at - 1
            break
        at += len(word) + 1
    return (start, end) if end > start else None
