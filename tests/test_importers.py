"""The USITC HTS importer: the HTSUS rate notation becomes duty expressions the engine computes."""
import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from tradecompliance.landed.duty_expr import parse_duty
from tradecompliance.landed.importers.usitc import UnsupportedRate, read_hts, read_hts_csv, read_hts_json, us_duty

# A few records in the USITC export's shape. Rates as printed in HTSUS 2025: 6109.10.00 16.5%;
# 2009.11.00 (orange juice, frozen) 7.85¢/liter; 6402.99.31 (footwear) 6%; 0805.10.00 (oranges) 1.9¢/kg.
RECORDS = [
    {"htsno": "6109", "indent": "0", "description": "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "units": [], "general": ""},
    {"htsno": "6109.10.00", "indent": "1", "description": "Of cotton", "units": [], "general": "16.5%"},
    {"htsno": "6109.10.00.04", "indent": "2", "description": "Men's or boys'", "units": ["doz.", "kg"], "general": ""},
    {"htsno": "6109.10.00.40", "indent": "2", "description": "Women's or girls'", "units": ["doz.", "kg"], "general": ""},
    {"htsno": "2009.11.00", "indent": "2", "description": "Frozen", "units": [], "general": "7.85¢/liter"},
    {"htsno": "0805.10.00", "indent": "1", "description": "Oranges", "units": ["kg"], "general": "1.9¢/kg"},
    {"htsno": "9999.99.99", "indent": "1", "description": "Odd", "units": [], "general": "The rate applicable to the article"},
]


@pytest.mark.parametrize("text, expected", [
    ("Free", "Free"), ("16.5%", "16.5%"), ("7.85¢/liter", "0.0785 USD/l"), ("2.8¢/kg + 4%", "0.028 USD/kg + 4%"),
    ("$1.35/doz. + 5%", "1.35 USD/dozen + 5%"), ("19.3¢/pr.", "0.193 USD/pair"),
    # per piece without a slash: 9507.30.40 fishing reels 24¢ each, 9608.10.00 ball point pens 0.8¢ each + 5.4%;
    # per gross and per thousand: 9609.10.00 pencils 14¢/gross + 4.3%, 9608.99.30 pen balls 20¢/thousand + 3.5%
    ("24¢ each", "0.24 USD/unit"), ("0.8¢ each + 5.4%", "0.008 USD/unit + 5.4%"),
    ("14¢/gross + 4.3%", "0.14 USD/gross + 4.3%"), ("20¢/thousand + 3.5%", "0.2 USD/thousand + 3.5%"),
    # per thousand written as a number: 0601.10.15 tulip bulbs 89.6¢/1000, 0601.10.60 narcissus bulbs $1.34/1000
    ("89.6¢/1000", "0.896 USD/thousand"), ("$1.34/1000", "1.34 USD/thousand"),
    # per metric ton ("t"): 2511.10.50 barytes $1.25/t, 1212.91.00 sugar beet 39.7¢/t; per proof liter: 2207.10.30
    # ethyl alcohol for beverages 18.9¢/pf.liter, 2204.30.00 grape must 4.4¢/liter + 31.4¢/pf. liter
    ("$1.25/t", "1.25 USD/tonne"), ("39.7¢/t", "0.397 USD/tonne"), ("18.9¢/pf.liter", "0.189 USD/proof l"),
    ("4.4¢/liter + 31.4¢/pf. liter", "0.044 USD/l + 0.314 USD/proof l"),
    # 3213.10.00 colours in sets, on the whole set the line declares; 2005.99.85 chickpeas prepared, per kilogram of
    # the container's contents with their liquid, the line's net weight
    ("6.5% on the entire set", "6.5%"), ("0.8¢/kg on entire contents of container", "0.008 USD/kg"),
])
def test_htsus_rates_become_duty_expressions(text, expected):
    assert us_duty(text) == expected
    parse_duty(expected)


def test_a_specific_rate_computes_in_dollars():
    # 7.85 cents per litre on 2 litres = USD 0.157
    assert parse_duty(us_duty("7.85¢/liter")).compute(Decimal(10), {"l": Decimal(2)}, lambda a, c: a) == Decimal("0.1570")


def test_per_piece_rates_compute_on_the_quantity():
    # HTSUS 9608.10.00 ball point pens, 0.8¢ each + 5.4%: 1,000 pens worth USD 150 pay 8.00 + 8.10 = USD 16.10;
    # 9609.10.00 pencils, 14¢/gross + 4.3%: 288 pencils (2 gross) worth USD 20 pay 0.28 + 0.86 = USD 1.14
    pens = parse_duty(us_duty("0.8¢ each + 5.4%")).compute(Decimal(150), {"unit": Decimal(1000)}, lambda a, c: a)
    pencils = parse_duty(us_duty("14¢/gross + 4.3%")).compute(Decimal(20), {"unit": Decimal(288)}, lambda a, c: a)
    assert (pens, pencils) == (Decimal("16.1"), Decimal("1.14"))
    # 0601.10.15 tulip bulbs, 89.6¢/1000: 2,500 bulbs pay 2.5 x 0.896 = USD 2.24
    tulips = parse_duty(us_duty("89.6¢/1000")).compute(Decimal(300), {"unit": Decimal(2500)}, lambda a, c: a)
    assert tulips == Decimal("2.24")


def test_unreadable_rates_are_reported_not_guessed():
    with pytest.raises(UnsupportedRate, match="cannot read"):
        us_duty("The rate applicable to the article")
    with pytest.raises(UnsupportedRate, match="unit"):
        us_duty("3¢/m2")
    # 2206.00.30: the proof liters of the ethyl alcohol content, written out; 2209.00.00 vinegar: its proof liter is
    # not the spirits' one
    with pytest.raises(UnsupportedRate, match="unit 'pf. liter on ethyl alcohol content'"):
        us_duty("3.1¢/liter + 22.1¢/pf. liter on ethyl alcohol content")
    with pytest.raises(UnsupportedRate, match="vinegar"):
        us_duty("0.5¢/pf.liter", "2209.00.00")
    # 0711.20.40 olives, on drained weight (the solids without their liquid), which no line field states; a container's
    # contents are read only per kilogram
    with pytest.raises(UnsupportedRate, match="drained weight"):
        us_duty("8.6¢/kg on drained weight")
    with pytest.raises(UnsupportedRate, match="unit"):
        us_duty("8¢/liter on entire contents of container")


# The same export as CSV ("Export" on hts.usitc.gov), a fragment of heading 9506 as the USITC prints it: 9506.62.40
# (footballs and soccer balls) Free, 9506.62.80 (other inflatable balls) 4.8%; the "Unit of Quantity" cell is a
# JSON list. The superior row "Balls, other than golf balls ..." has no number; 9506.62.80.20 skips a level.
HTS_CSV = """HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties
"9506","0","Articles and equipment for general physical exercise, gymnastics, athletics, other sports:","","","","","",""
"","1","Balls, other than golf balls and table-tennis balls:","","","","","",""
"9506.62","2","Inflatable balls:","","","","","",""
"9506.62.40","3","Footballs and soccer balls","","Free","","30%","",""
"9506.62.40.40","4","Footballs","[""No.""]","","","","",""
"9506.62.40.80","4","Soccer balls","[""No.""]","","","","",""
"9506.62.80","3","Other","","4.8%","Free (A*,AU)","30%","",""
"9506.62.80.20","5","Basketballs","[""No.""]","","","","",""
"""


def test_the_csv_export_reads_as_the_json_one(tmp_path):
    src = tmp_path / "htsdata.csv"
    src.write_text(HTS_CSV, encoding="utf-8")
    result = read_hts_csv(src, valid_from="2026-01-01", edition="2026")
    assert [(r["code"], r["duty"]) for r in result.tariff_rows if not r["agreement"]] == [("95066240", "Free"), ("95066280", "4.8%")]
    lines = {r["code"]: r for r in result.national_lines}
    assert list(lines) == ["9506624040", "9506624080", "9506628020"]
    # each line's text is its whole path from the heading, the level the export leaves out (indent 4) skipped
    assert lines["9506624080"]["description"].endswith(
        "> Balls, other than golf balls and table-tennis balls: > Inflatable balls: > Footballs and soccer balls > Soccer balls")
    assert lines["9506628020"]["description"].endswith("> Inflatable balls: > Other > Basketballs")
    assert lines["9506624040"]["unit"] == "No."
    # read_hts tells the two exports apart by their first character
    records = [{"htsno": r[0], "indent": r[1], "description": r[2], "units": json.loads(r[3]) if r[3] else [], "general": r[4]}
               for r in __import__("csv").reader(HTS_CSV.splitlines()[1:])]
    (tmp_path / "hts.json").write_text(json.dumps(records), encoding="utf-8")
    as_json = read_hts(tmp_path / "hts.json", valid_from="2026-01-01", edition="2026")
    assert as_json.national_lines == read_hts(src, valid_from="2026-01-01", edition="2026").national_lines == result.national_lines
    bad = tmp_path / "other.csv"
    bad.write_text("code,text\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a USITC HTS CSV export .*HTS Number"):
        read_hts_csv(bad, valid_from="2026-01-01", edition="2026")


def test_a_textile_category_number_is_no_part_of_a_line_text(tmp_path):
    # HTSUS 6104.43.20 as the USITC export prints it: the statistical suffixes end with the former quota system's
    # textile category in parentheses ("Women's (636)"); a number within a text ("(ballotini)", "8701.21") stays
    src = tmp_path / "htsdata.csv"
    src.write_text(HTS_CSV.splitlines()[0] + "\n" + """"6104","0","Women's or girls' suits, ensembles, dresses, knitted or crocheted:","","","","","",""
"","1","Dresses:","","","","","",""
"6104.43","2","Of synthetic fibers:","","","","","",""
"6104.43.20","3","Other","","16%","","72%","",""
"6104.43.20.10","4","Women's (636)","[""doz."",""kg""]","","","","",""
"6104.43.20.20","4","Girls' (636)","[""doz."",""kg""]","","","","",""
"6104.49.90.60","4","Other (836):","[""doz."",""kg""]","","","","",""
"3919.90.10.00","2","Having a light-reflecting surface produced by glass grains (ballotini)","[""kg""]","6.5%","","50%","",""
""", encoding="utf-8")
    lines = {r["code"]: r["description"] for r in read_hts_csv(src, valid_from="2026-01-01", edition="2026").national_lines}
    assert lines["6104432010"].endswith("> Dresses: > Of synthetic fibers: > Other > Women's")
    assert lines["6104432020"].endswith("> Other > Girls'") and lines["6104499060"].endswith("> Other:")
    assert lines["3919901000"].endswith("glass grains (ballotini)")


def test_import_writes_rates_and_lines_and_the_engine_uses_them(tmp_path, monkeypatch):
    src = tmp_path / "hts.json"
    src.write_text(json.dumps(RECORDS), encoding="utf-8")
    result = read_hts_json(src, valid_from="2025-01-01", edition="2025 Basic")
    assert [r["code"] for r in result.tariff_rows if not r["agreement"]] == ["61091000", "20091100", "08051000"]
    # no special rate printed: each agreement's row is the general rate (general note 3(a)(iii)), the unreadable
    # 9999.99.99 included, as unknown
    assert {(r["code"], r["duty"]) for r in result.tariff_rows if r["agreement"]} == {
        ("61091000", "16.5%"), ("20091100", "0.0785 USD/l"), ("08051000", "0.019 USD/kg"), ("99999999", "unknown")}
    assert [r["code"] for r in result.national_lines] == ["6109100004", "6109100040"]
    assert "Of cotton" in result.national_lines[0]["description"]
    assert len(result.skipped) == 1 and result.skipped[0].startswith("9999.99.99")

    from tradecompliance_cli.main import app

    out = tmp_path / "imported"
    res = CliRunner().invoke(app, ["tariffs", "import-usitc", str(src), "--out", str(out), "--valid-from", "2025-01-01", "--edition", "2025 Basic"])
    assert res.exit_code == 0, res.output
    assert (out / "tariffs" / "us.csv").exists() and (out / "hs_codes" / "us.csv").exists()

    from tradecompliance.landed import tariffs

    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(out / "tariffs"))
    tariffs._cache.clear()
    try:
        sched = tariffs.schedule("us")
        row = sched.find("0805100000", __import__("datetime").date(2025, 6, 1))
        assert row is not None and row.duty == "0.019 USD/kg" and row.ref.startswith("HTSUS 2025 Basic")
    finally:
        tariffs._cache.clear()


# Rows in the layout of the UK Global Tariff table (commodity, description, cet_duty_rate, ukgt_duty_rate,
# change), with rates in the UK tariff's notation: 6109 10 00 T-shirts of cotton 12.00% (as in
# data/tariffs/gb.csv); a compound third-country duty written as the UK Integrated Online Tariff prints one
# ("12.00 % + 147.00 GBP / 100 kg", an example of the notation, not a claim about that line's rate); a sugar
# line with a per-sucrose qualifier the engine cannot compute.
UKGT = """commodity,description,cet_duty_rate,ukgt_duty_rate,change
6109100010,Men's or boys',12.00%,12.00%,No change
6109100090,Other,12.00%,12.00%,No change
0406902100,Cheese (example compound rate),,12.00 % + 147.00 GBP / 100 kg,
8518400010,Audio-frequency electric amplifiers,2.70%,0.00%,Liberalised
1702909500,Other sugars,0.30 EUR / 100 kg/net/%sacchar.,0.30 GBP / 100 kg/net/%sacchar.,Converted to GBP
"""


def test_ukgt_rates_become_duty_expressions_and_quote_with_them(tmp_path, monkeypatch):
    import datetime as dt

    from tradecompliance.landed import tariffs
    from tradecompliance.landed.importers.ukgt import read_ukgt_csv
    from tradecompliance.landed.importers.schedule import tariff_duty as uk_duty

    assert uk_duty("8.00 % + 21.00 GBP / 100 kg") == "8.00% + 21.00 GBP/100 kg"
    # the DIT UK Global Tariff table (May 2020) writes the UK rate of 3505 10 10 dextrins without spaces
    assert uk_duty("8.00% + 14.00 GBP/100kg") == "8.00% + 14.00 GBP/100 kg"
    # 5701 10 90 knotted wool carpets: a maximum per square metre (the line's quantity in m2, session 76)
    assert uk_duty("8.00% MAX 2.80 EUR / m2") == "8.00% MAX 2.80 EUR/m2"
    with pytest.raises(UnsupportedRate, match="'EA'"):
        uk_duty("9.00% +  EA")                      # 3302 10 29: an agricultural component the table does not state
    with pytest.raises(UnsupportedRate, match="sacchar"):
        uk_duty("0.30 GBP / 100 kg/net/%sacchar.")
    src = tmp_path / "ukgt.csv"
    src.write_text(UKGT, encoding="utf-8")
    result = read_ukgt_csv(src, valid_from="2026-01-01", edition="2026")
    codes = {r["code"]: r["duty"] for r in result.tariff_rows}
    assert codes["6109100010"] == "12.00%" and codes["610910"] == "12.00%"      # one rate under 6109 10: an HS6 row
    assert codes["04069021"] == "12.00% + 147.00 GBP/100 kg" and codes["85184000"] == "0%"
    assert len(result.skipped) == 1 and result.skipped[0].startswith("1702909500")

    from tradecompliance_cli.main import app

    out = tmp_path / "imported"
    res = CliRunner().invoke(app, ["tariffs", "import-ukgt", str(src), "--out", str(out), "--valid-from", "2026-01-01", "--edition", "2026"])
    assert res.exit_code == 0, res.output
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(out / "tariffs"))
    tariffs._cache.clear()
    try:
        row = tariffs.schedule("gb").find("0406902100", dt.date(2026, 6, 1))
        assert row is not None and row.duty == "12.00% + 147.00 GBP/100 kg"
        # 20 kg with a customs value of GBP 200: 12% x 200 + 147 x 20/100 = 24.00 + 29.40 = 53.40
        amount = parse_duty(row.duty).compute(Decimal(200), {"kg": Decimal(20)}, lambda a, c: a)
        assert amount == Decimal("53.40")
    finally:
        tariffs._cache.clear()


# Rows in the layout of the Commission's "Duties Import 01-99.xlsx" (TARIC): third-country duties (measure
# type 103, origin 1011 erga omnes) as the Common Customs Tariff sets them: 6109 10 00 T-shirts of cotton 12%,
# 4202 21 handbags of leather 3%, 8517 13 smartphones free (CN 2022, Annex I to Regulation (EEC) No 2658/87).
TARIC_HEADER = ["Goods code", "Add code", "Order No.", "Start date", "End date", "RED_IND", "Origin", " Measure type",
                "Legal base", "Duty", "Origin code", " Meas. type code"]
TARIC_ROWS = [
    ["6109100010 80", "", "", "01-01-2022", "", "", "ERGA OMNES", "Third country duty", "R2658/87", "12.000 %", "1011", "103"],
    ["6109100090 80", "", "", "01-01-2022", "", "", "ERGA OMNES", "Third country duty", "R2658/87", "12.000 %", "1011", "103"],
    ["6109100010 80", "", "", "01-01-2022", "", "", "Viet Nam", "Tariff preference", "D0753/20", "0.000 %", "VN", "142"],
    ["4202210000 80", "", "", "01-01-2022", "", "", "ERGA OMNES", "Third country duty", "R2658/87", "3.000 %", "1011", "103"],
    ["4202210000 80", "", "092011", "01-01-2022", "", "", "ERGA OMNES", "Tariff quota", "R2658/87", "0.000 %", "1011", "122"],
    ["8517130000 80", "", "", "01-01-2022", "", "", "ERGA OMNES", "Third country duty", "R2658/87", "0.000 %", "1011", "103"],
    ["2005202000 80", "", "", "01-01-2022", "", "", "ERGA OMNES", "Third country duty", "R2658/87",
     "14.100 % + 9.800 EUR / 100 kg / net drained wt", "1011", "103"],  # a qualifier the engine has no quantity for
]


def test_taric_duties_xlsx_becomes_eu_rows_and_quotes(tmp_path, monkeypatch):
    import datetime as dt

    import openpyxl

    from tradecompliance.landed import tariffs
    from tradecompliance.landed.importers.taric import read_taric
    from tradecompliance_cli.main import app

    src = tmp_path / "Duties Import 01-99.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(TARIC_HEADER)
    for row in TARIC_ROWS:
        ws.append(row)
    wb.save(src)
    result = read_taric(src, edition="2026-01")
    codes = {(r["code"], r["valid_from"]): r["duty"] for r in result.tariff_rows}
    assert codes[("6109100010", "2022-01-01")] == "12.000%" and codes[("610910", "2022-01-01")] == "12.000%"
    assert codes[("420221", "2022-01-01")] == "3.000%"                 # the quota line (order 092011) is not the general rate
    assert codes[("851713", "2022-01-01")] == "0%"
    assert not any(r["agreement"] for r in result.tariff_rows)         # the preference row is left to the packs
    assert len(result.skipped) == 1 and result.skipped[0].startswith("2005202000") and "net drained wt" in result.skipped[0]

    out = tmp_path / "imported"
    res = CliRunner().invoke(app, ["tariffs", "import-taric", str(src), "--out", str(out), "--edition", "2026-01"])
    assert res.exit_code == 0, res.output
    assert "rates skipped" in res.output
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(out / "tariffs"))
    tariffs._cache.clear()
    try:
        row = tariffs.schedule("eu").find("6109100010", dt.date(2026, 6, 1))
        assert row is not None and row.duty == "12.000%" and "R2658/87" in row.ref
        # EUR 200 of T-shirts: 12% = EUR 24.00
        assert parse_duty(row.duty).compute(Decimal(200), {}, lambda a, c: a) == Decimal("24.00")
    finally:
        tariffs._cache.clear()
    bad = tmp_path / "other.csv"
    bad.write_text("code;rate\n1;2\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["tariffs", "import-taric", str(bad), "--out", str(out), "--edition", "x"])
    assert res.exit_code == 1 and "not a TARIC duties table" in res.output


# Rows in the layout of the Commission's TARIC goods nomenclature file ("Nomenclature EN.xlsx": goods code
# with product-line suffix, dates, digits, indent, text). Texts and codes of the Combined Nomenclature 2025
# (Annex I to Regulation (EEC) No 2658/87 as replaced by Implementing Regulation (EU) 2024/2522): heading
# 6109 with CN lines 6109 10 00, 6109 90 20 and 6109 90 90 and the TARIC subdivisions 6109 10 00 10 / 90;
# heading 0410 as split by HS 2022 (insects), with a heading text of its own (suffix 10) above 0410 10 91 /
# 99; heading 0702, a single line 0702 00 00 until CN 2025 divided it (0702 00 10, 91, 99 from 1 Jan 2025);
# a CN chapter 98 line with no HS subheading.
CN_HEADER = ["Goods code", "Start date", "End date", "Language", "Hier. Pos.", "Indent", "Description", "Descr. start date"]
CN_ROWS = [
    ["0410000000 80", "01-01-1972", "", "EN", 4, "", "Insects and other edible products of animal origin, not elsewhere specified or included", "01-01-2022"],
    ["0410100000 80", "01-01-2022", "", "EN", 6, "- ", "Insects", "01-01-2022"],
    ["0410101000 80", "01-01-2022", "", "EN", 8, "- - ", "Fresh, chilled or frozen, other than flours and meals", "01-01-2023"],
    ["0410109100 10", "01-01-2022", "", "EN", 8, "- - ", "Other", "01-01-2023"],
    ["0410109100 80", "01-01-2022", "", "EN", 8, "- - - ", "Flours and meals", "01-01-2023"],
    ["0410109900 80", "01-01-2022", "", "EN", 8, "- - - ", "Other", "01-01-2023"],
    ["0410900000 80", "01-01-2022", "", "EN", 6, "- ", "Other", "01-01-2023"],
    ["0702000000 80", "01-01-1972", "", "EN", 4, "", "Tomatoes, fresh or chilled", "01-01-2025"],
    ["0702001000 80", "01-01-2025", "", "EN", 8, "- ", "Whole tomatoes, with greatest diameter of less than 47 mm", "01-01-2025"],
    ["0702001007 80", "01-01-2025", "", "EN", 10, "- - ", "Cherry tomatoes", "01-01-2025"],
    ["0702009100 10", "01-01-2025", "", "EN", 8, "- ", "Other", "01-01-2025"],
    ["0702009100 80", "01-01-2025", "", "EN", 8, "- - ", "In trusses", "01-01-2025"],
    ["0702009900 80", "01-01-2025", "", "EN", 8, "- - ", "Other", "01-01-2025"],
    ["6109000000 80", "01-01-1972", "", "EN", 4, "", "T-shirts, singlets and other vests, knitted or crocheted", "01-01-2022"],
    ["6109100000 80", "01-01-1972", "", "EN", 6, "- ", "Of cotton", "01-01-2014"],
    ["6109100010 80", "10-03-2015", "", "EN", 10, "- - ", "T-shirts", "10-03-2015"],
    ["6109100090 80", "10-03-2015", "", "EN", 10, "- - ", "Other", "10-03-2015"],
    ["6109900000 80", "01-01-1972", "", "EN", 6, "- ", "Of other textile materials", "01-01-2014"],
    ["6109902000 80", "01-01-2008", "", "EN", 8, "- - ", "Of wool or fine animal hair or man-made fibres", "01-01-2014"],
    ["6109909000 80", "01-01-1972", "", "EN", 8, "- - ", "Of other textile|materials", "01-01-2014"],
    ["9880010000 80", "01-01-2006", "", "EN", 6, "- ", "Classified in Chapter 01", "01-01-2006"],
]


def test_cn_nomenclature_becomes_eu_lines_valid_on_the_date(tmp_path):
    import openpyxl

    from tradecompliance.landed.importers.cn_lines import read_cn_nomenclature

    src = tmp_path / "Nomenclature EN.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(CN_HEADER)
    for row in CN_ROWS:
        wb.active.append(row)
    wb.save(src)
    rows, skipped = read_cn_nomenclature(src, on="2025-06-01")
    # the CN subheadings not divided at 8 digits: TARIC's 10-digit lines and heading texts are not lines
    assert [r["code"] for r in rows] == ["04101010", "04101091", "04101099", "04109000", "07020010", "07020091", "07020099",
                                         "61091000", "61099020", "61099090"]
    text = {r["code"]: r["description"] for r in rows}
    assert text["04101091"] == "Insects > Other > Flours and meals"         # read under the heading text above it
    assert text["61091000"] == "Of cotton" and text["61099090"] == "Of other textile materials > Of other textile materials"
    assert skipped == ["98800100: not under an HS 2022 subheading"]
    assert text["07020099"] == "Other > Other"
    # in 2024, before CN 2025 divided it, heading 0702 was the single line 0702 00 00
    old, _ = read_cn_nomenclature(src, on="2024-06-01")
    assert [r["code"] for r in old if r["code"].startswith("0702")] == ["07020000"]
    assert [r["description"] for r in old if r["code"] == "07020000"] == ["Tomatoes, fresh or chilled"]


def test_import_cn_writes_lines_the_classifier_uses(tmp_path, monkeypatch):
    from tradecompliance.hs.national import national_lines
    from tradecompliance_cli.main import app

    src = tmp_path / "nomenclature.csv"
    src.write_text("\n".join(";".join(str(c) for c in r) for r in [CN_HEADER, *CN_ROWS]) + "\n", encoding="utf-8")
    out = tmp_path / "imported"
    res = CliRunner().invoke(app, ["tariffs", "import-cn", str(src), "--out", str(out), "--on", "2025-06-01"])
    assert res.exit_code == 0, res.output
    assert "10 CN lines valid on 2025-06-01, 1 skipped" in res.output
    assert national_lines().under("851713", "eu")                      # the bundled CN lines
    monkeypatch.setenv("TRADECOMPLIANCE_NATIONAL_LINES", str(out / "hs_codes"))
    assert national_lines().under("851713", "eu") == []                # the imported file replaces the bundled one
    assert [x.code for x in national_lines().under("610990", "eu")] == ["61099020", "61099090"]
    bad = tmp_path / "other.csv"
    bad.write_text("code;text\n1;2\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["tariffs", "import-cn", str(bad), "--out", str(out)])
    assert res.exit_code == 1 and "not a TARIC goods nomenclature table" in res.output
