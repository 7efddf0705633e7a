"""The word data's caches (lexicon.py): an answer from a cache is the answer computed afresh."""

from __future__ import annotations

from desktop.core.privacy.lexicon import lexicon

# Compounds, their parts, words a part of which is asked at a deeper level first, names and
# near misses ("Hoffnungstal": a three-letter head; "Adressaufkleber": a noun's e dropped).
_WORDS = ["passbeschaffungspflicht", "nachbarschalter", "aufenthaltserlaubnis", "hoffnungstal",
          "adressaufkleber", "lilianna", "engelmann", "haddad", "beschaffungspflicht",
          "beschaffungs", "passbeschaffungs", "ehegattennachzug", "xyzabc", "", "ab",
          "kindergartenplatzvergabestelle"]  # a compound at depth 0, none at depth 2


def test_is_compound_answers_as_computed_afresh():
    """Each cached answer equals the computation without the cache, also for a word whose
    part was asked at a deeper level before (that answer depends on the depth and must not
    be cached as the word's own)."""
    lex = lexicon()
    for word in _WORDS:
        lex.is_compound(word, 2)
        lex.is_compound(word, 1)
    assert [lex.is_compound(w) for w in _WORDS] == [lex._is_compound(w, 0) for w in _WORDS]
    assert lex.is_compound("passbeschaffungspflicht") and not lex.is_compound("haddad")


def test_is_compound_asks_the_cache_first():
    """A word asked once is answered from the cache: a planted answer comes back (the cache is
    what some twenty modules share, the classifier and the judge's features among them)."""
    lex = lexicon()
    lex.is_compound("nachbarschalter")
    assert "nachbarschalter" in lex._compound_cache
    lex._compound_cache["nachbarschalter"] = False
    try:
        assert lex.is_compound("nachbarschalter") is False
    finally:
        del lex._compound_cache["nachbarschalter"]
    assert lex.is_compound("nachbarschalter") is True
