"""US column 1 general rates of session 80 (data/tariffs/us.csv): chemical products of chapter 38, photographic
goods 3701-3707, pyrophoric articles 3606, paints 3207-3209 and artists' colours 3213, sets of knives and tableware
8211.10 and 8215.10-8215.20, engines and their parts 8407-8410, lifting, earth-moving and farm machinery 8426-8438,
machine tools 8462-8466 and motors' parts and transformers 8503-8504.

Rates as printed in the USITC HTS export (HS 2022 edition, column 1 general, Ly-star-bit/hts-agent htsdata.csv); the
duties below are worked out from them by hand. Only the line's MFN charge is asserted, for an origin (Canada) and a
date (2 March 2026) where no additional duty applies to these lines; section 301 on products of China is the
concern of tests/test_tariff_rows.py."""
from decimal import Decimal

import pytest

from us_lines import us_mfn as _mfn, us_quote as _quote


@pytest.mark.parametrize("code,quantity,unit_value,duty", [
    ("3808.94.50", "4", "10.00", "2.00"),      # disinfectants, other than aromatic: 5% of 40.00
    ("3808.91.50", "1", "35.00", "1.75"),      # insecticides (mosquito repellent), other: 5% of 35.00
    ("3824.99.93", "2", "30.00", "3.00"),      # chemical preparations n.e.s.i., other (cooling gel): 5% of 60.00
    ("3822.19.00", "10", "4.00", "0.00"),      # diagnostic reagents, other (pregnancy tests): Free
    ("3814.00.50", "1", "18.00", "1.08"),      # solvents and paint removers, other: 6% of 18.00
    ("3820.00.00", "2", "12.50", "1.63"),      # antifreeze and de-icing fluids: 6.5% of 25.00 = 1.625, half up
    ("3701.20.00", "5", "4.00", "0.74"),       # instant print film in the flat: 3.7% of 20.00
    ("3606.90.80", "3", "6.00", "0.90"),       # fire starters and other combustible articles: 5% of 18.00
    ("3208.90.00", "1", "25.00", "0.80"),      # paints in a nonaqueous medium, other: 3.2% of 25.00
    ("3209.10.00", "3", "10.00", "1.53"),      # acrylic paints in an aqueous medium: 5.1% of 30.00
    ("3207.20.00", "1", "40.00", "1.96"),      # glazes and slips for pottery: 4.9% of 40.00
    ("8409.91.50", "1", "80.00", "2.00"),      # parts of vehicle spark-ignition engines, other: 2.5% of 80.00
    ("8409.99.99", "1", "80.00", "0.00"),      # parts of other diesel engines, other: Free
    ("8407.90.90", "1", "300.00", "0.00"),     # other spark-ignition engines (generator and mower engines): Free
    ("8433.11.00", "1", "250.00", "0.00"),     # powered lawn mowers, rotary: Free
    ("8436.21.00", "1", "90.00", "0.00"),      # poultry incubators and brooders: Free
    ("8438.50.00", "1", "400.00", "11.20"),    # meat and poultry machinery (sausage stuffers): 2.8% of 400.00
    ("8465.91.00", "1", "500.00", "15.00"),    # sawing machines for wood: 3% of 500.00
    ("8465.99.02", "1", "250.00", "6.00"),     # other woodworking machines (lathes): 2.4% of 250.00
    ("8466.10.01", "4", "12.50", "1.95"),      # tool holders and self-opening dieheads: 3.9% of 50.00
    ("8462.61.80", "1", "1000.00", "44.00"),   # hydraulic presses, not numerically controlled: 4.4% of 1,000.00
    ("8503.00.75", "2", "6.00", "0.78"),       # parts of motors under 18.65 W, other than stators and rotors: 6.5% of 12.00
    ("8503.00.95", "1", "45.00", "1.35"),      # other parts of motors and generators: 3% of 45.00
    ("8504.31.40", "1", "15.00", "0.99"),      # transformers under 1 kVA: 6.6% of 15.00
    ("8504.90.96", "1", "20.00", "0.00"),      # parts of transformers and converters, other: Free
])
def test_ad_valorem_lines(rules, code, quantity, unit_value, duty):
    charge = _mfn(_quote(rules, code, unit_value, quantity))
    assert charge.amount == Decimal(duty) and not charge.unverified
    assert f"HTSUS {code}" in charge.ref and "USITC HTS export" in charge.ref


@pytest.mark.parametrize("code,weight,unit_value,duty", [
    # finishing agents with a basis of amylaceous substances, 2.2¢/kg + 3%: 50 kg x 0.022 = 1.10, 3% of 100.00 = 3.00
    ("3809.10.00", "50", "100.00", "4.10"),
    # stearic acid, 2.1¢/kg + 3.8%: 20 kg x 0.021 = 0.42, 3.8% of 40.00 = 1.52
    ("3823.11.00", "20", "40.00", "1.94"),
    # oleic acid, 2.1¢/kg + 3.2%: 5 kg x 0.021 = 0.105, 3.2% of 15.00 = 0.48, 0.585 half up to 0.59
    ("3823.12.00", "5", "15.00", "0.59"),
])
def test_per_kilogram_compound_lines(rules, code, weight, unit_value, duty):
    assert _mfn(_quote(rules, code, unit_value, net_weight_kg=weight)).amount == Decimal(duty)


@pytest.mark.parametrize("code", ["8433.11", "8426.99", "8432.80", "3822.19", "8504.40", "8431.49"])
def test_a_subheading_whose_lines_share_a_rate_is_rated_at_six_digits(rules, code):
    # 8433.11.00 (rotary lawn mowers), 8426.99.00 (other cranes), 8432.80.00 (other soil machinery), 8431.49.10 and
    # .90 (parts of cranes and earth-moving machinery), 8504.40.40 to .95 (static converters: chargers and power
    # supplies), 3822.19.00 (diagnostic reagents): all Free, so a six-digit code is enough
    result = _quote(rules, code, "200.00")
    assert result.status == "ok" and _mfn(result).amount == 0


@pytest.mark.parametrize("code,parts", [
    ("3808.94", ["3808.94.10 6.5%", "3808.94.50 5%"]),              # aromatic disinfectants 6.5%, other 5%
    ("3824.99", ["3824.99.11 Free", "3824.99.93 5%"]),              # cultured crystal ingots ... other preparations
    ("8409.91", ["8409.91.10 Free", "8409.91.50 2.5%"]),            # cast-iron parts Free, other vehicle parts 2.5%
    ("8503.00", ["8503.00.35 6.5%", "8503.00.95 3%"]),              # small motors' stators 6.5% ... other parts 3%
    ("8504.31", ["8504.31.20 Free", "8504.31.40 6.6%", "8504.31.60 1.6%"]),  # unrated, under 1 kVA, of 1 kVA
    ("8465.20", ["8465.20.10 3%", "8465.20.50 2.9%", "8465.20.80 2.4%"]),    # machining centres by operation
])
def test_a_subheading_whose_lines_differ_asks_for_the_line(rules, code, parts):
    result = _quote(rules, code, "200.00")
    assert result.status == "rate_unknown"
    assert all(p in result.errors[0] for p in parts), result.errors[0]


@pytest.mark.parametrize("code,printed", [
    # a set of assorted kitchen knives, or of cutlery: the rate of the article in the set with the highest rate,
    # which an order line of one set does not name
    ("8211.10.00", "The rate of duty applicable to that article in the set subject to the highest rate of duty"),
    ("8215.20.00", "The rate of duty applicable to that article in the set subject to the highest rate of duty"),
    ("8215.20", "The rate of duty applicable to that article in the set subject to the highest rate of duty"),
    # women's knitted ensembles of synthetic fibres: the rate of each garment of the set, as if entered separately
    ("6104.23.00", "The rate applicable to each garment in the ensemble if separately entered"),
    # men's knitted and woven ensembles and women's woven ones likewise (session 106), at eight and six digits
    ("6103.22.00", "The rate applicable to each garment in the ensemble if separately entered"),
    ("6203.23", "The rate applicable to each garment in the ensemble if separately entered"),
    ("6204.29.40", "The rate applicable to each garment in the ensemble if separately entered"),
    # sets of pens and pencils of two or more of 9608.10-.40: the rate of each article as if this subheading did not
    # exist (session 106)
    ("9608.50", "The rate applicable to each article in the absence of this subheading"),
])
def test_a_rate_on_a_set_asks_for_it_by_hand(rules, code, printed):
    result = _quote(rules, code, "30.00")
    assert result.status == "rate_unknown"
    assert printed in result.errors[0] and "not a rate this schedule computes" in result.errors[0]


@pytest.mark.parametrize("code", ["3213.10.00", "3213.10"])
def test_colours_in_sets_pay_on_the_whole_set_the_line_declares(rules, code):
    # 3213.10.00 artists' colours in sets, "6.5% on the entire set" (USITC HTS export, column 1 general): the rate is
    # on the set's value, brushes and palette included, and the line is the set: 6.5% of 2 x 15.00 = 1.95
    charge = _mfn(_quote(rules, code, "15.00", "2"))
    assert charge.amount == Decimal("1.95")
