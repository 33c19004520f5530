"""The US free trade agreements other than USMCA (rules/us/customs.yaml `preferences`): their rates are the HTSUS
special subcolumn's (general note 3(a)(iii): a special rate applies to originating goods of the programs whose symbols
follow it in parentheses, general note 3(c)(i); a program not listed leaves the general rate). The bundled schedule
holds none of them, so a claimed dutiable line says `rate_unknown` and why; `tariffs import-usitc` reads the special
subcolumn into rows naming the agreements, and a quote then charges them.

The export rows below are copied from the USITC HTS export (HS 2022 edition; Ly-star-bit/hts-agent htsdata.csv,
chapters 1 and 2): 0101.30.00.00 asses 6.8%, "Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)", column 2 15%;
0104.20.00.00 goats 68¢/head, the same programs printed with stray spaces; 0201.10.50 beef carcasses, other than
under general note 15 or additional U.S. note 3, 26.4%, "Free (BH,CL,CO,JO,KR,MA,OM,P,PE,S,SG) See
9822.04.01-9822.04.03 (AU) See 9919.02.01-9919.02.02 (PA)"; 0101.29.00 horses, other, Free; 6111.20.20.00 babies'
cotton T-shirts 14.9%, "Free (AU,BH, CL,CO,IL,JO,KR, MA,OM,P, PA,PE,S,SG)" (chapter 61)."""
import datetime as dt
from decimal import Decimal

import pytest

import tradecompliance as tc
from tradecompliance.landed import tariffs
from tradecompliance.landed.importers.usitc import FTA_PROGRAMS, read_hts_csv, special_rows
from test_importers import HTS_CSV
from us_lines import us_quote

# the export's header row, as tests/test_importers.py writes it
EXPORT = HTS_CSV.splitlines()[0] + """
"0101","0","Live horses, asses, mules and hinnies:","","","","","",""
"0101.29.00","2","Other","","Free","","20%","",""
"0101.30.00.00","1","Asses","[""No.""]","6.8%","Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)","15%","",""
"0104.20.00.00","1","Goats","[""No.""]","68¢/head","Free (A+,AU,BH,CL,CO,D,E, IL,JO,KR,MA,OM,P,PA, PE,S,SG)","$3/head","",""
"0201.10.50","2","Other","","26.4%","Free (BH,CL,CO,JO,KR,MA,OM,P,PE,S,SG) See 9822.04.01-9822.04.03 (AU) See 9919.02.01-9919.02.02 (PA)","31.1%","",""
"0201.10.50.10","3","Veal","[""kg""]","","","","",""
"6111.20.20.00","2","T-shirts, singlets and similar garments, except those imported as parts of sets (239)","[""doz."",""kg""]","14.9%","Free (AU,BH, CL,CO,IL,JO,KR, MA,OM,P, PA,PE,S,SG)","90%","",""
"""
JUNE_2024 = "2024-06-03"    # before the IEEPA duties (February 2025): the line's tariff rate is its only duty
AGREEMENTS = sorted(set(FTA_PROGRAMS.values()))


def _by_agreement(rows, code):
    out = {}
    for r in rows:
        if r["code"] == code and r["agreement"]:
            for a in r["agreement"].split("|"):
                out[a] = (r["duty"], r["ref"])
    return out


def test_the_special_subcolumn_becomes_a_rate_per_agreement(tmp_path):
    src = tmp_path / "htsdata.csv"
    src.write_text(EXPORT, encoding="utf-8")
    rows = read_hts_csv(src, valid_from="2024-01-01", edition="2024").tariff_rows
    asses = _by_agreement(rows, "0101300000")
    assert set(asses) == set(AGREEMENTS)
    # every agreement listed is free; Japan's is not listed, so the general 6.8% stays
    assert {a: d for a, (d, _) in asses.items() if d != "Free"} == {"US-Japan Trade Agreement": "6.8%"}
    assert asses["US-Japan Trade Agreement"][1].endswith("not listed in the special subcolumn: the general rate applies")
    # the same for the goats whatever the spaces; the general rate is per head
    goats = _by_agreement(rows, "0104200000")
    assert goats["CAFTA-DR"][0] == goats["US-Peru TPA"][0] == "Free" and goats["US-Japan Trade Agreement"][0] == "0.68 USD/unit"
    beef = _by_agreement(rows, "02011050")
    assert beef["KORUS"][0] == beef["CAFTA-DR"][0] == beef["USMCA"][0] == beef["US-Singapore FTA"][0] == "Free"
    # Australia and Panama: the rate is in chapters 98 and 99 (quota), not here: unknown, the reference kept
    assert beef["US-Australia FTA"][0] == beef["US-Panama TPA"][0] == "unknown"
    assert "See 9822.04.01-9822.04.03, where the rate is (AU)" in beef["US-Australia FTA"][1]
    assert beef["US-Israel FTA"][0] == beef["US-Japan Trade Agreement"][0] == "26.4%"
    # a line free in general gets no agreement row: nothing to lower
    assert not _by_agreement(rows, "01012900")
    # one row per distinct rate and reading of a line: the beef's four (free; Australia's and Panama's references;
    # the general rate of Israel and Japan)
    assert sum(r["code"] == "02011050" and bool(r["agreement"]) for r in rows) == 4


@pytest.mark.parametrize("special, expected", [
    # a staged or partial rate for one program beside the free ones
    ("Free (AU,SG) 5.6% (KR)", {"US-Australia FTA": "Free", "US-Singapore FTA": "Free", "KORUS": "5.6%"}),
    # "+": the treatment is set out elsewhere (USMCA S+, CAFTA-DR P+): unknown; GSP (A*) and CBERA (E*) are no agreement
    ("Free (A*,E*,S+,P+)", {"USMCA": "unknown", "CAFTA-DR": "unknown"}),
    # a program listed twice keeps its first rate
    ("Free (KR) 2% (KR)", {"KORUS": "Free"}),
])
def test_special_text_reads_rate_by_rate(special, expected):
    got = {a: duty for names, (duty, _) in special_rows(special, "10%").items() for a in names}
    assert {a: got[a] for a in expected} == expected
    assert all(got[a] == "10%" for a in AGREEMENTS if a not in expected)


def test_the_pack_names_every_agreement_the_importer_writes(rules):
    # the importer's names are the pack's preferences (a row naming another agreement would never be found)
    names = {p.agreement for p in rules.packs["us"].customs.preferences}
    assert set(FTA_PROGRAMS.values()) <= names


@pytest.fixture
def imported(tmp_path, monkeypatch):
    src = tmp_path / "htsdata.csv"
    src.write_text(EXPORT, encoding="utf-8")
    read_hts_csv(src, valid_from="2024-01-01", edition="2024").write(tmp_path / "out")
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(tmp_path / "out" / "tariffs"))
    tariffs._cache.clear()
    yield
    tariffs._cache.clear()


def _duties(result):
    return [(c.amount, c.rule) for c in result.charges if c.kind in ("duty", "additional_duty")]


def test_imported_rates_are_charged_by_agreement(rules, imported):
    # Korean beef carcasses 0201.10.50.10, 1,000.00 USD on 3 June 2024: KORUS free when claimed, 26.4% = 264.00 if not
    claimed = us_quote(rules, "0201.10.50.10", "1000.00", origin="KR", date=JUNE_2024, preference_claimed=True)
    assert claimed.status == "ok", claimed.errors
    assert _duties(claimed) == [(Decimal("0.00"), "preferential rate under KORUS for 02011050 in us")]
    plain = us_quote(rules, "0201.10.50.10", "1000.00", origin="KR", date=JUNE_2024)
    assert [a for a, _ in _duties(plain)] == [Decimal("264.00")]
    # Israeli beef: IL not listed on the line, the general 26.4% even when claimed
    israel = us_quote(rules, "0201.10.50.10", "1000.00", origin="IL", date=JUNE_2024, preference_claimed=True)
    assert [a for a, _ in _duties(israel)] == [Decimal("264.00")]
    assert "US-Israel FTA" in _duties(israel)[0][1]
    # Australian beef: the AUSFTA rate is in chapter 98 (its quota): unknown, saying where
    aus = us_quote(rules, "0201.10.50.10", "1000.00", origin="AU", date=JUNE_2024, preference_claimed=True)
    assert aus.status == "rate_unknown" and "9822.04.01" in aus.errors[0]
    # Guatemalan goats, 10 head at 150.00: CAFTA-DR free; unclaimed 68¢ a head = 6.80
    goats = us_quote(rules, "0104.20.00.00", "150.00", quantity="10", origin="GT", date=JUNE_2024, preference_claimed=True)
    assert [a for a, _ in _duties(goats)] == [Decimal("0.00")]
    assert [a for a, _ in _duties(us_quote(rules, "0104.20.00.00", "150.00", quantity="10", origin="GT", date=JUNE_2024))] == [Decimal("6.80")]


def test_without_imported_rates_a_claimed_dutiable_line_is_unknown(rules):
    # bundled schedule: a Korean cotton T-shirt (6109.10.00, general 16.5%), 1,000.00 USD (above the 800.00 de minimis of 2024) claimed under KORUS: the agreement's rate
    # is not bundled, so no figure is guessed; the message names the agreement, the general rate and the way to load it
    result = us_quote(rules, "6109.10.00", "1000.00", origin="KR", date=JUNE_2024, preference_claimed=True)
    assert result.status == "rate_unknown"
    (error,) = result.errors
    assert "no KORUS rate for 6109100" in error and "general rate is 16.5%" in error and "tariffs import-usitc" in error
    # unclaimed it pays the general rate: 165.00
    assert [a for a, _ in _duties(us_quote(rules, "6109.10.00", "1000.00", origin="KR", date=JUNE_2024))] == [Decimal("165.00")]
    # a toy (9503.00.00) is free in general: the claim lowers nothing, and the quote says so
    toy = us_quote(rules, "9503.00.00", "1000.00", origin="KR", date=JUNE_2024, preference_claimed=True)
    assert toy.status == "ok" and _duties(toy) == [(Decimal("0.00"), "general (MFN) rate, already free (the KORUS claim "
                                                                     "lowers nothing) for 95030000 in us")]


def test_a_claim_no_agreement_covers_is_said(rules):
    # a Vietnamese T-shirt claiming a preference on 3 June 2024: the US has no agreement with Viet Nam; 16.5% = 165.00
    result = us_quote(rules, "6109.10.00", "1000.00", origin="VN", date=JUNE_2024, preference_claimed=True)
    assert [a for a, _ in _duties(result)] == [Decimal("165.00")]
    assert any("preference claimed, but pack us" in d and "origin VN" in d and "KORUS" in d for d in result.decisions)


def test_an_agreement_name_holds_no_bar(write_rules):
    from us_lines import us_customs_problems

    problems = us_customs_problems(write_rules, "preferences:\n  - {agreement: 'A|B', partners: [KR], duty: Free, ref: us_ftas}\n")
    assert any("holds no '|'" in m for m in problems), problems


@pytest.mark.parametrize("origin, claimed, nicaragua, duty", [
    # 1,000.00 of babies' cotton T-shirts (6111.20.20.00, 14.9%) on 4 January 2027: the forced-labor duty of U.S. note 52
    # (10% for Guatemala and Honduras, 12.5% for Nicaragua) and, for Nicaragua, the section 301 duty of U.S. note 29
    # (10% in 2027)
    ("GT", True, "0.00", "0.00"),       # CAFTA-DR free, and apparel so claimed leaves the forced-labor duty (52(i))
    ("GT", False, "0.00", "249.00"),    # 149.00 + 100.00
    ("HN", True, "0.00", "0.00"),
    ("NI", True, "0.00", "0.00"),       # the claim spares note 29(a) too
    ("NI", False, "100.00", "374.00"),  # 149.00 + 125.00 + 100.00
])
def test_claimed_cafta_dr_apparel_pays_nothing_with_the_rates_imported(rules, imported, origin, claimed, nicaragua, duty):
    result = us_quote(rules, "6111.20.20.00", "1000.00", origin=origin, date="2027-01-04", preference_claimed=claimed)
    assert result.status == "ok", result.errors
    assert result.totals.duty == Decimal(duty)
    assert sum((c.amount for c in result.charges if "Nicaragua" in c.name), Decimal("0")) == Decimal(nicaragua)
