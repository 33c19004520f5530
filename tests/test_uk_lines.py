"""The bundled UK lines (data/hs_codes/gb.csv): the eight-digit commodity codes of the DIT UK Global Tariff table
(May 2020; the UK's codes from 1 January 2021), and those a bundled UK row rates (from a current source, or derived
from the table for the HS 2022 lines of 94.05), that are still CN 2025 lines,
for the subheadings whose every CN 2025 line is among them, with the CN 2025 text. With them a UK listing gets a national line, and a given subheading
whose UK lines differ in rate takes the line the listing decides. Duties are the table's UKGT rates (4% on stuffed
toys 9503 00 41, 0% on wooden puzzles 9503 00 61, 2% on textile handbags 4202 22 90); import VAT 20% on value plus
duty (VAT Act 1994 s.21; consignments over GBP 135 are taxed at the border)."""
import csv
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc
from tradecompliance._paths import data_dir
from tradecompliance.errors import InvalidCode
from tradecompliance.hs.national import read_lines
from tradecompliance.pipeline import run_frame


def _rows(*parts):
    with open(data_dir().joinpath(*parts), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_uk_lines_are_table_codes_still_in_the_cn_for_whole_subheadings():
    uk = [r["code"] for r in _rows("hs_codes", "gb.csv")]
    cn = {r["code"] for r in _rows("hs_codes", "eu.csv")}
    table = {r["commodity"].zfill(8) for r in _rows("tariffs", "sources", "dit-ukgt-2020.csv")}
    # and the UK lines a bundled row rates (a current source; session 75: lines derived from the table, 9405 29 40 ...)
    table |= {r["code"] for r in _rows("tariffs", "gb.csv") if len(r["code"]) == 8}
    # ten-digit lines only where a bundled UK row rates the ten-digit lines of a code (7323 93 00 10 ironing
    # boards 3.2% / 90 other 0%, session 77), each pair in place of its eight-digit code
    ten = {c for c in uk if len(c) == 10}
    assert ten == {"7323930010", "7323930090"}
    assert ten <= {r["code"] for r in _rows("tariffs", "gb.csv")}
    uk = [c for c in uk if len(c) == 8] + sorted({c[:8] for c in ten})
    assert len(uk) == len(set(uk)) > 5000
    assert set(uk) <= table and set(uk) <= cn
    whole = {c[:6] for c in uk}
    assert {c for c in cn if c[:6] in whole} == set(uk)    # no subheading with only some of its lines


@pytest.mark.parametrize("title,line", [
    ("Plush Teddy Bear Stuffed Animal Toy 30cm", "95030041"),
    ("Wooden Jigsaw Puzzle 1000 Pieces for Adults", "95030061"),
    ("Women Nylon Handbag Large Capacity", "42022290"),
    ("LED Desk Lamp Plastic Touch Dimmable Reading Light", "94052140"),   # HS 2022 lines of 94.05 (session 75)
    ("Crystal Chandelier LED Ceiling Light Glass", "94051150"),
])
def test_a_uk_listing_gets_its_line(title, line):
    top = tc.classify(title, destination="GB").candidates[0]
    assert top.national_code == line and top.national_basis == "listing"
    assert any(f"GB line {line[:4]}.{line[4:6]}.{line[6:]}" in e for e in top.explanation)


def test_a_given_uk_subheading_takes_the_line_the_listing_decides(rules):
    # 9503 00 lines are 0% or 4% in the UKGT: the given subheading alone asks; GBP 500 a line, 2 Mar 2026
    base = {"origin_country": "CN", "destination_country": "GB", "date": "2026-03-02", "currency": "GBP", "unit_value": "500"}
    frame = pd.DataFrame([
        {**base, "order_id": "U1", "description": "Plush Teddy Bear Stuffed Animal Toy 30cm", "hs_code": "9503.00"},
        {**base, "order_id": "U2", "description": "Wooden Jigsaw Puzzle 1000 Pieces for Adults", "hs_code": "9503.00"},
        {**base, "order_id": "U3", "description": "Women Nylon Handbag Large Capacity", "hs_code": "4202.22"},
        {**base, "order_id": "U4", "description": "Toy", "hs_code": "9503.00"}])
    out = run_frame(frame, rules=rules)
    assert list(out["hs_code"]) == ["95030041", "95030061", "42022290", "9503.00"]
    assert out.loc[0, "hs_source"].startswith("given; national line from the listing: GB line 9503.00.41")
    # 4% x 500 = 20.00, VAT 20% x 520 = 104.00; 0%, VAT 20% x 500 = 100.00; 2% x 500 = 10.00, VAT 20% x 510 = 102.00
    assert list(out["duty"][:3]) == ["20.00", "0.00", "10.00"] and list(out["vat"][:3]) == ["104.00", "100.00", "102.00"]
    assert out.loc[3, "status"] == "rate_unknown" and "95030041 4.0%" in out.loc[3, "error"]
    order = {**{k: base[k] for k in ("origin_country", "destination_country", "date", "currency")},
             "lines": [{"description": "plush toy", "hs_code": "95030041", "quantity": "1", "unit_value": "500"}]}
    assert tc.quote(order, rules=rules).lines[0].duty == Decimal("20.00")   # the one-order path agrees


def test_a_users_uk_file_may_hold_ten_digit_lines_but_no_other_length(tmp_path):
    good = tmp_path / "gb.csv"
    good.write_text("code,description,unit\n9503004190,Stuffed > Other,\n95030041,Stuffed,\n", encoding="utf-8")
    assert [line.code for line in read_lines(good)] == ["9503004190", "95030041"]
    bad = tmp_path / "sub" / "gb.csv"
    bad.parent.mkdir()
    bad.write_text("code,description,unit\n950300419000,Stuffed,\n", encoding="utf-8")
    with pytest.raises(InvalidCode, match=r"gb.csv:2: gb lines have 8 or 10 digits, got '950300419000'"):
        read_lines(bad)


def test_a_given_uk_lamp_subheading_takes_its_line_by_material(rules):
    # UK 9405 21 LED table lamps: 40 plastics or ceramics 4% (derived from UKGT 9405 20 40, unverified), 50 glass 2%,
    # 90 other materials 2% (UK Trade Tariff via HSRates). GBP 500: 4% = 20.00, VAT 20% x 520 = 104.00
    frame = pd.DataFrame([{"order_id": "L1", "origin_country": "CN", "destination_country": "GB", "date": "2026-03-02",
                           "currency": "GBP", "unit_value": "500", "hs_code": "9405.21",
                           "description": "LED Desk Lamp Plastic Touch Dimmable Reading Light"}])
    out = run_frame(frame, rules=rules)
    assert out.loc[0, "hs_code"] == "94052140" and out.loc[0, "status"] == "ok", out.loc[0, "error"]
    assert (out.loc[0, "duty"], out.loc[0, "vat"]) == ("20.00", "104.00")


def test_uk_stainless_steel_household_articles_take_their_ten_digit_line(rules):
    # UK 7323 93 00: 10 ironing boards 3.2%, 90 other 0% (UK Trade Tariff via HSRates; data/tariffs/gb.csv). The
    # 10 line is the CN's old anti-dumping split for ironing boards, kept by the UK. GBP 500 a line, 2 Mar 2026:
    # pan 0% -> duty 0.00, VAT 20% x 500 = 100.00; ironing board 3.2% x 500 = 16.00, VAT 20% x 516 = 103.20
    top = tc.classify("Stainless steel frying pan 28cm non-stick", destination="GB").candidates[0]
    assert (top.hs6, top.national_code, top.national_basis) == ("732393", "7323930090", "residual")
    base = {"origin_country": "CN", "destination_country": "GB", "date": "2026-03-02", "currency": "GBP",
            "unit_value": "500", "hs_code": "7323.93"}
    frame = pd.DataFrame([{**base, "order_id": "S1", "description": "Stainless steel frying pan 28cm"},
                          {**base, "order_id": "S2", "description": "Stainless steel ironing board with iron rest"}])
    out = run_frame(frame, rules=rules)
    # a given subheading takes a line the listing names; "other" by default is no decision: the pan's rate is asked
    assert list(out["hs_code"]) == ["7323.93", "7323930010"], list(out["error"])
    assert out.loc[0, "status"] == "rate_unknown" and "7323 93 00 90 0%" in out.loc[0, "error"]
    assert (out.loc[1, "duty"], out.loc[1, "vat"]) == ("16.00", "103.20")
    pan = {**{k: base[k] for k in ("origin_country", "destination_country", "date", "currency")},
           "lines": [{"description": "frying pan", "hs_code": top.national_code, "quantity": "1", "unit_value": "500"}]}
    quoted = tc.quote(pan, rules=rules)
    # the classifier's line, 0%: duty 0.00, VAT 20% x 500 = 100.00
    assert (quoted.lines[0].duty, quoted.lines[0].vat) == (Decimal("0.00"), Decimal("100.00"))


@pytest.mark.parametrize("title", ["304 stainless steel water bottle 750ml", "316 Stainless Steel Tumbler 20oz",
                                   "304 Stainless Steel Mixing Bowl Set"])
def test_a_steel_grade_before_stainless_steel_still_names_steel(title):
    # "304 stainless steel" was matched as the longer phrase of the stainless class alone, so a split testing
    # steel (bottles: 39.24 / 73.23 / 76.15 ...) fell to its plastics residual; stainless steel is steel
    assert tc.classify(title, destination="GB").candidates[0].hs6 == "732393"
