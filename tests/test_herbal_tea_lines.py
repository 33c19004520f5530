"""Herbal teas: a tea of one plant (chamomile, peppermint, hibiscus, rooibos ...), loose or in tea bags, is a plant of
heading 12.11 "of a kind used ... in pharmacy", and in the US one of the statistical lines "Herbal teas and herbal
infusions (single species, unmixed)": of mint leaves 1211.90.40.20 (4.8%), of other plants 1211.90.89.80 (Free).

Rulings: CBP NY G82393 (peppermint leaves in sachets 1211.90.40.20 at 4.8%, chamomile leaves in sachets 1211.90.80.80
free, a line now numbered 1211.90.89.80), NY G89920 (peppermint granules for herbal tea 1211.90.40.20). A mixture of herbs
is a food preparation of 21.06 (HQ 950483; 2106.90.99.87, tests/test_us_food_lines.py)."""
from decimal import Decimal

import pytest

from us_lines import us_line_note, us_mfn, us_quote, us_top


@pytest.mark.parametrize("title, line", [
    # NY G82393: chamomile in tea bags; an organic one too (the organic split is among the other plants, not the teas)
    ("Chamomile Tea Bags 20 Count", "1211908980"),
    ("Organic Chamomile Tea Loose Leaf Dried Flowers 4oz", "1211908980"),
    ("Hibiscus Tea Dried Flowers 8oz", "1211908980"),
    ("Rooibos Tea Bags Caffeine Free", "1211908980"),
    ("Lemongrass Tea Bags", "1211908980"),
    ("Nettle Leaf Tea Organic 4oz", "1211908980"),
    ("Butterfly Pea Flower Tea 50g", "1211908980"),
    # NY G82393, NY G89920: peppermint (a mint) for herbal tea
    ("Peppermint tea bags 20 count", "1211904020"),
    ("Peppermint Leaf Tea Loose 100g", "1211904020"),
    ("Organic Peppermint Tea 25 bags", "1211904020"),
    ("Mint Tea Bags Moroccan", "1211904020"),
])
def test_a_tea_of_one_plant_is_a_herbal_tea_line_of_1211_90(title, line):
    top = us_top(title)
    assert (top.hs6, top.national_code, top.national_basis) == ("121190", line, "listing")
    assert "Herbal teas and herbal infusions (single species, unmixed)" in us_line_note(top)


def test_tea_bags_are_no_bags_and_loose_leaf_no_binder_fitting():
    # before the vocabulary knew these teas, "tea bags" read as bags of 42.02 and "leaf ... loose" as the looseleaf
    # binder fittings of 8305.10
    assert us_top("Peppermint tea bags 20 count").hs6 != "420292"
    assert us_top("Peppermint Leaf Tea Loose 100g").hs6 != "830510"


@pytest.mark.parametrize("title, value, duty", [
    # 3 boxes at USD 8.00: customs value 24.00; mint leaves' herbal tea 1211.90.40 at 4.8% = 1.152 -> 1.15
    ("Peppermint tea bags 20 count", "8.00", Decimal("1.15")),
    # other plants' herbal teas 1211.90.89: Free
    ("Chamomile Tea Bags 20 Count", "8.00", Decimal("0.00")),
])
def test_the_line_chosen_sets_the_duty(rules, title, value, duty):
    result = us_quote(rules, us_top(title).national_code, value, quantity="3", description=title)
    assert us_mfn(result).amount == duty
