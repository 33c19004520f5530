"""Canada's basic groceries: zero-rated (Excise Tax Act Schedule VI Part III) and not taxed on import (Schedule VII):
CBSA form E604 puts basic groceries, dairy products, fish, fruit and vegetables, meat, pasta ... at 0% and candy,
snack foods and soft drinks with the taxable goods. The zero rate holds for the HST and for the provincial sales tax
the CBSA collects in British Columbia. Worked by hand: CAD 100.00 from the US by courier, within CUSMA's CAD 150
duty relief and above its CAD 40 tax relief: no duty; GST 5% = 5.00, Ontario's HST 13% = 13.00, or nothing."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc


def _order(code, subdivision=None):
    order = {"origin_country": "US", "destination_country": "CA", "date": "2026-05-20", "currency": "CAD",
             "carrier": "courier",
             "lines": [{"description": "food", "hs_code": code, "quantity": "1", "unit_value": "100.00"}]}
    if subdivision:
        order["destination_subdivision"] = subdivision
    return order


@pytest.mark.parametrize("code,subdivision,rate", [
    ("0409.00", None, "0%"),        # honey: GST 0%
    ("0409.00", "ON", "0%"),        # HST 13% does not apply either
    ("0409.00", "BC", "0%"),        # nor BC's PST the CBSA collects
    ("1902.19", None, "0%"),        # pasta
    ("1806.32", None, "5%"),        # chocolate: taxable groceries (confectionery)
    ("1806.32", "ON", "13%"),
])
def test_basic_groceries_are_not_taxed_on_import(rules, code, subdivision, rate):
    res = tc.quote(_order(code, subdivision), rules=rules)
    assert res.status == "ok", res.errors
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    assert charge.rate == rate
    assert res.lines[0].duty == Decimal("0.00")
    assert res.lines[0].vat == Decimal(rate.rstrip("%")).quantize(Decimal("0.01"))    # rate% of 100.00
    if rate == "0%":
        assert charge.unverified and "Schedule VI Part III" in charge.ref


def test_the_batch_path_gives_the_same_figures(rules):
    from tradecompliance.pipeline import run_frame

    cases = [("0409.00", ""), ("1806.32", ""), ("0409.00", "CA-ON"), ("1806.32", "CA-ON")]
    frame = pd.DataFrame({"order_id": [f"o{i}" for i in range(4)], "description": "food", "hs_code": [c[0] for c in cases],
                          "origin_country": "US", "destination_country": "CA", "destination_subdivision": [c[1] for c in cases],
                          "date": "2026-05-20", "currency": "CAD", "carrier": "courier", "unit_value": "100.00",
                          "quantity": "1"})
    out = run_frame(frame, steps=("quote",), rules=rules)
    assert list(out["vat"].astype(str)) == ["0.00", "5.00", "0.00", "13.00"]
    for (code, sub), vat in zip(cases, out["vat"].astype(str)):
        assert str(tc.quote(_order(code, sub[3:] if sub else None), rules=rules).lines[0].vat) == vat
