"""The US free trade agreements' rates bundled in data/tariffs/us.csv: rows naming the agreements, read from the HTSUS
special subcolumn as the USITC export of the 2026 edition prints it (general note 3(c)(i): a special rate applies to
originating goods of the programs whose symbols follow it; an agreement not listed leaves the general rate). They hold
from 1 January 2026 (a reduced rate that is not Free holds for 2026 only); a claim dated before stays `rate_unknown`.

Lines of the export the cases below use (Ly-star-bit/hts-agent htsdata.csv, the copy the general rows came from):
6109.10.00 cotton T-shirts, general 16.5%, special "Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)";
6211.39.15 other men's garments of other textile materials, general 2.8%, special
"Free (AU, BH, CL, CO, E*, IL, JO, KR, MA, OM, P, PE, S, SG)" (no PA: Panama's goods pay the general rate);
6403.99.90 leather-upper footwear valued over $2.50/pair, general 10%, special "Free (AU,BH, CL,CO,D,IL,JO, KR,MA,OM,
P,PA,PE,R,S,SG)"."""
import csv
from collections import defaultdict
from decimal import Decimal

import pytest

from tradecompliance._paths import data_dir
from tradecompliance.landed.importers.usitc import FTA_PROGRAMS
from us_lines import us_quote

DEC = "2026-12-01"
# every agreement the special subcolumn's symbols name but USMCA, whose rows the pack keeps apart (rules/us/customs.yaml)
AGREEMENTS = sorted(set(FTA_PROGRAMS.values()) - {"USMCA"})


def _fta_rows():
    with open(data_dir() / "tariffs" / "us.csv", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["agreement"] and r["agreement"] != "USMCA"]


def _duties(result):
    return [(c.kind, c.amount) for c in result.charges if c.kind in ("duty", "additional_duty")]


def test_each_bundled_line_names_every_agreement_once():
    # an eight-digit line's rows split the fifteen agreements between them: each agreement once, none left out (an
    # agreement left out would fall back on the pack's `duty: unknown`), and each such line has its general row
    rows = _fta_rows()
    assert len(rows) > 2000
    with open(data_dir() / "tariffs" / "us.csv", encoding="utf-8") as fh:
        general = {r["code"] for r in csv.DictReader(fh) if not r["agreement"]}
    named = defaultdict(list)
    staged = {(r["code"], r["agreement"]) for r in rows if r["valid_from"] == "2026-01-01" and r["duty"] not in ("Free", "unknown")}
    for r in rows:
        assert r["verified"] == "yes", r
        if r["valid_from"] == "2027-01-01":
            # a reduced rate still being staged (Japan's 3.25% on 3926.30.10): the 2026 stage only, unknown from 2027
            assert r["duty"] == "unknown" and (r["code"], r["agreement"]) in staged, r
            continue
        assert r["valid_from"] == "2026-01-01", r
        if len(r["code"]) == 8:
            named[r["code"]] += r["agreement"].split("|")
    assert len(named) > 900
    for code, agreements in named.items():
        assert sorted(agreements) == AGREEMENTS, code
    # only lines whose general rate the engine does not compute lack a general row: 6505.00.08 (per article) and the
    # buttons 9606.21.40, 9606.29.20, 9606.29.40 (per line per gross); their agreement rows still say Free
    assert set(named) - general == {"65050008", "96062140", "96062920", "96062940"}


def test_a_korean_t_shirt_claimed_under_korus_is_free():
    # 1,000.00 USD of cotton T-shirts 6109.10.00 from Korea on 1 December 2026: KR is listed, so 0.00 under KORUS;
    # unclaimed, the general 16.5% = 165.00. Either way the forced-labor section 301 (U.S. note 52(k)) lifts the line to
    # 12.5% of the value including the column 1 duty: claimed 125.00 - 0.00 = 125.00 more, unclaimed nothing (165.00
    # is above 125.00)
    claimed = us_quote(None, "6109.10.00", "1000.00", origin="KR", date=DEC, preference_claimed=True)
    assert claimed.status == "ok", claimed.errors
    assert _duties(claimed) == [("duty", Decimal("0.00")), ("additional_duty", Decimal("125.00"))]
    (duty,) = [c for c in claimed.charges if c.kind == "duty"]
    assert duty.rule == "preferential rate under KORUS for 61091000 in us"
    plain = us_quote(None, "6109.10.00", "1000.00", origin="KR", date=DEC)
    assert _duties(plain) == [("duty", Decimal("165.00")), ("additional_duty", Decimal("0.00"))]
    # the subheading 6109.10 has one line: its six-digit row answers a claim given at six digits
    six = us_quote(None, "6109.10", "1000.00", origin="KR", date=DEC, preference_claimed=True)
    assert _duties(six)[0] == ("duty", Decimal("0.00")) and "610910 in us" in six.charges[0].rule


def test_japan_is_not_listed_so_its_claim_pays_the_general_rate():
    # the US-Japan Trade Agreement covers no apparel: JP is not in the special subcolumn, 16.5% of 1,000.00 = 165.00
    res = us_quote(None, "6109.10.00", "1000.00", origin="JP", date=DEC, preference_claimed=True)
    assert res.status == "ok" and _duties(res)[0] == ("duty", Decimal("165.00"))
    (duty,) = [c for c in res.charges if c.kind == "duty"]
    assert "US-Japan Trade Agreement" in duty.rule


def test_a_line_whose_special_subcolumn_leaves_out_panama():
    # 6211.39.15 lists every partner but PA: a Panamanian claim pays 2.8% of 1,000.00 = 28.00, a Costa Rican one under
    # CAFTA-DR 0.00 (and, claimed, none of the forced-labor duty: CAFTA-DR textiles so claimed are spared), a Jordanian
    # one 0.00
    panama = us_quote(None, "6211.39.15", "1000.00", origin="PA", date=DEC, preference_claimed=True)
    assert panama.status == "ok" and _duties(panama)[0] == ("duty", Decimal("28.00"))
    assert "US-Panama TPA" in panama.charges[0].rule
    costa_rica = us_quote(None, "6211.39.15", "1000.00", origin="CR", date=DEC, preference_claimed=True)
    assert _duties(costa_rica) == [("duty", Decimal("0.00"))]
    jordan = us_quote(None, "6211.39.15", "1000.00", origin="JO", date=DEC, preference_claimed=True)
    assert _duties(jordan)[0] == ("duty", Decimal("0.00"))


def test_israeli_leather_shoes():
    # 6403.99.90 over $2.50/pair, 100.00 USD: US-Israel FTA 0.00 claimed, 10% = 10.00 unclaimed; the forced-labor 12.5%
    # of note 52(a) adds 12.50 either way
    claimed = us_quote(None, "6403.99.90", "100.00", origin="IL", date=DEC, preference_claimed=True)
    assert _duties(claimed) == [("duty", Decimal("0.00")), ("additional_duty", Decimal("12.50"))]
    plain = us_quote(None, "6403.99.90", "100.00", origin="IL", date=DEC)
    assert _duties(plain) == [("duty", Decimal("10.00")), ("additional_duty", Decimal("12.50"))]


@pytest.mark.parametrize("date, status", [("2025-12-31", "rate_unknown"), ("2026-01-01", "ok")])
def test_the_rows_hold_from_the_editions_first_day(date, status):
    # the bundled rows are the 2026 edition's; a claim of 31 December 2025 still asks for the agreement's rate
    res = us_quote(None, "6109.10.00", "1000.00", origin="KR", date=date, preference_claimed=True)
    assert res.status == status
    if status == "rate_unknown":
        assert "no KORUS rate for 61091000" in res.errors[0] and "general rate is 16.5%" in res.errors[0]
    else:
        assert _duties(res)[0] == ("duty", Decimal("0.00"))


def test_the_vectorised_batch_agrees_with_quote():
    from test_quote_vectorised import assert_same
    from us_lines import random_us_orders

    frame = random_us_orders(17, 300, ["6109.10.00", "6211.39.15", "6403.99.90", "6104.22", "6505.00.08"],
                             ["KR", "PA", "CR", "IL", "JP", "JO"], [DEC, "2025-12-31"], "F", 3, (100, 200000))
    frame["preference_claimed"] = ["true" if i % 2 == 0 else "" for i in range(len(frame))]
    assert_same(frame)


def test_abs_claimed_for_colombia_pays_the_general_rate():
    # 3903.30.00 ABS copolymers, general 6.5%, special "Free (A,AU,BH,CL,D,E,IL,J,JO,KR,MA,OM,P,PE,S,SG)": neither CO nor
    # PA is listed, so a Colombian claim pays 6.5% of 1,000.00 = 65.00 and the decision says which agreement was asked;
    # a Costa Rican one under CAFTA-DR (P) 0.00
    colombia = us_quote(None, "3903.30.00", "1000.00", origin="CO", date=DEC, preference_claimed=True)
    assert colombia.status == "ok" and _duties(colombia)[0] == ("duty", Decimal("65.00"))
    assert "US-Colombia TPA" in colombia.charges[0].rule
    costa_rica = us_quote(None, "3903.30.00", "1000.00", origin="CR", date=DEC, preference_claimed=True)
    assert _duties(costa_rica)[0] == ("duty", Decimal("0.00"))


def test_a_reduced_japanese_rate_holds_for_2026_only():
    # 9013.10.10 telescopic rifle sights, general 14.9%, special "... 7.45% (JP)": claimed from Japan on 1 December 2026,
    # 7.45% of 1,000.00 = 74.50, and the forced-labor section 301 lifts the line to 12.5% including the column 1 duty:
    # 125.00 - 74.50 = 50.50 more. The 2027 edition's rate is not bundled: a claim of 4 January 2027 is rate_unknown
    claimed = us_quote(None, "9013.10.10", "1000.00", origin="JP", date=DEC, preference_claimed=True)
    assert _duties(claimed) == [("duty", Decimal("74.50")), ("additional_duty", Decimal("50.50"))]
    later = us_quote(None, "9013.10.10", "1000.00", origin="JP", date="2027-01-04", preference_claimed=True)
    assert later.status == "rate_unknown" and "none is bundled for 90131010 from 2027-01-01" in later.errors[0]


def test_a_korean_watch_whose_general_rate_needs_its_parts_is_free_when_claimed():
    # 9102.11.10 wrist watches, general "44¢ each + 6% on the case + 14% on the strap ... + 5.3% on the battery" (the
    # quote needs the part values), special "Free (AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,R,S,SG)": claimed under KORUS
    # the duty is 0.00 whatever the parts, and the forced-labor top-up to 12.5% adds 125.00 on 1,000.00
    claimed = us_quote(None, "9102.11.10", "1000.00", origin="KR", date=DEC, preference_claimed=True)
    assert claimed.status == "ok"
    assert _duties(claimed) == [("duty", Decimal("0.00")), ("additional_duty", Decimal("125.00"))]
    plain = us_quote(None, "9102.11.10", "1000.00", origin="KR", date=DEC)
    assert plain.status == "rate_unknown" and "part_values.case" in plain.errors[0]


# Lines of chapters 18-29 (htsdata.csv as above), each quoted claimed (True) or not (False) on 1 Dec 2026 unless dated:
# 2933.99.79 heterocyclic compounds, general 6.5%, special "Free (A+,AU,BH,CL,CO,D,E,IL,JO,K,KR,L,MA,OM,P,PA,PE,S,SG)";
# 2841.90.50 other oxometallic salts, general 3.7%, special "Free (A,AU,BH,CL,CO,D,E,IL,JO,JP,KR,MA,OM,P,PA,PE,S,SG)";
# 2841.90.45 chromates of zinc or lead, general 3.7%, special without JP;
# 2404.11.00 tobacco products for inhalation without combustion, general 24.7¢/kg, special "Free (A+,AU,BH,CL,CO,D,E,
# IL,KR,MA,OM,P,PA,PE,S,SG)" (no JO);
# 2204.21.50 still wine, not over 14% vol., 2 l or less, general 6.3¢/liter, special "Free (A+,AU,BH,CL,CO,D,E,IL,KR,
# MA,OM,P,PA,PE,S,SG) 2.8¢/liter (JO)" (Jordan's reduced rate holds for 2026 only);
# 1806.32.70 unfilled chocolate of U.S. note 1 to chapter 4, under 21% milk solids, general 37.2¢/kg + 6%, special
# "Free (BH,CL,JO,KR,MA,OM,P,PA,PE,SG) See 9822.04.25 (AU) See 9823.08.01-9823.08.38 (S+) See 9918.04.60-9918.04.80 (CO)";
# 2103.10.00 soy sauce, general 3%, special "Free (A*,AU,BH,CL,CO,D,E,IL,JO,JP,KR,MA,OM,P,PA,PE,S,SG)".
CHAPTER_18_29_CASES = [
    # code, value, origin, claimed, line, date, status, duty, text the charge's rule (or, unknown, the error) names
    ("2933.99.79", "1000.00", "KR", True, {}, DEC, "ok", "0.00", "KORUS"),
    ("2933.99.79", "1000.00", "KR", False, {}, DEC, "ok", "65.00", None),                    # 6.5% of 1,000
    ("2841.90.50", "1000.00", "JP", True, {}, DEC, "ok", "0.00", "US-Japan Trade Agreement"),
    ("2841.90.45", "1000.00", "JP", True, {}, DEC, "ok", "37.00", "US-Japan Trade Agreement"),  # not listed: 3.7%
    ("2404.11.00", "500.00", "MA", True, {"net_weight_kg": "10"}, DEC, "ok", "0.00", "US-Morocco FTA"),
    ("2404.11.00", "500.00", "JO", True, {"net_weight_kg": "10"}, DEC, "ok", "2.47", "US-Jordan FTA"),  # 24.7¢ x 10 kg
    ("2204.21.50", "200.00", "CL", True, {"volume_l": "10"}, DEC, "ok", "0.00", "US-Chile FTA"),
    ("2204.21.50", "200.00", "JO", True, {"volume_l": "10"}, DEC, "ok", "0.28", "US-Jordan FTA"),  # 2.8¢ x 10 l
    ("2204.21.50", "200.00", "JO", True, {"volume_l": "10"}, "2027-01-04", "rate_unknown", None, "2027-01-01"),
    ("2204.21.50", "200.00", "JP", True, {"volume_l": "10"}, DEC, "ok", "0.63", "US-Japan Trade Agreement"),  # 6.3¢ x 10 l
    ("1806.32.70", "100.00", "KR", True, {"net_weight_kg": "10"}, DEC, "ok", "0.00", "KORUS"),
    ("1806.32.70", "100.00", "AU", True, {"net_weight_kg": "10"}, DEC, "rate_unknown", None, "9822.04.25"),  # its quota
    ("1806.32.70", "100.00", "IL", True, {"net_weight_kg": "10"}, DEC, "ok", "9.72", "US-Israel FTA"),  # 3.72 + 6.00
    ("2103.10.00", "1000.00", "JP", True, {}, DEC, "ok", "0.00", "US-Japan Trade Agreement"),
    ("2103.10.00", "1000.00", "JP", False, {}, DEC, "ok", "30.00", None),                    # 3% of 1,000
]


# Lines of chapters 1-17 (htsdata.csv as above), quoted the same way:
# 0201.10.50 beef carcasses outside the quotas, general 26.4%, special "Free (BH,CL,CO,JO,KR,MA,OM,P,PE,S,SG)
# See 9822.04.01-9822.04.03 (AU) See 9919.02.01-9919.02.02 (PA)" (no IL: Israel's beef pays the general rate);
# 0406.10.08 chongos outside the quotas, general $1.509/kg, special "Free (BH,CL,JO,KR,MA,OM,P,PE,SG) See 9822.04.35 (AU)
# See 9823.04.01-9823.04.54 (S+) See 9908.04.05 (IL) See 9918.04.50, 9918.04.51 (CO) See 9919.04.40, 9919.04.41-9919.04.42
# (PA)" (no JP);
# 0406.20.15 grated Stilton of U.S. note 24, general 17%, special "Free (CO,JO,KR,OM,PA,PE,S)";
# 0401.40.05 milk of 6-10% fat within U.S. note 5, general 3.2¢/liter, special "Free (A+,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,
# PA,PE,S,SG)" (no AU);
# 0807.19.80 other melons entered from June to November, general 28%, special "Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,
# P,PA,PE,S,SG) 14% (JP)";
# 1202.30.80 seed peanuts outside the quota, general 131.8%, special "Free (AU,BH,CL,CO,JO,KR,MA,OM,P,P+,PA,PE,S,SG)
# See 9908.12.01 (IL)";
# 1701.12.10 raw beet sugar within U.S. note 5, general 3.6606¢/kg less 0.020668¢/kg per degree under 100 (not computed),
# special "Free (A*,BH,CL,CO,D,E*,IL,JO,KR,MA,OM,P,PA,PE,S,SG) See 9822.05.15 (P+)": some CAFTA-DR goods go to chapter
# 98, so the pack keeps CAFTA-DR `unknown` rather than Free for every party.
CHAPTER_1_17_CASES = [
    ("0201.10.50", "1000.00", "KR", True, {}, DEC, "ok", "0.00", "KORUS"),
    ("0201.10.50", "1000.00", "IL", True, {}, DEC, "ok", "264.00", "US-Israel FTA"),         # 26.4% of 1,000
    ("0201.10.50", "1000.00", "AU", True, {}, DEC, "rate_unknown", None, "9822.04.01-9822.04.03"),
    ("0201.10.50", "1000.00", "PA", True, {}, DEC, "rate_unknown", None, "9919.02.01-9919.02.02"),
    ("0406.10.08", "300.00", "KR", True, {"net_weight_kg": "10"}, DEC, "ok", "0.00", "KORUS"),
    ("0406.10.08", "300.00", "JP", True, {"net_weight_kg": "10"}, DEC, "ok", "15.09", "US-Japan Trade Agreement"),
    ("0406.10.08", "300.00", "CO", True, {"net_weight_kg": "10"}, DEC, "rate_unknown", None, "9918.04.51"),
    ("0406.20.15", "1000.00", "PE", True, {}, DEC, "ok", "0.00", "US-Peru TPA"),
    ("0406.20.15", "1000.00", "AU", True, {}, DEC, "ok", "170.00", "US-Australia FTA"),     # 17% of 1,000
    ("0401.40.05", "100.00", "AU", True, {"volume_l": "100"}, DEC, "ok", "3.20", "US-Australia FTA"),  # 3.2¢ x 100 l
    ("0401.40.05", "100.00", "KR", True, {"volume_l": "100"}, DEC, "ok", "0.00", "KORUS"),
    ("0807.19.80", "1000.00", "JP", True, {}, DEC, "ok", "140.00", "US-Japan Trade Agreement"),  # 14% of 1,000
    ("0807.19.80", "1000.00", "JP", True, {}, "2027-01-04", "rate_unknown", None, "2027-01-01"),
    ("0807.19.80", "1000.00", "AU", True, {}, DEC, "ok", "0.00", "US-Australia FTA"),
    ("1202.30.80", "1000.00", "AU", True, {}, DEC, "ok", "0.00", "US-Australia FTA"),
    ("1202.30.80", "1000.00", "IL", True, {}, DEC, "rate_unknown", None, "9908.12.01"),
    ("1202.30.80", "1000.00", "AU", False, {}, DEC, "ok", "1318.00", None),                 # 131.8% of 1,000
    ("1701.12.10", "1000.00", "GT", True, {"net_weight_kg": "100"}, DEC, "rate_unknown", None, "9822.05.15"),
    ("1701.12.10", "1000.00", "KR", True, {"net_weight_kg": "100"}, DEC, "ok", "0.00", "KORUS"),
]


@pytest.mark.parametrize("code, value, origin, claimed, line, date, status, duty, named", CHAPTER_1_17_CASES)
def test_lines_of_chapters_1_to_17(code, value, origin, claimed, line, date, status, duty, named):
    _check_case(code, value, origin, claimed, line, date, status, duty, named)


@pytest.mark.parametrize("code, value, origin, claimed, line, date, status, duty, named", CHAPTER_18_29_CASES)
def test_lines_of_chapters_18_to_29(code, value, origin, claimed, line, date, status, duty, named):
    _check_case(code, value, origin, claimed, line, date, status, duty, named)


def _check_case(code, value, origin, claimed, line, date, status, duty, named):
    """Quote one case; an `ok` case's first duty is the hand-worked figure, an unknown one's error names its reason."""
    res = us_quote(None, code, value, origin=origin, date=date, preference_claimed=claimed, **line)
    assert res.status == status, res.errors
    if duty is None:
        assert named in " ".join(res.errors), res.errors
        return
    assert _duties(res)[0] == ("duty", Decimal(duty))
    assert named is None or named in res.charges[0].rule
