"""Section 301 on products of China by line (rules/us/customs.yaml, entries us_301_*), and the forced-labor section 301
of 24 July 2026 (us_301_forced_labor).

The lists are U.S. note 20 to subchapter III of chapter 99 as the July 2026 chapter 99 prints them (ref s301_note20).
The first test checks them against a second source, read by hand this session: the 9903.88 footnote the USITC 2026
revision 7 export prints on each statistical line (Nishanth-G-Palaniswami/SovereignDesk engine/data/hts_full.csv,
column ch99; a List 4B line carries none). The quotes below are worked out by hand from HTSUS column 1 rates and the
list rates of 83 FR 47974, 84 FR 43304 and 85 FR 3741."""
import datetime as dt
import random
from decimal import Decimal

import pytest

from tradecompliance.packs.conditions import Context, hs_matches
from tradecompliance.packs.values import at

from us_lines import us_quote

LISTS = ("us_301_list1", "us_301_list2", "us_301_list3", "us_301_list4a")


def _entries(rules):
    return {a.id: a for a in rules.pack_for("US").customs.additional_duties if a.id.startswith("us_301_")}


@pytest.mark.parametrize("code,heading", [
    # machinery 84.33-84.41: List 1 and List 3 lines side by side, List 4A within
    ("84339010", "us_301_list3"), ("84339050", "us_301_list1"), ("84341000", "us_301_list4a"),
    ("84342000", "us_301_list1"), ("84351000", "us_301_list4a"), ("84385000", "us_301_list1"),
    ("84389010", "us_301_list4a"), ("84401000", "us_301_list4a"), ("84411000", "us_301_list3"), ("84412000", "us_301_list1"),
    # knitted suits and dresses 61.03-61.04: List 4A but for the List 4B lines, which carry no footnote
    ("61031090", "us_301_list4a"), ("61031070", None), ("61041320", None), ("61041910", None), ("61042920", None),
    ("61045310", None), ("61045320", "us_301_list4a"), ("61046320", "us_301_list4a"),
    # handbags, printed matter and paper articles
    ("42022920", "us_301_list3"), ("42029231", "us_301_list3"), ("48201020", "us_301_list3"), ("48239086", "us_301_list3"),
    ("49019900", "us_301_list4a"), ("49021000", "us_301_list4a"),
    # sports goods, brushes, buttons
    ("95079060", None), ("95079070", "us_301_list4a"), ("95082100", "us_301_list4a"), ("96031005", None),
    ("96031090", "us_301_list4a"), ("96032940", None), ("96034020", None), ("96050000", None), ("96061040", "us_301_list3"),
    # electrical appliances, telephones, media, displays, cameras and radios
    ("85163100", None), ("85165000", None), ("85167100", "us_301_list4a"), ("85162900", "us_301_list3"),
    ("85171300", None), ("85176900", "us_301_list3"), ("85177100", "us_301_list4a"), ("85235200", "us_301_list3"),
    ("85241110", "us_301_list1"), ("85241190", "us_301_list4a"), ("85255010", None), ("85269250", "us_301_list1"),
    ("85279150", "us_301_list4a"),
])
def test_each_line_is_on_the_list_the_usitc_footnote_names(rules, code, heading):
    entries = _entries(rules)
    ctx = Context(hs=code + "10", origin="CN")
    on = [i for i in LISTS if entries[i].when.matches(ctx)]
    assert on == ([heading] if heading else [])
    assert not entries["us_301_not_decided"].when.matches(ctx)


def test_a_line_the_footnotes_put_on_two_headings_is_not_decided(rules):
    # 8517.62.00 (routers, switches, Bluetooth modules): every statistical line is footnoted 9903.88.04 and 9903.88.15,
    # 25% or 7.5% by the article; the quote asks rather than choose
    entries = _entries(rules)
    assert entries["us_301_not_decided"].when.matches(Context(hs="8517620090", origin="CN"))
    assert not any(entries[i].when.matches(Context(hs="8517620090", origin="CN")) for i in LISTS)


def test_no_line_is_on_two_lists(rules):
    entries = _entries(rules)
    codes = {p for i in LISTS for p in entries[i].when.hs}
    for code in codes:
        hits = [i for i in LISTS if hs_matches(entries[i].when.hs, code)]
        assert len(hits) == 1, (code, hits)


def _quote(rules, code, quantity, unit_value, date="2024-12-02", origin="CN"):
    return us_quote(rules, code, unit_value, quantity, origin=origin, date=date)


@pytest.mark.parametrize("code,quantity,unit_value,duty", [
    # December 2024: no IEEPA duty yet; FOB above the USD 800 de minimis
    ("8211.93.00", "1", "1000.00", "304.03"),   # pocket knives: 3¢ each + 5.4% = 54.03; List 3 25% = 250.00
    ("6110.20.20", "10", "100.00", "240.00"),   # cotton sweaters: 16.5% = 165.00; List 4A 7.5% = 75.00
    ("8516.31.00", "20", "50.00", "39.00"),     # hair dryers: 3.9% = 39.00; List 4B, none
    ("8517.13.00", "2", "500.00", "0.00"),      # smartphones: Free; no 9903.88 footnote (List 4B names 8517.12.00)
    ("3926.90.99", "4", "250.00", "128.00"),    # other articles of plastics: 5.3% = 53.00; List 4A 7.5% = 75.00
    ("4202.21.90", "2", "500.00", "340.00"),    # leather handbags: 9% = 90.00; List 3 25% = 250.00
])
def test_section_301_is_charged_by_the_lines_list(rules, code, quantity, unit_value, duty):
    result = _quote(rules, code, quantity, unit_value)
    assert result.status == "ok" and result.totals.duty == Decimal(duty)


@pytest.mark.parametrize("entry,date,rate", [
    ("us_301_list1", "2018-07-05", None), ("us_301_list1", "2018-07-06", "25%"),       # 83 FR 28710
    ("us_301_list2", "2018-08-22", None), ("us_301_list2", "2018-08-23", "25%"),       # 83 FR 40823
    ("us_301_list3", "2018-09-24", "10%"), ("us_301_list3", "2019-05-09", "10%"),      # 83 FR 47974
    ("us_301_list3", "2019-05-10", "25%"),                                             # 84 FR 20459
    ("us_301_list4a", "2019-08-31", None), ("us_301_list4a", "2019-09-01", "15%"),     # 84 FR 43304
    ("us_301_list4a", "2020-02-13", "15%"), ("us_301_list4a", "2020-02-14", "7.5%"),   # 85 FR 3741
])
def test_the_list_rates_follow_their_dates(rules, entry, date, rate):
    # the bundled US schedule rates lines from 2022 (HS 2022 edition), so the earlier rates are checked on the entries
    found = at(_entries(rules)[entry].duty, dt.date.fromisoformat(date))
    assert (found.value if found else None) == rate


def test_hong_kong_is_not_china(rules):
    assert _quote(rules, "8211.93.00", "1", "1000.00", origin="HK").totals.duty == Decimal("54.03")


@pytest.mark.parametrize("code", ["8541.42", "8507.60.00", "9018.31.00"])
def test_a_line_off_the_note_20_lists_asks_about_the_four_year_review(rules, code):
    # solar cells, lithium-ion batteries, syringes: moved to U.S. note 31 (9903.91, 25% to 100%), whose lines are not
    # bundled; the quote names it instead of charging nothing
    result = _quote(rules, code, "1", "1000.00")
    assert result.status == "rate_unknown" and "U.S. note 31" in result.errors[0], result.errors


def test_a_long_pattern_list_is_looked_up_as_a_scan_would_find_it():
    # hs_matches indexes a list of more than a dozen patterns; the answer must be the linear scan's for every code
    rnd = random.Random(301)
    patterns = tuple(sorted({"".join(rnd.choice("0123456789") for _ in range(rnd.choice((4, 6, 8))))
                             for _ in range(400)}) + ["6101-6117", "940360-940391"])
    codes = ["".join(rnd.choice("0123456789") for _ in range(rnd.choice((4, 6, 8, 10)))) for _ in range(3000)]
    codes += [p + "00" for p in patterns[:200] if "-" not in p] + ["6110200010", "9403700000", "61"]

    def scan(code):      # one pattern at a time: the unindexed path
        return any(hs_matches((p,), code) for p in patterns)

    assert all(hs_matches(patterns, c) == scan(c) for c in codes)
    assert hs_matches(patterns, "6110200010") and not hs_matches(patterns, "61")
