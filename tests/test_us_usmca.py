"""USMCA in the US pack (rules/us/customs.yaml `preferences`, the USMCA rows of data/tariffs/us.csv, the MPF's
`exempt`): originating goods of Canada and Mexico claimed under the agreement are free where the HTSUS special
column lists "S" (general note 11), `unknown` on the over-quota lines of the dairy and sugar quotas ("S+": subchapter
XXIII of chapter 98, by country), and leave the merchandise processing fee (19 CFR 24.23(c)). Figures worked by hand
from the bundled column 1 rates (1806.32.90 6%, 6109.10.00 16.5%, 1702.90.90 5.1%, 2401.10.65 350%) and the fiscal
2026 MPF (CBP Dec. 25-10: 0.3464%, minimum 33.58, maximum 651.50 USD; informal entry 2.69 USD)."""
from decimal import Decimal

import pytest

import tradecompliance as tc
from us_lines import us_customs_problems, us_quote

DEC = "2026-12-01"      # after the IEEPA duties and the Section 122 surcharge; the forced-labor section 301 in force


def _order(rules, *lines, origin="MX", date=DEC):
    order = {"origin_country": origin, "destination_country": "US", "date": date, "currency": "USD",
             "lines": [{"description": "goods", "hs_code": code, "unit_value": value, "quantity": "1", **extra}
                       for code, value, extra in lines]}
    return tc.quote(order, rules=rules)


def _charges(result, kind):
    return [c for c in result.charges if c.kind == kind]


def test_claimed_mexican_chocolate_is_free_and_pays_no_fee(rules):
    # 1806.32.90: column 1 6%, special "Free (... S ...)"; the claim also spares the forced-labor duty (note 52(h))
    # and the formal-entry MPF (3,000.00 > 2,500.00)
    result = us_quote(rules, "1806.32.90", "3000.00", origin="MX", date=DEC, preference_claimed=True)
    assert result.status == "ok", result.errors
    assert [(c.kind, c.amount) for c in result.charges] == [("duty", Decimal("0.00"))]
    (duty,) = _charges(result, "duty")
    assert "preferential rate under USMCA" in duty.rule and duty.source.startswith("data/tariffs/us.csv:")
    assert any("merchandise processing fee, formal entry" in d and "every line is exempt" in d for d in result.decisions)


def test_the_same_chocolate_unclaimed_pays_duty_forced_labor_and_the_minimum_fee(rules):
    # 6% of 3,000.00 = 180.00; 9903.05.29 10% = 300.00; MPF 0.3464% of 3,000.00 = 10.39, lifted to the 33.58 minimum
    result = us_quote(rules, "1806.32.90", "3000.00", origin="MX", date=DEC)
    assert [(c.kind, c.amount) for c in result.charges] == [
        ("duty", Decimal("180.00")), ("additional_duty", Decimal("300.00")), ("fee", Decimal("33.58"))]


@pytest.mark.parametrize("code, origin", [
    ("1806.90.10", "CA"),    # chocolate preparations over the chapter 4 note 10 quota: See 9823.08.01-.38 (S+)
    ("1702.90.68", "MX"),    # sugar articles over the chapter 17 note 7 quota: See 9823.10.01-.45 (S+)
    ("2309.90.28", "CA"),    # animal feeds with milk solids over the quota: See 9823.05.01-.06 (S+)
    ("1806.20", "MX"),       # a subheading whose lines split S and S+
    ("0406.10", "CA"),       # fresh cheese: a subheading whose lines split S and S+
    ("0406.90.12", "CA"),    # Cheddar over the chapter 4 note 18 quota: See 9823.04.01-.54 (S+)
    ("0401.40.25", "MX"),    # cream over the chapter 4 note 5 quota: See 9823.01.01-.07 (S+)
    ("0405", "CA"),          # butter: a heading of S and S+ lines
    ("1701.14.50", "MX"),    # raw cane sugar over the chapter 17 note 5 quota: See 9823.09.01-.09 (S+)
    ("1702.20", "CA"),       # maple sugar and syrup: S on 1702.20.22 and .24, S+ on .28
])
def test_over_quota_dairy_and_sugar_lines_are_unknown(rules, code, origin):
    result = us_quote(rules, code, "100.00", origin=origin, date=DEC, preference_claimed=True)
    assert result.status == "rate_unknown", result.charges
    assert "rate under USMCA (preference claimed)" in result.errors[0]


@pytest.mark.parametrize("code, duty_without", [
    ("1702.90.90", "5.10"),      # 5.1%: S
    ("1806.20.99", "8.50"),      # 8.5%: S, beside the S+ line 1806.20.98
    ("2401.10.65", "350.00"),    # tobacco over its quota, 350%: the special column still lists S
    ("2008.11.15", "131.80"),    # peanut butter over its quota, 131.8%: S as well
    ("0406.90.49", "5.40"),      # Gammelost and Nokkelost, 5.4%: S (session 105, chapter 4 bundled)
    ("0406.90.51", "20.00"),     # Colby entered under general note 15, 20%: S
    ("0404.10.05", "8.50"),      # whey protein concentrates, 8.5%: S
    ("1517.90.20", "8.00"),      # edible oil mixtures, 8%: S, as every line of 1517 (none of them S+)
    ("1701.91.80", "5.10"),      # flavoured sugar not under the notes of chapter 17, 5.1%: S
    ("0406.90.56", "0.00"),      # sheep's milk cheese for grating in original loaves: Free in general, no special rate
])
def test_lines_listing_s_are_free_when_claimed(rules, code, duty_without):
    claimed = us_quote(rules, code, "100.00", origin="MX", date="2026-03-02", preference_claimed=True)
    assert claimed.status == "ok" and claimed.totals.duty == Decimal("0.00"), claimed.errors
    # the column 1 rate it would pay otherwise, alone on a line from Iceland in August 2026 (no surcharge of any kind)
    plain = us_quote(rules, code, "100.00")
    assert plain.status == "ok" and plain.totals.duty == Decimal(duty_without), plain.errors


def test_a_claim_from_outside_the_agreement_changes_nothing(rules):
    # a Chinese T-shirt claiming a preference: 16.5% + 12.5% (9903.05.31) + List 4A 7.5% of 100.00, and the informal MPF
    result = us_quote(rules, "6109.10.00", "100.00", origin="CN", date=DEC, preference_claimed=True)
    assert [c.amount for c in result.charges] == [Decimal(x) for x in ("16.50", "12.50", "7.50", "2.69")]


def test_the_informal_fee_stays_while_one_line_is_not_exempt(rules):
    # 1,000.00 claimed (free) and 500.00 not (16.5% = 82.50, and 10% = 50.00 forced labor): 1,500.00 is an informal
    # entry, whose flat 2.69 is owed for the goods not exempt
    result = _order(rules, ("6109.10.00", "1000.00", {"preference_claimed": True}), ("6109.10.00", "500.00", {}))
    assert result.totals.duty == Decimal("132.50")
    (fee,) = _charges(result, "fee")
    assert fee.amount == Decimal("2.69") and fee.base == Decimal("500.00") and "1 line exempt" in fee.rule
    only_claimed = _order(rules, ("6109.10.00", "500.00", {"preference_claimed": True}))
    assert not _charges(only_claimed, "fee") and only_claimed.totals.fees == Decimal("0.00")


def test_the_formal_fee_is_worked_on_the_goods_not_exempt(rules):
    # 100,000.00 claimed and 50,000.00 not: 0.3464% of 50,000.00 = 173.20 (of the whole 150,000.00 it would be 519.60,
    # inside the minimum and maximum either way)
    result = _order(rules, ("1806.32.90", "100000.00", {"preference_claimed": True}), ("1806.32.90", "50000.00", {}))
    (fee,) = _charges(result, "fee")
    assert (fee.amount, fee.base, fee.unverified) == (Decimal("173.20"), Decimal("50000.00"), False)


def test_a_binding_minimum_beside_exempt_goods_is_flagged(rules):
    # 2,000.00 claimed and 1,000.00 not: 0.3464% of 1,000.00 = 3.46, lifted to 33.58; how CBP shares a minimum between
    # exempt and other goods is not encoded, so the figure says it is unverified
    result = _order(rules, ("1806.32.90", "2000.00", {"preference_claimed": True}), ("1806.32.90", "1000.00", {}))
    (fee,) = _charges(result, "fee")
    assert (fee.amount, fee.unverified) == (Decimal("33.58"), True)
    assert "not encoded" in fee.working


def test_a_fee_exemption_must_follow_a_claim(write_rules):
    problems = us_customs_problems(write_rules, """
            fees:
              - id: loose
                name: a fee exempting goods by origin alone
                exempt: {origin: [CA]}
                amount:
                  - {from: 2025-10-01, value: 2.69 USD/consignment, ref: mpf26}
        """)
    assert any("us/customs.yaml" in p and "fees.0.exempt" in p and "preference_claimed: true" in p for p in problems), problems


def test_the_vectorised_batch_agrees_with_quote():
    # claimed lines take quote's path inside the batch; unclaimed Canadian and Mexican lines the arrays': equal cells
    from test_quote_vectorised import assert_same
    from us_lines import random_us_orders

    frame = random_us_orders(11, 400, ["1806.32.90", "6109.10.00", "1702.90.68", "2401.10.65", "9503.00.00"],
                             ["MX", "CA", "CN"], [DEC, "2026-03-02"], "U", 3, (100, 400000))
    frame["preference_claimed"] = ["true" if i % 3 == 0 else "" for i in range(len(frame))]
    assert_same(frame)


def test_each_usmca_subheading_row_names_exactly_its_s_plus_lines():
    # a six-digit USMCA row `unknown` names its over-quota lines; each of them, and only they, is an eight-digit
    # USMCA row `unknown`, and every other eight-digit USMCA row under it is free
    import csv
    import re

    from tradecompliance._paths import data_dir

    with open(data_dir() / "tariffs" / "us.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["agreement"] == "USMCA"]
    assert len(rows) > 250
    for six in (r for r in rows if len(r["code"]) == 6 and r["duty"] == "unknown"):
        named = {c.replace(".", "") for c in re.findall(r"\d{4}\.\d{2}\.\d{2}", six["ref"].split("S on the other")[0])}
        under = {r["code"]: r["duty"] for r in rows if len(r["code"]) == 8 and r["code"].startswith(six["code"])}
        assert named and {c for c, d in under.items() if d == "unknown"} == named, six["code"]
        assert set(under.values()) <= {"unknown", "Free"}
