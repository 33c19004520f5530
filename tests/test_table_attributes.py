"""A table's `attributes` cell (a JSON object, as classify reads it) reaches the quote of its line: the UK zero rate
of children's clothing (VAT Act 1994, Schedule 8 Group 16; rules/gb/vat.yaml `age_group`), the US section 232
parts declared by use (`end_use`). The vectorised path does not read attributes, so a line declaring one a rule tests
goes to quote, and the two paths agree; one declaring none stays in the arrays."""
from decimal import Decimal

import pandas as pd

from tradecompliance.landed.batch import quote_vectorised
from tradecompliance.landed.table import quote_frame
from tradecompliance.packs.loader import load_rules


def _rows(*lines):
    return pd.DataFrame([{"order_id": oid, "origin_country": origin, "destination_country": dest, "date": date,
                          "currency": cur, "description": "goods", "hs_code": code, "quantity": "1",
                          "unit_value": value, "attributes": attrs}
                         for oid, origin, dest, date, cur, code, value, attrs in lines])


def test_a_childs_garment_declared_so_is_zero_rated_in_bulk():
    # a cotton baby suit, 30.00 GBP from China to the UK by post: within the GBP 135 regime the seller charges VAT,
    # 20% = 6.00, but children's clothing is zero-rated (Schedule 8 Group 16): 0.00 when the line says so
    frame = _rows(("A", "CN", "GB", "2026-12-01", "GBP", "6111.20", "30.00", '{"age_group": "baby"}'),
                  ("B", "CN", "GB", "2026-12-01", "GBP", "6111.20", "30.00", ""),
                  ("C", "CN", "GB", "2026-12-01", "GBP", "6111.20", "30.00", '{"material": "cotton"}'))
    fast, slow = quote_frame(frame), quote_frame(frame, vectorised=False)
    assert list(fast["vat"]) == list(slow["vat"])
    assert [Decimal(v) for v in fast["vat"]] == [Decimal("0.00"), Decimal("6.00"), Decimal("6.00")]
    _, done = quote_vectorised(frame, load_rules())
    assert list(done) == [False, True, True]       # only the line declaring a tested key went to quote


def test_a_part_declared_for_a_heavy_vehicle_is_unknown_in_bulk():
    # a German ball bearing (8482.10.10, 2.4%): 1,000.00 USD pays 24.00 and the 10% Section 122 surcharge on
    # 2 March 2026; declared a part of a medium- or heavy-duty vehicle, section 232 (U.S. note 38(i)) may apply
    frame = _rows(("A", "DE", "US", "2026-03-02", "USD", "8482.10.10", "1000.00", '{"end_use": "mhdv_part"}'),
                  ("B", "DE", "US", "2026-03-02", "USD", "8482.10.10", "1000.00", ""))
    out = quote_frame(frame)
    assert list(out["status"]) == ["rate_unknown", "ok"] and Decimal(out["duty"][1]) == Decimal("124.00")
    assert "medium- and heavy-duty vehicles" in out["error"][0]


def test_an_unreadable_attributes_cell_is_that_rows_error():
    frame = _rows(("A", "CN", "GB", "2026-12-01", "GBP", "6111.20", "30.00", "{age_group: baby"),
                  ("B", "CN", "GB", "2026-12-01", "GBP", "6111.20", "30.00", ""))
    out = quote_frame(frame)
    assert list(out["order_id"]) == ["A", "B"] and out["status"][0] == "error" and out["status"][1] == "ok"
    assert "attributes is not a JSON object" in out["error"][0]
