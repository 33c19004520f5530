"""Tariff preferences read from the measures tables (TARIC for the EU, the DBT measures table for the UK): a
measure of type 142 ("tariff preference") for an origin that a trade agreement of the destination's pack covers
becomes a row naming that agreement; the GB pack lists the UK's agreements with `duty: unknown`, so a claimed
dutiable line is rate_unknown on the bundled schedule and quoted once the rows are imported."""
from decimal import Decimal

from typer.testing import CliRunner

import tradecompliance as tc
from test_importers import TARIC_HEADER, TARIC_ROWS
from tradecompliance.landed import tariffs
from tradecompliance.landed.importers.taric import partner_agreements, read_taric

# The DBT table's layout (measures-on-declarable-commodities): 6109 10 00 10 T-shirts of cotton, UK Global Tariff
# 12% (as data/tariffs/gb.csv has it), and a tariff preference for Japan (geographical area JP), written as an
# example of the notation, not a claim about the line's CEPA rate; a preference for a country no agreement of the
# GB pack covers is left out.
UK_TABLE = """commodity__code,measure__additional_code__code,measure__quota__order_number,measure__effective_start_date,measure__geographical_area__id,measure__type__id,measure__duty_expression,measure__regulation__id
6109100010,,,2021-01-01,1011,103,12.00%,C2100001
6109100010,,,2021-01-01,JP,142,0.00%,C2100002
6109100010,,,2021-01-01,BR,142,0.00%,C2100003
"""


def test_a_preference_of_a_partner_becomes_the_agreement_row():
    rows = read_taric(_taric_csv(), edition="2026-01", agreements={"VN": "EU-Vietnam FTA"}).tariff_rows
    (pref,) = [r for r in rows if r["agreement"]]
    assert (pref["code"], pref["duty"], pref["agreement"]) == ("6109100010", "0%", "EU-Vietnam FTA")
    assert "tariff preference, origin VN" in pref["ref"] and "D0753/20" in pref["ref"]
    # the six-digit row a code short of the line finds is the general rate alone
    assert [(r["duty"], r["agreement"]) for r in rows if r["code"] == "610910"] == [("12.000%", "")]


def _taric_csv():
    import csv
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "duties.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TARIC_HEADER)
        w.writerows(TARIC_ROWS)
    return path


def test_the_partners_are_the_packs_countries(rules):
    gb = partner_agreements(rules, "gb")
    assert gb["JP"] == "UK-Japan CEPA" and gb["AU"] == "UK-Australia FTA" and gb["NO"] == gb["IS"]
    assert "EU" not in gb          # a group's measures carry an area code of their own (1013)
    assert partner_agreements(rules, "zz") == {}


def _gb_quote(rules, origin, claimed):
    order = {"origin_country": origin, "destination_country": "GB", "date": "2026-01-31", "currency": "GBP",
             "lines": [{"description": "cotton T-shirts", "hs_code": "6109.10.00.10", "quantity": "10", "unit_value": "100.00",
                        "preference_claimed": claimed}]}
    return tc.quote(order, rules=rules)


def _duty(result):
    return sum((c.amount for c in result.charges if c.kind == "duty"), Decimal("0"))


def test_a_claimed_japanese_line_needs_the_imported_preference(rules, tmp_path, monkeypatch):
    # bundled schedule: 1,000.00 GBP of Japanese cotton T-shirts on 31 January 2026, while the CEPA's staging ran (its
    # rates not bundled), UK Global Tariff 12% = 120.00 unclaimed
    assert _duty(_gb_quote(rules, "JP", False)) == Decimal("120.00")
    claimed = _gb_quote(rules, "JP", True)
    assert claimed.status == "rate_unknown" and "no UK-Japan CEPA rate" in claimed.errors[0] and "12" in claimed.errors[0]
    # imported through the CLI: the preference row is charged when claimed
    from tradecompliance_cli.main import app

    src = tmp_path / "measures.csv"
    src.write_text(UK_TABLE, encoding="utf-8")
    res = CliRunner().invoke(app, ["tariffs", "import-uk-measures", str(src), "--out", str(tmp_path / "out"), "--edition", "test"])
    assert res.exit_code == 0, res.output
    written = (tmp_path / "out" / "tariffs" / "gb.csv").read_text(encoding="utf-8")
    assert "UK-Japan CEPA" in written and ",BR" not in written and "origin BR" not in written
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(tmp_path / "out" / "tariffs"))
    tariffs._cache.clear()
    try:
        result = _gb_quote(rules, "JP", True)
        assert result.status == "ok" and _duty(result) == Decimal("0.00")
        assert any("UK-Japan CEPA" in c.rule for c in result.charges if c.kind == "duty")
        assert _duty(_gb_quote(rules, "JP", False)) == Decimal("120.00")
    finally:
        tariffs._cache.clear()
