"""The end of low-value reliefs: the UK's GBP 135 customs duty relief (Autumn Budget of 26 November 2025: abolished
by March 2029 at the latest, brought forward to October 2028 after the consultation; gifts between individuals
duty-free up to GBP 39), the Union's EUR 150 (with the Customs
Data Hub, targeted for 1 July 2028) and Japan's JPY 10,000 consumption tax exemption (1 April 2028). No day is fixed
in law yet, so the packs flag them `unverified`: a duty or tax owed only because of such an entry says so, as does
the VAT whose base holds such a duty; a charge the consignment owed anyway (its value above the relief that held
before) does not."""
from decimal import Decimal

import pandas as pd
import tradecompliance as tc
from test_quote_vectorised import assert_same


def _gb(date, value, **extra):
    # one cotton jumper (UK Global Tariff 6110 20 00: 12%) from the US, no transport charged
    return {"origin_country": "US", "destination_country": "GB", "date": date, "currency": "GBP", **extra,
            "lines": [{"description": "cotton jumper", "hs_code": "6110.20", "quantity": "1", "unit_value": value}]}


def _charge(result, kind):
    (charge,) = [c for c in result.charges if c.kind == kind]
    return charge


def test_the_uk_relief_holds_until_october_2028(rules):
    # 30 September 2028: a GBP 100.00 consignment is within the GBP 135 relief (no duty); import VAT 20% = 20.00
    res = tc.quote(_gb("2028-09-30", "100.00"), rules=rules)
    assert [c.kind for c in res.charges] == ["vat"] and _charge(res, "vat").amount == Decimal("20.00")
    assert any("duty de minimis" in d and "<= 135 GBP: relieved" in d for d in res.decisions), res.decisions


def test_from_1_october_2028_any_value_pays_duty_flagged_unverified(rules):
    # 1 October 2028 (the government's next steps after the consultation: "October 2028 at the latest", brought
    # forward from the Budget's March 2029; the month's first day assumed): 12% of 100.00 = 12.00, and VAT
    # 20% of (100.00 + 12.00) = 22.40; both flagged, and the decision carries the pack's note
    res = tc.quote(_gb("2028-10-01", "100.00"), rules=rules)
    duty, vat = _charge(res, "duty"), _charge(res, "vat")
    assert (duty.amount, vat.amount) == (Decimal("12.00"), Decimal("22.40"))
    assert duty.unverified and vat.unverified
    (said,) = [d for d in res.decisions if d.startswith("no duty de minimis")]
    assert "Autumn Budget 2025" in said and "[unverified: the government's next steps set October 2028 as the latest implementation" in said


def test_a_consignment_over_the_old_relief_is_not_flagged(rules):
    # GBP 300.00 paid duty before the relief's end as after it: 12% = 36.00, VAT 20% of 336.00 = 67.20, neither flagged
    res = tc.quote(_gb("2028-10-01", "300.00"), rules=rules)
    duty, vat = _charge(res, "duty"), _charge(res, "vat")
    assert (duty.amount, vat.amount) == (Decimal("36.00"), Decimal("67.20"))
    assert not duty.unverified and not vat.unverified


def test_gifts_keep_duty_free_entry_up_to_gbp_39(rules):
    # a gift between private persons: up to GBP 39 no VAT (HMRC, Duties and import VAT on gifts) and, after the
    # relief's end, still no duty; a GBP 40.00 gift pays VAT 8.00 before the end and, from 1 October 2028, duty 12% =
    # 4.80 and VAT 20% of 44.80 = 8.96, both flagged
    for date in ("2028-09-30", "2028-10-01"):
        assert tc.quote(_gb(date, "39.00", contents_type="gift"), rules=rules).charges == []
    before = tc.quote(_gb("2028-09-30", "40.00", contents_type="gift"), rules=rules)
    assert [(c.kind, c.amount) for c in before.charges] == [("vat", Decimal("8.00"))]
    after = tc.quote(_gb("2028-10-01", "40.00", contents_type="gift"), rules=rules)
    assert [(c.kind, c.amount, c.unverified) for c in after.charges] == [
        ("duty", Decimal("4.80"), True), ("vat", Decimal("8.96"), True)]


def test_the_unions_relief_end_is_flagged_the_same_way(rules):
    # 1 July 2028 (the Customs Data Hub's target): five T-shirts of EUR 20.00 (CN 6109 10 00 12%) into Germany pay
    # 12.00 and VAT 19% of 112.00 = 21.28, flagged; at EUR 50.00 each (250.00, above EUR 150) 30.00 and 53.20, not
    order = {"origin_country": "CN", "destination_country": "DE", "date": "2028-07-01", "currency": "EUR",
             "lines": [{"description": "cotton T-shirt", "hs_code": "6109.10", "quantity": "5", "unit_value": "20.00"}]}
    res = tc.quote(order, rules=rules)
    assert [(c.kind, c.amount, c.unverified) for c in res.charges] == [
        ("duty", Decimal("12.00"), True), ("vat", Decimal("21.28"), True)]
    order["lines"][0]["unit_value"] = "50.00"
    res = tc.quote(order, rules=rules)
    assert [(c.kind, c.amount, c.unverified) for c in res.charges] == [
        ("duty", Decimal("30.00"), False), ("vat", Decimal("53.20"), False)]


def test_a_tax_owed_only_through_an_unverified_tax_relief_end_is_flagged(rules):
    # Japan's JPY 10,000 exemption ends for consumption tax on 1 April 2028 (FY2026 Tax Reform Outline; its enactment
    # not seen, so `unverified`). Earbuds (duty free) of JPY 5,000 for personal use: customs value 60% = 3,000, within
    # the exemption the day before (no charge); from 1 April 2028 consumption tax 10% = 300, flagged
    order = {"origin_country": "US", "destination_country": "JP", "date": "2028-03-31", "currency": "JPY",
             "lines": [{"description": "wireless earbuds", "hs_code": "8518.30", "quantity": "1", "unit_value": "5000"}]}
    assert tc.quote(order, rules=rules).charges == []
    order["date"] = "2028-04-01"
    res = tc.quote(order, rules=rules)
    assert [(c.kind, c.amount, c.unverified) for c in res.charges] == [("vat", Decimal("300"), True)]
    assert any(d.startswith("no import tax de minimis on 2028-04-01") and "[unverified: " in d for d in res.decisions)


def test_the_batch_path_agrees_across_the_uk_relief_end():
    rows = [{"order_id": f"o{i}", "date": date, "origin_country": "US", "destination_country": "GB", "currency": "GBP",
             "description": "cotton jumper", "hs_code": "6110.20", "quantity": "1", "unit_value": value,
             "contents_type": contents}
            for i, (date, value, contents) in enumerate(
                (d, v, c) for d in ("2028-09-30", "2028-10-01") for v in ("39.00", "40.00", "100.00", "300.00")
                for c in ("", "gift"))]
    assert len(assert_same(pd.DataFrame(rows))) == 16
