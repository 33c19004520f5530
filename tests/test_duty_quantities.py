"""Duties counted on quantities other than pieces, kilograms and litres, and bounds written in percent: the
rates of the EU Common External Tariff (CN 2020, as the DIT's UK Global Tariff table of May 2020 prints them,
data/tariffs/sources/dit-ukgt-2020.csv) and the UK Global Tariff that the engine computes since session 76.

    9111 10-90 watch cases        0.50 EUR/p/st MIN 2.70% MAX 4.60%  (confirmed on the current TARIC, dutydesk.app/eu/91.11)
    5701 10 90 knotted wool carpets 8.00% MAX 2.80 EUR/m2
    7003 12 99 cast glass sheets  3.80% MIN 0.60 EUR/100 kg/gross   (TARIC prints "EUR DTN G": per 100 kg gross weight)
    3302 10 10 drink flavourings  17.30% MIN 1.00 EUR/% vol/hl
    3505 20 10 starch glues       8.30% + 4.50 EUR/100 kg MAX 11.50%
    3706 10 99 cinematograph film 6.50% MAX 5.00 EUR/100 m
    0803 90 10 fresh bananas      EU 114.00 EUR/tonne, UK 95.00 GBP/1000 kg

Every duty below is worked out by hand from those rates, on a customs value equal to the goods' value (no
transport charged) and above the EU's EUR 150 and the UK's GBP 135 duty reliefs."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc
from tradecompliance.landed.duty_expr import DutyExpressionError, Share, Specific, parse_duty
from tradecompliance.landed.table import OUT_COLUMNS, quote_frame


US_DATE = "2026-08-03"


def _order(destination, hs_code, quantity, unit_value, currency="EUR", origin="CN", date="2026-03-10", **line):
    return {"origin_country": origin, "destination_country": destination, "date": date, "currency": currency,
            "lines": [dict({"description": "goods", "hs_code": hs_code, "quantity": quantity, "unit_value": unit_value}, **line)]}


def _duty(rules, *args, **line):
    result = tc.quote(_order(*args, **line), rules=rules)
    assert result.status == "ok", result.errors
    (charge,) = [c for c in result.charges if c.kind == "duty" and (c.source or "").startswith("data/tariffs/")]
    return result.lines[0].duty, charge


@pytest.mark.parametrize("quantity,unit_value,duty", [
    ("1", "200.00", "5.40"),    # 1 x 0.50 = 0.50, below the minimum 2.7% of 200.00 = 5.40
    ("16", "12.50", "8.00"),    # 16 x 0.50 = 8.00, between 5.40 and the maximum 4.6% of 200.00 = 9.20
    ("40", "5.00", "9.20"),     # 40 x 0.50 = 20.00, held to the maximum 9.20
])
def test_eu_watch_cases_pay_a_duty_a_piece_between_percentages_of_the_value(rules, quantity, unit_value, duty):
    amount, charge = _duty(rules, "DE", "9111.20", quantity, unit_value)
    assert amount == Decimal(duty)
    assert charge.rate == "0.50 EUR/unit MIN 2.70% MAX 4.60%" and not charge.unverified


@pytest.mark.parametrize("quantity,unit_value,working", [
    ("16", "12.50", "0.50 EUR/unit x 16 = 8.00; minimum 2.7% of 200.00 = 5.40, not applied; "
                    "maximum 4.6% of 200.00 = 9.20, not applied"),
    ("40", "5.00", "0.50 EUR/unit x 40 = 20.00; minimum 2.7% of 200.00 = 5.40, not applied; "
                   "maximum 4.6% of 200.00 = 9.20, applied"),
])
def test_a_bounded_duty_says_which_bound_decided_it(rules, quantity, unit_value, working):
    _, charge = _duty(rules, "DE", "9111.20", quantity, unit_value)
    assert charge.working == working


def test_a_duty_in_euro_charged_in_zloty_is_worked_out_at_the_customs_rate(rules):
    # Poland, 16 watch cases at EUR 12.50: the quote converts the order at the customs exchange rate; the working
    # shows the specific term converted by that same rate (0.50 EUR x rate x 16) and the bounds on the PLN value
    result = tc.quote(_order("PL", "9111.20", "16", "12.50"), rules=rules)
    (charge,) = [c for c in result.charges if c.kind == "duty"]
    fx = result.fx
    assert (fx.base, fx.quote) == ("EUR", "PLN")
    value = (Decimal("200.00") * fx.rate).quantize(Decimal("0.01"))
    per_piece = Decimal("0.50") * fx.rate * 16
    assert charge.currency == "PLN" and charge.base == value
    assert charge.working.startswith(f"0.50 EUR/unit x 16 = {per_piece.normalize():f}; minimum 2.7% of {value} = ")
    assert charge.amount == per_piece.quantize(Decimal("0.01"))   # between 2.7% and 4.6% of the value, rounded


def test_a_plain_rate_of_the_value_needs_no_working(rules):
    _, charge = _duty(rules, "DE", "7013.37.99", "1", "200.00")     # CN 7013 37 99 drinking glasses, 11%
    assert charge.rate == "11.0%" and charge.working is None


def test_eu_watch_case_vat_is_on_the_value_plus_that_duty(rules):
    result = tc.quote(_order("DE", "9111.20", "16", "12.50"), rules=rules)
    assert result.lines[0].vat == Decimal("39.52")      # German VAT 19% (UStG s. 12(1)) of 200.00 + 8.00


@pytest.mark.parametrize("quantity,unit_value,duty", [
    ("6", "100.00", "16.80"),   # 8% of 600.00 = 48.00, held to 6 m2 x 2.80 = 16.80
    ("20", "10.00", "16.00"),   # 8% of 200.00 = 16.00, below 20 m2 x 2.80 = 56.00
])
def test_eu_knotted_wool_carpets_have_a_maximum_per_square_metre(rules, quantity, unit_value, duty):
    amount, charge = _duty(rules, "DE", "5701.10.90", quantity, unit_value, unit_of_measure="m2")
    assert amount == Decimal(duty) and charge.unverified         # the 2020 table, not checked on today's TARIC


def test_a_carpet_counted_in_pieces_asks_for_its_area(rules):
    result = tc.quote(_order("DE", "5701.10.90", "2", "300.00"), rules=rules)
    assert result.status == "rate_unknown" and result.totals is None
    assert "2.80 EUR/m2" in result.errors[0] and "square metres (unit_of_measure m2)" in result.errors[0]


@pytest.mark.parametrize("gross,duty", [
    ("500", "7.60"),     # 3.8% of 200.00 = 7.60, above the minimum 0.60 x 500/100 = 3.00
    ("2000", "12.00"),   # the minimum 0.60 x 2000/100 = 12.00, above 7.60
])
def test_eu_glass_sheets_have_a_minimum_per_100_kg_gross(rules, gross, duty):
    amount, _ = _duty(rules, "DE", "7003.12.99", "1", "200.00", gross_weight_kg=gross, net_weight_kg="400")
    assert amount == Decimal(duty)


def test_a_minimum_on_gross_weight_is_not_taken_from_the_net_weight(rules):
    result = tc.quote(_order("DE", "7003.12.99", "1", "200.00", net_weight_kg="400"), rules=rules)
    assert result.status == "rate_unknown" and "gross_weight_kg" in result.errors[0]


@pytest.mark.parametrize("strength,duty", [
    ("50", "50.00"),     # minimum 1.00 x 50 % vol x 1 hl = 50.00, above 17.3% of 200.00 = 34.60
    ("10", "34.60"),     # minimum 1.00 x 10 x 1 = 10.00, below 34.60
])
def test_eu_drink_flavourings_have_a_minimum_per_degree_and_hectolitre(rules, strength, duty):
    amount, charge = _duty(rules, "DE", "3302.10.10", "1", "200.00", volume_l="100", alcohol_pct_vol=strength)
    assert amount == Decimal(duty)
    assert charge.working.startswith("17.3% of 200.00 = 34.60; minimum 1.00 EUR/% vol/hl x ")


def test_a_duty_per_degree_asks_for_the_strength(rules):
    result = tc.quote(_order("DE", "3302.10.10", "1", "200.00", volume_l="100"), rules=rules)
    assert result.status == "rate_unknown" and "volume_l and alcohol_pct_vol" in result.errors[0]
    with pytest.raises(tc.InvalidInput, match="alcohol_pct_vol"):     # a strength above 100% vol is refused
        tc.quote(_order("DE", "3302.10.10", "1", "200.00", volume_l="100", alcohol_pct_vol="120"), rules=rules)


@pytest.mark.parametrize("net,duty", [
    ("100", "21.10"),    # 8.3% of 200.00 = 16.60, + 4.50 x 100/100 = 4.50: 21.10, below 11.5% of 200.00 = 23.00
    ("1000", "23.00"),   # 16.60 + 4.50 x 10 = 61.60, held to the maximum 23.00
])
def test_eu_starch_glue_has_a_maximum_in_percent_over_a_compound_duty(rules, net, duty):
    amount, _ = _duty(rules, "DE", "3505.20.10", "1", "200.00", net_weight_kg=net)
    assert amount == Decimal(duty)


def test_eu_film_has_a_maximum_per_100_metres(rules):
    # 300 m at 2.00: 6.5% of 600.00 = 39.00, held to 5.00 x 300/100 = 15.00
    amount, _ = _duty(rules, "DE", "3706.10.99", "300", "2.00", unit_of_measure="m")
    assert amount == Decimal("15.00")


@pytest.mark.parametrize("destination,currency,unit_value,duty", [
    ("DE", "EUR", "200.00", "57.00"),    # 114.00 EUR a tonne x 0.5 t
    ("GB", "GBP", "500.00", "47.50"),    # 95.00 GBP per 1000 kg x 0.5
])
def test_bananas_pay_a_duty_a_tonne(rules, destination, currency, unit_value, duty):
    amount, charge = _duty(rules, destination, "0803.90.10", "1", unit_value, currency=currency, net_weight_kg="500")
    assert amount == Decimal(duty) and charge.unverified


def test_the_batch_gives_quotes_figures_on_these_lines_and_refuses_a_bad_strength_alike():
    base = {"origin_country": "CN", "date": "2026-03-10", "shipping": "", "description": "goods", "quantity": "1",
            "unit_value": "200.00", "destination_country": "DE", "currency": "EUR"}
    rows = [dict(base, order_id="A", hs_code="9111.20", quantity="16", unit_value="12.50"),
            dict(base, order_id="B", hs_code="5701.10.90", quantity="6", unit_value="100.00", unit_of_measure="m2"),
            dict(base, order_id="C", hs_code="7003.12.99", gross_weight_kg="2000"),
            dict(base, order_id="D", hs_code="3302.10.10", volume_l="100", alcohol_pct_vol="50"),
            dict(base, order_id="E", hs_code="3302.10.10", volume_l="100", alcohol_pct_vol="120"),
            dict(base, order_id="F", hs_code="6109.10", unit_value="10.00", volume_l="1"),
            dict(base, order_id="G", hs_code="0803.90.10", net_weight_kg="500"),
            # US per proof liter and per metric ton (the US cases below): 3.63 and 25.00
            dict(base, order_id="H", hs_code="2207.10.30", origin_country="IS", destination_country="US", currency="USD",
                 unit_value="2000", volume_l="10", alcohol_pct_vol="96", date=US_DATE),
            dict(base, order_id="I", hs_code="2511.10.50", origin_country="IS", destination_country="US", currency="USD",
                 unit_value="2000", net_weight_kg="20000", date=US_DATE),
            # US per barrel (HTSUS 2710.19.30, 84 cents/bbl of 158.987294928 l): 1,000 l is 5.283441, 5.28
            dict(base, order_id="J", hs_code="2710.19.30", origin_country="IS", destination_country="US", currency="USD",
                 unit_value="3000", volume_l="1000", date=US_DATE)]
    frame = pd.DataFrame(rows).fillna("").astype(str)
    fast, slow = quote_frame(frame), quote_frame(frame, vectorised=False)
    for col in OUT_COLUMNS:
        assert list(fast[col].astype(str)) == list(slow[col].astype(str)), col
    assert list(fast["duty"]) == ["8.00", "16.80", "12.00", "50.00", "", "0.00", "57.00", "3.63", "25.00", "5.28"]
    assert list(fast["status"]) == ["ok", "ok", "ok", "ok", "error", "ok", "ok", "ok", "ok", "ok"]
    assert "alcohol_pct_vol" in fast["error"].iloc[4]
    assert fast["vat"].iloc[5] == "1.90"     # a T-shirt's litres change nothing: VAT 19% of 10.00, no duty below EUR 150


def test_bounds_in_percent_and_the_new_units_parse_to_what_they_count():
    expr = parse_duty("0.50 EUR/p/st MIN 2.70% MAX 4.60%")
    assert expr.minimum == Share(Decimal("0.027")) and expr.maximum == Share(Decimal("0.046"))
    assert expr.currencies == {"EUR"} and str(expr.specifics[0]) == "0.50 EUR/p/st"
    counted = {text: (s.unit, s.per) for text in ("1 EUR/100 kg/gross", "1 EUR/100 kg / br", "1 EUR/% vol/hl",
                                                  "1 EUR/tonne", "1 GBP/1000 kg", "1 EUR/100 m", "1 EUR/m2",
                                                  "1 USD/proof l", "1 USD/bbl")
               for s in parse_duty(text).specifics}
    assert counted == {"1 EUR/100 kg/gross": ("kg_gross", 100), "1 EUR/100 kg / br": ("kg_gross", 100),
                       "1 EUR/% vol/hl": ("pct_vol_l", 100), "1 EUR/tonne": ("kg", 1000),
                       "1 GBP/1000 kg": ("kg", 1000), "1 EUR/100 m": ("m", 100), "1 EUR/m2": ("m2", 1),
                       "1 USD/proof l": ("proof_l", 1), "1 USD/bbl": ("l", Decimal("158.987294928"))}
    assert isinstance(parse_duty("3 EUR/m2").specifics[0], Specific)
    with pytest.raises(DutyExpressionError, match="unknown unit 'barrel'"):
        parse_duty("2 EUR/barrel")


def test_eu_still_wine_pays_its_lines_duty_per_hectolitre(rules):
    # TARIC 2204 21 98 61, other wine of 13% vol or less in containers of 2 l or less: 13.10 EUR/hl (taric-check.com,
    # DG TAXUD data). 12 bottles of 0.75 l = 9 l = 0.09 hl: 13.10 x 0.09 = 1.179, rounded to 1.18
    amount, charge = _duty(rules, "DE", "2204.21.98.61", "12", "20.00", volume_l="9")
    assert amount == Decimal("1.18") and not charge.unverified
    assert charge.working == "13.10 EUR/hl x 9 l = 1.179"       # before rounding to the cent


def test_eu_wine_by_its_six_digit_code_asks_for_the_line_instead_of_the_sparkling_rate(rules):
    # the row had charged still wine the 32 EUR/hl of sparkling wine (2204 10): 2.88 on these 9 l instead of 1.18
    result = tc.quote(_order("DE", "2204.21", "12", "20.00", volume_l="9"), rules=rules)
    assert result.status == "rate_unknown" and "2204 21 98 61" in result.errors[0] and "13.10 EUR/hl" in result.errors[0]


# US duties per metric ton, per proof liter and per barrel (HTSUS, column 1 general: 2511.10.50 natural barium sulfate other than
# ground $1.25/t; 2207.10.30 undenatured ethyl alcohol of 80% vol or more, for beverage purposes, 18.9¢/pf.liter;
# 2204.30.00 other grape must 4.4¢/liter + 31.4¢/pf. liter; 2208.40.20 rum valued not over $3/proof liter
# 23.7¢/pf.liter). A proof liter is a liter at 100 US proof, 50% alcohol by volume: the duty counts the quantity the
# internal-revenue tax counts (HTSUS ch. 22 additional U.S. note 1), proof gallons being the spirits' alcoholic
# equivalent at proof (26 U.S.C. 5002(a)(10), (11)). Origin Iceland on 3 August 2026 (US_DATE): the Section 122
# surcharge has ended and Iceland pays no forced-labor section 301 duty, so the column 1 rate is the only duty.
@pytest.mark.parametrize("hs_code,line,duty,working", [
    # 20,000 kg = 20 t x 1.25 = 25.00
    ("2511.10.50", {"net_weight_kg": "20000"}, "25.00", "1.25 USD/tonne x 20000 kg = 25.00"),
    # 10 l at 96% vol = 19.2 proof l x 0.189 = 3.6288 -> 3.63
    ("2207.10.30", {"volume_l": "10", "alcohol_pct_vol": "96"}, "3.63", "0.189 USD/proof l x 19.2 proof l = 3.6288"),
    # 100 l x 0.044 = 4.40; 100 l at 10% vol = 20 proof l x 0.314 = 6.28; 10.68
    ("2204.30.00", {"volume_l": "100", "alcohol_pct_vol": "10"}, "10.68",
     "0.044 USD/l x 100 l = 4.40; 0.314 USD/proof l x 20 proof l = 6.28"),
    # twelve 0.7 l bottles = 8.4 l at 40% vol = 6.72 proof l x 0.237 = 1.59264 -> 1.59
    ("2208.40.20", {"volume_l": "8.4", "alcohol_pct_vol": "40"}, "1.59", "0.237 USD/proof l x 6.72 proof l = 1.59264"),
    # per barrel (HTSUS 2710.19.30 lubricating oils 84¢/bbl, 2710.19.45 white mineral oil 10.5¢/bbl; the petroleum
    # barrel is 42 US gallons of 231 cubic inches, 158.987294928 l, NIST SP 811 appendix B.8):
    # 1,000 l = 6.289810... bbl x 0.84 = 5.283441... -> 5.28
    ("2710.19.30", {"volume_l": "1000"}, "5.28", "0.84 USD/bbl x 1000 l = about 5.283441"),
    # one barrel exactly: 0.84
    ("2710.19.30", {"volume_l": "158.987294928"}, "0.84", "0.84 USD/bbl x 158.987294928 l = 0.84"),
    # a 208 l drum of white mineral oil: 1.308280... bbl x 0.105 = 0.137369... -> 0.14
    ("2710.19.45", {"volume_l": "208"}, "0.14", "0.105 USD/bbl x 208 l = about 0.137369"),
    # greases (2710.19.40, 1.3¢/kg + 5.7%): 5.7% of 2000.00 = 114.00, 50 kg x 0.013 = 0.65; 114.65
    ("2710.19.40", {"net_weight_kg": "50"}, "114.65", "5.7% of 2000.00 = 114.00; 0.013 USD/kg x 50 kg = 0.65"),
])
def test_us_duties_per_metric_ton_proof_liter_and_barrel(rules, hs_code, line, duty, working):
    result = tc.quote(_order("US", hs_code, "1", "2000", "USD", origin="IS", date=US_DATE, **line), rules=rules)
    assert result.status == "ok", result.errors
    (charge,) = [c for c in result.charges if c.kind == "duty"]
    assert (result.lines[0].duty, charge.working) == (Decimal(duty), working)
    assert charge.source.startswith("data/tariffs/us.csv:")


def test_a_proof_liter_duty_without_the_strength_asks_for_it(rules):
    result = tc.quote(_order("US", "2207.10.30", "1", "2000", "USD", origin="IS", date=US_DATE, volume_l="10"), rules=rules)
    assert result.status == "rate_unknown"
    assert "0.189 USD/proof l needs the line's volume_l and alcohol_pct_vol" in result.errors[0]
