"""UK zero and reduced rates of VAT read by tariff code (and, where the code holds other goods too, the line's
attributes).

Printed matter: zero-rated under VATA 1994 Sch. 8 Group 3 items 1-5 (books, booklets, brochures,
pamphlets and leaflets; newspapers, journals and periodicals; children's picture and painting books; printed music;
maps, charts and topographical plans), read by tariff code as 4901-4904 and 4905. Plans and drawings for industrial,
architectural or engineering use (4906) are excluded by Note (1), and a globe is no map (HMRC VAT Books manual
VBOOKS3800), which 4905 90 cannot tell from a wall map: its 0% is marked unverified. Every one of these headings is
duty-free in the UK Global Tariff, so at 500.00 from the US (above the GBP 135 relief) the VAT is the whole charge:
20% of 500.00 = 100.00 where the zero rate does not reach.

Women's sanitary products: zero-rated from 1 January 2021 (VATA 1994 Sch. 8 Group 19, inserted by Finance Act 2016
s. 126; 5% from 1 January 2001 before, SI 2000/2954, which the UK's own tariff, from 2021, never meets). The UK lines
of pads, tampons and similar articles (9619 00 40, 71, 75, 79) are the zero-rated ones; nappies (9619 00 81) and
incontinence articles (9619 00 89) share the subheading and are standard-rated, so a bare 9619 00 is too.

Children's car seats: 5% (Sch. 7A Group 5, from 12 May 2001), where the line says the seat is a child's: 9401 20 holds
every seat of a motor vehicle. Motorcycle and pedal cycle helmets: 0% (Sch. 8 Group 16 item 3), where the line says
that use: safety headgear of 6506 10 holds industrial hard hats and sports helmets too. Both codes carry a 2% duty in
the UK Global Tariff, so 500.00 pays 10.00 duty and VAT on 510.00: 5% = 25.50, 20% = 102.00.

Contraceptive products: 5% from 1 July 2006 (Sch. 7A Group 8), read as the sheath contraceptives of 4014 10.
Smoking cessation products: 5% from 1 July 2007 (Sch. 7A Group 11, SI 2007/1601): nicotine patches of 2404 92 by
their code; gums, lozenges, sprays and inhalators (2404 91, 2404 99) where the line says the use, as nicotine
pouches share their codes."""
import json
from decimal import Decimal

import pytest

import tradecompliance as tc


def _quote(rules, code, value="500.00", date="2026-05-20", **line):
    return tc.quote({"origin_country": "US", "destination_country": "GB", "date": date, "currency": "GBP",
                     "lines": [{"description": "goods", "hs_code": code, "quantity": "1", "unit_value": value, **line}]},
                    rules=rules)


def _vat(res):
    (charge,) = [c for c in res.charges if c.kind == "vat"]
    return charge


def _quoted(res, duty, vat):
    """A quote of one line that went through with this duty and VAT; its VAT charge."""
    assert res.status == "ok", res.errors
    assert res.lines[0].duty == Decimal(duty) and res.lines[0].vat == Decimal(vat)
    return _vat(res)


@pytest.mark.parametrize("code", ["4901.99", "4902.10", "4902.90", "4903.00", "4904.00", "4905.20"])
def test_group_3_items_are_zero_rated(rules, code):
    # 4902: newspapers (item 2), 4904: printed music (item 4), 4905 20: atlases (item 5), all free of duty
    res = _quote(rules, code)
    charge = _quoted(res, "0.00", "0.00")
    assert charge.rate == "0%" and "Group 3 items 1-5" in charge.ref and "maps and charts other" not in charge.rule
    # the zero rate is sure; the VAT charge is marked unverified only where its base is (the duty rows transcribed
    # from the 2020 UK Global Tariff table are verified=no, the 4905 20 row was checked against the current tariff)
    duty = [c for c in res.charges if c.kind == "duty"][0]
    assert charge.unverified == duty.unverified
    if code == "4905.20":
        assert not charge.unverified


def test_maps_other_than_in_book_form_are_zero_rated_but_unverified(rules):
    res = _quote(rules, "4905.90")
    duty = [c for c in res.charges if c.kind == "duty"][0]
    charge = _vat(res)
    # the duty row is verified, so the VAT charge's mark comes from the rate itself (globes share the code)
    assert not duty.unverified and charge.rate == "0%" and charge.unverified and "maps and charts other" in charge.rule


def test_industrial_plans_and_drawings_are_standard_rated(rules):
    # 4906 (plans and drawings for architectural, engineering, industrial ... purposes): Note (1) leaves them out
    assert _quoted(_quote(rules, "4906.00"), "0.00", "100.00").rate == "20%"


def test_the_batch_path_gives_the_one_order_figures(rules):
    import pandas as pd

    from tradecompliance.pipeline import run_frame

    frame = pd.DataFrame({"order_id": ["a", "b", "c", "d", "e"],
                          "description": ["newspaper", "plans", "tampons", "motorcycle helmet", "child car seat"],
                          "hs_code": ["4902.10", "4906.00", "9619.00.75", "6506.10", "9401.20"],
                          "attributes": ["", "", "", '{"end_use": "motorcycle"}', '{"age_group": "child"}'],
                          "origin_country": "US", "destination_country": "GB", "date": "2026-05-20", "currency": "GBP",
                          "unit_value": "500.00", "quantity": "1"})
    out = run_frame(frame, steps=("quote",), rules=rules)
    assert list(out["vat"].astype(str)) == ["0.00", "100.00", "0.00", "0.00", "25.50"]
    # each row as the one-order path quotes it
    for row, vat in zip(frame.to_dict("records"), out["vat"].astype(str)):
        one = _quote(rules, row["hs_code"], **({"attributes": json.loads(row["attributes"])} if row["attributes"] else {}))
        assert str(one.lines[0].vat) == vat


@pytest.mark.parametrize("code,vat,rate", [
    ("9619.00.75", "0.00", "0%"),       # tampons (Group 19 Note (1)(a)); UK Global Tariff 0%
    ("9619.00.71", "0.00", "0%"),       # sanitary towels (pads)
    ("9619.00.40", "0.00", "0%"),       # of textile (reusable pads)
    ("9619.00.81", "100.00", "20%"),    # babies' napkins: standard-rated, 20% of 500.00
    ("9619.00.89", "100.00", "20%"),    # incontinence articles: not women's sanitary products
    ("9619.00", "100.00", "20%"),       # the subheading alone: nappies share it, so nothing is zero-rated
])
def test_womens_sanitary_products_are_zero_rated_from_2021(rules, code, vat, rate):
    charge = _quoted(_quote(rules, code), "0.00", vat)
    assert charge.rate == rate
    if rate == "0%":
        assert "Finance Act 2016" in charge.ref and "women's sanitary products" in charge.rule


def test_the_zero_rate_holds_on_the_first_day(rules):
    res = _quote(rules, "9619.00.75", date="2021-01-01")
    assert res.status == "ok" and _vat(res).rate == "0%"


@pytest.mark.parametrize("attributes,vat,rate", [
    ({"age_group": "child"}, "25.50", "5%"),
    ({"age_group": "baby"}, "25.50", "5%"),
    (None, "102.00", "20%"),             # a car's own seat
])
def test_childrens_car_seats_pay_5_percent(rules, attributes, vat, rate):
    res = _quote(rules, "9401.20", **({"attributes": attributes} if attributes else {}))
    assert _quoted(res, "10.00", vat).rate == rate


@pytest.mark.parametrize("attributes,vat,rate", [
    ({"end_use": "motorcycle"}, "0.00", "0%"),
    ({"end_use": "cycling"}, "0.00", "0%"),
    ({"end_use": "skiing"}, "102.00", "20%"),  # a ski helmet is no item 3 helmet
    (None, "102.00", "20%"),                   # the code alone: hard hats and sports helmets share it
])
def test_motorcycle_and_cycle_helmets_are_zero_rated(rules, attributes, vat, rate):
    charge = _quoted(_quote(rules, "6506.10", **({"attributes": attributes} if attributes else {})), "10.00", vat)
    assert charge.rate == rate
    if rate == "0%":
        assert "Group 16 item 3" in charge.ref


def test_condoms_pay_5_percent(rules):
    # Sch. 7A Group 8 from 1 July 2006 (SI 2006/1472); 4014 10 00 free in the UK Global Tariff: 5% of 500.00 = 25.00
    charge = _quoted(_quote(rules, "4014.10"), "0.00", "25.00")
    assert charge.rate == "5%" and "SI 2006/1472" in charge.ref
    # other articles of vulcanised rubber for hygiene (4014 90) are standard-rated: 20% of 500.00
    assert _quote(rules, "4014.90").lines[0].vat == Decimal("100.00")


@pytest.mark.parametrize("code,attributes,duty,vat,rate", [
    # nicotine patches (2404 92, free): 5% of 500.00 = 25.00 whatever the line says
    ("2404.92", None, "0.00", "25.00", "5%"),
    # nicotine gum of 2404 91 90 (16% = 80.00): 5% of 580.00 = 29.00 when the line says so; nicotine pouches
    # share the line and pay 20% of 580.00 = 116.00
    ("2404.91.90", {"end_use": "smoking_cessation"}, "80.00", "29.00", "5%"),
    ("2404.91.90", None, "80.00", "116.00", "20%"),
    # an inhalator of 2404 99 (6% = 30.00): 5% of 530.00 = 26.50
    ("2404.99", {"end_use": "stop_smoking"}, "30.00", "26.50", "5%"),
])
def test_smoking_cessation_products_pay_5_percent(rules, code, attributes, duty, vat, rate):
    # Sch. 7A Group 11 (SI 2007/1601) from 1 July 2007, kept after 30 June 2008
    charge = _quoted(_quote(rules, code, **({"attributes": attributes} if attributes else {})), duty, vat)
    assert charge.rate == rate
    if rate == "5%":
        assert "SI 2007/1601" in charge.ref
