"""The national line is chosen once for each set of words that can decide it (`national._relevant_words`):
a listing's other words, and the order listings come in, never change the line, the explanation or the basis.
Checked against the choice worked out afresh from every word of the listing, over random listings."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from tradecompliance.classification import national
from tradecompliance.hs.national import national_lines
from tradecompliance.text import tokens

# subheadings of many lines (footwear, apparel, food preparations, wine), split by unit value (footwear, plastics
# articles, wood articles, cutlery) and by a stated measure (chocolate by weight, monitors by diagonal, power supplies
# by watts, wine by volume), in the US and EU schedules (the UK's lines are not bundled)
SUBHEADINGS = [("us", "640419"), ("us", "640299"), ("us", "392690"), ("us", "442199"), ("us", "821599"),
               ("us", "620462"), ("us", "610429"), ("us", "210690"), ("us", "180620"), ("us", "852872"),
               ("us", "850440"), ("eu", "220421"), ("eu", "220422"), ("eu", "640419"), ("eu", "420292"),
               # split by fibre (trousers of wool, of artificial fibres ..., bags of cotton or of man-made fibres), by
               # a heading's words said again (T-shirts, singlets, tank tops), by the word rules of a heading or
               # chapter (certified organic coffee, devotional jewellery, vehicles' lighting)
               ("us", "620469"), ("us", "420292"), ("us", "610910"), ("us", "090121"), ("us", "711719"), ("us", "851220")]
# each has several lines: a subheading of one line (or none) is answered before any choice is made
assert all(len(national_lines().under(hs6, jur)) > 1 for jur, hs6 in SUBHEADINGS)


def _text_words(jur: str, hs6: str) -> list[str]:
    """Every word of the texts of the lines under a subheading, as a listing would say it."""
    return sorted({t for line in national_lines().under(hs6, jur) for t in tokens(line.description)})


# words a listing may say that no line's text need say: its wearer, that it is a part, its fibre, how it is sold,
# a faith, a vehicle ("girl", "replacement", "linen", "jar", "organic", "rosary", "truck"), and words of the lines of
# other subheadings ("leather", "kit", "usb" ...)
NOISE = sorted({w for jur, hs6 in (("us", "420222"), ("us", "950300"), ("us", "847130"), ("eu", "851830"),
                                   ("us", "610990")) for w in _text_words(jur, hs6)}
               | set("girl boy kid baby toddler junior newborn part spare replacement linen flax cotton wool silk synthetic "
                     "jar bottle honeycomb organic rosary jesus truck headlight jumper lunch gym parfum folding patch router "
                     "guitar gift premium 2024 new xl black".split()))


@st.composite
def listings(draw):
    jur, hs6 = draw(st.sampled_from(SUBHEADINGS))
    words = set(draw(st.lists(st.sampled_from(_text_words(jur, hs6)), max_size=6)))
    noise = set(draw(st.lists(st.sampled_from(NOISE), max_size=6)))
    value = draw(st.none() | st.decimals(Decimal("0.10"), Decimal("400"), places=2).map(
        lambda v: (v, f"{v} USD a pair, as stated")))
    measures = draw(st.none() | st.fixed_dictionaries({}, optional={
        "g": st.tuples(st.decimals(Decimal("1"), Decimal("5000"), places=1)),
        "W": st.tuples(st.decimals(Decimal("1"), Decimal("3000"), places=0)),
        "l": st.tuples(st.decimals(Decimal("0.05"), Decimal("20"), places=3)),
        "diagonal_cm": st.tuples(st.decimals(Decimal("10"), Decimal("250"), places=1))}))
    return jur, hs6, words, noise, value, measures or None


@settings(max_examples=400, deadline=None)
@given(listings())
def test_the_memo_chooses_as_every_word_would(listing):
    jur, hs6, words, noise, value, measures = listing
    book = national_lines()
    afresh = national._picked(book, jur, hs6, frozenset(words | noise), value, measures)
    assert national.pick_line(hs6, jur, words | noise, book, value, measures) == afresh
    # the same deciding words among other noise: the memo's answer, still the fresh one
    assert national.pick_line(hs6, jur, words | {"zzunrelated"}, book, value, measures) == \
        national._picked(book, jur, hs6, frozenset(words | {"zzunrelated"}), value, measures)


def test_the_memo_keeps_unit_values_apart():
    """HTSUS 8215.99: forks with stainless steel handles "Valued under 25¢ each" (8215.99.10) beside "Other"
    (8215.99.15). A fork at USD 0.20, one at 1.00, then one at 0.20 again: each gets the line its own value admits,
    with its own value in the explanation."""
    book, words = national_lines(), {"dinner", "fork", "stainless", "steel", "handle"}
    lines = [national.pick_line("821599", "us", words, book, (Decimal(v), f"{v} USD each, as stated"))
             for v in ("0.20", "1.00", "0.20")]
    assert [code for code, _, _ in lines] == ["8215991000", "8215991500", "8215991000"]
    assert "0.20 USD each" in lines[2][1] and "1.00 USD each" in lines[1][1]


# listings whose line turns on one word that only one kind of `_relevant_words` holds (found by search over the
# bundled lines): a line's own word, a qualifier ("swine" in "Of domestic swine"), a child, a fibre, a word of a
# line's own level, a heading's or chapter's word rule (_ALSO_IN), a heading's word said again ("Capes" of 6201.20)
DECIDED_BY_ONE_WORD = [("eu", "020312", {"chilled", "fresh"}), ("eu", "021011", {"swine", "brine", "domestic", "ham", "salted"}),
                       ("us", "392490", {"baby"}), ("eu", "570250", {"artificial", "animal", "fine", "hair", "wool"}),
                       ("eu", "820299", {"working", "metal"}), ("us", "330300", {"cologne"}),
                       ("us", "420292", {"cooler", "bag", "fiber", "made", "man", "material", "outer"}),
                       ("us", "611012", {"cashmere", "men", "sweater"}), ("us", "620120", {"cape", "coat", "men"})]


@pytest.mark.parametrize("jur, hs6, words", DECIDED_BY_ONE_WORD)
def test_each_kind_of_deciding_word_is_kept(jur, hs6, words):
    book = national_lines()
    assert national.pick_line(hs6, jur, words | {"gift", "new"}, book) == national._picked(book, jur, hs6, frozenset(words), None, None)
