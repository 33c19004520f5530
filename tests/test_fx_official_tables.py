"""Official exchange-rate tables a user supplies ($TRADECOMPLIANCE_FX/*.csv): customs convert at their own published
rates, and the ECB publishes none of most world-pack currencies (KES, CLP, PKR ...). A table quotes the pairs of its
own currency, exactly as stated, in the one-order and the batch path alike; other pairs stay with the ECB's."""
import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc
from tradecompliance.currency import customs_rates, load_table
from tradecompliance.errors import TableError
from tradecompliance.landed.table import quote_frame

KRA = "date,base,quote,rate\n2026-11-01,USD,KES,129.35\n2026-12-01,USD,KES,129.20\n2026-12-01,EUR,KES,150.10\n"
# a UK table as HMRC publishes its monthly rates (units of the currency per GBP); the figures are the test's own
HMRC = "date,base,quote,rate\n2026-06-01,GBP,USD,1.2500\n2026-06-01,GBP,EUR,1.1600\n"


def test_a_table_may_state_its_rates_either_way_and_they_are_used_as_stated(tmp_path):
    # Kenya's customs publish 1 USD = x KES: the table's own currency (KES) stands on the quote side
    (tmp_path / "kra.csv").write_text(KRA)
    table = load_table(tmp_path / "kra.csv")
    assert table.anchor == "KES" and table.published == {"USD", "EUR"}
    usd = table.quote("USD", "KES", dt.date(2026, 12, 5))
    assert usd.rate == Decimal("129.20") and usd.rate_date == dt.date(2026, 12, 1)
    # as stated, not the inverse of an inverse: USD 1.50 x 129.20 = KES 193.80 exactly
    assert usd.convert(Decimal("1.50")) == Decimal("193.8000")
    assert table.quote("USD", "KES", dt.date(2026, 11, 30)).rate == Decimal("129.35")   # in force from its date
    assert table.quote("KES", "USD", dt.date(2026, 12, 5)).rate == Decimal(1) / Decimal("129.20")
    # EUR/USD through KES is not what Kenya publishes: the chain leaves it to the ECB
    from tradecompliance.currency import RateChain, ecb
    chain = RateChain([table], ecb())
    assert chain.table_for("USD", "KES") is table and chain.table_for("EUR", "KES") is table
    assert chain.table_for("USD", "EUR") is ecb()


@pytest.mark.parametrize("rows, message", [
    ("2026-12-01,USD,KES,129.20\n2026-12-01,GBP,EUR,1.15\n", "kra.csv:3: GBP/EUR does not name the currency every other row names"),
    ("2026-12-01,USD,KES,129.20\n2026-12-01,EUR,KES,150.10\n2026-12-02,KES,USD,0.0077\n",
     "kra.csv:4: USD is quoted both as KES/USD and as USD/KES"),
    ("2026-12-01,USD,KES,-1\n", "kra.csv:2: rate must be a positive number"),
    ("2026-12-01,USD,KES,NaN\n", "kra.csv:2: rate must be a positive number"),
    ("2026-12-01,USD,USD,1\n", "kra.csv:2: base and quote must be two different ISO 4217 codes"),
    ("2026-13-01,USD,KES,129.20\n", "kra.csv:2: expected an ISO date and a decimal rate"),
    ("", "kra.csv: no rates"),
])
def test_table_mistakes_name_the_file_and_line(tmp_path, rows, message):
    (tmp_path / "kra.csv").write_text("date,base,quote,rate\n" + rows)
    with pytest.raises(TableError, match=message):
        load_table(tmp_path / "kra.csv")


UK_ORDER = {"origin_country": "CN", "destination_country": "GB", "date": "2026-06-15", "currency": "USD", "shipping": "0",
            "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10", "quantity": "10", "unit_value": "20.00"}]}


def test_quotes_and_batches_convert_at_the_supplied_table(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "hmrc.csv").write_text(HMRC)
    # USD 200.00 / 1.2500 = GBP 160.00 > GBP 135: duty 12% (UK Global Tariff 6109 10 00) = 19.20;
    # import VAT 20% (VATA 1994 s. 2(1)) x (160.00 + 19.20) = 35.84
    cost = tc.quote(UK_ORDER)
    assert (cost.fx.table, cost.fx.rate) == ("hmrc", Decimal("0.8"))
    assert (cost.totals.customs_value, cost.totals.duty, cost.totals.vat) == (Decimal("160.00"), Decimal("19.20"), Decimal("35.84"))
    frame = pd.DataFrame([{"order_id": "o1", **{k: v for k, v in UK_ORDER.items() if k != "lines"}, **UK_ORDER["lines"][0]}]).astype(str)
    row = quote_frame(frame).iloc[0]
    assert (row["fx_rate"], row["duty"], row["vat"]) == ("0.8", "19.20", "35.84")
    # without the table the same order converts at the ECB's rate of the day: other figures
    monkeypatch.delenv("TRADECOMPLIANCE_FX")
    ecb_cost = tc.quote(UK_ORDER)
    assert ecb_cost.fx.table == "ecb" and ecb_cost.totals.customs_value != Decimal("160.00")
    assert quote_frame(frame).iloc[0]["duty"] == str(ecb_cost.lines[0].duty)


def test_a_currency_the_ecb_does_not_publish_converts_through_a_supplied_table(tmp_path, monkeypatch):
    order = {"origin_country": "CN", "destination_country": "CL", "date": "2025-06-15", "currency": "USD",
             "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10", "quantity": "1", "unit_value": "30.00"}]}
    assert tc.quote(order).status == "fx_unknown"                    # the ECB publishes no CLP
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "cl.csv").write_text("date,base,quote,rate\n2025-06-01,USD,CLP,935.50\n")
    cost = tc.quote(order)
    # USD 30.00 x 935.50 = CLP 28,065.00, within the USD 41 the world pack holds as Chile's
    # de minimis before Law 21.713 (25 October 2025): nothing owed
    assert cost.status == "ok" and cost.fx.table == "cl" and cost.fx.rate == Decimal("935.50")
    assert (cost.totals.customs_value, cost.totals.taxes_and_duties) == (Decimal("28065.00"), Decimal("0"))


def test_a_stale_official_rate_is_reported_never_replaced_by_the_ecb(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "hmrc.csv").write_text("date,base,quote,rate\n2026-04-01,GBP,USD,1.2500\n")
    cost = tc.quote(UK_ORDER)
    assert cost.status == "fx_unknown"
    assert "hmrc: latest USD rate before 2026-06-15 is from 2026-04-01, over a month old" in cost.errors[0]
    # an order in a currency the table does not publish still converts at the ECB's
    assert tc.quote(dict(UK_ORDER, currency="JPY")).fx.table == "ecb"


def test_a_bad_table_in_the_folder_names_its_line(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "hmrc.csv").write_text("date,base,quote,rate\n2026-06-01,GBP,USD,one\n")
    with pytest.raises(TableError, match="hmrc.csv:2"):
        customs_rates()


def test_ukraine_parcels_through_an_official_hryvnia_table(tmp_path, monkeypatch):
    """The ECB publishes no UAH, so a Ukrainian quote needs the user's table (the NBU's rates; the figures here
    are the test's own). The EUR 150 limit for postal and express shipments (Law No. 1998-IX, in force 30 April
    2022) and the VAT's EUR 100 from 1 July 2019 (Tax Code amendment of November 2018) are read from the world pack;
    above them duty and VAT fall on the excess (tests/test_quote_world.py works the carriers' examples)."""
    order = {"origin_country": "CN", "destination_country": "UA", "date": "2026-06-15", "currency": "EUR", "shipping": "15.00",
             "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10", "quantity": "2", "unit_value": "70.00"}]}
    assert tc.quote(order).status == "fx_unknown"
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "nbu.csv").write_text("date,base,quote,rate\n2021-06-01,EUR,UAH,33.00\n2026-06-01,EUR,UAH,48.00\n")
    cost = tc.quote(order)
    # the parcel's invoiced goods (FOB): EUR 140.00 x 48.00 = UAH 6,720.00 <= EUR 150 (UAH 7,200.00): no duty, no VAT
    assert cost.status == "ok" and cost.fx.table == "nbu"
    assert (cost.totals.customs_value, cost.totals.taxes_and_duties) == (Decimal("6720.00"), Decimal("0"))
    # the same parcel in June 2021: EUR 140.00 (UAH 4,620.00) <= EUR 150 for the duty, > EUR 100 (UAH 3,300.00) for
    # VAT, which falls on the excess: (4,620.00 - 3,300.00) x 20% = 264.00
    early = tc.quote(dict(order, date="2021-06-15"))
    assert early.status == "ok" and (early.totals.duty, early.totals.vat) == (Decimal("0"), Decimal("264.00"))
    # sold to a business, no regime and no Ukrainian tariff: the duty of a parcel over EUR 150 is unknown
    to_business = dict(order, buyer_type="business", lines=[dict(order["lines"][0], quantity="3")])
    business = tc.quote(to_business)
    assert business.status == "rate_unknown" and "bundles no tariff for UA" in business.errors[0]
    orders = (order, dict(order, date="2021-06-15"), to_business)
    frame = pd.DataFrame([{"order_id": f"o{k}", **{c: v for c, v in o.items() if c != "lines"}, **o["lines"][0]}
                          for k, o in enumerate(orders)]).astype(str)
    assert quote_frame(frame)[["status", "vat"]].values.tolist() == [["ok", "0"], ["ok", "264.00"], ["rate_unknown", ""]]


def test_the_rate_chain_keeps_each_quote_it_gave_and_never_a_missing_rate(tmp_path, monkeypatch):
    # RateChain.quote keeps what it answered per (pair, day): a checkout or a batch asks the same pairs on the same days
    # again and again; a rate it could not give is asked again (and raised again) each time
    from tradecompliance.errors import RateNotFound

    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "cl.csv").write_text("date,base,quote,rate\n2025-06-01,USD,CLP,935.50\n")
    chain = customs_rates()
    first = chain.quote("USD", "CLP", dt.date(2025, 6, 15))
    assert first.rate == Decimal("935.50") and chain.quote("USD", "CLP", dt.date(2025, 6, 15)) is first
    for _ in range(2):
        with pytest.raises(RateNotFound):
            chain.quote("USD", "CLP", dt.date(2025, 5, 15))            # before the table's first rate
    assert ("USD", "CLP", dt.date(2025, 5, 15)) not in chain._quotes
