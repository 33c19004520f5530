"""The order model: exact money, ISO codes, identifiers checked by python-stdnum, all problems at once."""
import datetime as dt
from decimal import Decimal

import pytest

import tradecompliance as tc
from tradecompliance.errors import InvalidInput

BASE = {
    "origin_country": "CN",
    "destination_country": "DE",
    "date": "2026-03-01",
    "currency": "EUR",
    "lines": [{"description": "Cotton T-shirt", "hs_code": "6109.10", "quantity": 2, "unit_value": "12.50"}],
}


def test_valid_order_parses_with_exact_decimals():
    order = tc.Order.parse(BASE)
    assert order.lines[0].unit_value == Decimal("12.50")
    assert order.lines[0].hs_code == "610910"
    assert order.goods_value == Decimal("25.00")
    assert order.date == dt.date(2026, 3, 1)


def test_floats_are_refused_for_money():
    data = {**BASE, "shipping": 4.99}
    with pytest.raises(InvalidInput) as exc:
        tc.Order.parse(data)
    assert exc.value.problems[0][0] == "shipping"
    assert "floats are refused" in exc.value.problems[0][1]


def test_every_problem_is_listed_with_its_path():
    data = {
        **BASE,
        "destination_country": "XX",
        "currency": "EUX",
        "lines": [{"description": "", "quantity": 0, "unit_value": "-1", "hs_code": "12345"}],
    }
    with pytest.raises(InvalidInput) as exc:
        tc.Order.parse(data)
    paths = {p for p, _ in exc.value.problems}
    assert {"destination_country", "currency", "lines.0.description", "lines.0.quantity", "lines.0.unit_value", "lines.0.hs_code"} <= paths
    assert "destination_country" in str(exc.value)


@pytest.mark.parametrize("written", ["20/11/2026", "11/20/2026", "Nov 20 2026", "2026-11-31"])
def test_a_date_not_written_year_month_day_is_refused_showing_the_form_expected(written):
    # a spreadsheet's local date format is the commonest date mistake: the message shows the form, not the parser's
    # account of the character it stopped at; an impossible day (30 days in November) is refused alike
    with pytest.raises(InvalidInput) as exc:
        tc.Order.parse({**BASE, "date": written})
    assert exc.value.problems == [("date", f'expected a date written year-month-day, like "2026-03-02", got {written!r}')]
    buyer = {"name": "A. Buyer", "country": "DE", "date_of_birth": "02.03.1990"}
    with pytest.raises(InvalidInput) as exc:
        tc.Order.parse({**BASE, "buyer": buyer})
    assert exc.value.problems == [("buyer.date_of_birth", "expected a date written year-month-day, like \"2026-03-02\", got '02.03.1990'")]


def test_unknown_fields_are_errors():
    with pytest.raises(InvalidInput) as exc:
        tc.Order.parse({**BASE, "destinaton": "FR"})
    assert ("destinaton", "unknown field") in exc.value.problems


def test_subdivision_must_belong_to_destination():
    assert tc.Order.parse({**BASE, "destination_country": "CA", "destination_subdivision": "ON"}).destination_subdivision == "CA-ON"
    with pytest.raises(InvalidInput):
        tc.Order.parse({**BASE, "destination_country": "CA", "destination_subdivision": "US-NY"})


def test_ioss_number_checked_by_stdnum():
    # IOSS numbers are IM + the ISO 3166 numeric code of the member state of identification + 7 digits
    # (stdnum.eu.oss checks length, digits and the member-state code; there is no public checksum).
    ok = tc.Order.parse({**BASE, "registrations": [{"scheme": "eu_ioss", "number": "IM 276 000 0019"}]})
    assert ok.registration("eu_ioss") == "IM2760000019"
    for bad in ["IM9990000019", "IM27600000", "EU3720000224"]:  # 999 is no member state; too short; not IM
        with pytest.raises(InvalidInput) as exc:
            tc.Order.parse({**BASE, "registrations": [{"scheme": "eu_ioss", "number": bad}]})
        assert exc.value.problems[0][0] == "registrations.0"


def test_buyer_vat_id_checked_by_stdnum():
    # DE136695976 is a well-formed German VAT number (checksum valid, stdnum's own test vector).
    order = tc.Order.parse({**BASE, "buyer_type": "business", "buyer": {"name": "Kunde GmbH", "country": "DE", "vat_id": "DE 136 695 976"}})
    assert order.buyer.vat_id == "136695976"
    with pytest.raises(InvalidInput):
        tc.Order.parse({**BASE, "buyer": {"name": "X", "country": "DE", "vat_id": "DE136695977"}})


def test_gb_vat_number_checked():
    # GB980780684 passes the HMRC mod-97 check (stdnum.gb.vat test vector).
    order = tc.Order.parse({**BASE, "destination_country": "GB", "registrations": [{"scheme": "gb_vat", "number": "GB 980 7806 84"}]})
    assert order.registration("gb_vat") == "980780684"
