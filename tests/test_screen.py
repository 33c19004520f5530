"""Screening: goods restrictions (word boundaries, synonyms, vetoes, HS), embargoes with dates and value
thresholds, dual-use correlation, denied-party matching on the bundled sample lists (fictitious entries in
the official OFAC, EU FSF, UN and UK layouts), the table path and the list importers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import tradecompliance as tc
from tradecompliance.errors import RulePackError
from tradecompliance.screening.parties.importers import ListFormatError, read
from tradecompliance.screening.parties.lists import import_lists, load_lists
from tradecompliance.screening.table import screen_frame

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sanctions" / "sample"


def _order(dest="DE", origin="CN", date="2026-05-01", lines=(), **kw):
    return {"origin_country": origin, "destination_country": dest, "date": date, "currency": "EUR",
            "lines": [{"description": d, "unit_value": v, **({"hs_code": h} if h else {})} for d, v, h in lines], **kw}


def _rules(result, i):
    return [f.rule for f in result.lines[i].findings]


def test_words_match_whole_words_singular_and_plural_never_substrings():
    r = tc.screen(_order(lines=[("Set of 3 kitchen KNIVES", "10", None), ("Knifepleat skirt", "10", None),
                                ("E-Cigarettes starter kit", "10", None), ("Vapes", "10", None)]))
    assert _rules(r, 0) == ["eu-knives"]  # plural "knives" meets "knife"
    assert _rules(r, 1) == []  # "knifepleat" is not "knife"
    assert _rules(r, 2) == ["eu-e-cigarettes"] and _rules(r, 3) == ["eu-e-cigarettes"]


def test_vetoes_and_synonyms():
    r = tc.screen(_order(lines=[("Hot glue gun", "10", None), ("Water gun for kids", "10", None),
                                ("Butter knife set", "10", None), ("Balisong trainer", "10", None)]))
    assert _rules(r, 0) == [] and _rules(r, 1) == [] and _rules(r, 2) == []
    assert _rules(r, 3) == ["eu-knives"]  # synonym from rules/terms.yaml @knife


def test_hs_match_without_words_and_needs_listed():
    r = tc.screen(_order(lines=[("Item 44", "10", "9304.00")]))  # HS 93.04: other arms (spring, air or gas guns)
    f = r.lines[0].findings[0]
    assert f.rule == "eu-firearms" and f.action == "licence" and "HS 930400" in f.matched
    assert f.needs and "258/2012" in f.ref and f.source.startswith("rules/eu/restrictions.yaml:")


def test_embargo_value_threshold_and_dates_russia_luxury():
    # Regulation (EU) No 833/2014 Art. 3h: Annex XVIII luxury goods above EUR 300 per item; from 15 March 2022.
    lines = [("Handbag", "300.01", "4202.21"), ("Handbag", "300.00", "4202.21")]
    r = tc.screen(_order(dest="RU", origin="DE", lines=lines))
    assert r.lines[0].decision == "block" and r.lines[1].decision == "clear"
    assert tc.screen(_order(dest="RU", origin="DE", date="2022-03-14", lines=lines)).decision == "clear"
    # Converted at the ECB rate of the day: 350 USD on 2026-05-01 is below EUR 300 when 1 EUR > 1.1667 USD.
    usd = tc.screen({**_order(dest="RU", origin="DE", lines=[("Handbag", "350", "4202.21")]), "currency": "USD"})
    from decimal import Decimal

    from tradecompliance.currency import ecb
    eur = ecb().quote("USD", "EUR", dt.date(2026, 5, 1)).convert(Decimal("350"))
    assert usd.lines[0].decision == ("block" if eur > 300 else "clear")


def test_region_embargo_from_address_and_subdivision():
    buyer = {"name": "Ivan Petrenko", "country": "UA", "city": "Sevastopol"}
    r = tc.screen(_order(dest="UA", origin="DE", buyer=buyer, lines=[("T-shirt", "10", "6109.10")]))
    assert r.decision == "block" and r.findings[0].rule == "eu-crimea-sevastopol"
    kyiv = tc.screen(_order(dest="UA", origin="DE", buyer={**buyer, "city": "Kyiv"}, lines=[("T-shirt", "10", "6109.10")]))
    assert kyiv.decision == "clear"
    sub = tc.screen(_order(dest="UA", origin="US", destination_subdivision="UA-43", lines=[("T-shirt", "10", "6109.10")]))
    assert [f.rule for f in sub.findings] == ["us-crimea"]


def test_regions_named_scans_all_embargoes_at_once_and_answers_as_each_does():
    # The batch path reads an address through one scan over every region embargo's words; it must name, per
    # embargo, what that embargo's own scan names. The GB pack's words include "donetsk people's republic"
    # but not "donetsk" alone; the EU pack's (Reg. 2022/263) and the US pack's (EO 14065) include "donetsk".
    from tradecompliance.packs.loader import load_rules
    from tradecompliance.screening.exports import _region_embargoes, region_hit, regions_named
    from tradecompliance.text import phrase_key

    rules = load_rules()
    pairs, _ = _region_embargoes(rules)
    by_id = {emb.id: k for k, (_, emb) in enumerate(pairs)}
    for text, subdivision in [("12 Main Street London", None), ("Donetsk People's Republic, Artema 10", None),
                              ("pr. Illicha 3, Donetsk", None), ("ul. Lenina 5, Simferopol", "UA-65"), ("Lugansk", None),
                              ("Kyiv", "UA-43"), ("", "UA-14")]:
        words = phrase_key(text)
        assert regions_named(rules, subdivision, words) == tuple(region_hit(rules, p, e, subdivision, words) for p, e in pairs)
    named = regions_named(rules, None, phrase_key("pr. Illicha 3, Donetsk"))
    assert named[by_id["gb-crimea-ngca"]] is None and named[by_id["us-dnr-lnr"]] == "address names 'donetsk'"
    assert regions_named(rules, None, phrase_key("Donetsk People's Republic"))[by_id["gb-crimea-ngca"]] is not None
    assert set(regions_named(rules, None, phrase_key("12 Main Street London"))) == {None}


def test_us_syria_programme_ends_on_30_june_2025():
    # EO 14312 of June 30, 2025: the Syria sanctions programme terminated effective July 1, 2025.
    before = tc.screen(_order(dest="SY", origin="US", date="2025-06-30", lines=[("T-shirt", "10", "6109.10")]))
    after = tc.screen(_order(dest="SY", origin="US", date="2025-07-01", lines=[("T-shirt", "10", "6109.10")]))
    assert before.decision == "block" and after.decision == "clear"


def test_dual_use_correlation_needs_licence_check():
    r = tc.screen(_order(dest="CN", origin="DE", lines=[("Thermal camera", "900", "8525.89")]))
    f = [f for f in r.lines[0].findings if f.kind == "export_control"][0]
    assert f.action == "licence" and "6A003" in f.rule and "needs licence check" in f.message


def test_denied_parties_with_corroboration():
    lists = load_lists()
    m = lists.matcher
    exact = m.match("Arkadiy Volkov", "RU")
    assert exact[0].score == 100.0 and {h.list for h in exact} >= {"OFAC-SDN", "UK", "EU-FSF"}
    assert m.decision(exact) == "block"
    cyrillic = m.match("Аркадий Волков")  # transliterated with anyascii
    assert cyrillic and cyrillic[0].entry_id in ("90001", "19001", "800001")
    reordered_typo = m.match("Volkow Arkady Sergeevich")
    assert reordered_typo and reordered_typo[0].entry_id in ("90001", "19001", "800001")
    wrong_dob = m.match("Arkadiy Volkov", "RU", dt.date(1990, 1, 1))
    assert not wrong_dob or wrong_dob[0].score < 85  # listed DOB 14 Mar 1961 contradicts
    legal_forms = m.match("Zelenogorsk Precision Machinery LLC")
    assert legal_forms[0].entry_id == "90002" and legal_forms[0].score == 100.0
    assert m.match("Maria Schmidt", "DE") == [] and m.match("Acme Trading GmbH") == []


def test_screen_order_parties_and_lists_reported():
    r = tc.screen(_order(buyer={"name": "Hamed al-Nuri", "country": "SY"}, lines=[("T-shirt", "10", "6109.10")]))
    buyer = r.parties[0]
    assert buyer.role == "buyer" and buyer.decision == "block"
    assert buyer.hits[0].reasons[0].startswith("name") and "country SY corroborates" in " ".join(buyer.hits[0].reasons)
    assert set(r.lists) == {"OFAC-SDN", "EU-FSF", "UN-SC", "UK"} and r.packs["eu"]


def test_importers_read_each_official_layout_and_name_bad_files(tmp_path):
    sdn = read("ofac", SAMPLE / "sdn.csv", SAMPLE / "alt.csv", SAMPLE / "add.csv")
    assert len(sdn) == 8 and sdn[0].birth_dates == ("1961-03-14",) and "RU" in sdn[0].countries
    assert [a.kind for a in sdn[0].names] == ["primary", "aka", "aka"]
    eu = read("eu", SAMPLE / "eu_fsf.csv")
    assert {e.entry_id for e in eu} == {"800001", "800002", "800003", "800004"}
    assert any(a.weak for a in [e for e in eu if e.entry_id == "800004"][0].names)
    un = read("un", SAMPLE / "un_consolidated.xml")
    assert [e.entry_id for e in un] == ["QDi.901", "KPi.901", "KPe.901"] and "SY" in un[0].countries
    uk = read("uk", SAMPLE / "uk_conlist.csv")
    assert uk[0].birth_dates == ("1961-03-14",) and uk[1].names[1].weak
    # the FCDO's UK Sanctions List layout (the one UK list since 28 January 2026): one row per name and per
    # address under a Unique ID; "Low quality" aliases weak; "00/00/1975" a year of birth; a Ship a vessel
    uksl = {e.entry_id: e for e in read("uk", SAMPLE / "uk_sanctions_list.csv")}
    assert list(uksl) == ["RUS9001", "RUS9002", "GAC9001", "DPR9001", "CTE9001"]
    volkov = uksl["RUS9001"]
    assert [(a.name, a.kind) for a in volkov.names] == [("Arkady Sergeyevich VOLKOV", "primary"), ("Arkadiy VOLKOV", "aka")]
    assert volkov.countries == {"RU"} and volkov.birth_dates == ("1961-03-14",) and volkov.listed_on == "16/03/2022"
    assert uksl["RUS9002"].names[1].weak and not uksl["RUS9001"].names[1].weak
    assert uksl["CTE9001"].birth_dates == ("1975",) and uksl["DPR9001"].kind == "vessel"
    # the US Consolidated Screening List: one entry per record, its list (Entity List ...) among its programs
    csl = {e.entry_id: e for e in read("csl", SAMPLE / "csl.json")}
    zenith = csl["el-9001"]
    assert zenith.list == "US-CSL" and [a.name for a in zenith.names][1:] == ["ZMRI", "Zenith Microelectronics Institute"]
    assert zenith.countries == {"CN"} and zenith.programs == ("Entity List (EL) - Bureau of Industry and Security",)
    assert csl["sdn-90001"].names[0].name == "Arkady Sergeyevich VOLKOV" and csl["sdn-90001"].birth_dates == ("1961-03-14",)
    assert csl["sdn-90006"].kind == "vessel" and csl["dpl-9001"].listed_on == "2023-02-10"
    not_csl = tmp_path / "other.json"
    not_csl.write_text('{"entries": []}', encoding="utf-8")
    with pytest.raises(ListFormatError, match="no 'results' list"):
        read("csl", not_csl)
    header_only = tmp_path / "other.csv"
    header_only.write_text("Report Date: 20-Nov-2026\nName,Country\nX,Y\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="no header row in the first 5 lines: expected the UK Sanctions List"):
        read("uk", header_only)
    with pytest.raises(ListFormatError, match="eu_fsf.csv"):
        read("un", SAMPLE / "eu_fsf.csv")
    with pytest.raises(ListFormatError, match="missing column"):
        bad = tmp_path / "bad.csv"
        bad.write_text("a;b\n1;2\n")
        read("eu", bad)
    counts = import_lists([("ofac", [SAMPLE / "sdn.csv", SAMPLE / "alt.csv"], None), ("un", [SAMPLE / "un_consolidated.xml"], None)], tmp_path / "store")
    assert counts == {"OFAC-SDN": 8, "UN-SC": 3}
    store = load_lists(tmp_path / "store")
    assert store.matcher.match("Paekdu Trading Corporation")[0].score == 100.0


def test_screen_table_keeps_every_row_in_order():
    df = pd.DataFrame([
        {"order_id": "A", "origin_country": "CN", "destination_country": "DE", "date": "2026-05-01", "currency": "EUR", "description": "Pocket knife", "unit_value": "10"},
        {"order_id": "B", "origin_country": "CN", "destination_country": "XX", "date": "2026-05-01", "currency": "EUR", "description": "Shirt", "unit_value": "10"},
        {"order_id": "A", "origin_country": "CN", "destination_country": "DE", "date": "2026-05-01", "currency": "EUR", "description": "Skirt", "unit_value": "10"},
    ])
    out = screen_frame(df)
    assert list(out["description"]) == ["Pocket knife", "Shirt", "Skirt"]
    assert list(out["status"]) == ["ok", "error", "ok"] and list(out["decision"]) == ["flag", "", "clear"]
    assert "destination_country" in out["error"][1]


def test_unknown_term_is_a_pack_error(tmp_path):
    (tmp_path / "gb").mkdir()
    (tmp_path / "gb" / "restrictions.yaml").write_text(
        "rules:\n  - id: gb-x\n    category: knives\n    action: flag\n    words: ['@nope']\n    message: test rule\n"
        "    ref: {instrument: Test instrument}\n")
    with pytest.raises(RulePackError) as err:
        tc.load_rules(tmp_path)
    assert "gb/restrictions.yaml:5" in str(err.value) and "@nope" in str(err.value)
