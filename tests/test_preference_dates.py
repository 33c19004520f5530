"""A trade agreement applies from the day it entered into force (or was provisionally applied) for a partner
(`since`), and up to its last day (`until`): a preference claimed on another day pays the general rate, and the
quote says which agreement applies from when. The packs list the UK's and the Union's agreements with those days."""
import datetime as dt
from decimal import Decimal

import pandas as pd
import tradecompliance as tc
from test_quote_vectorised import assert_same
from tradecompliance.packs.values import active


def _order(dest, origin, date, claimed, currency):
    # 10 cotton T-shirts at 100.00: 1,000.00 of goods, above every low-value relief of these destinations
    return {"origin_country": origin, "destination_country": dest, "date": date, "currency": currency,
            "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10.00", "quantity": "10", "unit_value": "100.00",
                       "preference_claimed": claimed}]}


def _duty(result):
    return sum((c.amount for c in result.charges if c.kind == "duty"), Decimal("0"))


def test_uk_australia_fta_applies_from_31_may_2023(rules):
    # UK-Australia FTA in force 31 May 2023 (House of Commons Library CBP-9314). The day before, a claim pays the UK
    # Global Tariff: 6109 10 00 12% x 1,000.00 GBP = 120.00, and the quote says from when the agreement applies
    before = tc.quote(_order("GB", "AU", "2023-05-30", True, "GBP"), rules=rules)
    assert before.status == "ok" and _duty(before) == Decimal("120.00")
    (said,) = [d for d in before.decisions if "preference claimed" in d]
    assert "UK-Australia FTA applies from 2023-05-31" in said and "on 2023-05-30" in said and "general rate applies" in said
    # from that day the T-shirts, industrial goods, are free (the UK's tariffs on Australian industrial goods went at
    # entry into force: Australian Minister for Trade, 31 May 2023)
    on = tc.quote(_order("GB", "AU", "2023-05-31", True, "GBP"), rules=rules)
    assert on.status == "ok" and _duty(on) == Decimal("0.00")
    assert any(c.kind == "duty" and "UK-Australia FTA" in c.rule for c in on.charges)
    # an unclaimed line pays the general rate on either day
    assert _duty(tc.quote(_order("GB", "AU", "2023-05-31", False, "GBP"), rules=rules)) == Decimal("120.00")


def test_eu_new_zealand_fta_applies_from_1_may_2024(rules):
    # EU-New Zealand FTA in force 1 May 2024; CN 6109 10 00 third-country duty 12%: 1,000.00 EUR -> 120.00
    before = tc.quote(_order("DE", "NZ", "2024-04-30", True, "EUR"), rules=rules)
    assert _duty(before) == Decimal("120.00")
    assert any("EU-New Zealand FTA applies from 2024-05-01" in d for d in before.decisions)
    # from that day the T-shirts, a manufactured good, are free (immediate elimination for manufactured goods: RNZ,
    # 21 March 2024); cheese, on the agreement's quotas, asks for its rate
    on = tc.quote(_order("DE", "NZ", "2024-05-01", True, "EUR"), rules=rules)
    assert on.status == "ok" and _duty(on) == Decimal("0.00")
    assert any(c.kind == "duty" and "EU-New Zealand FTA" in c.rule for c in on.charges)
    cheese = tc.quote({**_order("DE", "NZ", "2024-05-01", True, "EUR"),
                       "lines": [{"description": "cheddar cheese", "hs_code": "0406.90.01", "quantity": 10,
                                  "unit_value": "100.00", "preference_claimed": True}]}, rules=rules)
    assert cheese.status == "rate_unknown" and "no EU-New Zealand FTA rate for 04069001" in cheese.errors[0]


def test_the_unions_agreements_are_listed(rules):
    # a claim from Japan, Korea or Canada while the Union's industrial duties were still being staged (EU-Japan EPA to
    # 31 January 2026; EU-Korea FTA to 30 June 2016; CETA to 20 September 2024), is rate_unknown on the
    # bundled schedule, not charged the general rate as if no agreement existed (Switzerland's industrial goods are
    # free: test_eu_preferences)
    for origin, agreement, date in (("JP", "EU-Japan EPA", "2026-01-31"), ("KR", "EU-Korea FTA", "2016-06-30"),
                                    ("CA", "CETA", "2024-09-20")):
        res = tc.quote(_order("FR", origin, date, True, "EUR"), rules=rules)
        assert res.status == "rate_unknown" and f"no {agreement} rate" in res.errors[0], (origin, res.errors)
    # a claim from a country with none (China) pays the general rate
    res = tc.quote(_order("FR", "CN", "2026-03-02", True, "EUR"), rules=rules)
    assert _duty(res) == Decimal("120.00") and any("has no agreement with origin CN" in d for d in res.decisions)


def test_uk_continuity_agreements_with_korea_and_turkey(rules):
    # both took effect on 1 January 2021 (GOV.UK list of agreements in effect; the UK-Turkey agreement signed 29
    # December 2020), and both free industrial goods (Korea: the EU-Korea FTA's concessions carried over, its staging
    # over by 1 July 2016): Korean and Turkish T-shirts claimed on 2026-03-02 pay 0.00, not the 12% (120.00)
    for origin, agreement in (("KR", "UK-Korea FTA"), ("TR", "UK-Turkey FTA")):
        res = tc.quote(_order("GB", origin, "2026-03-02", True, "GBP"), rules=rules)
        assert res.status == "ok" and _duty(res) == Decimal("0.00")
        assert any(c.kind == "duty" and agreement in c.rule for c in res.charges)
        assert _duty(tc.quote(_order("GB", origin, "2026-03-02", False, "GBP"), rules=rules)) == Decimal("120.00")
    korea = next(p for p in rules.pack_for("GB").customs.preferences if p.agreement == "UK-Korea FTA")
    assert korea.since == dt.date(2021, 1, 1) and not active(korea, dt.date(2020, 12, 31))


def test_the_eu_uk_tca_applies_from_1_january_2021(rules):
    # TCA provisionally applied from 1 January 2021: its 0% row is dated from then. A British T-shirt claimed on
    # 2021-01-01 pays 0.00; the day before (the transition period) a claim names the day the agreement applies from
    on = tc.quote(_order("DE", "GB", "2022-03-01", True, "EUR"), rules=rules)
    assert on.status == "ok" and _duty(on) == Decimal("0.00")
    agreement = next(p for p in rules.pack_for("DE").customs.preferences if p.agreement == "EU-UK TCA")
    assert agreement.since == dt.date(2021, 1, 1) and active(agreement, dt.date(2021, 1, 1))
    assert not active(agreement, dt.date(2020, 12, 31))


def test_cafta_dr_reached_each_partner_on_its_own_day(rules):
    # CAFTA-DR (Pub. L. 109-53): El Salvador 1 March 2006, Honduras and Nicaragua 1 April 2006, Guatemala 1 July 2006,
    # the Dominican Republic 1 March 2007, Costa Rica 1 January 2009 (USTR statement of that day)
    days = {p: x.since for x in rules.pack_for("US").customs.preferences if x.agreement == "CAFTA-DR" for p in x.partners}
    assert days == {"SV": dt.date(2006, 3, 1), "HN": dt.date(2006, 4, 1), "NI": dt.date(2006, 4, 1),
                    "GT": dt.date(2006, 7, 1), "DO": dt.date(2007, 3, 1), "CR": dt.date(2009, 1, 1)}


def test_the_batch_answers_as_quote_across_the_days(rules):
    # claimed lines on both sides of 31 May 2023, and unclaimed ones, through the table path
    rows = []
    for i, (date, claimed) in enumerate([("2023-05-30", "true"), ("2023-05-31", "true"), ("2023-05-31", ""), ("2024-06-01", "true")]):
        rows.append({"order_id": f"o{i}", "date": date, "origin_country": "AU", "destination_country": "GB", "currency": "GBP",
                     "description": "cotton T-shirts", "hs_code": "6109.10.00", "quantity": "10", "unit_value": "100.00",
                     "preference_claimed": claimed})
    done = assert_same(pd.DataFrame(rows))
    assert len(done) == 4


def test_an_agreement_that_ends_before_it_begins_is_refused(write_rules):
    from test_packs import _problems

    problems = _problems(write_rules({"xx/pack.yaml": """
        name: xx
        version: "1"
        title: test pack
        countries: {XX: {currency: EUR}}
        """, "xx/customs.yaml": """
        refs:
          r: {instrument: test instrument}
        valuation: {basis: [{from: 2020-01-01, value: CIF, ref: r}]}
        tariff: eu
        preferences:
          - {agreement: Test FTA, partners: [JP], duty: unknown, since: 2024-05-01, until: 2024-04-30, ref: r}
        """}))
    (said,) = [p for p in problems if "Test FTA" in p or "until" in p]
    assert "xx/customs.yaml" in said and "until 2024-04-30 comes before since 2024-05-01" in said, problems
