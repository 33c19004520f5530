"""US ten-digit lines of wooden frames, packings, casks, tool handles and joinery (4413-4418), arms, ammunition and
swords (chapter 93), wine, vermouth, cider, spirits and vinegar (2204.21-2209) and stone, plaster and mineral
substances (2513-2530) in data/hs_codes/us.csv, from the USITC HTS export, and how a listing reaches them.

Line texts: HTSUS as exported by the USITC (HS 2022 edition); the rates of these lines, worked by hand, are tested in
tests/test_us_general_rates.py."""
from decimal import Decimal

import pytest

from tradecompliance.classification.line_measure import stated_measures
from us_lines import us_line_text, us_top


@pytest.mark.parametrize("code, text", [
    # 4414.90.00.00 wooden frames other than of tropical wood; 4417.00.80.10 tool handles of wood
    ("4414900000", "Wooden frames for paintings, photographs, mirrors or similar objects: > Other"),
    ("4417008010", "> Other > Tool handles"),
    ("4418739000", "Of bamboo or with at least the top layer (wear layer) of bamboo: > Other"),
    # 9304.00.20.00 air rifles; 9306.90.00.41 paintballs; 9307.00.00.00 swords and scabbards
    ("9304002000", "eject missiles by release of compressed air or gas, or by the release of a spring mechanism or "
                   "rubber held under tension: > Rifles"),
    ("9306900041", "> Other > Bombs, grenades, torpedoes, mines and similar munitions of war; other ammunition and "
                   "projectiles: > Paintballs"),
    ("9307000000", "Swords, cutlasses, bayonets, lances and similar arms and parts thereof and scabbards and sheaths "
                   "therefor"),
    # 2204.21.50.40 red wine valued over $1.05/liter, not certified organic; 2208.30.30.30 Irish and Scotch whiskies
    # in containers of 4 liters or less; 2208.90.50.30 certified organic tequila
    ("2204215040", "> Other > Valued over $1.05/liter: > Other: > Red: > Not certified organic"),
    ("2208303030", "> Whiskies: > Irish and Scotch > In containers each holding not over 4 liters"),
    ("2208905030", "> Tequila: > In containers each holding not over 4 liters > Certified organic"),
    # 2517.41.00.00 marble chippings; 2520.20.00.00 plasters; 2530.20.20.00 Epsom salts (natural magnesium sulfates)
    ("2517410000", "> Granules, chippings and powder, of stones of heading 2515 or 2516, whether or not heat-treated: "
                   "> Of marble"),
    ("2520200000", "> Plasters"),
    ("2530202000", "> Kieserite, epsom salts (natural magnesium sulfates): > Epsom salts"),
])
def test_lines_are_bundled_with_their_path(code, text):
    assert (us_line_text(code) or "").endswith(text)


@pytest.mark.parametrize("title, hs6, line", [
    # a wooden picture frame: 44.14, "Other" (not of tropical wood) 4414.90.00.00
    ("Wooden picture frame 8x10 pine", "441490", "4414900000"),
    # a replacement hammer handle of hickory: 4417.00.80.10 "Tool handles"
    ("Wooden tool handle hickory hammer replacement", "441700", "4417008010"),
    # a spring or air rifle is an arm of 93.04 that ejects missiles by compressed air or a spring: 9304.00.20.00 Rifles
    ("Air rifle .177", "930400", "9304002000"),
    # paintballs: 9306.90.00.41; a katana: 9307.00.00.00
    ("Paintballs 500 count", "930690", "9306900041"),
    ("Katana sword samurai stainless", "930700", "9307000000"),
    # Scotch whisky in a 70 cl bottle: 2208.30.30.30 (not over 4 liters); certified organic tequila 2208.90.50.30
    ("Scotch whisky 70cl", "220830", "2208303030"),
    ("Tequila blanco 750ml organic", "220890", "2208905030"),
    # sake is a fermented beverage of 22.06 with a line of its own (2206.00.45.00 "Rice wine or sake")
    ("Sake rice wine 720ml", "220600", "2206004500"),
    # marble chips for a garden: 2517.41.00.00; plaster of Paris (calcined gypsum): 2520.20.00.00
    ("Marble chips for garden", "251741", "2517410000"),
    ("Plaster of paris 5 lb", "252020", "2520200000"),
])
def test_listings_reach_their_lines(title, hs6, line):
    top = us_top(title)
    assert (top.hs6, top.national_code) == (hs6, line)


def test_a_volume_in_centilitres_is_read():
    # "70cl" is 0.7 l: gin in a 70 cl bottle is in a container not over 4 liters (2208.50.00.30), not the residual
    # "over 4 liters" line a listing of no stated volume gets
    assert stated_measures("London dry gin 70cl")["l"] == (Decimal("0.7"),)
    assert us_top("London dry gin 70cl").national_code == "2208500030"
