"""US ten-digit lines of food, drink, feed and tobacco (chapters 08-25 of data/hs_codes/us.csv, from the USITC HTS export) and
how a listing chooses among them: the organic claim, a hyphened qualifier, what a good is fortified with, the content
of its container, and the eight-digit rate line a tie among statistical lines still decides.

Line texts: HTSUS as exported by the USITC; the rates of these lines, worked by hand, are tested in
tests/test_us_general_rates.py."""
import pandas as pd
import pytest

from tradecompliance.classification.national import RATE_LINE, _segment_qualifiers, quotable_code
from tradecompliance.pipeline import run_frame
from tradecompliance.text import singular
from us_lines import us_line_note, us_line_text, us_top


@pytest.mark.parametrize("code, text", [
    # 0901.21.00: roasted coffee, not decaffeinated; statistical lines by packing, species and organic certification
    ("0901210015", "> Not decaffeinated > In retail containers weighing 2 kg or less: > Arabica: > Certified organic"),
    ("0901210065", "> Not decaffeinated > Other: > Other"),
    # 0902.10.10 (6.4%) flavored and 0902.10.90 (free) other green tea in packings of 3 kg or less
    ("0902101015", "in immediate packings of a content not exceeding 3 kg: > Flavored > Certified organic"),
    ("0902109050", "in immediate packings of a content not exceeding 3 kg: > Other > Other"),
    # 2106.90.99.87: herbal teas of mixed herbs; 2309.10.00.10 dog or cat food in airtight containers
    ("2106909987", "> Herbal teas and herbal infusions comprising mixed herbs"),
    ("2309100010", "> Dog or cat food, put up for retail sale > In airtight containers"),
    # 0802.12.00.05 shelled almonds, certified organic; 2008.11.15.00 peanut butter and paste, other (131.8%)
    ("0802120005", "> Almonds: > Shelled > Certified organic"),
    ("2008111500", "> Peanuts (ground-nuts): > Peanut butter and paste: > Other"),
    # 2404.12.10.10 disposable e-cigarettes containing nicotine (mixtures under 5% aromatic substances)
    ("2404121010", "> Other > Disposable electronic cigarettes (e-cigarettes) and similar disposable personal electronic "
                   "vaporizing devices containing nicotine"),
])
def test_food_lines_are_bundled_with_their_path(code, text):
    assert (us_line_text(code) or "").endswith(text)


def test_an_organic_coffee_is_the_certified_organic_line():
    # 7 CFR 205.273 (in force 19 March 2024): an organic product imported into the US travels with an NOP import
    # certificate, so a listing sold as organic is HTSUS 0901.21.00.15 "... Arabica: > Certified organic"; 1 kg is
    # within "In retail containers weighing 2 kg or less", so the "Other:" packings (0901.21.00.55, .65) are out
    top = us_top("Organic roasted arabica coffee beans 1kg")
    assert (top.hs6, top.national_code, top.national_basis) == ("090121", "0901210015", "listing")
    assert "(arabica, certified, organic)" in us_line_note(top)
    # 5 kg is beyond the retail containers: the certified organic line of the other packings
    bulk = us_top("Organic roasted arabica coffee beans 5kg bag")
    assert (bulk.national_code, bulk.national_basis) == ("0901210055", "listing")
    # and organic shelled almonds are 0802.12.00.05, the conventional ones .15
    almonds = us_top("Organic raw almonds 1kg")
    assert (almonds.national_code, almonds.national_basis) == ("0802120005", "listing")


def test_a_tie_among_statistical_lines_still_decides_the_rate_line():
    # "flavored" picks 0902.10.10 (6.4%); whether certified organic (.15) or not (.50) the listing does not say: both
    # are statistical lines of 0902.10.10, which sets the duty
    top = us_top("Jasmine flavored green tea loose leaf 250g")
    assert (top.national_code, top.national_basis) == ("0902101050", RATE_LINE)
    assert "all are statistical lines of 0902.10.10, the line that sets the rate" in us_line_note(top)
    # a tie across rate lines stays a tie: organic green tea, flavored (0902.10.10.15, 6.4%) or not (.90.15, free)
    organic = us_top("Organic green tea bags 100 count")
    assert (organic.national_code, organic.national_basis) == ("0902109015", "tie")


@pytest.mark.parametrize("code, basis, quotable", [
    ("0902101050", RATE_LINE, "09021010"), ("0902101050", "listing", "0902101050"), ("0902101050", "only", "0902101050"),
    ("0902101050", "tie", None), ("0902109050", "residual", None), ("", "listing", None), (None, RATE_LINE, None),
])
def test_quotable_code(code, basis, quotable):
    assert quotable_code(code, basis) == quotable


def test_the_pipeline_quotes_the_rate_line_of_a_tie(rules):
    # 2 x 20.00 USD of flavored green tea from Iceland on 3 August 2026 (no surcharge of any kind), given as
    # 0902.10, which the tariff cannot rate (0902.10.10 6.4%, 0902.10.90 free): the listing decides the rate line
    # 0902.10.10, 6.4% of 40.00 = 2.56
    df = pd.DataFrame([{"order_id": "T1", "origin_country": "IS", "destination_country": "US", "date": "2026-08-03",
                        "currency": "USD", "description": "Jasmine flavored green tea loose leaf 250g", "hs_code": "0902.10",
                        "quantity": "2", "unit_value": "20.00", "net_weight_kg": "0.5"}])
    row = run_frame(df, rules=rules, steps=("classify", "quote")).iloc[0]
    assert (row["hs_code"], row["status"], row["duty"]) == ("09021010", "ok", "2.56")
    assert row["hs_source"].startswith("given; national line from the listing: US line 0902.10.10.50")
    # without the listing's word the rate line is not decided, and the quote asks for the line
    df.loc[0, "description"] = "Green tea loose leaf 250g"
    row = run_frame(df, rules=rules, steps=("classify", "quote")).iloc[0]
    assert (row["hs_code"], row["status"]) == ("0902.10", "rate_unknown")


def test_vitamins_alone_do_not_make_a_fortified_juice():
    # 2106.90.48.00 is "Fruit or vegetable juices, fortified with vitamins or minerals: > Orange juice": vitamin gummies
    # share only what the juice is fortified with, so they take the residual 2106.90.99.94 ("... > Other > Other")
    top = us_top("Vitamin C gummies 60 count")
    assert top.hs6 == "210690" and top.national_code == "2106909994" and top.national_basis == "residual"


def test_a_hyphened_form_qualifies_the_noun_with_the_word_before_it():
    # "Almond-based drinks" (2202.99.91.30/.35) says drinks only with "almond": an energy drink is the residual
    # 2202.99.91.90, not an almond-based one
    qualified, _, _, _ = _segment_qualifiers("Almond-based drinks:")
    assert qualified["drink"] == frozenset({"almond"})
    assert us_top("Energy drink 250ml can").national_code == "2202999190"
    # and a chocolate milk drink is the HTSUS's own "Chocolate milk drink" (2202.99.10.00)
    milk = us_top("Chocolate milk drink 250ml")
    assert (milk.national_code, milk.national_basis) == ("2202991000", "listing")


def test_cigars_and_nicotine_patches_are_of_chapter_24():
    # HS 2022: cigars, cheroots and cigarillos containing tobacco 2402.10; nicotine products for transdermal
    # application 2404.92 (HTSUS 2404.92.00.00, the only line)
    assert us_top("Premium cigars box of 20").hs6 == "240210"
    patch = us_top("Nicotine patches 21mg 28 count")
    assert (patch.hs6, patch.national_code, patch.national_basis) == ("240492", "2404920000", "only")


def test_mangoes_are_the_plural_of_mango():
    # the HTSUS writes "Mangoes:" (0804.50.80, dried: 1.5¢/kg); the singular meets a listing's "mango" (shoes, sloes
    # and aloes stay nouns in "-oe")
    assert [singular(w) for w in ("mangoes", "tomatoes", "shoes", "sloes", "aloes")] == ["mango", "tomato", "shoe", "sloe", "aloe"]
    top = us_top("Dried mango slices")
    assert (top.national_code, top.national_basis) == ("0804508040", RATE_LINE)
    assert "shares words with the listing (dried, mango), as does 0804.50.80.20" in us_line_note(top)
