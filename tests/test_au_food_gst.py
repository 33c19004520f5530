"""Australia's GST-free food (A New Tax System (Goods and Services Tax) Act 1999, Division 38-A; importing GST-free
food is a non-taxable importation, s. 13-10), less the food of Schedule 1 (confectionery, savoury snacks, bakery
products but bread, ice cream, caviar ...). Worked by hand: AUD 100.00 from the US, a vendor registered for GST
(the low value goods regime, within A$1,000: no duty), GST 10% = 10.00 or nothing."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc

REGISTERED = [{"scheme": "au_gst", "number": "53004085616"}]


def _order(code):
    return {"origin_country": "US", "destination_country": "AU", "date": "2026-05-20", "currency": "AUD",
            "registrations": REGISTERED,
            "lines": [{"description": "food", "hs_code": code, "quantity": "1", "unit_value": "100.00"}]}


@pytest.mark.parametrize("code,gst,rate", [
    ("0409.00", "0.00", "0%"),     # honey: GST-free
    ("0901.21", "0.00", "0%"),     # roasted coffee (Schedule 2 names coffee)
    ("1806.32", "10.00", "10%"),   # chocolate: Schedule 1 item 8, confectionery
    ("1905.31", "10.00", "10%"),   # sweet biscuits: Schedule 1, bakery products
    ("2105.00", "10.00", "10%"),   # ice cream: Schedule 1
    ("2008.11", "10.00", "10%"),   # roasted peanuts: Schedule 1 item 16, savoury snacks
])
def test_food_is_gst_free_but_schedule_1(rules, code, gst, rate):
    res = tc.quote(_order(code), rules=rules)
    assert res.status == "ok", res.errors
    assert res.lines[0].vat == Decimal(gst)
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    assert charge.rate == rate
    if rate == "0%":
        assert charge.unverified and "Division 38-A" in charge.ref


def test_the_batch_path_gives_the_same_figures(rules):
    from tradecompliance.pipeline import run_frame

    codes = ["0409.00", "1806.32", "0901.21"]
    frame = pd.DataFrame({"order_id": [f"o{i}" for i in range(3)], "description": "food", "hs_code": codes,
                          "origin_country": "US", "destination_country": "AU", "date": "2026-05-20", "currency": "AUD",
                          "unit_value": "100.00", "quantity": "1", "au_gst_number": "53004085616"})
    out = run_frame(frame, steps=("quote",), rules=rules)
    assert list(out["vat"].astype(str)) == ["0.00", "10.00", "0.00"]
