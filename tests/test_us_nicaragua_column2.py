"""Two US measures by origin alone (rules/us/customs.yaml): the section 301 duty on products of Nicaragua (U.S. note 29
to subchapter III of chapter 99, heading 9903.89.01: 0% in 2026, 10% in 2027, 15% from 2028, none on CAFTA-DR goods so
claimed, which pay the agreement's rate) and the column 2 rates of general note 3(b) (Cuba, North Korea; Russia and
Belarus from 9 April 2022, Pub. L. 117-110), which are not bundled. Figures worked by hand from the bundled column 1
rate of 6109.10.00 (16.5%) and the forced-labor section 301 (Nicaragua is in note 52's 12.5% group, 9903.05.xx), on
1,000.00 USD of cotton T-shirts."""
from decimal import Decimal

import pytest

from us_lines import us_quote

TEE = "6109.10.00"


def _additional(result):
    return {c.name.split(" (")[0]: c.amount for c in result.charges if c.kind == "additional_duty"}


@pytest.mark.parametrize("date, nicaragua", [
    ("2025-12-31", None),             # before the action
    ("2026-12-01", "0.00"),           # 9903.89.01 at 0% through 31 December 2026
    ("2027-01-04", "100.00"),         # 10% of 1,000.00
    ("2028-01-03", "150.00"),         # 15% from 1 January 2028
])
def test_nicaraguan_goods_pay_the_phased_section_301_duty(rules, date, nicaragua):
    result = us_quote(rules, TEE, "1000.00", origin="NI", date=date)
    assert result.status == "ok", result.errors
    assert _additional(result).get("Section 301 duty on products of Nicaragua") == (Decimal(nicaragua) if nicaragua else None)


def test_the_nicaraguan_duty_stacks_on_the_forced_labor_duty(rules):
    # 2027: 16.5% = 165.00, forced labor 12.5% = 125.00, Nicaragua 10% = 100.00
    result = us_quote(rules, TEE, "1000.00", origin="NI", date="2027-01-04")
    assert result.totals.duty == Decimal("390.00")


def test_cafta_dr_goods_so_claimed_pay_the_agreement_rate(rules):
    # the claim spares the Nicaraguan duty (note 29(a)) and, for apparel, the forced-labor duty (note 52(i)); the
    # special subcolumn of 6109.10.00 lists P (CAFTA-DR) as Free, bundled since session 108: 0.00 in all
    result = us_quote(rules, TEE, "1000.00", origin="NI", date="2027-01-04", preference_claimed=True)
    assert result.status == "ok" and result.totals.duty == Decimal("0.00"), result.errors
    assert _additional(result) == {}
    assert any(c.kind == "duty" and "CAFTA-DR" in (c.rule or "") for c in result.charges)


@pytest.mark.parametrize("origin, date, status", [
    ("RU", "2022-04-08", "ok"),            # column 1 until the day of enactment
    ("RU", "2022-04-09", "rate_unknown"),  # column 2 from the day after (not bundled)
    ("BY", "2026-12-01", "rate_unknown"),
    ("CU", "2026-12-01", "rate_unknown"),
    ("KP", "2026-12-01", "rate_unknown"),
])
def test_column_2_countries_are_not_charged_the_column_1_rate(rules, origin, date, status):
    result = us_quote(rules, TEE, "1000.00", origin=origin, date=date)
    assert result.status == status, result.charges
    if status == "ok":
        assert result.totals.duty == Decimal("165.00")
    else:
        assert "column 2 rate of duty in lieu of column 1" in result.errors[0]
