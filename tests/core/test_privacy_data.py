"""The word data of the privacy check as shipped: the GNU FDL name list carries what its licence
asks for, and the checker reads its names, not its notices."""

from __future__ import annotations

from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy.lexicon import _folded, _words, fold, lexicon

DATA = resources.files("desktop.core.privacy").joinpath("data")


def test_gfdl_name_list_carries_its_notices_and_licence() -> None:
    """The modified nam_dict list is plain text (a copy an editor can revise) that keeps the
    author's copyright and licence notice word for word, adds ours, a distinct title and a
    History, and has the unaltered GFDL 1.2 beside it (GFDL sections 3 and 4)."""
    text = DATA.joinpath("nam_dict_vornamen.txt").read_text(encoding="utf-8")
    header = [line for line in text.split("\n") if line.startswith("#")]
    joined = "\n".join(header)
    assert "# 2007-2008:  Jörg MICHAEL, Adalbert-Stifter-Str. 11," in joined  # verbatim
    assert "# License, Version 1.2 or any later version published by the" in joined
    assert "# no Front-Cover Texts, and no Back-Cover Texts." in joined
    assert "Copyright (c) 2026 the Gesprächskompass project (the modifications)" in joined
    assert "a modified version of \"nam_dict.txt\"" in joined
    assert "\n# History\n" in joined
    assert "LICENSE-GFDL-1.2.txt" in joined
    licence = DATA.joinpath("LICENSE-GFDL-1.2.txt").read_text(encoding="utf-8")
    assert "GNU Free Documentation License" in licence
    assert "Version 1.2, November 2002" in licence
    assert "4. MODIFICATIONS" in licence and "ADDENDUM: How to use this License" in licence


def test_names_of_the_gfdl_list_are_read_and_its_notices_are_not() -> None:
    """Names found only in nam_dict ("aadje", "magomed") are first names of the checker; no
    line of the notices became a name."""
    first_names = lexicon().first_names
    assert {"aadje", "magomed", "miloje"} <= first_names
    assert not any(name.startswith("#") or " " in name for name in first_names)
    listed = [line for line in DATA.joinpath("nam_dict_vornamen.txt").read_text(
        encoding="utf-8").split("\n") if line and not line.startswith("#")]
    assert len(listed) > 30_000 and listed == sorted(listed)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"],
                                               blacklist_characters="\n"), max_size=12),
                max_size=8))
def test_the_hand_lists_folded_at_once_equal_each_entry_folded(words: list[str]) -> None:
    """The hand-kept name lists are folded in one pass over all their entries (speed): for any
    entries, in any script, that gives what fold() gives each entry alone, so no listed name
    reads differently."""
    assert _folded(words) == [fold(w) for w in words]


def test_the_shipped_hand_lists_fold_as_before() -> None:
    """The shipped first names, surnames and ambiguous names, folded at once, are the same sets
    as each entry folded on its own (with the non-ASCII ones: "Özdemir", "Łukasz")."""
    for name in ("vornamen.txt", "nachnamen.txt", "mehrdeutig.txt"):
        words = _words(name)
        assert any(not w.isascii() for w in words)
        assert _folded(words) == [fold(w) for w in words]
