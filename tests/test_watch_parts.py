"""US watches and clocks (HTSUS chapter 91): duties charged on the value of the article's parts, beside an amount each.
The line states each part's value (`part_values`: case, strap, battery, movement), as an entry of watches declares them.

Rates as printed in the USITC HTS export (HS 2022 edition, column 1 general), bundled in data/tariffs/us.csv:
    9102.11.45  quartz wrist watch, analogue, base-metal case, other strap
                40¢ each + 8.5% on the case + 2.8% on the strap, band or bracelet + 5.3% on the battery
    9101.11.40  precious-metal wrist watch, analogue, no jewels
                51¢ each + 6.25% on the case and strap, band or bracelet + 5.3% on the battery
    9105.21.40  electric wall clock, opto-electronic display only
                3.9% on the movement and case + 5.3% on the battery
    9105.19.30  alarm clock, over one jewel: 43¢ each + 2.8¢/jewel over 7 + 3.7% on the case (jewels are not counted:
                `unknown`, worked out by hand)
From Iceland on 3 August 2026 (us_lines.us_quote): the line's MFN duty is the only charge. Duties below are worked
out by hand from those rates and rounded to the cent."""
import pandas as pd
import pytest

from tradecompliance.landed.duty_expr import DutyExpressionError, Part, parse_duty
from tradecompliance.landed.importers.usitc import UnsupportedRate, us_duty
from tradecompliance.landed.table import quote_frame
from us_lines import us_mfn as _mfn, us_quote as _quote


@pytest.mark.parametrize("code,quantity,parts,duty,working", [
    # 10 x 0.40 = 4.00; 8.5% of 300.00 = 25.50; 2.8% of 100.00 = 2.80; 5.3% of 20.00 = 1.06: 33.36
    ("9102.11.45", "10", {"case": "300", "strap": "100", "battery": "20"}, "33.36",
     "0.4 USD/unit x 10 = 4.00; 8.5% of the case's 300.00 = 25.50; 2.8% of the strap's 100.00 = 2.80; "
     "5.3% of the battery's 20.00 = 1.06"),
    # 2 x 0.51 = 1.02; 6.25% of 600.00 = 37.50; 6.25% of 200.00 = 12.50; 5.3% of 4.00 = 0.212: 51.232, 51.23
    ("9101.11.40", "2", {"case": "600", "strap": "200", "battery": "4"}, "51.23",
     "0.51 USD/unit x 2 = 1.02; 6.25% of the case's 600.00 = 37.50; 6.25% of the strap's 200.00 = 12.50; "
     "5.3% of the battery's 4.00 = 0.212"),
    # 3.9% of 10.00 = 0.39; 3.9% of 15.00 = 0.585; 5.3% of 1.00 = 0.053: 1.028, 1.03 (no amount each)
    ("9105.21.40", "1", {"movement": "10", "case": "15", "battery": "1"}, "1.03",
     "3.9% of the movement's 10.00 = 0.39; 3.9% of the case's 15.00 = 0.585; 5.3% of the battery's 1.00 = 0.053"),
])
def test_watches_and_clocks_pay_on_the_value_of_their_parts(rules, code, quantity, parts, duty, working):
    r = _quote(rules, code, "100.00", quantity=quantity, part_values=parts)
    assert r.status == "ok", r.errors
    charge = _mfn(r)
    assert str(charge.amount) == duty
    assert charge.working == working


def test_a_part_value_in_another_currency_is_converted_as_the_line_value_is(rules):
    import tradecompliance as tc

    order = {"origin_country": "IS", "destination_country": "US", "date": "2026-08-03", "currency": "EUR",
             "lines": [{"description": "quartz wrist watch", "hs_code": "9102.11.45", "quantity": "1", "unit_value": "100",
                        "part_values": {"case": "50", "strap": "10", "battery": "2"}}]}
    r = tc.quote(order, rules=rules)
    assert r.status == "ok", r.errors
    fx = r.fx.rate
    # 0.40 + 8.5% x 50 x fx + 2.8% x 10 x fx + 5.3% x 2 x fx, at the quote's own EUR->USD rate
    expected = (0.40 + (0.085 * 50 + 0.028 * 10 + 0.053 * 2) * float(fx))
    assert abs(float(_mfn(r).amount) - expected) <= 0.006


def test_a_watch_without_the_value_of_a_part_its_duty_is_charged_on_asks_for_it(rules):
    r = _quote(rules, "9102.11.45", "100.00", quantity="1", part_values={"strap": "10", "battery": "1"})
    assert r.status == "rate_unknown"
    assert any("8.5% on case needs the line's part_values.case" in e for e in r.errors), r.errors


def test_a_part_the_model_does_not_know_or_a_bad_amount_is_refused(rules):
    import tradecompliance as tc
    from tradecompliance.errors import InvalidInput

    base = {"origin_country": "IS", "destination_country": "US", "date": "2026-08-03", "currency": "USD"}
    for parts, field in (({"bezel": "3"}, "part_values.bezel"), ({"case": "-1"}, "part_values.case"),
                         ({"case": "ten"}, "part_values.case")):
        order = dict(base, lines=[{"description": "watch", "hs_code": "9102.11.45", "unit_value": "10", "part_values": parts}])
        with pytest.raises(InvalidInput) as exc:
            tc.Order.parse(order)
        assert field in str(exc.value)


def test_a_rate_counting_jewels_is_worked_out_by_hand(rules):
    r = _quote(rules, "9105.19.30", "100.00", part_values={"case": "20"})
    assert r.status == "rate_unknown"
    assert any("2.8¢/jewel over 7" in e and "work it out by hand" in e for e in r.errors), r.errors


def test_a_six_digit_watch_code_asks_for_the_line_naming_each_rate(rules):
    r = _quote(rules, "9102.11", "100.00", part_values={"case": "20", "strap": "5", "battery": "1"})
    assert r.status == "rate_unknown"
    text = " ".join(r.errors)
    assert "9102.11.45 40¢ each + 8.5% on the case + 2.8% on the strap, band or bracelet + 5.3% on the battery" in text
    assert "9102.11.10 44¢ each + 6% on the case" in text


def test_the_table_path_reads_part_values_as_a_json_cell_and_agrees_with_the_one_order_path(rules):
    base = dict(origin_country="IS", destination_country="US", date="2026-08-03", currency="USD",
                description="quartz wrist watch", quantity="10", unit_value="100")
    df = pd.DataFrame([
        dict(base, order_id="A", hs_code="9102.11.45", part_values='{"case": "300", "strap": "100", "battery": "20"}'),
        dict(base, order_id="B", hs_code="9102.11.45", part_values=""),
        dict(base, order_id="C", hs_code="6109.10.00", part_values=""),      # cotton T-shirts: 16.5% of 1,000.00
        dict(base, order_id="D", hs_code="9102.11.45", part_values='{"case": "abc"}'),
    ])
    fast, slow = quote_frame(df, rules), quote_frame(df, rules, vectorised=False)
    pd.testing.assert_frame_equal(fast, slow)
    assert list(fast["status"]) == ["ok", "rate_unknown", "ok", "error"]
    assert list(fast["duty"][:1]) == ["33.36"] and fast["duty"][2] == "165.00"
    assert "part_values.case" in fast["error"][1] and "part_values.case" in fast["error"][3]


def test_rates_on_parts_parse_as_terms_of_their_own():
    e = parse_duty("0.40 USD/unit + 8.5% on the case + 2.8% on strap + 5.3% on battery")
    assert e.parts == (Part(rate=parse_duty("8.5%").ad_valorem, part="case"), Part(parse_duty("2.8%").ad_valorem, "strap"),
                       Part(parse_duty("5.3%").ad_valorem, "battery"))
    assert not e.plain and not e.is_zero()
    with pytest.raises(DutyExpressionError, match="two rates on the case"):
        parse_duty("6% on case + 2% on case")
    with pytest.raises(DutyExpressionError, match="MIN or MAX"):
        parse_duty("6% on case MAX 1 USD/unit")


@pytest.mark.parametrize("printed,expr", [
    ("51¢ each + 6.25% on the case and strap, band or bracelet + 5.3% on the battery",
     "0.51 USD/unit + 6.25% on case + 6.25% on strap + 5.3% on battery"),
    ("3.9% on the movement and case+ 5.3% on the battery", "3.9% on movement + 3.9% on case + 5.3% on battery"),
    ("76¢ each + 6% on the case + 5.3% on thebattery", "0.76 USD/unit + 6% on case + 5.3% on battery"),
])
def test_the_usitc_importer_reads_rates_on_parts(printed, expr):
    assert us_duty(printed) == expr


def test_the_usitc_importer_reports_a_part_it_cannot_name():
    with pytest.raises(UnsupportedRate, match="the apparatus"):
        us_duty("3.9% on the apparatus + 5.3% on the battery")
