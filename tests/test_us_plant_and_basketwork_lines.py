"""US ten-digit lines of animal products, plants, flowers, seeds, herbs, gums, vegetable oils, cork and basketwork
(headings 0407-0410, 0501-0511, 0601-0604, 1208-1214, 1301-1302, 1401-1404, 1503-1516, 4501-4504 and 4601-4602 of
data/hs_codes/us.csv, from the USITC HTS export) and how a listing chooses among them: a jar of honey is honey packaged
for retail sale, a wicker basket is wickerwork, an organic honey the certified organic line.

Line texts: HTSUS as exported by the USITC (HS 2022 edition); the rates of these lines, worked by hand, are tested in
tests/test_us_general_rates.py."""
import pytest

from us_lines import us_line_note, us_line_text, us_top


@pytest.mark.parametrize("code, text", [
    # 0409.00.00: natural honey, one rate line; statistical lines by organic certification, packing and colour
    ("0409000005", "Natural honey > Certified Organic"),
    ("0409000010", "Natural honey > Other: > Comb honey and honey packaged for retail sale"),
    ("0409000065", "Natural honey > Other: > Other: > Amber or darker"),
    # 0601.10.15 tulip bulbs (89.6¢/1000), 0603.19.01.31 fresh peonies, 0604.90.30 dried foliage
    ("0601101500", "> Bulbs, tubers, tuberous roots, corms, crowns and rhizomes, dormant: > Tulip bulbs"),
    ("0603190131", "> Fresh: > Other > Peony"),
    ("0604903000", "> Other: > Other: > Dried or bleached"),
    # 1209.91.80.70 tomato seeds for sowing; 1211.90.89.80 single-species herbal teas, fresh or dried
    ("1209918070", "Seeds, fruits and spores of a kind used for sowing: > Other: > Vegetable seeds: > Other > Tomato"),
    ("1211908980", "> Other: > Fresh or dried > Other: > Herbal teas and herbal infusions (single species, unmixed)"),
    # 4504.90.00 other articles of agglomerated cork (coasters); 4602.19.17 wickerwork baskets of other materials
    ("4504900000", "Agglomerated cork (with or without a binding substance) and articles of agglomerated cork: > Other"),
    ("4602191700", "> Other: > Other baskets and bags, whether or not lined: > Other: > Wickerwork"),
    ("0508000000", "Coral and similar materials, unworked or simply prepared but not otherwise worked; shells of "
                   "molluscs, crustaceans or echinoderms and cuttlebone, unworked or simply prepared but not cut to "
                   "shape, powder and waste thereof"),
])
def test_lines_are_bundled_with_their_path(code, text):
    assert (us_line_text(code) or "").endswith(text)


@pytest.mark.parametrize("title", ["Raw honey 500g jar", "Clover honey in squeeze bottle 12 oz", "Pure clover honey, 16 oz glass jar"])
def test_honey_in_a_jar_or_bottle_is_packaged_for_retail_sale(title):
    # HTSUS 0409.00.00.10 "Comb honey and honey packaged for retail sale": a jar or bottle is the retail packing; the
    # colour grades (.35 to .65) are for honey in bulk
    top = us_top(title)
    assert (top.hs6, top.national_code, top.national_basis) == ("040900", "0409000010", "listing")
    assert "(packaged, retail, sale)" in us_line_note(top)


@pytest.mark.parametrize("title, shown", [("Manuka Honey 250g", "250 g"), ("Raw Wildflower Honey 16 oz", "454 g"),
                                           ("Pure Honey 1kg", "1 kg"), ("Acacia honey 2 lb", "907 g")])
def test_honey_of_a_stated_retail_weight_is_packaged_for_retail_sale(title, shown):
    # the tariff sets no weight for "packaged for retail sale" (0409.00.00.10); a stated net weight up to 5 kg is taken
    # as a retail packing and the explanation says so (16 oz = 453.6 g, 2 lb = 907.2 g, to the gram)
    top = us_top(title)
    assert (top.national_code, top.national_basis) == ("0409000010", "listing")
    assert f"a stated weight of {shown} is taken as a packing for retail sale" in us_line_note(top)


@pytest.mark.parametrize("title", ["Bulk raw honey 300 kg drum", "Clover honey"])
def test_honey_in_bulk_or_of_no_stated_weight_takes_the_colour_residual(title):
    # over 5 kg, or no figure: the colour grades of honey in bulk, the residual "Amber or darker" (0409.00.00.65)
    top = us_top(title)
    assert (top.national_code, top.national_basis) == ("0409000065", "residual")
    assert "packing for retail sale" not in us_line_note(top)


def test_a_honeycomb_is_comb_honey():
    top = us_top("Raw honeycomb 12 oz")
    assert (top.national_code, top.national_basis) == ("0409000010", "listing")


def test_an_organic_honey_is_the_certified_organic_line_whatever_its_packing():
    # 7 CFR 205.273: organic honey enters with an NOP import certificate; the "Certified Organic" line (0409.00.00.05)
    # comes before the "Other:" group that holds the retail packing, so a jar of it is still the organic line
    for title in ("Organic wildflower honey 12 oz jar", "Organic wildflower honey 12 oz"):
        top = us_top(title)
        assert (top.national_code, top.national_basis) == ("0409000005", "listing"), title


def test_a_wicker_basket_is_wickerwork():
    # the tariff's "Wickerwork" lines: willow wickerwork is 4602.19.35.00 (baskets of willow or wood, Free) ...
    top = us_top("Willow wicker laundry hamper")
    assert (top.hs6, top.national_code, top.national_basis) == ("460219", "4602193500", "listing")
    assert "(wickerwork, willow)" in us_line_note(top)
    # ... a wicker basket of unnamed material matches both "Wickerwork" lines of other materials (palm leaf
    # 4602.19.14.00, other 4602.19.17.00): a tie the reviewer settles, both Free
    top = us_top("Wicker picnic basket with lid")
    assert top.national_code in ("4602191400", "4602191700") and top.national_basis == "tie"
    # a seagrass basket is no wickerwork: the "Other" line of other baskets (4602.19.18.00, 4.5%) is among the tied
    assert "4602.19.18.00" in us_line_note(us_top("Seagrass storage basket set of 3"))


def test_a_rattan_basket_is_basketwork_of_rattan():
    # HS 2022 4602.12 "Of rattan" beside 4602.11 bamboo and 4602.19 other vegetable materials; its US lines part
    # wickerwork (4602.12.14.00, Free) from other baskets (4602.12.16.00, 5%), which the listing does not say
    top = us_top("Handwoven rattan storage basket with lid")
    assert top.hs6 == "460212" and top.national_code in ("4602121400", "4602121600")


@pytest.mark.parametrize("title, hs6, code", [
    ("Fresh cut roses dozen red", "060311", "0603110050"),        # fresh roses other than spray
    ("Fresh peonies 10 stems", "060319", "0603190131"),           # fresh cut flowers, other: peony
    ("Fresh flowers bouquet mixed tulips", "060319", "0603190145"),
    ("Tulip bulbs mixed colors 20 pack", "060110", "0601101500"),  # dormant bulbs: tulip
    ("Heirloom tomato seeds packet", "120991", "1209918070"),     # vegetable seeds for sowing: tomato
])
def test_plants_flowers_and_seeds_take_their_lines(title, hs6, code):
    top = us_top(title)
    assert (top.hs6, top.national_code) == (hs6, code)


def test_dried_and_artificial_flowers_stay_apart_from_fresh_ones():
    # dried or preserved flowers are cut flowers "dried, dyed, bleached ... or otherwise prepared" (0603.90); artificial
    # ones are artificial flowers of 67.02
    assert us_top("Dried roses bouquet").hs6 == "060390"
    assert us_top("Artificial roses bouquet").hs6 == "670290"
