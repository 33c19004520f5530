"""Norway's zero rate on books, newspapers and periodicals (merverdiavgiftsloven §§ 6-1 to 6-3), import included
(Norwegian Customs, Books: no VAT on books, newspapers and magazines; music sheets and photo books are not books).
Worked by hand: NOK 5,000.00 from the US, above the VOEC's NOK 3,000, duty-free chapter 49; VAT 25% would be 1,250.00."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc


def _order(code, value="5000.00", **order):
    return {"origin_country": "US", "destination_country": "NO", "date": "2026-05-20", "currency": "NOK", **order,
            "lines": [{"description": "printed matter", "hs_code": code, "quantity": "1", "unit_value": value}]}


@pytest.mark.parametrize("code,vat,rate", [
    ("4901.99", "0.00", "0%"),        # a book
    ("4902.90", "0.00", "0%"),        # a magazine
    ("4904.00", "1250.00", "25%"),    # printed music is not a book: 25% of 5,000.00
])
def test_books_and_periodicals_are_zero_rated_on_import(rules, code, vat, rate):
    res = tc.quote(_order(code), rules=rules)
    assert res.status == "ok", res.errors
    assert res.lines[0].duty == Decimal("0.00") and res.lines[0].vat == Decimal(vat)
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    assert charge.rate == rate
    if rate == "0%":
        assert "6-3" in charge.ref and "books, newspapers and periodicals" in charge.rule


def test_the_batch_path_gives_the_same_figures(rules):
    from tradecompliance.pipeline import run_frame

    codes = ["4901.99", "4902.90", "4904.00"]
    frame = pd.DataFrame({"order_id": [f"o{i}" for i in range(3)], "description": "printed matter", "hs_code": codes,
                          "origin_country": "US", "destination_country": "NO", "date": "2026-05-20", "currency": "NOK",
                          "unit_value": "5000.00", "quantity": "1"})
    out = run_frame(frame, steps=("quote",), rules=rules)
    assert list(out["vat"].astype(str)) == ["0.00", "0.00", "1250.00"]
