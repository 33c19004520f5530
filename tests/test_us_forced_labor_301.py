"""The forced-labor section 301 of 24 July 2026 (rules/us/customs.yaml us_301_fl_*): USTR's action on 60 economies,
HTSUS headings 9903.05.20-9903.06.21 and U.S. note 52 to subchapter III of chapter 99 (2026 revision 13; 91 FR 47318).
Figures worked by hand from the note and the bundled column 1 rates (data/tariffs/us.csv)."""
from decimal import Decimal

import pytest

from us_lines import random_us_orders, us_quote

AUGUST = "2026-08-03"


def _quote(rules, code, unit_value, origin, quantity="1", date=AUGUST, **line):
    return us_quote(rules, code, unit_value, quantity, origin=origin, date=date, **line)


def _forced_labor(result):
    return [c for c in result.charges if "forced-labor" in c.name]


def test_it_begins_on_24_july_2026_when_the_section_122_surcharge_ends(rules):
    # two cotton T-shirts of China at 20.00: 16.5% = 6.60 and List 4A 7.5% = 3.00, then on 23 July the surcharge 10% =
    # 4.00 (9903.03.01), from 24 July the forced-labor 12.5% = 5.00 instead (9903.05.31)
    before = _quote(rules, "6109.10", "20.00", "CN", "2", date="2026-07-23")
    assert before.status == "ok" and before.totals.duty == Decimal("13.60") and not _forced_labor(before)
    after = _quote(rules, "6109.10", "20.00", "CN", "2", date="2026-07-24")
    assert after.status == "ok" and after.totals.duty == Decimal("14.60"), after.errors
    (charge,) = _forced_labor(after)
    assert (charge.amount, charge.rate) == (Decimal("5.00"), "12.5%") and "12.5%" in charge.name


@pytest.mark.parametrize("origin,duty", [
    # cotton T-shirts 6109.10.00, FOB 1,000.00: column 1 16.5% = 165.00, and the economy's rate of note 52(a)
    ("VN", "290.00"), ("HK", "290.00"), ("BR", "290.00"), ("AU", "290.00"), ("TH", "290.00"),
    ("IN", "265.00"), ("GB", "265.00"), ("CA", "265.00"), ("MX", "265.00"), ("BD", "265.00"), ("TT", "265.00"),
    ("HN", "265.00"), ("LK", "265.00"),
    ("MO", "165.00"),    # Macau is not among the 60 economies (Russia is, Belarus is not: both pay column 2 rates, not bundled)
])
def test_each_economy_pays_its_rate(rules, origin, duty):
    result = _quote(rules, "6109.10.00", "1000.00", origin)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), (origin, result.errors)


@pytest.mark.parametrize("origin,code,quantity,unit_value,duty", [
    # note 52(k): the EU and Taiwan 10%, Japan, Korea and Switzerland 12.5%, each including the column 1 duty
    ("DE", "8516.31.00", "20", "50.00", "100.00"),   # hair dryers 3.9% = 39.00, lifted to 10% of 1,000.00 by 61.00
    ("TW", "8516.31.00", "20", "50.00", "100.00"),
    ("JP", "8516.31.00", "20", "50.00", "125.00"),   # 39.00 + 86.00 = 12.5% of 1,000.00
    ("KR", "8516.31.00", "20", "50.00", "125.00"),
    ("CH", "8516.31.00", "20", "50.00", "125.00"),
    ("FR", "6109.10.00", "1", "1000.00", "165.00"),  # 16.5% is above 10%: nothing to add
    ("JP", "6109.10.00", "1", "1000.00", "165.00"),  # and above 12.5%
    ("IT", "9503.00.00", "4", "25.00", "10.00"),     # toys, Free: the whole 10% of 100.00
    # pocket knives 3¢ each + 5.4%: 10 at 100.00 = 0.30 + 54.00 = 54.30, an ad valorem equivalent of 5.43%,
    # lifted to 100.00 by 45.70
    ("NL", "8211.93.00", "10", "100.00", "100.00"),
])
def test_five_partners_pay_up_to_a_combined_rate(rules, origin, code, quantity, unit_value, duty):
    result = _quote(rules, code, unit_value, origin, quantity)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), (origin, code, result.errors)


def test_a_top_up_says_how_it_was_worked(rules):
    (charge,) = _forced_labor(_quote(rules, "8516.31.00", "50.00", "DE", "20"))
    assert charge.amount == Decimal("61.00") and charge.rate == "10% including the tariff duty"
    assert charge.working == "10% of 1000.00 = 100.00, less the tariff duty 39.00: 61.00"
    (none,) = _forced_labor(_quote(rules, "6109.10.00", "1000.00", "FR"))
    assert none.amount == Decimal("0.00") and "reaches 10%" in none.working


@pytest.mark.parametrize("origin,code,duty", [
    ("BR", "0901.21.00", "0.00"),      # roasted coffee: note 52(b), 9903.05.86
    ("CN", "8517.13.00", "0.00"),      # smartphones: 52(b); Free, and List 4B pays none
    ("VN", "8471.30.01", "0.00"),      # laptops: 52(b)
    ("GB", "9018.90.80", "0.00"),      # medical instruments of the UK: 52(j)(1), 9903.05.96; Free
    ("DE", "4503.10.20", "0.00"),      # natural cork stoppers of the EU: 52(j)(2); Free, no top-up
    ("JO", "6109.10.00", "165.00"),    # Jordan's textiles and apparel: 52(j)(13)(i)
    ("MY", "1511.10.00", "0.00"),      # crude palm oil of Malaysia: 52(j)(4)(i); Free
])
def test_listed_products_pay_no_forced_labor_duty(rules, origin, code, duty):
    result = _quote(rules, code, "1000.00", origin)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), (origin, code, result.errors)
    assert not any(c.amount for c in _forced_labor(result))


def test_a_partner_list_spares_only_that_partner(rules):
    # 9018.90.80 is on the UK's list of 52(j)(1), not on the EU's: from Germany, Free lifted to 10% of 1,000.00
    assert _quote(rules, "9018.90.80", "1000.00", "DE").totals.duty == Decimal("100.00")


@pytest.mark.parametrize("origin,code,claimed,duty", [
    ("CA", "6109.10.00", True, "0.00"),      # USMCA goods of Canada: 52(g), 9903.05.93; and free under USMCA (S)
    ("CA", "6109.10.00", False, "265.00"),   # without the claim, 16.5% + 10% (9903.05.29)
    ("MX", "6109.10.00", True, "0.00"),      # 52(h), 9903.05.94; USMCA free
    ("GT", "6109.10.00", False, "265.00"),   # CAFTA-DR apparel not claimed: 16.5% + 10%
])
def test_trade_agreement_claims_spare_their_goods(rules, origin, code, claimed, duty):
    result = _quote(rules, code, "1000.00", origin, preference_claimed=claimed)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), (origin, code, claimed, result.errors)


@pytest.mark.parametrize("origin,code,duty", [
    ("GT", "6109.10.00", "0.00"),     # CAFTA-DR apparel: spared by 52(i) (9903.05.95) and free under CAFTA-DR (P)
    ("HN", "6109.10.00", "0.00"),
    ("GT", "4202.92.31", "0.00"),     # Guatemala's travel goods: spared by 52(j)(6)(iii); free under CAFTA-DR
    ("HN", "4202.92.31", "100.00"),   # Honduras's travel goods are not spared: free under CAFTA-DR, + 10% = 100.00
])
def test_a_cafta_dr_claim_takes_the_agreement_rate(rules, origin, code, duty):
    # The special subcolumn of 6109.10.00 and 4202.92.31 (USITC HTS export, 2026 edition) lists P, CAFTA-DR, as Free:
    # bundled since session 108 (data/tariffs/us.csv), so the claim is priced, not left unknown.
    result = _quote(rules, code, "1000.00", origin, preference_claimed=True)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), result.errors
    (pref,) = [c for c in result.charges if c.kind == "duty"]
    assert pref.amount == Decimal("0.00") and "CAFTA-DR" in pref.rule


@pytest.mark.parametrize("origin,code,line,says", [
    ("IN", "1207.40.00", {}, "52(c)"),                              # sesame seeds, exempt only for sowing
    ("MY", "1515.90.81", {}, "argan oil"),                          # a particular article of 52(j)(4)(ii)
    ("VN", "7318.16.00", {}, "section 232"),                        # steel nuts: section 232 instead (52(f))
    ("VN", "8518.30.20", {"attributes": {"end_use": "civil_aircraft"}}, "civil aircraft"),   # 52(d)
])
def test_an_exception_the_code_cannot_decide_is_unknown(rules, origin, code, line, says):
    result = _quote(rules, code, "1000.00", origin, **line)
    assert result.status == "rate_unknown" and says in result.errors[0], result.errors


def test_a_line_without_a_declared_end_use_pays(rules):
    # headsets 8518.30.20 from Vietnam: Free, and 12.5% = 125.00 (not for civil aircraft unless declared)
    assert _quote(rules, "8518.30.20", "1000.00", "VN").totals.duty == Decimal("125.00")


@pytest.mark.parametrize("code,status,duty", [
    ("0901.21", "ok", "0.00"),        # its one line, 0901.21.00, is on the list of note 52(b)
    ("8517.62", "ok", "0.00"),        # 8517.62.00 is
    ("8517", "rate_unknown", None),   # smartphones (8517.13.00) are, other telephone apparatus (8517.71 ...) not
    ("0712.90", "rate_unknown", None),  # only statistical line 0712.90.8550 is listed
    ("6109.10", "ok", "125.00"),      # no line of it is listed: Vietnam's 12.5% of 1,000.00
])
def test_a_code_short_of_the_listed_lines_is_decided_only_when_all_its_lines_agree(rules, code, status, duty):
    result = _quote(rules, code, "1000.00", "VN")
    assert result.status == status, (code, result.errors)
    if duty is not None:
        assert sum((c.amount for c in _forced_labor(result)), Decimal(0)) == Decimal(duty)


@pytest.mark.parametrize("origin,date,code,quantity,unit_value,duty", [
    # the IEEPA reciprocal rates that included the MFN duty, on the same floor mechanics (on: top_up)
    ("DE", "2025-09-01", "8516.31.00", "20", "50.00", "150.00"),   # EU from 7 Aug 2025: 39.00 + 111.00 = 15%
    ("DE", "2025-08-06", "8516.31.00", "20", "50.00", "139.00"),   # the day before: the flat 10% baseline, 39.00 + 100.00
    ("JP", "2025-09-01", "6109.10.00", "1", "1000.00", "165.00"),  # Japan: 16.5% is above 15%, nothing added
    ("KR", "2025-11-01", "8516.31.00", "20", "50.00", "189.00"),   # Korea before 14 Nov 2025: flat 15%, 39.00 + 150.00
    ("KR", "2025-11-14", "8516.31.00", "20", "50.00", "150.00"),   # from 14 Nov: 15% including the MFN duty
    ("CH", "2025-11-13", "8516.31.00", "20", "50.00", "429.00"),   # Switzerland's 39% before: 39.00 + 390.00
    ("CH", "2026-01-05", "8516.31.00", "20", "50.00", "150.00"),   # the higher of MFN or 15% from 14 Nov 2025
    ("LI", "2026-01-05", "9503.00.00", "4", "25.00", "15.00"),     # Liechtenstein: toys Free, the whole 15% of 100.00
    ("DE", "2026-03-02", "8516.31.00", "20", "50.00", "139.00"),   # after IEEPA: the Section 122 10% on top, 39.00 + 100.00
])
def test_the_reciprocal_all_inclusive_rates_top_up_alike(rules, origin, date, code, quantity, unit_value, duty):
    result = _quote(rules, code, unit_value, origin, quantity, date=date)
    assert result.status == "ok" and result.totals.duty == Decimal(duty), (origin, date, code, result.errors)


def test_the_vectorised_batch_tops_up_as_quote_does():
    # 3,000 random US orders over the forced-labor economies, the top-up partners and the IEEPA floors, against quote
    # cell for cell: the arrays compute each top-up themselves (TopUp terms), to the cent
    from test_quote_vectorised import assert_same

    codes = ["8516.31.00", "6109.10.00", "9503.00.00", "8211.93.00", "4202.92.31", "0901.21.00", "9018.90.80",
             "4503.10.20", "8518.30.20", "6110.20.20", "3926.90.99", "8517.13.00", "1207.40.00", "7318.16.00"]
    origins = ["DE", "FR", "IT", "TW", "JP", "KR", "CH", "LI", "VN", "CN", "GB", "IN", "CA", "MX", "JO", "GT", "MO"]
    dates = ["2025-08-06", "2025-08-07", "2025-11-13", "2025-11-14", "2026-02-23", "2026-03-02", "2026-07-23",
             "2026-07-24", "2026-08-03", "2026-12-01"]
    frame = random_us_orders(52, 3000, codes, origins, dates, "F", 40, (1, 400000))
    done = assert_same(frame)
    # the arrays answered most rows themselves (an order with pocket knives, 3¢ each + 5.4%, goes to quote whole)
    assert done.mean() > 0.8, done.mean()


def test_a_top_up_must_be_a_rate_of_the_value():
    # a floor of the value is a percentage; a pack writing an amount per kg as one is refused when it loads
    from pydantic import ValidationError

    from tradecompliance.packs.schema import AdditionalDuty

    entry = {"id": "x", "name": "x", "when": {}, "on": "top_up"}
    assert AdditionalDuty.model_validate(dict(entry, duty=[{"from": "2026-07-24", "value": "10%", "ref": {"instrument": "U.S. note 52(k)"}}]))
    with pytest.raises(ValidationError, match="on: top_up takes an ad valorem rate"):
        AdditionalDuty.model_validate(dict(entry, duty=[{"from": "2026-07-24", "value": "2 USD/kg", "ref": {"instrument": "U.S. note 52(k)"}}]))
