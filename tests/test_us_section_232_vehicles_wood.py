"""Section 232 on wood products and on medium- and heavy-duty vehicles (rules/us/customs.yaml us_232_*): HTSUS U.S.
notes 37 and 38 to subchapter III of chapter 99 (2026 revision 12), Proclamations 10976 (90 FR 48127) and 10984
(90 FR 48451). Figures worked by hand from the notes and the bundled column 1 rates (data/tariffs/us.csv: 9401.61.40
Free, 8704.22.11 4%, 8704.21.01 25%), each line worth 1,000.00 USD."""
import datetime as dt
from decimal import Decimal

import pytest

from tradecompliance.packs.conditions import Condition, Context
from us_lines import random_us_orders, us_customs_problems, us_quote

SOFA = "9401.61.40.11"            # upholstered wooden household seat: listed in note 37(d)
CHILD_SEAT = "9401.61.40.01"      # the same subheading's chairs for children: not listed
TRUCK = "8704.22.11"              # diesel lorry of 5-20 t: listed in note 38(b)


def _duties(rules, code, origin, date, **line):
    result = us_quote(rules, code, "1000.00", origin=origin, date=date, **line)
    assert result.status == "ok", result.errors
    return {c.name.split(" (")[0]: c.amount for c in result.charges if c.kind != "fee"}


def _232(duties):
    return [v for k, v in duties.items() if k.startswith("Section 232")]


@pytest.mark.parametrize("origin, date, duty", [
    ("VN", "2026-03-02", "250.00"),    # 9903.76.02: 25% of 1000.00
    ("CN", "2026-03-02", "250.00"),    # the same, beside List 3's 25%
    ("GB", "2026-03-02", "100.00"),    # 9903.76.20: 10% on top of the Free column 1 rate
    ("DE", "2026-03-02", "150.00"),    # 9903.76.22: 15% including the column 1 rate (Free): all 15%
    ("JP", "2026-03-02", "150.00"),    # 9903.76.21
    ("KR", "2025-11-13", "250.00"),    # Korea's own heading 9903.76.23 from 14 November 2025 (90 FR 55964)
    ("KR", "2025-11-14", "150.00"),
    ("TW", "2026-04-30", "250.00"),    # Taiwan's 9903.76.24 from 1 May 2026
    ("TW", "2026-05-01", "150.00"),
    ("VN", "2027-01-04", "300.00"),    # 30% from 1 January 2027, the rise of 2026 put off a year
])
def test_upholstered_wooden_seats_pay_their_origins_rate(rules, origin, date, duty):
    assert _232(_duties(rules, SOFA, origin, date)) == [Decimal(duty)]


def test_chinese_seats_pay_section_301_beside_it(rules):
    duties = _duties(rules, SOFA, "CN", "2026-03-02")
    assert sum(duties.values()) == Decimal("500.00"), duties      # Free + List 3 25% + 232 25%


def test_the_section_232_duty_takes_the_seat_out_of_the_reciprocal_tariff_on_its_first_day(rules):
    # Vietnam's reciprocal 20% (Annex I, 7 August 2025) until 13 October 2025; from 14 October the 25% instead
    assert _duties(rules, SOFA, "VN", "2025-10-13") == {"customs duty": Decimal("0.00"),
                                                     "IEEPA reciprocal tariff, 20% from 7 August 2025": Decimal("200.00")}
    later = _duties(rules, SOFA, "VN", "2025-10-14")
    assert not any(k.startswith("IEEPA") for k in later) and sum(later.values()) == Decimal("250.00")


def test_section_122_and_the_forced_labor_duty_spare_section_232_goods_only(rules):
    # 2 March 2026: the Section 122 surcharge (10%) on the children's chair, not on the listed seat
    assert sum(_duties(rules, SOFA, "VN", "2026-03-02").values()) == Decimal("250.00")
    assert _duties(rules, CHILD_SEAT, "VN", "2026-03-02")["Section 122 temporary import surcharge"] == Decimal("100.00")
    # 3 August 2026: the forced-labor 12.5% (note 52(a)) on the children's chair; 52(f) spares the listed seat
    assert sum(_duties(rules, SOFA, "VN", "2026-08-03").values()) == Decimal("250.00")
    assert sum(_duties(rules, CHILD_SEAT, "VN", "2026-08-03").values()) == Decimal("125.00")


def test_a_code_short_of_the_listed_lines_is_unknown(rules):
    result = us_quote(rules, "9401.61.40", "1000.00", origin="VN", date="2026-03-02")
    assert result.status == "rate_unknown"
    assert "where the code stops short of the statistical line" in result.errors[0]
    # before the proclamation the eight-digit code was decided: Free, and the reciprocal 20%
    assert us_quote(rules, "9401.61.40", "1000.00", origin="VN", date="2025-10-13").status == "ok"


@pytest.mark.parametrize("origin, date, expected", [
    ("DE", "2025-10-31", {"customs duty": "40.00", "IEEPA reciprocal tariff, European Union, 15% including the MFN duty from 7 August 2025": "110.00"}),
    ("DE", "2025-11-01", {"customs duty": "40.00", "Section 232 duty on medium- and heavy-duty vehicles": "250.00"}),
    ("VN", "2026-03-02", {"customs duty": "40.00", "Section 232 duty on medium- and heavy-duty vehicles": "250.00"}),
    ("VN", "2026-08-03", {"customs duty": "40.00", "Section 232 duty on medium- and heavy-duty vehicles": "250.00"}),
    ("MX", "2026-03-02", {"customs duty": "40.00", "Section 232 duty on medium- and heavy-duty vehicles": "250.00"}),
])
def test_a_heavy_lorry_pays_25_percent_and_leaves_the_other_surcharges(rules, origin, date, expected):
    # 4% of 1000.00 = 40.00; the EU's 15% all-inclusive reciprocal tops it up to 150.00 until 31 October 2025;
    # from 1 November 9903.74.01's 25% = 250.00, without the reciprocal, Section 122 or forced-labor duty; a Mexican
    # lorry not entered under USMCA pays on its whole value
    assert _duties(rules, TRUCK, origin, date) == {k: Decimal(v) for k, v in expected.items()}


@pytest.mark.parametrize("code, origin, date, line, says", [
    (TRUCK, "MX", "2026-03-02", {"preference_claimed": True}, "does not decide it"),       # USMCA: non-U.S. content
    ("8709.11.00", "JP", "2026-03-02", {}, "does not decide it"),     # a works truck may not be medium or heavy duty
    ("8706.00.50", "DE", "2025-12-01", {}, "does not decide it"),     # a chassis likewise
    ("8704.21.01", "VN", "2025-04-03", {}, "passenger vehicles and light trucks"),   # deals and quotas by origin
])
def test_vehicles_the_line_does_not_decide_are_unknown(rules, code, origin, date, line, says):
    result = us_quote(rules, code, "1000.00", origin=origin, date=date, **line)
    assert result.status == "rate_unknown" and any(says in e for e in result.errors), result.errors


def test_before_the_proclamations_the_column_1_rate_alone(rules):
    # light truck 25% (8704.21.01) on 2 April 2025: no section 232 yet, no reciprocal tariff until 5 April
    assert _duties(rules, "8704.21.01", "VN", "2025-04-02") == {"customs duty": Decimal("250.00")}
    # a chassis not listed in note 38(b) (8706.00.30, Free) stays decided after 1 November 2025
    assert us_quote(rules, "8706.00.30", "1000.00", origin="DE", date="2026-03-02").status == "ok"


def test_since_and_before_test_the_orders_date():
    cond = Condition.model_validate({"hs": [SOFA], "since": "2025-10-14", "before": "2027-01-01"})
    at = lambda d: cond.matches(Context(hs="9401614011", date=dt.date.fromisoformat(d)))  # noqa: E731
    assert [at("2025-10-13"), at("2025-10-14"), at("2026-12-31"), at("2027-01-01")] == [False, True, True, False]
    assert not cond.matches(Context(hs="9401614011"))      # no date, no match


def test_a_before_not_after_since_names_file_and_line(write_rules):
    problems = us_customs_problems(write_rules, """
            additional_duties:
              - id: backwards
                name: a window that closes before it opens
                when: {origin: [VN], since: 2026-01-01, before: 2025-01-01}
                duty:
                  - {from: 2027-01-01, value: 10%, ref: ieepa}
        """)
    assert any("us/customs.yaml:4: additional_duties.0.when: before" in p and "before (2025-01-01) must come after since (2026-01-01)" in p
               for p in problems), problems


def test_the_vectorised_batch_agrees_with_quote():
    # 2,000 random US orders over the listed seats and vehicles, their neighbours and the dates where the scope
    # changes, against quote cell for cell
    from test_quote_vectorised import assert_same

    codes = [SOFA, "9401.61.60.31", CHILD_SEAT, TRUCK, "8704.23.01", "8705.40.00", "8704.10.50", "8706.00.30",
             "9503.00.00", "6109.10.00"]
    origins = ["VN", "CN", "DE", "JP", "KR", "TW", "GB", "MX", "CA", "IN", "CH"]
    dates = ["2025-10-13", "2025-10-14", "2025-10-31", "2025-11-01", "2025-11-14", "2026-03-02", "2026-05-01",
             "2026-08-03", "2027-01-04"]
    done = assert_same(random_us_orders(232, 2000, codes, origins, dates, "S", 5, (100, 900000)))
    assert done.mean() > 0.8, done.mean()


@pytest.mark.parametrize("code, origin, line, status", [
    ("9401.20.00", "DE", {}, "rate_unknown"),      # seats of a kind used for motor vehicles: a car's or a lorry's
    ("8415.20.00", "VN", {}, "rate_unknown"),      # air conditioners for persons in motor vehicles
    ("8507.60.00", "VN", {}, "ok"),                # lithium-ion batteries: a power bank is no car part (9903.94.06)
    ("8507.60.00", "VN", {"attributes": {"end_use": "automobile_part"}}, "rate_unknown"),   # declared for a car
    ("8471.30.01", "VN", {}, "ok"),                # a laptop
    ("8544.30.00", "MX", {"preference_claimed": True}, "ok"),   # USMCA parts pay none (note 33(h))
    ("8544.30.00", "MX", {}, "rate_unknown"),      # ignition wiring sets of a kind used in vehicles, not so claimed
])
def test_auto_parts_are_unknown_where_the_part_may_be_a_cars(rules, code, origin, line, status):
    # U.S. note 33(g) lists provisions, and 9903.94.05 charges 25% (the UK, the EU, Japan, Korea, Taiwan their own
    # rates) on the passenger-vehicle parts among their goods from 3 May 2025
    assert us_quote(rules, code, "1000.00", origin=origin, date="2026-03-02", **line).status == status
    # the day before, the column 1 rate and the reciprocal tariff only: nothing unknown
    assert us_quote(rules, code, "1000.00", origin=origin, date="2025-05-02", **line).status == "ok"


def test_a_battery_not_declared_for_a_car_pays_its_ordinary_duties(rules):
    # 3.4% of 1000.00 = 34.00 and the Section 122 10% = 100.00 on 2 March 2026
    assert _duties(rules, "8507.60.00", "VN", "2026-03-02") == {"customs duty": Decimal("34.00"),
                                                             "Section 122 temporary import surcharge": Decimal("100.00")}


def test_the_screening_batch_splits_orders_at_a_conditions_since(write_rules):
    # a restriction whose condition turns on from a day: the vectorised screen groups orders by the days on which
    # something changes, so that day must be one of them, or orders on either side would share one answer
    from tradecompliance._paths import rules_dir
    from tradecompliance.packs.loader import read_layers
    from tradecompliance.screening.batch import rule_view

    root = write_rules({
        "us/restrictions.yaml": """
            rules:
              - {id: late, category: knives, action: block, words: ["cleaver"], when: {since: 2031-05-04},
                 message: "from a day on", ref: switchblade}
        """
    })
    ruleset, problems = read_layers([rules_dir(), root])
    assert not problems, [str(p) for p in problems]
    assert dt.date(2031, 5, 4) in rule_view(ruleset)[1]


MHDV_PART = {"attributes": {"end_use": "mhdv_part"}}


@pytest.mark.parametrize("code, origin, line, date, status", [
    ("8482.10.10", "DE", MHDV_PART, "2026-03-02", "rate_unknown"),   # a bearing declared a heavy-vehicle part: 38(i)
    ("8482.10.10", "DE", {}, "2026-03-02", "ok"),                    # the same bearing, its use not declared
    ("8482.10.10", "DE", MHDV_PART, "2025-10-31", "ok"),             # the day before Proclamation 10984's parts duty
    ("8482.10.10", "MX", {**MHDV_PART, "preference_claimed": True}, "2026-03-02", "ok"),   # USMCA parts: 38(k)
    ("8709.90.00", "JP", {}, "2026-03-02", "rate_unknown"),          # parts of works trucks: listed, use undecided
    ("8709.90.00", "JP", {}, "2025-10-31", "ok"),
    ("7007.21.11.10", "DE", {}, "2026-03-02", "rate_unknown"),       # windshields of motor vehicles
    ("7007.21.11", "DE", {}, "2026-03-02", "rate_unknown"),          # a code short of that line
    ("7007.21.11.90", "DE", {}, "2026-03-02", "ok"),                 # windshields of aircraft or vessels
])
def test_heavy_vehicle_parts_are_unknown_where_they_may_be_such_parts(rules, code, origin, line, date, status):
    # U.S. note 38(i)-(l): 25% (9903.74.08) on the listed provisions' parts of medium- and heavy-duty vehicles, less a
    # manufacturer's offset; none on goods that are not such parts (9903.74.11)
    assert us_quote(rules, code, "1000.00", origin=origin, date=date, **line).status == status


def test_an_undeclared_bearing_pays_its_ordinary_duties(rules):
    # 2.4% of 1,000.00 = 24.00 and the Section 122 10% = 100.00 on 2 March 2026
    assert _duties(rules, "8482.10.10", "DE", "2026-03-02") == {"customs duty": Decimal("24.00"),
                                                             "Section 122 temporary import surcharge": Decimal("100.00")}
