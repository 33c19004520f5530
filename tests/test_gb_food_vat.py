"""UK VAT on food: zero-rated when it is food of a kind used for human consumption (VATA 1994 Sch. 8 Group 1),
standard-rated for the excepted items (ice cream, confectionery other than cakes and plain biscuits, beverages
including fruit juices and bottled water, crisps and expanded savoury snacks, roasted or salted nuts other than in
shell), with tea, mate, coffee and cocoa zero-rated although drinks. The pack reads that by tariff code, so the 0% is
marked unverified: a code cannot tell every case. Duties are the UK Global Tariff rows bundled (`data/tariffs/gb.csv`);
500.00 from the US is above the GBP 135 relief, so duty and VAT are both due at the border."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc


def _quote(rules, code, value="500.00", **order):
    return tc.quote({"origin_country": "US", "destination_country": "GB", "date": "2026-05-20", "currency": "GBP", **order,
                     "lines": [{"description": "food", "hs_code": code, "quantity": "1", "unit_value": value}]}, rules=rules)


@pytest.mark.parametrize("code,duty,vat", [
    ("0409.00", "80.00", "0.00"),       # honey: 16% duty; food, 0%
    ("0901.21", "30.00", "0.00"),       # roasted coffee: 6%; coffee overrides the beverage exception, 0%
    ("1905.31.99", "40.00", "0.00"),    # plain sweet biscuits: 8%; biscuits not covered in chocolate are food, 0%
    ("2009.12", "60.00", "112.00"),     # orange juice: 12%; excepted item 4, 20% of 560.00
    ("2005.20.20", "70.00", "114.00"),  # potato crisps: 14%; excepted item 5, 20% of 570.00
])
def test_uk_food_vat_by_code(rules, code, duty, vat):
    res = _quote(rules, code)
    assert res.status == "ok", res.errors
    assert res.lines[0].duty == Decimal(duty) and res.lines[0].vat == Decimal(vat)
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    if vat == "0.00":
        assert charge.rate == "0%" and "Sch. 8 Group 1" in charge.ref and charge.unverified


def test_chocolate_covered_biscuits_are_standard_rated(rules):
    # CN/UK 1905 31 19, sweet biscuits coated with chocolate (excepted item 2): the zero rate does not reach them
    res = _quote(rules, "1905.31.19")
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    assert charge.rate == "20%"


def test_the_batch_path_gives_the_same_food_vat():
    from test_quote_vectorised import assert_same

    codes = ["0409.00", "0901.21", "1905.31.99", "1905.31.19", "2009.12", "2005.20.20", "0902.10", "1509.20", "6109.10"]
    frame = pd.DataFrame([{"order_id": f"o{i}-{v}", "origin_country": "US", "destination_country": "GB", "date": "2026-05-20",
                           "currency": "GBP", "description": "food", "hs_code": code, "quantity": "1", "unit_value": v,
                           "net_weight_kg": "2", "gb_vat_number": "GB980780684" if v == "60.00" else ""}
                          for i, code in enumerate(codes) for v in ("60.00", "500.00")])
    assert_same(frame)
