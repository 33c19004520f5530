"""Austria's 4.9% import VAT on basic foods from 1 July 2026 (UStG 1994 § 10 Abs. 1a with Anlage 3, BGBl. I Nr. 37/2026;
§ 28 Abs. 69): milk 0401 10/20, yoghurt 0403 20, butter 0405 10, hen eggs 0407 21 00, potatoes 0701 90 50/90, tomatoes
0702 00, vegetables of 0703-0709 (with exclusions not encoded: marked unverified), frozen vegetables 0710, apples, pears
and quinces 0808, stone fruit 0809, rice 1006, wheat flour and semolina 1101 00 / 1103 11, pasta 1902 11 00 / 1902 19,
bread 1905 90 30, table salt 2501 00 91. Supplies and imports after 30 June 2026 alike (the day of import decides), so a
sale through IOSS gets it too. Other foods stay at 10% (Anlage 1).

Every order here is 100.00 EUR + 10.00 transport, within the EUR 150 duty relief (UCC art. 23; no IOSS, so the EU's
EUR 3 interim duty does not apply): VAT is the rate times 110.00."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc


def _quote(rules, code, date="2026-08-01", **order):
    return tc.quote({"origin_country": "US", "destination_country": "AT", "date": date, "currency": "EUR", "shipping": "10.00",
                     **order, "lines": [{"description": "food", "hs_code": code, "quantity": "1", "unit_value": "100.00"}]},
                    rules=rules)


@pytest.mark.parametrize("code,vat", [
    ("1006.30", "5.39"),       # rice: 4.9% of 110.00
    ("0401.20", "5.39"),       # milk of 1-6% fat
    ("0407.21", "5.39"),       # hen eggs
    ("1902.19", "5.39"),       # pasta, not stuffed, without egg
    ("1905.90.30", "5.39"),    # bread (CN 1905 90 30)
    ("2501.00.91", "5.39"),    # table salt (CN 2501 00 91)
    ("0701.90", "5.39"),       # potatoes given at six digits: taken as the table potatoes of 0701 90 50/90
    ("0701.90.10", "11.00"),   # potatoes for starch manufacture are not listed: Anlage 1's 10%
    ("1905.90", "11.00"),      # 1905 90 without the bread line (cakes, biscuits ...): 10%
    ("0810.10", "11.00"),      # strawberries are not on the list: 10%
    ("0406.10", "11.00"),      # cheese is not on the list: 10%
])
def test_basic_foods_pay_4_9_percent_from_july_2026(rules, code, vat):
    res = _quote(rules, code)
    assert res.status == "ok", res.errors
    assert res.lines[0].duty == Decimal("0.00") and res.lines[0].vat == Decimal(vat)
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    if vat == "5.39":
        assert charge.rate == "4.9%" and "Anlage 3" in charge.ref and not charge.unverified


def test_the_rate_starts_on_1_july_2026(rules):
    assert _quote(rules, "1006.30", date="2026-06-30").lines[0].vat == Decimal("11.00")
    assert _quote(rules, "1006.30", date="2026-07-01").lines[0].vat == Decimal("5.39")


def test_fresh_vegetables_of_0703_to_0709_are_marked_unverified(rules):
    (charge,) = [c for c in _quote(rules, "0709.60").charges if c.kind == "vat"]   # peppers
    assert charge.rate == "4.9%" and charge.unverified


def test_a_sale_through_ioss_pays_4_9_percent_too(rules):
    res = _quote(rules, "1006.30", buyer_type="consumer", registrations=[{"scheme": "eu_ioss", "number": "IM0400000001"}])
    # the IOSS seller's consignment bears the EU's EUR 3 interim duty (from 1 Jul 2026), which is in the VAT base:
    # 4.9% of 113.00 = 5.537 -> 5.54 (half up, per line)
    assert res.regime == "eu_ioss" and res.totals.duty == Decimal("3.00") and res.totals.vat == Decimal("5.54")


def test_the_batch_path_gives_the_same_food_vat():
    from test_quote_vectorised import assert_same

    codes = ["1006.30", "0401.20", "1905.90.30", "1905.90", "0701.90", "0701.90.10", "0709.60", "0810.10", "2501.00.91"]
    frame = pd.DataFrame([{"order_id": f"o{i}-{j}", "origin_country": "US", "destination_country": "AT", "date": date,
                           "currency": "EUR", "description": "food", "hs_code": code, "quantity": "1", "unit_value": "100.00",
                           "ioss_number": ioss, "buyer_type": "consumer"}
                          for i, code in enumerate(codes)
                          for j, (date, ioss) in enumerate([("2026-06-30", ""), ("2026-07-01", ""), ("2026-08-01", "IM0400000001")])])
    assert_same(frame)
