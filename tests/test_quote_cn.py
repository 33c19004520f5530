"""China's cross-border e-commerce regime through the order table (the YAML cases in rules/cn/tests work the
one-order figures)."""
from __future__ import annotations

import pandas as pd

from tradecompliance.landed.table import quote_frame


def test_quote_table_carries_the_cbec_registration_column():
    # Caiguan [2018] No. 49: RMB 1,000 + 20 freight within RMB 5,000 -> VAT 13% x 70% x 1,020 = 92.82, duty 0.
    df = pd.DataFrame([{"order_id": "C1", "origin_country": "JP", "destination_country": "CN", "date": "2026-06-15",
                        "currency": "CNY", "shipping": "20.00", "cn_cbec_number": "91110000600037341L",
                        "description": "wireless earbuds", "hs_code": "8518.30", "quantity": "1", "unit_value": "1000.00"}])
    out = quote_frame(df)
    assert out.loc[0, "status"] == "ok" and out.loc[0, "regime"] == "cn_cbec"
    assert str(out.loc[0, "vat"]) == "92.82" and str(out.loc[0, "duty"]) == "0.00"
