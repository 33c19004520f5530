"""The USITC HTS importer: the HTSUS rate notation becomes duty expressions the engine computes."""
import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from tradecompliance.landed.duty_expr import parse_duty
from tradecompliance.landed.importers.usitc import UnsupportedRate, read_hts_json, us_duty

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
])
def test_htsus_rates_become_duty_expressions(text, expected):
    assert us_duty(text) == expected
    parse_duty(expected)


def test_a_specific_rate_computes_in_dollars():
    # 7.85 cents per litre on 2 litres = USD 0.157
    assert parse_duty(us_duty("7.85¢/liter")).compute(Decimal(10), {"l": Decimal(2)}, lambda a, c: a) == Decimal("0.1570")


def test_unreadable_rates_are_reported_not_guessed():
    with pytest.raises(UnsupportedRate, match="cannot read"):
        us_duty("The rate applicable to the article")
    with pytest.raises(UnsupportedRate, match="unit"):
        us_duty("3¢/m2")


def test_import_writes_rates_and_lines_and_the_engine_uses_them(tmp_path, monkeypatch):
    src = tmp_path / "hts.json"
    src.write_text(json.dumps(RECORDS), encoding="utf-8")
    result = read_hts_json(src, valid_from="2025-01-01", edition="2025 Basic")
    assert [r["code"] for r in result.tariff_rows] == ["61091000", "20091100", "08051000"]
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
