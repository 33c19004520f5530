"""Landed cost across every bundled pack: the batch path equals `quote` on 10,000 random orders, the
properties hold for every destination, and the packs cover at least 100 countries."""
import datetime as dt
import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecompliance as tc
from tradecompliance.landed.table import quote_frame
from tradecompliance.packs.loader import load_rules

from strategies import assert_totals_add_up, orders

# codes every bundled schedule prices (T-shirts of cotton, smartphones, toys)
HS = ["6109.10", "8517.13", "9503.00.95"]  # CN 9503 00 95 plastic toys: a line (9503 00 alone asks which)
DESTINATIONS = ["DE", "FR", "IT", "PL", "SE", "GB", "US", "CA", "AU", "NZ", "NO", "CH", "JP", "SG", "KR", "HK", "MO"]
SUBDIVISIONS = {"CA": ["CA-ON", "CA-BC", "CA-QC", "CA-NS", None]}
CURRENCIES = ["EUR", "USD", "GBP", "CAD", "AUD", "JPY"]
CARRIERS = ["postal", "courier", "freight", None]


def random_order(rng: random.Random, n: int) -> dict:
    dest = rng.choice(DESTINATIONS)
    order = {
        "id": f"o{n}",
        "origin_country": rng.choice(["CN", "US", "VN", "MX", "DE"]),
        "destination_country": dest,
        "date": str(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))),
        "currency": rng.choice(CURRENCIES),
        "shipping": f"{rng.randrange(0, 5000) / 100:.2f}",
        "buyer_type": rng.choice(["consumer", "business"]),
        "lines": [],
    }
    if dest in SUBDIVISIONS:
        sub = rng.choice(SUBDIVISIONS[dest])
        if sub:
            order["destination_subdivision"] = sub
    carrier = rng.choice(CARRIERS)
    if carrier:
        order["carrier"] = carrier
    for _ in range(rng.randint(1, 4)):
        value = rng.choice([rng.randrange(1, 5000), rng.randrange(1, 200000)]) / 100
        order["lines"].append({"description": "item", "hs_code": rng.choice(HS), "quantity": str(rng.randint(1, 5)),
                               "unit_value": f"{value:.2f}"})
    return order


def as_rows(order: dict) -> list[dict]:
    rows = []
    for line in order["lines"]:
        row = {"order_id": order["id"], **{k: v for k, v in order.items() if k not in ("id", "lines")}}
        row.update(line)
        rows.append(row)
    return rows


def test_batch_equals_quote_to_the_cent_on_10000_random_orders():
    import pandas as pd

    rng = random.Random(20261124)
    orders = [random_order(rng, n) for n in range(10_000)]
    frame = pd.DataFrame([row for o in orders for row in as_rows(o)]).fillna("").astype(str)
    out = quote_frame(frame)
    assert len(out) == len(frame) and list(out["order_id"]) == list(frame["order_id"])
    statuses = {}
    pos = 0
    for order in orders:
        one = tc.quote(order)
        statuses[one.status] = statuses.get(one.status, 0) + 1
        for k, line in enumerate(one.lines):
            row = out.iloc[pos + k]
            assert row["duty"] == ("" if line.duty is None else str(line.duty)), order
            assert row["vat"] == ("" if line.vat is None else str(line.vat)), order
            assert row["customs_value"] == str(line.customs_value)
            if one.totals is not None:
                assert row["order_taxes"] == str(one.totals.taxes_and_duties)
        pos += len(order["lines"])
    # the random orders reach real answers, not only errors
    assert statuses.get("ok", 0) > 9_000, statuses


order_st = orders(HS, DESTINATIONS, CURRENCIES, max_value="2000", start=dt.date(2024, 1, 1),
                  extra={"carrier": st.sampled_from(["postal", "courier"]), "shipping": st.just("0")})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order_st)
def test_every_destination_totals_are_the_sum_of_the_lines(order):
    assert_totals_add_up(tc.quote(order))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order_st, st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2))
def test_every_destination_raising_a_value_never_lowers_a_tax(order, raise_by):
    before = tc.quote(order)
    order["lines"][0]["unit_value"] = str(Decimal(order["lines"][0]["unit_value"]) + raise_by)
    after = tc.quote(order)
    # Each line's VAT is rounded on its own, and an order-level amount in the VAT base (France's EUR 2 per article from
    # 1 March 2026) is shared among the lines by value: raising one line moves the others' shares, and with them their
    # roundings. Each line's VAT lies within 0.6 of the rounding unit of its unrounded figure (half a unit on the base,
    # then half on the tax), so the total may fall by at most 1.2 units a line more than it rose; a one-line order not
    # at all. (Goods worth 0.09 USD to France: 2.42 EUR, raised by 0.01 a unit: 2.41.)
    unit = Decimal(1).scaleb(min(before.totals.taxes_and_duties.as_tuple().exponent,
                                 after.totals.taxes_and_duties.as_tuple().exponent))
    slack = unit * Decimal("1.2") * len(order["lines"]) if len(order["lines"]) > 1 else 0
    assert after.totals.taxes_and_duties >= before.totals.taxes_and_duties - slack, (before.decisions, after.decisions)


def test_vat_rates_cover_at_least_100_countries():
    rules = load_rules()
    countries = set()
    for pack in rules.packs.values():
        if pack.vat:
            countries |= {code.split("-")[0] for code in pack.vat.rates}
    assert len(countries) >= 100, len(countries)
    # every one of them resolves to a pack and a currency
    for cc in countries:
        assert rules.currency_of(cc), cc


def test_unverified_values_are_flagged_on_the_charge():
    # the world pack's Saudi VAT before July 2020 is recalled, not checked: the charge says so
    result = tc.quote({"origin_country": "CN", "destination_country": "SA", "date": "2020-06-30", "currency": "SAR",
                       "lines": [{"description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": "100"}]})
    vat = [c for c in result.charges if c.kind == "vat"]
    assert vat and vat[0].unverified and vat[0].amount == Decimal("5.00")


def test_no_tariff_is_rate_unknown_with_the_reason():
    # THB 2,000 is above Thailand's THB 1,500 duty waiver, and the world pack bundles no Thai tariff
    result = tc.quote({"origin_country": "CN", "destination_country": "TH", "date": "2026-06-15", "currency": "THB",
                       "lines": [{"description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": "2000"}]})
    assert result.status == "rate_unknown"
    assert "bundles no tariff for TH" in result.errors[0]


@pytest.mark.parametrize("dest, code, reason, row", [
    ("HK", "2208.30", "excise duty 100% of the value on liquor of more than 30% vol", "hk.csv:27"),
    ("HK", "2402.20", "tobacco: excise duty per 1,000 cigarettes or per kg", "hk.csv:29"),
    ("MO", "2208.20", "consumption tax on alcoholic beverages of 30% vol or more", "mo.csv:26"),
])
def test_free_port_dutiable_commodities_are_rate_unknown_citing_the_excise(dest, code, reason, row):
    # Hong Kong (Customs and Excise Department: no customs tariff; excise on liquor over 30% vol, tobacco, hydrocarbon
    # oil and methyl alcohol, Cap. 109) and Macao (IPIM: no import duties; consumption tax on tobacco and drinks of
    # 30% vol or more, Law No. 4/99/M): the strength or kind decides, so the quote names the excise, never charges 0
    result = tc.quote({"origin_country": "GB", "destination_country": dest, "date": "2026-06-15", "currency": "HKD",
                       "lines": [{"description": "x", "hs_code": code, "quantity": "1", "unit_value": "500.00"}]})
    assert result.status == "rate_unknown"
    assert reason in result.errors[0] and row in result.errors[0]


def test_free_ports_charge_nothing_on_general_goods_and_macao_converts_at_the_peg():
    # HKD 1,000.00 of smartphones and HKD 1,000.00 of toys: MOP 1.03 per HKD (AMCM currency board) = MOP 2,060.00;
    # duty 0% (IPIM: no duties levied on imported goods), no VAT
    order = {"origin_country": "CN", "date": "2026-06-15", "currency": "HKD", "shipping": "0",
             "lines": [{"description": "phone", "hs_code": "8517.13", "quantity": "1", "unit_value": "1000.00"},
                       {"description": "toy", "hs_code": "9503.00", "quantity": "4", "unit_value": "250.00"}]}
    macao = tc.quote(dict(order, destination_country="MO"))
    assert macao.status == "ok" and macao.destination_currency == "MOP"
    assert (macao.totals.customs_value, macao.totals.duty, macao.totals.vat) == (Decimal("2060.00"), Decimal("0.00"), Decimal("0.00"))
    hong_kong = tc.quote(dict(order, destination_country="HK"))
    assert hong_kong.status == "ok" and hong_kong.totals.customs_value == Decimal("2000.00")
    assert hong_kong.totals.taxes_and_duties == Decimal("0.00")
    assert any("Dutiable Commodities Ordinance" in (c.ref or "") for c in hong_kong.charges if c.kind == "duty")


@pytest.mark.parametrize("day, currency", [("2025-12-31", "BGN"), ("2026-01-01", "EUR")])
def test_bulgaria_changes_currency_on_1_january_2026(day, currency):
    # Council Regulation (EC) No 2866/98 as amended: Bulgaria adopts the euro on 1 January 2026
    result = tc.quote({"origin_country": "CN", "destination_country": "BG", "date": day, "currency": "EUR",
                       "lines": [{"description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": "200"}]})
    assert result.destination_currency == currency


def test_a_date_before_the_first_vat_rate_is_rate_unknown_not_a_crash(tmp_path):
    # The world pack encodes Bahrain's VAT only from its 10% rate of 1 January 2022. With a duty de minimis
    # layered in (so the duty is settled), a quote for 2021 reaches VAT, finds no rate in force and says so
    # (it used to fail on the missing entry).
    (tmp_path / "world").mkdir()
    (tmp_path / "world" / "customs.yaml").write_text(
        "countries:\n  BH:\n    duty_relief:\n      amount:\n"
        "        - {from: 2015-01-01, value: 300 BHD, ref: {instrument: test layer}}\n"
        "      basis: consignment_intrinsic\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    result = tc.quote({"origin_country": "CN", "destination_country": "BH", "date": "2021-06-01", "currency": "USD",
                       "lines": [{"description": "T-shirt", "hs_code": "6109.10", "unit_value": "50"}]}, rules=rules)
    assert result.status == "rate_unknown"
    assert any("in force on 2021-06-01" in e for e in result.errors), result.errors


def test_de_minimis_positions_cover_at_least_100_countries():
    # a position is a dated threshold, or a sourced "none" (value null), for duty or for VAT/GST
    rules = load_rules()
    covered = set()
    for pack in rules.packs.values():
        customs, vat = pack.customs, pack.vat
        for cc in pack.meta.countries:
            local = customs.countries.get(cc) if customs else None
            country_vat = vat.rates.get(cc) if vat else None
            if ((local and local.duty_relief) or (customs and (customs.duty_relief or customs.assessed_relief))
                    or (vat and vat.relief) or (country_vat and country_vat.relief)):
                covered.add(cc)
    assert len(covered) >= 100, len(covered)
    # every entry cites its source
    for pack in rules.packs.values():
        for local in (pack.customs.countries.values() if pack.customs else ()):
            for entry in (local.duty_relief.amount if local.duty_relief else ()):
                assert entry.ref.instrument, entry


def test_a_tariff_row_that_became_unknown_stops_the_old_rate(tmp_path):
    # Saudi Cabinet Decision No. 559 raised clothing from the GCC 5% on 10 June 2020 to a rate not bundled:
    # the day before, 5% of CIF; from that day, rate_unknown citing the row, never the stale 5%.
    order = {"origin_country": "CN", "destination_country": "SA", "currency": "SAR", "shipping": "0",
             "lines": [{"description": "polyester dress", "hs_code": "6204.43", "quantity": "1", "unit_value": "2000.00"}]}
    before = tc.quote(dict(order, date="2020-06-09"))
    assert before.status == "ok" and before.totals.duty == Decimal("100.00")      # 5% x 2,000.00
    after = tc.quote(dict(order, date="2020-06-10"))
    assert after.status == "rate_unknown"
    assert "2020-06-10" in after.errors[0] and "Cabinet Decision No. 559" in after.errors[0] and "sa.csv:" in after.errors[0]
    # a schedule row may say so: `unknown` passes the reader, any other unreadable duty names file and line
    from tradecompliance.landed.tariffs import TariffError, read_schedule
    (tmp_path / "xx.csv").write_text("code,duty,agreement,valid_from,ref,verified\n61,unknown,,2020-01-01,changed,no\n62,12 percent,,2020-01-01,bad,no\n")
    with pytest.raises(TariffError, match="xx.csv:3"):
        read_schedule(tmp_path / "xx.csv")
    # a row missing a field, a code that is not one and a date that is not one each name their line and field
    head = "code,duty,agreement,valid_from,ref,verified\n61,Free,,2020-01-01,ok,no\n"
    for bad, message in (("62,Free,,2020-01-01,no\n", "expected 6 fields, got 5"), ("6x2,Free,,2020-01-01,bad,no\n", "not a commodity code"),
                         ("62,Free,,2020-13-01,bad,no\n", "month must be in 1..12")):
        (tmp_path / "xx.csv").write_text(head + bad)
        with pytest.raises(TariffError, match=f"xx.csv:3: .*{message}"):
            read_schedule(tmp_path / "xx.csv")
    # rows sharing a duty text share its reading: each row keeps its own code, line and source
    (tmp_path / "xx.csv").write_text(head + "62,Free,,2021-01-01,again,yes\n")
    rows = read_schedule(tmp_path / "xx.csv")
    assert [(r.code, r.duty, r.valid_from.year, r.verified, r.source) for r in (rows.find("61", dt.date(2022, 1, 1)), rows.find("62", dt.date(2022, 1, 1)))] == \
        [("61", "Free", 2020, False, "data/tariffs/xx.csv:2"), ("62", "Free", 2021, True, "data/tariffs/xx.csv:3")]


def _chile(tmp_path, monkeypatch, day, value, registrations=()):
    # the ECB publishes no CLP: a table as Chile's customs would give it (the figure is the test's own)
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "aduana.csv").write_text("date,base,quote,rate\n2025-10-01,USD,CLP,950.00\n2026-06-01,USD,CLP,935.50\n")
    return tc.quote({"origin_country": "CN", "destination_country": "CL", "date": day, "currency": "USD", "buyer_type": "consumer",
                     "registrations": list(registrations),
                     "lines": [{"description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": value}]})


def test_chile_registered_platform_charges_vat_at_sale_and_no_duty_up_to_usd_500(tmp_path, monkeypatch):
    # Law 21.713 from 25 October 2025: purchases up to USD 500 from a seller registered in the SII's simplified system
    # pay IVA 19% at sale and no customs duty. USD 100.00 x 935.50 = CLP 93,550.00; IVA 19% = 17,774.50, in whole
    # pesos (the peso has no minor unit; the world pack rounds to each currency's own) 17,775
    rut = [{"scheme": "cl_sii", "number": "59.123.456-0"}]
    cost = _chile(tmp_path, monkeypatch, "2026-06-15", "100.00", rut)
    assert cost.status == "ok" and cost.regime == "cl_sii_low_value"
    assert (cost.totals.customs_value, cost.totals.duty, cost.totals.vat, cost.totals.at_checkout) == \
        (Decimal("93550.00"), Decimal("0"), Decimal("17775"), Decimal("17775"))
    # the batch path reads the registration from its column and agrees to the peso cent
    import pandas as pd
    frame = pd.DataFrame([{"order_id": "c1", "origin_country": "CN", "destination_country": "CL", "date": "2026-06-15",
                           "currency": "USD", "buyer_type": "consumer", "cl_sii_number": "59.123.456-0",
                           "description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": "100.00"}])
    row = quote_frame(frame).iloc[0]
    assert (row["status"], row["duty"], row["vat"]) == ("ok", "0", "17775")
    # above USD 500 the border charges duty and VAT: USD 600.00 x 935.50 = CLP 561,300.00; the uniform 6% (trade.gov,
    # Chile Import Tariffs) = 33,678; IVA 19% x (561,300.00 + 33,678) = 113,045.82 -> 113,046, none at checkout
    above = _chile(tmp_path, monkeypatch, "2026-06-15", "600.00", rut)
    assert above.status == "ok" and above.regime is None
    assert (above.totals.duty, above.totals.vat, above.totals.at_checkout) == (Decimal("33678"), Decimal("113046"), Decimal("0"))
    # a RUT whose check digit is wrong is refused
    with pytest.raises(tc.InvalidInput, match="RUT"):
        _chile(tmp_path, monkeypatch, "2026-06-15", "100.00", [{"scheme": "cl_sii", "number": "59.123.456-1"}])


def test_chile_usd_41_exemption_ends_on_25_october_2025(tmp_path, monkeypatch):
    # USD 30.00 bought from an unregistered seller: exempt from duty and VAT the day before (the USD 41 de minimis),
    # dutiable from 25 October 2025: CLP 28,500.00 (30.00 x 950.00); duty 6% = 1,710; IVA 19% x 30,210.00 = 5,739.90 -> 5,740
    before = _chile(tmp_path, monkeypatch, "2025-10-24", "30.00")
    assert before.status == "ok" and before.totals.taxes_and_duties == Decimal("0")
    assert before.totals.customs_value == Decimal("28500.00")
    after = _chile(tmp_path, monkeypatch, "2025-10-25", "30.00")
    assert after.status == "ok" and (after.totals.duty, after.totals.vat) == (Decimal("1710"), Decimal("5740"))


def test_chile_luxury_goods_are_rate_unknown_citing_the_tax(tmp_path, monkeypatch):
    # jewellery pays Chile's 15% luxury-goods tax beside the 6% (trade.gov, Chile Import Tariffs), not bundled
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "aduana.csv").write_text("date,base,quote,rate\n2026-06-01,USD,CLP,935.50\n")
    cost = tc.quote({"origin_country": "CN", "destination_country": "CL", "date": "2026-06-15", "currency": "USD",
                     "lines": [{"description": "silver ring", "hs_code": "7113.11", "quantity": "1", "unit_value": "80.00"}]})
    assert cost.status == "rate_unknown" and "15% luxury-goods tax" in cost.errors[0] and "tariffs/cl.csv:" in cost.errors[0]


@pytest.mark.parametrize("dest, currency, value, vat", [
    ("BH", "BHD", "45.555", "4.556"),       # VAT 10%: 4.5555 half up to the fils (the dinar has three decimals)
    ("OM", "OMR", "45.555", "2.278"),       # VAT 5%: 2.27775 -> 2.278
    ("SA", "SAR", "45.55", "6.83"),         # VAT 15%: 6.8325 -> 6.83 (two decimals, as before)
])
def test_world_pack_rounds_each_currency_to_its_minor_unit_in_both_paths(dest, currency, value, vat):
    import pandas as pd

    order = {"origin_country": "CN", "destination_country": dest, "date": "2026-06-15", "currency": currency,
             "lines": [{"description": "T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": value}]}
    cost = tc.quote(order)
    assert cost.status == "ok" and cost.totals.vat == Decimal(vat)
    frame = pd.DataFrame([{"order_id": "w1", **{k: v for k, v in order.items() if k != "lines"}, **order["lines"][0]}])
    assert quote_frame(frame).iloc[0]["vat"] == vat


MY_ORDER = {"origin_country": "CN", "destination_country": "MY", "date": "2026-06-15", "currency": "MYR", "shipping": "40.00",
            "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10", "quantity": "2", "unit_value": "150.00"},
                      {"description": "phone case", "hs_code": "3926.90", "quantity": "1", "unit_value": "25.55"}]}


def test_malaysia_low_value_goods_tax_is_charged_on_the_goods_price_alone():
    # Sales Tax (Determination of Low Value Goods) Order 2023 [P.U.(A) 403/2023], from 1 January 2024: a registered
    # seller charges 10% on the sale value, transport and insurance left out. Line 1: 10% x 300.00 = 30.00; line 2:
    # 10% x 25.55 = 2.555 -> 2.56 (half up, per line). On the CIF, shipping apportioned by value (336.86 and 28.69),
    # it would have been 33.69 + 2.87 = 36.56
    lrn = [{"scheme": "my_lvg", "number": "LVG1234567"}]
    cost = tc.quote(dict(MY_ORDER, registrations=lrn))
    assert cost.status == "ok" and cost.regime == "my_lvg"
    assert [(c.base, c.amount, c.collected) for c in cost.charges if c.kind == "vat"] == \
        [(Decimal("300.00"), Decimal("30.00"), "checkout"), (Decimal("25.55"), Decimal("2.56"), "checkout")]
    assert "on the goods' sale price (transport, insurance and duty left out)" in cost.charges[0].rule
    assert (cost.totals.customs_value, cost.totals.duty, cost.totals.at_checkout) == (Decimal("365.55"), Decimal("0"), Decimal("32.56"))
    # the batch path leaves such an order to `quote` (its plans tax the import base) and so agrees to the sen
    import pandas as pd
    frame = pd.DataFrame([{"order_id": "m1", **{k: v for k, v in MY_ORDER.items() if k != "lines"}, "my_lvg_number": "LVG1234567", **line}
                          for line in MY_ORDER["lines"]])
    assert quote_frame(frame)[["status", "vat"]].values.tolist() == [["ok", "30.00"], ["ok", "2.56"]]
    # without the registration the courier de minimis holds: CIF 365.55 <= RM500, no duty, no sales tax
    plain = tc.quote(MY_ORDER)
    assert plain.regime is None and plain.totals.taxes_and_duties == Decimal("0")
    # an e-cigarette is no low-value good: the order leaves the regime, and the courier de minimis does not reach
    # liquids of heading 2404 either (tobacco excluded), so the sales tax and duty are owed at the border
    vape = dict(MY_ORDER, registrations=lrn, lines=MY_ORDER["lines"] + [
        {"description": "nicotine e-liquid", "hs_code": "2404.12", "quantity": "1", "unit_value": "20.00"}])
    assert tc.quote(vape).regime is None
    with pytest.raises(tc.InvalidInput, match="LVG registration number"):
        tc.quote(dict(MY_ORDER, registrations=[{"scheme": "my_lvg", "number": "-"}]))


# the ECB publishes neither COP nor PEN: tables of the test's own figures, as each country's official rate would give them
RATES = {"CO": "date,base,quote,rate\n2020-06-01,USD,COP,3700.00\n2026-06-01,USD,COP,4000.00\n",
         "PE": "date,base,quote,rate\n2026-06-01,USD,PEN,3.50\n",
         "UA": "date,base,quote,rate\n2019-07-01,EUR,UAH,29.00\n2026-06-01,EUR,UAH,48.00\n",
         # the ECB publishes neither the tenge nor the dram: the test's own rates
         "EAEU": "date,base,quote,rate\n2026-06-01,EUR,KZT,600.00\n2023-06-01,EUR,AMD,420.00\n2026-06-01,EUR,AMD,450.00\n"}


def _parcel(tmp_path, monkeypatch, dest, day, value, origin="CN", carrier="courier"):
    """A USD phone case of `value` with USD 10.00 shipping, converted through the destination's table in RATES."""
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "official.csv").write_text(RATES[dest])
    return tc.quote({"origin_country": origin, "destination_country": dest, "date": day, "currency": "USD", "shipping": "10.00",
                     "carrier": carrier, "lines": [{"description": "phone case", "hs_code": "3926.90", "quantity": "1", "unit_value": value}]})


def test_colombia_post_and_express_shipments(tmp_path, monkeypatch):
    # Decree 1090 of 2020: FOB up to USD 200 pays no duty; IVA 19% (ET art. 468) unless the FTA of the origin excludes it
    # (only the United States'). USD 150 + 10 shipping = CIF 160.00 x 4,000 = COP 640,000.00; IVA 19% = 121,600.00
    cn = _parcel(tmp_path, monkeypatch, "CO", "2026-06-15", "150.00")
    assert cn.status == "ok" and (cn.totals.customs_value, cn.totals.duty, cn.totals.vat) == \
        (Decimal("640000.00"), Decimal("0.00"), Decimal("121600.00"))
    us = _parcel(tmp_path, monkeypatch, "CO", "2026-06-15", "150.00", origin="US")
    assert us.status == "ok" and us.totals.taxes_and_duties == Decimal("0")
    # above USD 200, up to the modality's USD 2,000: 10% under 9807 on CIF 510 x 4,000 = 2,040,000.00 -> 204,000.00;
    # IVA 19% x 2,244,000.00 = 426,360.00
    big = _parcel(tmp_path, monkeypatch, "CO", "2026-06-15", "500.00")
    assert big.status == "ok" and big.regime == "co_postal_9807"
    assert (big.totals.duty, big.totals.vat) == (Decimal("204000.00"), Decimal("426360.00"))
    # by freight the modality does not apply, and no Colombian tariff is bundled
    assert _parcel(tmp_path, monkeypatch, "CO", "2026-06-15", "500.00", carrier="freight").status == "rate_unknown"
    # before Decree 1090 even USD 150 paid the 10%: CIF 160 x 3,700 = 592,000.00; duty 59,200.00; IVA 19% x 651,200.00
    early = _parcel(tmp_path, monkeypatch, "CO", "2020-06-15", "150.00")
    assert (early.totals.duty, early.totals.vat) == (Decimal("59200.00"), Decimal("123728.00"))


def test_peru_post_and_express_shipments(tmp_path, monkeypatch):
    # SUNAT (2025): up to USD 200 FOB no duty and no IGV; above it up to USD 2,000 a 4% duty and the IGV (18%: IGV 16%
    # + municipal promotion tax 2%, the rate recalled), at the table's USD 1 = PEN 3.50
    def quote(value, carrier="courier"):
        return _parcel(tmp_path, monkeypatch, "PE", "2026-06-15", value, carrier=carrier)

    small = quote("150.00")
    assert small.status == "ok" and small.totals.taxes_and_duties == Decimal("0")
    # CIF 510.00 x 3.50 = PEN 1,785.00; duty 4% = 71.40; IGV 18% x 1,856.40 = 334.152 -> 334.15
    big = quote("500.00")
    assert big.status == "ok" and big.regime == "pe_postal_4"
    assert (big.totals.customs_value, big.totals.duty, big.totals.vat) == (Decimal("1785.00"), Decimal("71.40"), Decimal("334.15"))
    # by freight the simplified procedure does not apply, and no Peruvian tariff is bundled
    assert quote("500.00", carrier="freight").status == "rate_unknown"



def _ukraine(tmp_path, monkeypatch, day, *lines, **order):
    """A parcel of EUR goods to a Ukrainian consumer (EUR 12.00 shipping), through the test's hryvnia table in RATES."""
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "nbu.csv").write_text(RATES["UA"])
    return tc.quote({"origin_country": "CN", "destination_country": "UA", "date": day, "currency": "EUR", "shipping": "12.00",
                     "lines": [{"description": d, "hs_code": hs, "quantity": "1", "unit_value": v} for d, hs, v in lines], **order})


def test_ukraine_charges_duty_and_vat_on_the_excess_over_the_de_minimis(tmp_path, monkeypatch):
    # Nova Post's example (ua_postal_excess): EUR 200 of goods pay (200 - 150) x 10% = EUR 5 duty and
    # (200 - 150 + 5) x 20% = EUR 11 VAT; at UAH 48.00 that is 240.00 and 528.00. The parcel is valued at its invoiced
    # goods, shipping left out (customs value 200 x 48 = 9,600.00)
    one = _ukraine(tmp_path, monkeypatch, "2026-06-15", ("smartwatch", "8517.62", "200.00"))
    assert one.status == "ok" and one.regime == "ua_postal_10"
    assert (one.totals.customs_value, one.totals.duty, one.totals.vat) == (Decimal("9600.00"), Decimal("240.00"), Decimal("528.00"))
    assert any("charged on the excess over the de minimis: 150 EUR (7200.00 UAH)" in d for d in one.decisions)
    # the same EUR 200 in two lines: the EUR 150 (UAH 7,200.00) is shared by customs value, 5,040.00 and 2,160.00, and
    # the lines' duties (168.00 + 72.00) and VAT (369.60 + 158.40) add up to the consignment's
    two = _ukraine(tmp_path, monkeypatch, "2026-06-15", ("jacket", "6201.40", "140.00"), ("speaker", "8518.22", "60.00"))
    assert [(c.line, c.base, c.amount) for c in two.charges] == [
        (0, Decimal("1680.00"), Decimal("168.00")), (1, Decimal("720.00"), Decimal("72.00")),
        (0, Decimal("1848.00"), Decimal("369.60")), (1, Decimal("792.00"), Decimal("158.40"))]
    # Meest's example for the Tax Code of 1 July 2019 (ua_2019_formula): an iPhone of EUR 530 pays (530 - 150) x 10% =
    # EUR 38 duty and (530 - 100 + 38) x 20% = EUR 93.60 VAT, the VAT's threshold then EUR 100; at UAH 29.00: 1,102.00
    # and 2,714.40
    phone = _ukraine(tmp_path, monkeypatch, "2019-08-01", ("iPhone", "8517.13", "530.00"))
    assert (phone.totals.duty, phone.totals.vat) == (Decimal("1102.00"), Decimal("2714.40"))
    # at or under EUR 150 nothing is charged; a business buyer has no flat rate and no Ukrainian tariff is bundled
    assert _ukraine(tmp_path, monkeypatch, "2026-06-15", ("smartwatch", "8517.62", "150.00")).totals.taxes_and_duties == Decimal("0")
    business = _ukraine(tmp_path, monkeypatch, "2026-06-15", ("smartwatch", "8517.62", "200.00"), buyer_type="business")
    assert business.status == "rate_unknown"
    # the batch leaves such orders to `quote`, so the two agree line by line
    import pandas as pd
    frame = pd.DataFrame([{"order_id": "o1", "origin_country": "CN", "destination_country": "UA", "date": "2026-06-15",
                           "currency": "EUR", "shipping": "12.00", "description": d, "hs_code": hs, "quantity": "1",
                           "unit_value": v} for d, hs, v in (("jacket", "6201.40", "140.00"), ("speaker", "8518.22", "60.00"))])
    out = quote_frame(frame)
    assert out[["duty", "vat", "order_duty", "order_vat"]].values.tolist() == [
        ["168.00", "369.60", "240.00", "528.00"], ["72.00", "158.40", "240.00", "528.00"]]


def _eaeu(tmp_path, monkeypatch, dest, day, value, **order):
    """A EUR jacket of `value` (EUR 12.00 shipping) to a consumer in Kazakhstan or Armenia by courier, through RATES."""
    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "official.csv").write_text(RATES["EAEU"])
    return tc.quote({"origin_country": "CN", "destination_country": dest, "date": day, "currency": "EUR", "shipping": "12.00",
                     "carrier": "courier", "buyer_type": "consumer",
                     "lines": [{"description": "jacket", "hs_code": "6201.40", "quantity": "1", "unit_value": value}], **order})


def test_the_eaeu_unified_rate_takes_15_percent_of_the_value_above_eur_200_in_place_of_duty_and_vat(tmp_path, monkeypatch):
    # EAEU Decision No. 107 of 20 December 2017 (eaeu_unified_rate): from 1 January 2020 a parcel for personal use up
    # to EUR 200 (and 31 kg) is free; above, 15% of the excess in place of customs duty and taxes. CRANE IP's example
    # (eaeu_excess): EUR 300 up to 31 kg pays on EUR 100, EUR 15. Valued without transport (eaeu_value): customs value
    # 300 x KZT 600 = 180,000.00, duty 100 x 600 x 15% = 9,000.00, no VAT
    kz = _eaeu(tmp_path, monkeypatch, "KZ", "2026-06-15", "300.00")
    assert kz.status == "ok" and kz.regime == "eaeu_personal_15"
    assert (kz.totals.customs_value, kz.totals.duty, kz.totals.vat) == (Decimal("180000.00"), Decimal("9000.00"), Decimal("0.00"))
    assert [(c.kind, c.base, c.amount) for c in kz.charges if c.kind == "duty"] == [("duty", Decimal("60000.00"), Decimal("9000.00"))]
    # Armenia alike: 100 x AMD 450 x 15% = 6,750.00
    am = _eaeu(tmp_path, monkeypatch, "AM", "2026-06-15", "300.00", carrier="postal")
    assert (am.regime, am.totals.duty, am.totals.vat) == ("eaeu_personal_15", Decimal("6750.00"), Decimal("0.00"))
    # at EUR 200 nothing is owed; in 2023 the temporary limit was EUR 1,000 (eaeu_personal): EUR 1,100 pays 15% of
    # EUR 100 at AMD 420 = 6,300.00
    assert _eaeu(tmp_path, monkeypatch, "KZ", "2026-06-15", "200.00").totals.taxes_and_duties == Decimal("0")
    assert _eaeu(tmp_path, monkeypatch, "AM", "2023-06-15", "1100.00").totals.duty == Decimal("6300.00")
    # no unified rate for a business buyer, nor for freight: no Kazakh tariff is bundled
    assert _eaeu(tmp_path, monkeypatch, "KZ", "2026-06-15", "300.00", buyer_type="business").status == "rate_unknown"
    assert _eaeu(tmp_path, monkeypatch, "KZ", "2026-06-15", "300.00", carrier="freight").status == "rate_unknown"


def test_a_regime_without_a_ceiling_is_quoted_by_quote_inside_the_table_path(tmp_path, monkeypatch):
    # batch_plan: a regime whose ceiling is `unlimited` (and a relief charged on the excess) leaves its orders to
    # `quote`: the table path's figures are quote's
    import pandas as pd

    from tradecompliance.landed.table import quote_frame

    monkeypatch.setenv("TRADECOMPLIANCE_FX", str(tmp_path))
    (tmp_path / "official.csv").write_text(RATES["EAEU"])
    frame = pd.DataFrame([{"order_id": f"K{v}", "origin_country": "CN", "destination_country": "KZ", "date": "2026-06-15",
                           "currency": "EUR", "shipping": "12.00", "carrier": "courier", "buyer_type": "consumer",
                           "description": "jacket", "hs_code": "6201.40", "unit_value": v} for v in ("150.00", "300.00")])
    out = quote_frame(frame)
    assert out["duty"].tolist() == ["0.00", "9000.00"] and out["regime"].tolist() == ["eaeu_personal_15"] * 2
