"""The vectorised quote (landed/batch*.py) against the one-order `quote`, cell for cell, on 10,000 random
orders over every bundled destination pack and regime, and on the cases built to sit exactly on a
rounding tie (settled by the arrays from exact Decimals) or a threshold (handed to `quote`)."""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pandas as pd
import pytest

from tradecompliance.landed.batch import KEY_COLUMNS, quote_vectorised
from tradecompliance.landed.batch_registry import PlanRegistry
from tradecompliance.landed.table import OUT_COLUMNS, quote_frame
from tradecompliance.packs.loader import load_rules

# codes with bundled rates in most schedules, and codes without (rate_unknown above a de minimis)
HS = ["6109.10", "8517.13", "9503.00", "6110.20", "4202.21", "8471.30", "3304.99", "4901.99", "9999.99", "",
      "9102.11",      # EU: 4.5% MIN 0.30 EUR/p/st MAX 0.80 EUR/p/st, computed by the arrays in euro countries
      "4202.22", "4202.22.10"]   # a subheading whose lines differ in rate (rate_unknown, naming them) and one line
DESTINATIONS = ["DE", "FR", "IT", "PL", "SE", "NL", "BG", "HR", "RO", "GB", "US", "CA", "AU", "NZ", "NO", "CH", "JP", "SG", "KR",
                "CN", "SA", "AE", "TH", "ZA", "TR", "MX", "BR", "IN", "ID", "MY", "IL"]
CURRENCIES = ["EUR", "USD", "GBP", "CAD", "AUD", "JPY", "CHF", "NOK", "CNY", "SGD"]
REGISTRATIONS = {"ioss_number": "IM2760000742", "gb_vat_number": "GB980780684", "voec_number": "2034567",
                 "au_gst_number": "53004085616", "nz_gst_number": "49091850", "sg_gst_number": "197401143C",
                 "cn_cbec_number": "91110000600037341L", "br_prc_number": "11.222.333/0001-81", "my_lvg_number": "LVG1234567"}


def random_rows(rng: random.Random, n_orders: int, origins=("CN", "US", "VN", "MX", "DE", "GB", "JP")) -> pd.DataFrame:
    rows = []
    for n in range(n_orders):
        dest = rng.choice(DESTINATIONS)
        order = {
            "order_id": f"R{n}", "origin_country": rng.choice(origins),
            "destination_country": dest,
            "date": str(dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2800))),
            "currency": rng.choice(CURRENCIES),
            "shipping": rng.choice(["", "0", f"{rng.randrange(0, 5000) / 100:.2f}", f"{rng.randrange(0, 500)}"]),
            "insurance": rng.choice(["", "", f"{rng.randrange(0, 300) / 100:.2f}"]),
            "incoterm": rng.choice(["", "DAP", "DDP"]), "buyer_type": rng.choice(["", "consumer", "business"]),
            "carrier": rng.choice(["", "postal", "courier", "freight"]),
            "destination_subdivision": rng.choice(["", "", "CA-ON", "CA-BC", "CA-QC"]) if dest == "CA" else "",
        }
        if rng.random() < 0.5:
            key = rng.choice(list(REGISTRATIONS))
            order[key] = REGISTRATIONS[key]
        if rng.random() < 0.3:   # parties and invoices: checked by the arrays, or (one in twenty) quote's own errors
            bad = rng.random() < 0.05
            order.update(buyer_name=rng.choice(["  padded  ", "x" * 201] if bad else ["Acme Ltd", f"Buyer {n}", "Müller GmbH"]),
                         buyer_city=rng.choice(["", "London", "Zürich"]), invoice_number=rng.choice(["", f"INV-{n}"]),
                         buyer_vat_id=rng.choice(["", {"GB": "GB980780684", "DE": "DE136695976"}.get(dest, "")]))
        if rng.random() < 0.2:   # a gift between private persons has reliefs of its own (EU: EUR 45 VAT exemption)
            order["contents_type"] = rng.choice(["gift", "gift", "sale_of_goods", "documents", ""])
        for _ in range(rng.randint(1, 5)):
            price = rng.choice([rng.randrange(1, 5000) / 100, rng.randrange(1, 300000) / 100, rng.randrange(1, 20000) / 1000])
            row = dict(order, description="item", hs_code=rng.choice(HS),
                       quantity=rng.choice(["", "1", "2", "3", "1.5"]), unit_value=f"{price:g}",
                       net_weight_kg=rng.choice(["", "0.25", "1.2", "0"]), sku=rng.choice(["", f"SKU-{n}-{len(rows)}"]),
                       category=rng.choice(["", "Women's Clothing > Tops & Tees", "Consumer Electronics"]),
                       gross_weight_kg=rng.choice(["", "", "0.3", "2"]),
                       line_origin="VN" if rng.random() < 0.003 else rng.choice(["", order["origin_country"]]),
                       unit_of_measure=rng.choice(["", "pcs"]))
            if len(rows) and rows[-1]["order_id"] == row["order_id"] and rng.random() < 0.01:
                # a later row leaves an order-level cell empty (as shop exports do), repeats it, or states it otherwise
                # (two orders under one id: refused by both paths)
                col = rng.choice(["destination_country", "currency", "date", "shipping", "buyer_type", "ioss_number"])
                row[col] = rng.choice(["", row.get(col, ""), "FR", "USD", "2026-01-02", "1.00", "business", "IM2760000742"])
            rows.append(row)
    frame = pd.DataFrame(rows).fillna("")
    return frame.astype(str)


def assert_same(frame: pd.DataFrame) -> np.ndarray:
    fast = quote_frame(frame)
    slow = quote_frame(frame, vectorised=False)
    assert list(fast["order_id"]) == list(frame["order_id"])
    for col in OUT_COLUMNS:
        diff = fast[col].astype(str) != slow[col].astype(str)
        assert not diff.any(), (col, pd.concat([frame[diff].head(3), slow.loc[diff, [col]].head(3), fast.loc[diff, [col]].head(3)], axis=1).to_dict("records"))
    _, done = quote_vectorised(frame, load_rules())
    return done


def test_vectorised_equals_quote_in_every_column_on_10000_random_orders():
    frame = random_rows(random.Random(20261125), 10_000)
    done = assert_same(frame)
    # the arrays answered nearly every row themselves (the rest went to quote): the comparison above is real
    assert done.mean() > 0.85, done.mean()
    out = quote_frame(frame)
    statuses = out["status"].value_counts().to_dict()
    assert statuses.get("ok", 0) > 5_000 and statuses.get("rate_unknown", 0) > 1_000, statuses
    # orders whose later rows state an order-level cell otherwise are among them, refused alike by both paths
    assert out["error"].str.contains("in its first row: an order-level cell").sum() > 50


@pytest.mark.parametrize("rows", [
    # a half-cent tie: 0.01 of freight over two equal lines (CIF) gives 10.005 -> 10.01 in quote (half up)
    [{"unit_value": "10.00", "shipping": "0.01"}, {"unit_value": "10.00", "shipping": "0.01"}],
    # exactly at the EU's EUR 150 (UCC art. 23) before 1 July 2021 ... and one cent above
    [{"unit_value": "150.00", "date": "2021-06-30"}],
    [{"unit_value": "150.01", "date": "2021-06-30"}],
    # USD converted at the ECB rate, one line at a value whose conversion lands near the EUR 150 limit
    [{"unit_value": "161.12", "currency": "USD", "date": "2021-06-30"}],
])
def test_ties_and_thresholds_agree(rows):
    base = {"order_id": "T1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
            "shipping": "", "description": "cotton T-shirt", "hs_code": "6109.10", "quantity": "1"}
    assert_same(pd.DataFrame([dict(base, **r) for r in rows]).astype(str))


TIE = {"order_id": "T1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
       "shipping": "", "description": "T-shirt", "hs_code": "6109.10", "unit_value": "10.00"}


@pytest.mark.parametrize("rows, column, expected", [
    # CIF: EUR 0.01 of freight over two equal lines gives 10.005 each, half up (EU rounding) 10.01
    ([dict(TIE, shipping="0.01")] * 2, "customs_value", ["10.01", "10.01"]),
    # EUR 10.00 into PLN at the bundled ECB rate 4.2165 (rate day for 10 March 2026): 42.165, half up 42.17
    ([dict(TIE, destination_country="PL")], "customs_value", ["42.17"]),
    # the EU interim EUR 3 per distinct subheading (IOSS, consumer, from 1 July 2026) into SEK at 11.0775:
    # 2 x 33.2325 = 66.465, half up 66.47 on both lines' order total
    ([dict(TIE, destination_country="SE", date="2026-08-03", ioss_number="IM2760000742"),
      dict(TIE, destination_country="SE", date="2026-08-03", ioss_number="IM2760000742", hs_code="9503.00")],
     "order_duty", ["66.47", "66.47"]),
    # CN 9102 11 00 4.5% MIN 0.30 EUR/p/st into Poland: 100 watches at EUR 2.00 are PLN 843.30 (x 4.2165), 4.5% is
    # 37.9485, below the minimum 100 x 0.30 x 4.2165 = 126.495 PLN, half up 126.50
    ([dict(TIE, destination_country="PL", hs_code="9102.11", quantity="100", unit_value="2.00")], "duty", ["126.50"]),
    # UK 9102 11 00 00, a plain GBP 0.20 a piece (UKGT): 7 watches bought in EUR at EUR 30.00 each (EUR 210, above
    # the GBP 135 relief) pay 7 x 0.20 = GBP 1.40, in the arrays as in quote (session 75: such orders had gone to
    # the one-order path and halved the batch's speed)
    ([dict(TIE, destination_country="GB", hs_code="9102.11", quantity="7", unit_value="30.00")], "duty", ["1.40"]),
])
def test_half_cent_ties_are_settled_in_exact_decimals_by_the_arrays(rows, column, expected):
    frame = pd.DataFrame(rows).astype(str)
    done = assert_same(frame)
    assert done.all()                          # the arrays answered, from the Decimals quote rounds
    assert list(quote_frame(frame)[column]) == expected


def test_flat_duty_counts_lines_without_a_code_alone_in_their_own_order():
    # EU interim EUR 3 per distinct subheading (IOSS consumer consignments from 1 July 2026; the pack counts a
    # line without an HS code as a subheading of its own): F1 has 6110.20, two lines without a code and
    # 4901.99, so 4 x 3 = 12.00; F2, after it, one subheading: 3.00. (The arrays once mixed the orders up.)
    line = dict(TIE, destination_country="NL", date="2026-07-29", ioss_number="IM2760000742")
    rows = [dict(line, order_id="F1", hs_code=h) for h in ("6110.20", "", "", "4901.99")] + [dict(line, order_id="F2")]
    frame = pd.DataFrame(rows).astype(str)
    done = assert_same(frame)
    assert done.all()
    assert list(quote_frame(frame)["order_duty"]) == ["12.00"] * 4 + ["3.00"]


def test_bad_rows_get_quotes_own_errors():
    frame = pd.DataFrame([
        {"order_id": "B1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
         "description": "T-shirt", "hs_code": "6109.10", "unit_value": "-1"},
        {"order_id": "B2", "origin_country": "CN", "destination_country": "XX", "date": "2026-03-10", "currency": "EUR",
         "description": "T-shirt", "hs_code": "6109.10", "unit_value": "5"},
        {"order_id": "B3", "origin_country": "CN", "destination_country": "DE", "date": "2026-02-30", "currency": "EUR",
         "description": "T-shirt", "hs_code": "6109.10", "unit_value": "5"},
        {"order_id": "B4", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
         "description": "T-shirt", "hs_code": "61091", "unit_value": "5"},
    ]).astype(str)
    out = assert_same(frame)
    assert not out.any()
    result = quote_frame(frame)
    assert list(result["status"]) == ["error"] * 4
    assert "unit_value" in result.loc[0, "error"] and "XX" in result.loc[1, "error"]


@pytest.mark.parametrize("unit_value, quantity, date", [
    ("2500.00", "1", "2026-03-10"),   # exactly Rs 2,500 a piece: still the 5% slab (not above the limit)
    ("2500.01", "1", "2026-03-10"),   # a paisa above: 18%
    ("1250.00", "2", "2026-03-10"),   # the limit is per piece: 2 x 1,250 is within it
    ("1000.01", "1", "2025-09-21"),   # the day before GST 2.0: the Rs 1,000 limit, 12% above it
    ("1000.01", "1", "2025-09-22"),   # from 22 September 2025: Rs 2,500, so 5%
])
def test_india_apparel_slab_by_value_per_piece_agrees(unit_value, quantity, date):
    # Notification No. 1/2017-Integrated Tax (Rate) and No. 9/2025-Central Tax (Rate): apparel IGST by value per piece
    base = {"order_id": "IN1", "origin_country": "CN", "destination_country": "IN", "date": date, "currency": "INR",
            "shipping": "", "description": "cotton T-shirt", "hs_code": "6109.10", "quantity": quantity, "unit_value": unit_value}
    frame = pd.DataFrame([base]).astype(str)
    assert_same(frame)
    rate = quote_frame(frame)["vat_rate"].iloc[0]
    per_piece = float(unit_value)
    limit, low, high = (2500, "5%", "18%") if date >= "2025-09-22" else (1000, "5%", "12%")
    assert rate == (low if per_piece <= limit else high), rate


def test_cells_checked_once_per_distinct_value_keep_row_answers():
    # The array path checks and parses each distinct cell text once and spreads the answer to its rows:
    # the same text in a good and a bad order, odd spellings of numbers and an absent column must all
    # give, row by row, what quote gives.
    base = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
            "description": "T-shirt", "hs_code": "6109.10"}
    cells = [("2", "5"), (" 2", "5"), ("0", "5"), ("", "5"), ("2", "5.00001"), ("2", "1e3"), ("2", ""), ("abc", "5"),
             ("1.5", "7.25"), ("2", "5")]
    frame = pd.DataFrame([{**base, "order_id": f"C{i}", "quantity": q, "unit_value": v} for i, (q, v) in enumerate(cells)]
                         + [{**base, "order_id": "C1", "quantity": "2", "unit_value": "5", "net_weight_kg": "x"}])
    frame = frame.fillna("").astype(str)
    done = assert_same(frame)
    assert done[[0, 3, 8, 9]].all()              # plain cells: answered by the arrays
    assert not done[[1, 2, 4, 5, 6, 7, 10]].any()  # odd cells (and C1's second row): left to quote
    out = quote_frame(frame)
    assert out.loc[3, "customs_value"] == "5.00" and out.loc[8, "customs_value"] == "10.88"   # '' is 1 piece; 1.5 x 7.25


def test_orders_with_party_and_invoice_cells_are_answered_by_the_arrays_and_bad_ones_by_quote():
    # Party names, addresses and invoice numbers no longer send an order to the one-order path: they are
    # checked over whole columns, and the buyer's VAT number is what the packs' conditions see of parties.
    # A UK business buyer with a VAT number, goods of GBP 100 (within GBP 135): the low-value B2B reverse charge
    # (HMRC, VAT and overseas goods sold directly to customers in the UK), no VAT collected; without a number,
    # UK VAT at 20% (VATA 1994 s. 2(1)) of 100.00 = 20.00. Too long a name or invoice number and an invalid VAT
    # number get quote's own errors.
    base = dict(origin_country="CN", destination_country="GB", date="2026-03-10", currency="GBP", buyer_type="business",
                description="T-shirt", hs_code="6109.10", unit_value="100.00", buyer_name="Acme Ltd",
                buyer_address="1 High Street", buyer_city="London", invoice_number="INV-1", buyer_vat_id="")
    rows = [dict(base, order_id="V1", buyer_vat_id="GB980780684"), dict(base, order_id="V2"),
            dict(base, order_id="V3", buyer_name="x" * 201), dict(base, order_id="V4", invoice_number="I" * 36),
            dict(base, order_id="V5", buyer_vat_id="GB123")]
    frame = pd.DataFrame(rows).astype(str)
    done = assert_same(frame)
    assert done.tolist() == [True, True, False, False, False]
    out = quote_frame(frame)
    assert (out.loc[0, "regime"], out.loc[0, "vat"]) == ("gb_low_value_b2b", "0")
    assert out.loc[1, "vat"] == "20.00"
    assert list(out["status"]) == ["ok", "ok", "error", "error", "error"]
    assert "at most 200 characters" in out.loc[2, "error"] and "GB123" in out.loc[4, "error"]


def test_a_table_no_order_of_which_the_arrays_take_is_quoted_on_a_fresh_plan_registry():
    # every order has a line origin (left to quote): the arrays find no plan at all; the registry's empty
    # columns once came back as None and crashed the chunk
    rules = load_rules()
    rules.derived.pop("batch-plan-registry", None)
    frame = pd.DataFrame([dict(TIE, line_origin="VN")]).astype(str)
    done = assert_same(frame)
    assert not done.any()
    assert list(quote_frame(frame)["customs_value"]) == ["10.00"]


def test_a_sku_and_the_default_unit_of_measure_keep_an_order_on_the_arrays():
    # quote reads neither a SKU nor a unit of measure of "pcs" (the models' default for an empty cell)
    frame = pd.DataFrame([dict(TIE, sku="TS-001", unit_of_measure="pcs"), dict(TIE, order_id="T2", sku="", unit_of_measure="")]).astype(str)
    done = assert_same(frame)
    assert done.all()
    assert list(quote_frame(frame)["vat"]) == ["1.90", "1.90"]   # German VAT 19% (UStG s. 12(1)) of EUR 10.00


def test_gross_weights_and_a_line_origin_repeating_the_orders_keep_an_order_on_the_arrays():
    # quote shares transport by weight where a pack says so, taking a line's gross weight where its net weight
    # is missing or 0; a line origin equal to the order's changes nothing. Japan (CIF, shares by value) and
    # Australia (shares by weight, if its pack says so) alike: the arrays must give quote's figures.
    rows = [dict(TIE, order_id="W1", destination_country=d, currency="EUR", shipping="7.00", net_weight_kg=n,
                 gross_weight_kg=g, line_origin=o, unit_value=v)
            for d in ("JP", "AU", "DE") for n, g, o, v in (("", "1.5", "CN", "30.00"), ("0", "0.5", "", "20.00"), ("2", "9", "CN", "5.00"))]
    for k, r in enumerate(rows):
        r["order_id"] = f"W{k // 3}"
    frame = pd.DataFrame(rows).astype(str)
    done = assert_same(frame)
    assert done.all()


def test_a_bound_in_a_currency_without_rates_goes_to_quote_and_says_so(tmp_path, monkeypatch):
    # a team's own schedule whose minimum is in a currency the ECB table has no rate for: quote answers
    # fx_unknown naming the currency; the arrays must not raise, but hand the order to quote
    tariffs = tmp_path / "tariffs"
    tariffs.mkdir()
    (tariffs / "eu.csv").write_text("code,duty,agreement,valid_from,ref,verified\n"
                                    "910211,4.5% MIN 0.30 XAU/p/st,,2022-01-01,test row,yes\n")
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(tariffs))
    empty = tmp_path / "rules"
    empty.mkdir()
    rules = load_rules(empty)                 # a rule set of its own: no line plan cached from the bundled schedule
    row = dict(TIE, hs_code="9102.11", quantity="2", unit_value="200.00")
    out = quote_frame(pd.DataFrame([row]).astype(str), rules)
    assert out["status"].tolist() == ["fx_unknown"] and "XAU" in out["error"][0]


# origins the packs name (partners of preferences, origins of additional duties and relief cases, members of
# the groups they name) and origins none names
WIDE_ORIGINS = ["CN", "HK", "MO", "US", "CA", "MX", "DE", "FR", "IT", "NL", "PL", "GB", "CH", "NO", "JP", "KR", "IN",
                "VN", "TH", "BR", "TR", "AU", "NZ", "SG", "ZA", "AE", "SA", "BD", "PK", "KH", "ID", "MY", "TW", "IL", "CL"]


def test_orders_from_origins_no_rule_tells_apart_share_line_plans_and_answer_as_quote():
    # a line plan is built once per destination, date period and class of origins (the place lists its pack's
    # conditions and preferences test), not once per origin or currency; every cell still equals quote's
    rules = load_rules()
    rules.derived.pop("batch-plan-registry", None)
    frame = random_rows(random.Random(20261206), 3_000, origins=WIDE_ORIGINS)
    done = assert_same(frame)
    assert done.mean() > 0.85, done.mean()
    reg = PlanRegistry.of(rules)
    assert len(reg._groups) < len(reg.plans) / 2, (len(reg._groups), len(reg.plans))


def _group(reg: PlanRegistry, **key) -> int:
    base = dict(destination="US", origin="DE", date=dt.date(2026, 3, 10), currency="EUR", buyer="consumer",
                carrier="courier", subdivision="", registrations="", buyer_vat_id="", contents="sale_of_goods")
    plan = reg.plan_ids([tuple(dict(base, **key)[k] for k in KEY_COLUMNS)], KEY_COLUMNS)[0]
    return int(reg.group_of[plan])


def test_orders_of_one_rule_period_share_a_plan_where_the_rates_it_reads_agree():
    # PlanRegistry._plan_for: a plan per setting and rule period, not per date (session 118: 1M lines dated over a year
    # built 62,743 order plans for their first 600,000 lines, and the quote took 28 CPU-seconds instead of 7). GB has
    # no rule change in March 2026 (its change dates: 24-25 Feb, 24-25 Jul)
    from tradecompliance.currency.fx import customs_rates

    rules = load_rules()
    reg = PlanRegistry.of(rules)
    days = [dt.date(2026, 3, 2) + dt.timedelta(days=k) for k in range(28)]
    line = dict(TIE, origin_country="VN", destination_country="GB", currency="GBP", unit_value="300.00")  # above £135
    same = pd.DataFrame([dict(line, order_id=f"G{k}", date=str(d), hs_code=hs) for k, d in enumerate(days)
                         for hs in ("6109.10", "4202.22")])           # 4202 22: its UK lines differ in rate
    before = len(reg.plans)
    assert_same(same)                                                 # every column, each row's reason naming its date
    assert len(reg.plans) - before == 1                               # GBP into GBP reads no rate: one plan, 28 dates
    errors = quote_frame(same)["error"].tolist()[1::2]
    assert all(f"on {d}" in e for d, e in zip(days, errors)), errors[:2]
    # USD into GBP reads the day's ECB cross rate (rate day = the date, the latest publication on or before it): a plan
    # per distinct rate, the weekends sharing Friday's
    usd = same.assign(currency="USD", order_id=lambda d: "U" + d["order_id"])
    before = len(reg.plans)
    assert_same(usd)
    rates = {customs_rates().quote("USD", "GBP", d).rate for d in days}
    assert len(reg.plans) - before == len(rates) and len(rates) <= 20   # 20 weekdays in the 28 days


def test_a_plan_rerated_for_another_day_of_its_period_is_the_plan_built_afresh_for_that_day():
    # batch_plan.rerated: a setting priced in another currency needs a plan per customs rate day (USD into KRW reads a
    # new rate each weekday); the rules the first plan chose are kept and only its amounts are converted again. Every
    # field equals the plan order_plan builds for that day: the order's rate, the thresholds' rates (GB GBP 135, KR
    # USD 150, the EU's EUR 150), the fees' and flat duties' amounts (US merchandise processing fee, the EU's EUR 3),
    # the amount reliefs (CH: tax of CHF 5 or less), and the same rates read
    from dataclasses import fields

    from tradecompliance.landed.batch_plan import order_plan, rerated

    rules = load_rules()
    reg = PlanRegistry(rules)
    first = dt.date(2026, 3, 2)
    compared = converted = 0
    for dest in ("US", "DE", "GB", "KR", "CH", "AU", "NO", "CA", "JP", "SE", "PL", "NZ"):
        for currency in ("USD", "JPY", "CNY", "EUR"):
            key = dict(destination=dest, origin="CN", date=first, currency=currency, buyer="consumer", carrier="courier",
                       subdivision="", registrations="", buyer_vat_id="", contents="sale_of_goods")
            plan = order_plan(rules, key)
            assert plan.supported, (dest, currency, plan.why)
            for k in (1, 3, 8, 15):
                day = first + dt.timedelta(days=k)
                if reg._dated_on(dest, "CN", day)[0] != reg._dated_on(dest, "CN", first)[0]:
                    continue                                  # another rule period: a plan of its own
                again, fresh = rerated(plan, day), order_plan(rules, dict(key, date=day))
                for f in fields(fresh):
                    if f.name not in ("quote", "fx_days"):
                        assert getattr(again, f.name) == getattr(fresh, f.name), (dest, currency, day, f.name)
                assert again.quote._rates == fresh.quote._rates and again.quote.o.date == day
                assert again.fx_days == {} and plan.fx_days == {}          # its own days, not the first plan's
                compared += 1
                converted += again.fx_rate != plan.fx_rate
    assert compared >= 150 and converted >= 100, (compared, converted)


def test_a_plan_serving_days_it_does_not_list_gives_no_rate_of_another_currency():
    # a plan that reads no exchange rate serves whole chunks of its period's orders at once, their days unlisted
    # (fx_days None): asked later for another currency's rate (a duty bound), it has none to give, and those orders go
    # to `quote`; its own currency's rate is 1
    rules = load_rules()
    reg = PlanRegistry.of(rules)
    line = dict(TIE, origin_country="VN", destination_country="GB", currency="GBP", unit_value="300.00")
    quote_frame(pd.DataFrame([dict(line, order_id="F2", date="2026-03-02")]))
    quote_frame(pd.DataFrame([dict(line, order_id=f"F{k}", date=f"2026-03-{k:02d}") for k in range(3, 9)]))
    key = dict(destination="GB", origin="VN", date=dt.date(2026, 3, 5), currency="GBP", buyer="consumer", carrier="courier",
               subdivision="", registrations="", buyer_vat_id="", contents="sale_of_goods")
    plan = int(reg.plan_ids([tuple(key[k] for k in KEY_COLUMNS)], KEY_COLUMNS)[0])
    assert reg.plans[plan].fx_days is None
    assert reg.customs_fx(plan, "GBP") == 1 and reg.customs_fx(plan, "EUR") is None


def test_a_destinations_rule_periods_change_on_its_own_rules_days_only():
    # batch_registry.change_dates: the days a quote to DE may change are its own rules' (the EU's EUR 3 duty on
    # 1 Jul 2026), not another member state's VAT (Estonia 24% from 1 Jul 2025, Romania 21% from 1 Aug 2025); a
    # timeline's day is the change itself (the US de minimis ends on 29 Aug 2025: nothing changes on the 30th)
    from tradecompliance.landed.batch_registry import change_dates

    rules = load_rules()
    de = change_dates(rules, "DE")
    assert dt.date(2026, 7, 1) in de and dt.date(2026, 7, 2) not in de
    assert dt.date(2025, 7, 1) not in de and dt.date(2025, 8, 1) not in de
    assert dt.date(2025, 8, 1) in change_dates(rules, "RO")
    us = change_dates(rules, "US")
    assert dt.date(2025, 8, 29) in us and dt.date(2025, 8, 30) not in us
    # nor the days of a rule whose condition names another destination (Italy's EUR 2 fee, rules/eu/customs.yaml:
    # from 1 Jan 2026, postponed 12 Mar 2026, again from 1 Oct 2026), of the groups only other packs' conditions name
    # (the US reciprocal-rate groups: 7 Aug 2025, 24 Feb 2026), or of another member state's currency (Bulgaria's euro
    # on 1 Jan 2026)
    it, bg = change_dates(rules, "IT"), change_dates(rules, "BG")
    for day in (dt.date(2026, 1, 1), dt.date(2026, 3, 12), dt.date(2026, 10, 1), dt.date(2025, 8, 7), dt.date(2026, 2, 24)):
        assert day not in de, day
    assert {dt.date(2026, 1, 1), dt.date(2026, 3, 12), dt.date(2026, 10, 1)} <= set(it)
    assert dt.date(2026, 1, 1) in bg and dt.date(2026, 2, 24) in us and dt.date(2025, 8, 7) in us
    # and for goods of one origin, the days of rules for other origins only: the IEEPA duty on Chinese goods went from
    # 10% to 20% on 4 Mar 2025 and back to 10% on 10 Nov 2025 (rules/us/customs.yaml us_ieepa_fentanyl_cn, origin CN
    # and HK), which does not split the periods of German goods into the US; the EU's 15% reciprocal rate from 7 Aug
    # 2025 does
    us_de, us_cn = change_dates(rules, "US", "DE"), change_dates(rules, "US", "CN")
    assert dt.date(2025, 3, 4) in us_cn and dt.date(2025, 11, 10) in us_cn and dt.date(2025, 3, 4) in us
    assert dt.date(2025, 3, 4) not in us_de and dt.date(2025, 11, 10) not in us_de and dt.date(2025, 8, 7) in us_de
    assert set(us_de) < set(us) and set(us_cn) < set(us)
    reg = PlanRegistry(rules)
    assert reg._dated_on("US", "DE", dt.date(2025, 3, 3))[0] == reg._dated_on("US", "DE", dt.date(2025, 3, 4))[0]
    assert reg._dated_on("US", "CN", dt.date(2025, 3, 3))[0] != reg._dated_on("US", "CN", dt.date(2025, 3, 4))[0]
    assert assert_same(pd.DataFrame([dict(TIE, destination_country="US", origin_country=origin, currency="USD", unit_value="1000.00",
                                          order_id=f"U{origin}{k}", date=str(dt.date(2025, 3, 3) + dt.timedelta(days=k)))
                                     for origin in ("DE", "CN", "HK") for k in range(2)])).all()
    # each side of those days, orders into Italy, Germany and Bulgaria are quoted by the arrays as `quote` quotes them
    # (Italy's fee: EUR 2.00 on 11 Mar and 1 Oct 2026, none on 12 Mar and 30 Sep)
    assert assert_same(pd.DataFrame([dict(TIE, destination_country=dest, order_id=f"{dest}{k}{j}", unit_value="40.00",
                                   date=str(day + dt.timedelta(days=k)))
                              for dest in ("IT", "DE", "BG") for j, day in enumerate((dt.date(2026, 3, 12), dt.date(2026, 10, 1)))
                              for k in (-1, 0)])).all()
    # around the EUR 3 duty's first day each day's orders are quoted as `quote` quotes them
    line = dict(TIE, destination_country="DE", ioss_number="IM2760000742", unit_value="20.00")
    assert_same(pd.DataFrame([dict(line, order_id=f"D{k}", date=str(dt.date(2026, 6, 28) + dt.timedelta(days=k)))
                              for k in range(6)]))


def test_the_kept_verdicts_on_order_cells_start_afresh_without_losing_a_chunks_own(monkeypatch):
    # batch_input._SETTING_OK is emptied once it would hold too many settings; a chunk some of whose settings were
    # known when that happened failed with a KeyError until session 118 (the generated orders, dated over 20 months,
    # filled it in the bulk benchmark)
    from tradecompliance.landed import batch_input

    monkeypatch.setattr(batch_input, "_SETTING_OK", {})
    monkeypatch.setattr(batch_input, "_SETTING_OK_MAX", 3)
    frame = pd.DataFrame([dict(TIE, order_id=f"S{k}", buyer_name="Acme Ltd", date=f"2026-03-{k + 2:02d}") for k in range(4)])
    assert_same(frame.iloc[:2])
    assert_same(frame)                    # two settings known, two new: over the limit of three
    assert quote_frame(frame)["status"].tolist() == ["ok"] * 4


def test_a_line_plan_setting_keeps_apart_what_the_pack_tests_and_only_that():
    reg = PlanRegistry(load_rules())
    de = _group(reg)
    # the US pack names the EU (a group) and China in its additional duties: France is Germany's class, China is not
    assert _group(reg, origin="FR") == de and _group(reg, currency="USD") == de
    assert _group(reg, origin="CN") != de
    # a carrier is tested by a US condition (postal consignments); a buyer's type by none of the US pack
    assert _group(reg, carrier="postal") != de
    assert _group(reg, buyer="business") == de
    # Canada's relief cases and CUSMA preference name the United States and Mexico together
    assert _group(reg, destination="CA", origin="US") == _group(reg, destination="CA", origin="MX")
    assert _group(reg, destination="CA", origin="US") != _group(reg, destination="CA", origin="CN")
    # another rules period: the EU interim flat duty from 1 July 2026 (its pack's dates split the periods)
    assert _group(reg, destination="DE", date=dt.date(2026, 8, 3)) != _group(reg, destination="DE")
    # a gift: the EU pack's reliefs test the contents, the US pack's conditions do not
    assert _group(reg, destination="DE", contents="gift") != _group(reg, destination="DE")
    assert _group(reg, contents="gift") == de


def test_a_fee_per_subheading_is_counted_by_the_arrays_as_quote_counts_it():
    # France's tax on small parcels (Loi de finances pour 2026 art. 82: EUR 2 per article, an article being a
    # 6-digit subheading, on consignments within the EUR 150 relief, from 1 March 2026), in the VAT base (CGI art. 292)
    fr = dict(TIE, destination_country="FR", date="2026-12-05", shipping="5.00", quantity="1")
    rows = [dict(fr, order_id="F1", unit_value="10.00", quantity="2"),
            dict(fr, order_id="F1", hs_code="6109.10.00", unit_value="5.00"),
            dict(fr, order_id="F1", hs_code="9503.00", unit_value="20.00"),
            # a line without a code counts as a subheading of its own: 3 x 2.00
            dict(fr, order_id="F2", hs_code="", unit_value="4.00"), dict(fr, order_id="F2", unit_value="6.00"),
            dict(fr, order_id="F2", hs_code="", unit_value="4.00"),
            # above EUR 150: no tax; before 1 March 2026: none
            dict(fr, order_id="F3", unit_value="151.00"), dict(fr, order_id="F4", date="2026-02-28"),
            # through IOSS: VAT on the sale at checkout, the fee at the border outside it
            dict(fr, order_id="F5", ioss_number="IM2760000742", buyer_type="consumer", unit_value="20.00"),
            dict(fr, order_id="F5", ioss_number="IM2760000742", buyer_type="consumer", hs_code="9503.00", unit_value="20.00")]
    frame = pd.DataFrame(rows).astype(str)
    done = assert_same(frame)
    assert done.all()
    out = quote_frame(frame)
    # F1: fees 4.00, VAT 20% of 54.00 = 10.80 (see rules/eu/tests/quote.yaml); F2 (relieved, no code needed): 6.00;
    # F3, F4: no fee
    assert list(out["order_fees"][[0, 3, 6, 7, 8]]) == ["4.00", "6.00", "0", "0", "4.00"]
    assert out["order_vat"][0] == "10.80"
    # F5: customs values 22.50, the EU EUR 3 flat duty 3.00 a line, VAT 20% of 25.50 = 5.10 a line (see quote.yaml)
    assert out["order_vat"][8] == "10.20" and out["regime"][8] == "eu_ioss"


def test_a_missing_cell_of_a_dataframe_reads_as_empty_on_both_paths():
    # pandas holds an absent value as NaN (a CSV's empty cell, a dict without the key): quote's table path once
    # passed it on as a float and refused the order, while the arrays read it as empty (quantity 1)
    rows = [dict(TIE, quantity="2"), dict(TIE, hs_code="9503.00")]          # the second row has no quantity
    frame = pd.DataFrame(rows)
    assert frame["quantity"].isna().tolist() == [False, True]
    done = assert_same(frame)
    assert done.all()
    out = quote_frame(frame, vectorised=False)
    # customs values 20.00 and 10.00 (quantity 1); German VAT 19% (UStG s. 12(1)): 3.80 and 1.90
    assert list(out["status"]) == ["ok", "ok"] and list(out["vat"]) == ["3.80", "1.90"]


def test_a_number_in_a_text_column_is_read_as_quote_reads_it_on_both_paths():
    # an object column whose cells are not all text (a float unit value, an int invoice number) is left to quote,
    # which refuses a float for money and wants a string for a name: the arrays had read str(2.5) and answered "ok"
    rows = [dict(TIE, order_id="N1", unit_value=2.5), dict(TIE, order_id="N2", invoice_number=12345),
            dict(TIE, order_id="N3")]
    frame = pd.DataFrame(rows).astype(object)
    fast, slow = quote_frame(frame), quote_frame(frame, vectorised=False)
    for col in OUT_COLUMNS:
        assert list(fast[col].astype(str)) == list(slow[col].astype(str)), col
    assert list(fast["status"]) == ["error", "error", "ok"]
    assert "floats are refused" in fast["error"][0] and "invoice_number" in fast["error"][1]
    assert fast["vat"][2] == "1.90"                       # German VAT 19% (UStG s. 12(1)) of EUR 10.00


def test_the_arrays_answer_the_generated_orders_of_realistic_shape():
    # Every bundled rate the generated goods meet is one the kernel computes, so only orders within float error of a
    # threshold go to the one-order path (2 lines of 49,861 for the benchmark's seed). Session 75: a UK row turned
    # from `unknown` to GBP 0.20 a piece (9102 11), a duty the kernel did not yet compute, sent every GB order with
    # a watch to `quote` (1.8% of lines) and halved the batch's lines per second; no test had noticed.
    from tradecompliance.pipeline.generate import generate_orders
    from tradecompliance.tableio import as_text

    frame = as_text(generate_orders(50_000, seed=20261124))
    _, done = quote_vectorised(frame, load_rules())
    assert (~done).sum() <= len(frame) // 1000, frame[~done][["destination_country", "hs_code"]].value_counts().head()
