"""Agreements whose industrial goods go free while their agricultural goods follow schedules of their own
(`unknown_under`): the customs union with Turkey, the EEA, the 1972 agreement with Switzerland, the autonomous trade
measures and the DCFTA for Ukraine into the Union; the UK-Turkey FTA and the UK's zero tariffs on Ukraine; the DCTS
tiers. Worked on 10 units at 100.00 (1,000.00 of goods, above the EUR 150 relief of Reg. (EC) No 1186/2009 art. 23;
the UK's GBP 135 relief is on the consignment's value, which 1,000.00 exceeds)."""
from decimal import Decimal

import pytest
import tradecompliance as tc
from test_eu_preferences import _duty, _gb, _order
from test_packs import _problems

CHEESE = ("0406.90.01", "cheese for processing")


def _rule(result) -> str:
    (duty,) = [c for c in result.charges if c.kind == "duty"]
    return duty.rule


@pytest.mark.parametrize("origin, agreement", [
    ("TR", "EU-Turkey customs union"), ("NO", "EEA Agreement"), ("IS", "EEA Agreement"), ("LI", "EEA Agreement"),
    ("CH", "EU-Switzerland FTA"), ("UA", "EU-Ukraine DCFTA"), ("GE", "EU-Georgia DCFTA"), ("MD", "EU-Moldova DCFTA"),
    ("MK", "EU-North Macedonia SAA"), ("AL", "EU-Albania SAA"), ("ME", "EU-Montenegro SAA"),
    ("BA", "EU-Bosnia and Herzegovina SAA"), ("RS", "EU-Serbia SAA"), ("XK", "EU-Kosovo SAA"),
    ("TN", "EU-Tunisia Association Agreement"), ("MA", "EU-Morocco Association Agreement"),
    ("IL", "EU-Israel Association Agreement"), ("JO", "EU-Jordan Association Agreement"),
    ("LB", "EU-Lebanon Association Agreement"), ("EG", "EU-Egypt Association Agreement"),
    ("DZ", "EU-Algeria Association Agreement"), ("PS", "EU-Palestinian Authority Interim Association Agreement"),
    ("KR", "EU-Korea FTA"), ("PE", "EU-Colombia-Peru-Ecuador Trade Agreement"),
    ("CO", "EU-Colombia-Peru-Ecuador Trade Agreement"), ("CA", "CETA"), ("CL", "EU-Chile agreement"),
    ("NZ", "EU-New Zealand FTA"), ("JP", "EU-Japan EPA"),
])
def test_industrial_goods_enter_the_union_free(rules, origin, agreement):
    # cotton T-shirts (CN 6109 10 00, 12%): an industrial good of chapter 61. Decision No 1/95 (customs union), EEA
    # art. 8(3)(a) and 10, the 1972 agreement's art. 3 (its last timetables ended 1 January 1984), the DCFTAs (Ukraine:
    # the Union's industrial duties phased out by the end of 2022; Georgia and Moldova: at entry into force), the
    # Stabilisation and Association agreements (the concessions of Reg. (EC) No 2007/2000), the Euro-Mediterranean
    # association agreements (industrial products free on entry into the Community from each one's first day, as
    # under the 1970s cooperation agreements), the EU-Korea FTA (the last industrial duties gone on 1 July 2016), the
    # agreement with Colombia and Peru (industrial products liberalised at entry into force), CETA (Annex 2-A: its
    # staged industrial duties gone within seven years, by 21 September 2024), the EU-Chile Association Agreement (art.
    # 65: industrial products free at entry into force or from 1 January 2006), the EU-New Zealand FTA (every manufactured
    # good free from entry into force, 1 May 2024: RNZ), the EU-Japan EPA (every industrial duty gone once cars' eight
    # cuts end on 1 February 2026: Japan Customs): 0.00 claimed, 12% x 1,000.00 = 120.00 not
    claimed = tc.quote(_order(origin, "2026-08-03", True), rules=rules)
    assert claimed.status == "ok" and _duty(claimed) == Decimal("0.00")
    assert _rule(claimed) == f"preferential rate under {agreement} ({agreement}, origin {origin})"
    assert _duty(tc.quote(_order(origin, "2026-08-03", False), rules=rules)) == Decimal("120.00")


def test_agricultural_goods_ask_for_the_agreements_rate(rules):
    # cheese (chapter 4) and essential oils of orange (CN 3301 12 10, 7%: Agreement on Agriculture Annex 1, heading
    # 33.01) claimed from Turkey: the customs union leaves them to the agricultural concessions, not bundled, so the
    # quote asks for the rate and names the prefix, rather than 0.00 or the general rate
    res = tc.quote(_order("TR", "2026-08-03", True, *CHEESE), rules=rules)
    assert res.status == "rate_unknown"
    assert "no EU-Turkey customs union rate for 04069001" in res.errors[0]
    assert "its 0% holds for other goods, its rates under 04 are not bundled" in res.errors[0]
    oils = tc.quote(_order("TR", "2026-08-03", True, "3301.12.10", "orange essential oil"), rules=rules)
    assert oils.status == "rate_unknown" and "rates under 3301 are not bundled" in oils.errors[0]
    assert "the general rate is 7.0%" in oils.errors[0]
    # not claimed, the general rate: 7% x 1,000.00 = 70.00
    assert _duty(tc.quote(_order("TR", "2026-08-03", False, "3301.12.10", "orange essential oil"), rules=rules)) == Decimal("70.00")


def test_a_claim_on_a_free_agricultural_line_lowers_nothing(rules):
    # raw wool (heading 51.01, agricultural) is free in the CN anyway: a Norwegian claim is quoted at 0.00, said to
    # be the general rate, not asked for
    res = tc.quote(_order("NO", "2026-08-03", True, "5101.11.00", "greasy shorn wool"), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00")
    assert _rule(res).startswith("general (MFN) rate, already free (the EEA Agreement claim lowers nothing)")


def test_western_balkan_fish_asks_for_the_quota_rate(rules):
    # the Stabilisation and Association agreements keep tariff quotas on certain fish, wine, sugar and baby beef: a
    # Serbian or Albanian claim on a chapter 3 or 22 line asks for the rate; Georgian wine (entry prices on 28 lines)
    # likewise
    for origin, code in (("RS", "0302.11.10"), ("AL", "2204.21.11"), ("GE", "2204.21.11")):
        res = tc.quote(_order(origin, "2026-08-03", True, code, "goods"), rules=rules)
        assert res.status == "rate_unknown" and f"rates under {code[:2]} are not bundled" in res.errors[0], (origin, res.errors)


def test_switzerland_until_its_last_timetables_ended(rules):
    # 1973-1983 the 1972 agreement's staged rates are not bundled: a claim asks for them; from 1 January 1984 industrial
    # goods are free. A Swiss wrist-watch (CN 9102 11 00, 4.5% MIN 0.30 MAX 0.80 EUR a piece): 4.5% x 1,000.00 = 45.00,
    # capped at 10 x 0.80 = 8.00 unclaimed; 0.00 claimed
    early = tc.quote(_order("CH", "1983-12-31", True), rules=rules)
    assert early.status == "rate_unknown" and "no EU-Switzerland FTA rate" in early.errors[0]
    watch = ("9102.11.00", "quartz wrist-watch")
    assert _duty(tc.quote(_order("CH", "2026-08-03", False, *watch), rules=rules)) == Decimal("8.00")
    assert _duty(tc.quote(_order("CH", "2026-08-03", True, *watch), rules=rules)) == Decimal("0.00")


def test_ukraine_under_the_unions_autonomous_trade_measures(rules):
    # Regulation (EU) 2022/870 from 4 June 2022 and 2023/1077 to 5 June 2024: every duty on Ukrainian goods suspended,
    # cheese included; from 6 June 2024 (2024/1392, its brakes on eggs, poultry, sugar ... then the DCFTA) the
    # agricultural goods ask for their rate while the industrial ones stay free; before 4 June 2022 the DCFTA's own
    # rates, not bundled
    before = tc.quote(_order("UA", "2022-06-03", True), rules=rules)
    assert before.status == "rate_unknown" and "the agreement's rates are not bundled" in before.errors[0]
    for day in ("2022-06-04", "2024-06-05"):
        res = tc.quote(_order("UA", day, True, *CHEESE), rules=rules)
        assert res.status == "ok" and _duty(res) == Decimal("0.00"), day
    after = tc.quote(_order("UA", "2024-06-06", True, *CHEESE), rules=rules)
    assert after.status == "rate_unknown" and "rates under 04 are not bundled" in after.errors[0]
    assert _duty(tc.quote(_order("UA", "2024-06-06", True), rules=rules)) == Decimal("0.00")


def test_euro_mediterranean_agriculture_and_egypts_interim_agreement(rules):
    # the association agreements leave agricultural, processed agricultural and fishery products to their protocols'
    # quotas and reduced duties (not bundled): Moroccan tomatoes (chapter 7), Tunisian olive oil (chapter 15) and
    # Israeli orange oil (heading 33.01, Annex 1 of the Agreement on Agriculture) ask for the rate. Egypt: the Interim
    # Agreement applied the trade provisions from 1 January 2004 (the day before: the general rate, 120.00)
    for origin, code in (("MA", "0702.00.00"), ("TN", "1509.20.00"), ("IL", "3301.12.10")):
        res = tc.quote(_order(origin, "2026-08-03", True, code, "goods"), rules=rules)
        assert res.status == "rate_unknown" and f"rates under {code[:2] if code < '25' else code[:4]} are not bundled" in res.errors[0], (origin, res.errors)
    assert _duty(tc.quote(_order("EG", "2004-01-01", True), rules=rules)) == Decimal("0.00")
    before = tc.quote(_order("EG", "2003-12-31", True), rules=rules)
    assert any("EU-Egypt Association Agreement applies from 2004-01-01" in d for d in before.decisions), before.decisions


@pytest.mark.parametrize("origin, agreement", [
    ("IL", "UK-Israel agreement"), ("MA", "UK-Morocco agreement"), ("EG", "UK-Egypt agreement"),
    ("JO", "UK-Jordan agreement"), ("LB", "UK-Lebanon agreement"), ("TN", "UK-Tunisia agreement"),
    ("PS", "UK-Palestinian Authority agreement"), ("MD", "UK-Moldova agreement"), ("RS", "UK-Serbia agreement"),
    ("XK", "UK-Kosovo agreement"), ("CH", "UK-Switzerland-Liechtenstein agreement"), ("LI", "UK-Switzerland-Liechtenstein agreement"),
    ("IS", "UK-Iceland-Norway agreement"), ("NO", "UK-Iceland-Norway agreement"), ("KR", "UK-Korea FTA"),
    ("GE", "UK-Georgia agreement"), ("MK", "UK-North Macedonia agreement"), ("AU", "UK-Australia FTA"),
    ("CO", "UK-Andean countries agreement"), ("PE", "UK-Andean countries agreement"), ("CA", "UK-Canada TCA"),
    ("CL", "UK-Chile association agreement"), ("NZ", "UK-New Zealand FTA"), ("JP", "UK-Japan CEPA"),
])
def test_the_uks_continuity_agreements_free_industrial_goods(rules, origin, agreement):
    # the UK's continuity agreements from 1 January 2021 replicate the EU's Euro-Mediterranean association agreements
    # (the Palestinian Authority's interim one included),
    # the 1972 agreement with Switzerland (Liechtenstein through its customs union), the EEA's trade in goods with
    # Iceland and Norway, the EU-Korea FTA, the EU-Georgia DCFTA and the EU-North Macedonia SAA; and the UK-Australia
    # FTA from 31 May 2023 (UK tariffs on Australian industrial goods gone at entry into force), the UK-Canada TCA
    # (CETA replicated, its industrial staging over by 21 September 2024), the UK-Chile association agreement (the
    # EU-Chile agreement's tariff preferences kept, Chile's Ministry of Foreign Affairs), the UK-New Zealand FTA from 31 May
    # 2023 (only the UK's sensitive farm goods staged: GOV.UK, AHDB), the UK-Japan CEPA (the EU-Japan staging kept, over
    # on 1 February 2026): tariff-free industrial products (UK Global Tariff 6109 10 00 12%: 120.00 unclaimed, 0.00
    # claimed); cheese (chapter 4) asks for the agreement's rate
    assert _duty(tc.quote(_gb_on(origin, "2026-08-03", True), rules=rules)) == Decimal("0.00")
    assert _duty(tc.quote(_gb_on(origin, "2026-08-03", False), rules=rules)) == Decimal("120.00")
    res = tc.quote(_gb_on(origin, "2026-08-03", True, *CHEESE), rules=rules)
    assert res.status == "rate_unknown" and f"no {agreement} rate for 04069001" in res.errors[0], res.errors


def _gb_on(origin, date, claimed, code="6109.10.00", description="cotton T-shirts"):
    return {**_gb(origin, claimed, code, description), "date": date}


def test_korean_industrial_goods_were_staged_into_the_union_until_1_july_2016(rules):
    # the Union's last industrial duties on Korean goods went on 1 July 2016 (CLEPA on COM(2017) 614): a claim on 30
    # June 2016 asks for the staged rate (not bundled); from 1 July 2016 T-shirts pay 0.00 where 12% takes 120.00;
    # Korean cheese (chapter 4) still asks for the agreement's rate
    early = tc.quote(_order("KR", "2016-06-30", True), rules=rules)
    assert early.status == "rate_unknown" and "no EU-Korea FTA rate for 61091000" in early.errors[0]
    on = tc.quote(_order("KR", "2016-07-01", True), rules=rules)
    assert on.status == "ok" and _duty(on) == Decimal("0.00") and _rule(on).startswith("preferential rate under EU-Korea FTA")
    assert _duty(tc.quote(_order("KR", "2026-08-03", False), rules=rules)) == Decimal("120.00")
    cheese = tc.quote(_order("KR", "2026-08-03", True, *CHEESE), rules=rules)
    assert cheese.status == "rate_unknown" and "no EU-Korea FTA rate for 04069001" in cheese.errors[0]


def _staged_then_free(rules, origin, last_staged, first_free, agreements):
    """In the Union (agreements[0]) and Great Britain (agreements[1]): a claim from `origin` on `last_staged` asks for
    the staged rate (not bundled); one on `first_free` pays 0.00 on T-shirts where 12% of 1,000.00 unclaimed takes
    120.00; cheese (chapter 4) claimed that day still asks for the agreement's rate."""
    for make, agreement in (((lambda date, claimed, *good: _order(origin, date, claimed, *good)), agreements[0]),
                            ((lambda date, claimed, *good: _gb_on(origin, date, claimed, *good)), agreements[1])):
        early = tc.quote(make(last_staged, True), rules=rules)
        assert early.status == "rate_unknown" and f"no {agreement} rate for 61091000" in early.errors[0], early.errors
        on = tc.quote(make(first_free, True), rules=rules)
        assert on.status == "ok" and _duty(on) == Decimal("0.00") and _rule(on).startswith(f"preferential rate under {agreement}")
        unclaimed = tc.quote(make(first_free, False), rules=rules)
        assert unclaimed.status == "ok" and _duty(unclaimed) == Decimal("120.00")
        cheese = tc.quote(make(first_free, True, *CHEESE), rules=rules)
        assert cheese.status == "rate_unknown" and f"no {agreement} rate for 04069001" in cheese.errors[0]


def test_canadian_industrial_goods_were_staged_until_the_seventh_anniversary_of_ceta(rules):
    # CETA Annex 2-A: staged duties end by 1 January of year 8 (2024), year 1 ending 31 December 2017; industrial
    # tariffs fully gone within seven years of 21 September 2017: free from 21 September 2024, in the Union and under
    # the UK's continuity agreement alike; Canadian cheese still asks for the agreement's rate
    _staged_then_free(rules, "CA", "2024-09-20", "2024-09-21", ("CETA", "UK-Canada TCA"))


def test_chilean_industrial_goods_were_staged_into_the_union_until_1_january_2006(rules):
    # EU-Chile Association Agreement art. 65: category "Year 3" industrial duties cut by a quarter at entry into force
    # (1 February 2003) and on 1 January 2004 and 2005, gone on 1 January 2006. A claim on 31 December 2005 asks for
    # the staged rate (not bundled); from 1 January 2006 T-shirts pay 0.00 (12% x 1,000.00 = 120.00 unclaimed), also
    # after the Interim Trade Agreement replaced the trade part on 1 February 2025; cheese still asks for the rate.
    # Into Austria, whose VAT rows reach back to 2006 (Germany's start with its 19% in 2007)
    def into_austria(date, claimed):
        return {**_order("CL", date, claimed), "destination_country": "AT"}

    early = tc.quote(into_austria("2005-12-31", True), rules=rules)
    assert early.status == "rate_unknown" and "no EU-Chile agreement rate for 61091000" in early.errors[0]
    for date in ("2006-01-01", "2025-02-01"):
        on = tc.quote(into_austria(date, True), rules=rules)
        assert on.status == "ok" and _duty(on) == Decimal("0.00") and _rule(on).startswith("preferential rate under EU-Chile agreement")
    assert _duty(tc.quote(_order("CL", "2026-08-03", False), rules=rules)) == Decimal("120.00")
    cheese = tc.quote(_order("CL", "2026-08-03", True, *CHEESE), rules=rules)
    assert cheese.status == "rate_unknown" and "no EU-Chile agreement rate for 04069001" in cheese.errors[0]


def test_vietnamese_industrial_goods_go_free_seven_years_after_the_evfta(rules):
    # EVFTA (in force 1 August 2020): the Union frees 99.2% of its lines within seven years, the rest farm and fish
    # goods on duty-free quotas; the UK-Vietnam FTA carries the same commitments over unchanged: free from 1 August
    # 2027 into Germany and Great Britain alike; farm goods (cheese here) still ask for the rate
    _staged_then_free(rules, "VN", "2027-07-31", "2027-08-01", ("EU-Vietnam FTA", "UK-Vietnam FTA"))


def test_japanese_industrial_goods_were_staged_until_the_last_cut_of_the_car_duty(rules):
    # EU-Japan EPA Annex 2-A: cuts on 1 February each year (a year of the Union's schedule runs from 1 February); the
    # Union frees every industrial good, cars' 10% last, in eight cuts from 1 February 2019 (Japan Customs FAQ 4051):
    # free from 1 February 2026. The UK-Japan CEPA keeps that staging (House of Lords EU Committee; Jiji: British car
    # tariffs gone in 2026). Until then the staged rates are the tariffs' own measures, not bundled
    _staged_then_free(rules, "JP", "2026-01-31", "2026-02-01", ("EU-Japan EPA", "UK-Japan CEPA"))


def test_ecuadors_claims_ask_for_the_rate_on_every_good(rules):
    # Ecuador joined the Union's agreement with Colombia and Peru on 1 January 2017 and the UK's from 1 January 2021;
    # its own concessions are not read as far as Colombia's and Peru's, so its T-shirts ask for the rate in both packs
    # where a Peruvian claim pays 0.00
    for order, agreement in ((_order("EC", "2026-08-03", True), "EU-Colombia-Peru-Ecuador Trade Agreement"),
                             (_gb_on("EC", "2026-08-03", True), "UK-Andean countries agreement")):
        res = tc.quote(order, rules=rules)
        assert res.status == "rate_unknown" and f"no {agreement} rate for 61091000" in res.errors[0], res.errors
    peru = tc.quote(_order("PE", "2013-03-01", True), rules=rules)
    assert peru.status == "ok" and _duty(peru) == Decimal("0.00")


def test_the_cptpp_is_the_uks_agreement_with_brunei_and_malaysia(rules):
    # the UK's accession to the CPTPP took effect on 15 December 2024 for Brunei and Malaysia among others; the UK had
    # no agreement with either before. A Malaysian claim on 14 December 2024 pays the UK Global Tariff's 12% (120.00)
    # and says from when the CPTPP applies; from 15 December it asks for the CPTPP rate (the UK tariff's preference
    # measures, not bundled). A Japanese claim stays under UK-Japan CEPA, listed first
    for origin in ("MY", "BN"):
        early = tc.quote(_gb_on(origin, "2024-12-14", True), rules=rules)
        assert _duty(early) == Decimal("120.00")
        assert any("CPTPP applies from 2024-12-15" in d for d in early.decisions), early.decisions
        on = tc.quote(_gb_on(origin, "2024-12-15", True), rules=rules)
        assert on.status == "rate_unknown" and "no CPTPP rate for 61091000" in on.errors[0], on.errors
    japan = tc.quote(_gb_on("JP", "2026-01-31", True), rules=rules)
    assert japan.status == "rate_unknown" and "no UK-Japan CEPA rate" in japan.errors[0]


def test_turkish_industrial_goods_enter_the_uk_free(rules):
    # UK-Turkey FTA from 1 January 2021: industrial goods at zero (UK Global Tariff 6109 10 00 12%: 120.00 unclaimed),
    # agricultural goods on Annex 2-B's rates and quotas (not bundled)
    assert _duty(tc.quote(_gb_on("TR", "2026-08-03", True), rules=rules)) == Decimal("0.00")
    assert _duty(tc.quote(_gb_on("TR", "2026-08-03", False), rules=rules)) == Decimal("120.00")
    res = tc.quote(_gb_on("TR", "2026-08-03", True, *CHEESE), rules=rules)
    assert res.status == "rate_unknown" and "no UK-Turkey FTA rate for 04069001" in res.errors[0]


@pytest.mark.parametrize("date, code, status, duty", [
    ("2022-04-25", "6109.10.00", "rate_unknown", None),     # the agreement's own rates, not bundled
    ("2022-04-26", "6109.10.00", "ok", "0.00"),              # every tariff cut to zero
    ("2022-04-26", "0406.90.01", "ok", "0.00"),
    ("2026-03-31", "0406.90.01", "ok", "0.00"),
    ("2026-04-01", "0406.90.01", "rate_unknown", None),      # eggs and poultry's extension ended: agriculture asks
    ("2026-04-01", "6109.10.00", "ok", "0.00"),
    ("2029-03-31", "6109.10.00", "ok", "0.00"),              # the extension to 31 March 2029
    ("2029-04-01", "6109.10.00", "rate_unknown", None),
])
def test_the_uks_zero_tariffs_on_ukraine(rules, date, code, status, duty):
    res = tc.quote(_gb_on("UA", date, True, code, "goods"), rules=rules)
    assert res.status == status, res.errors
    if duty is not None:
        assert _duty(res) == Decimal(duty)
    else:
        assert "no UK-Ukraine agreement rate" in res.errors[0]


def test_serbian_goods_entered_the_uk_on_wto_terms_until_20_may_2021(rules):
    # the UK-Serbia agreement was provisionally applied from 20 May 2021: the day before, a claim pays the UK Global
    # Tariff's 12% (120.00) and the quote names the day; from it, 0.00
    early = tc.quote(_gb_on("RS", "2021-05-19", True), rules=rules)
    assert _duty(early) == Decimal("120.00")
    assert any("UK-Serbia agreement applies from 2021-05-20" in d for d in early.decisions), early.decisions
    assert _duty(tc.quote(_gb_on("RS", "2021-05-20", True), rules=rules)) == Decimal("0.00")


def test_the_dcts_enhanced_and_standard_tiers_ask_for_their_rates(rules):
    # Tariff Stop Press Notice of 1 June 2023: Pakistan (Enhanced) and India (Standard) from 19 June 2023, their cuts
    # line by line (not bundled): a claim asks for the rate; the day before, the UK GSP's general and enhanced
    # frameworks are not listed, so the claim pays the general rate (12%: 120.00) and the quote names the day
    for origin, tier in (("PK", "DCTS Enhanced Preferences"), ("IN", "DCTS Standard Preferences")):
        res = tc.quote(_gb_on(origin, "2023-06-19", True), rules=rules)
        assert res.status == "rate_unknown" and f"no {tier} rate" in res.errors[0]
        early = tc.quote(_gb_on(origin, "2023-06-18", True), rules=rules)
        assert _duty(early) == Decimal("120.00")
        assert any(f"{tier} applies from 2023-06-19" in d for d in early.decisions)


def test_vanuatu_has_the_dcts_comprehensive_preferences(rules):
    # the Stop Press Notice lists Vanuatu among the Comprehensive Preferences' countries: T-shirts free, arms at the
    # UK Global Tariff's 2.0% (20.00)
    res = tc.quote(_gb_on("VU", "2023-06-19", True), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00")
    assert "DCTS Comprehensive Preferences" in _rule(res)
    assert _duty(tc.quote(_gb_on("VU", "2026-08-03", True, "9304.00.00", "air rifles"), rules=rules)) == Decimal("20.00")


def test_unknown_under_needs_a_rate_beside_it(write_rules):
    # `unknown_under` marks where the rate does not hold: with `duty: unknown` (or none) it says nothing, and the
    # pack is refused naming the field; its prefixes are quoted digits like `excluding`'s
    root = write_rules({"eu/customs.yaml": """
        preferences:
          - {agreement: Test, partners: [TR], duty: unknown, unknown_under: ["04"], ref: ucc70}
    """})
    problems = _problems(root)
    assert any("customs.yaml" in p and "unknown_under" in p and "give the rate it has elsewhere" in p for p in problems), problems
    root = write_rules({"eu/customs.yaml": """
        preferences:
          - {agreement: Test, partners: [TR], duty: 0%, unknown_under: [4, "33.01"], ref: ucc70}
    """})
    problems = _problems(root)
    assert any("unknown_under" in p and "quote HS code prefixes in `unknown_under`" in p for p in problems), problems


def test_the_agricultural_products_are_written_once_for_both_packs(rules):
    # the Agreement on Agriculture's Annex 1 (chapters 1-24 whole, fish included, and 2905.43, 2905.44, 33.01,
    # 35.01-35.05, 3809.10, 3824.60, 41.01-41.03, 43.01, 50.01-50.03, 51.01-51.03, 52.01-52.03, 53.01, 53.02: 24 + 25
    # prefixes) lives in rules/code_groups.yaml; every agreement of the EU and GB packs that sets agriculture apart
    # names it, so the two packs cannot drift apart
    group = rules.code_groups.code_groups["agricultural"]
    assert len(group.prefixes) == 49 and group.prefixes[:2] == ("01", "02") and group.prefixes[-1] == "5302"
    assert {"3301", "382460", "5302"} <= set(group.prefixes) and not {"25", "2905", "53"} & set(group.prefixes)
    assert "Agreement on Agriculture" in group.ref.instrument
    # EU: Switzerland, the EEA twice (IS/NO, LI), Turkey, six SAAs, Georgia, Moldova, Ukraine, eight Euro-Mediterranean
    # agreements, Korea, Peru, Colombia, Canada, Chile, Vietnam, New Zealand, Japan; GB: Turkey, Ukraine, seven
    # Mediterranean continuity agreements, Switzerland-Liechtenstein, Iceland-Norway, Moldova, Kosovo, Serbia, Korea,
    # Georgia, North Macedonia, Australia, Colombia-Peru, Canada, Chile, Vietnam, New Zealand, Japan
    naming = [(name, p) for name in ("eu", "gb") for p in rules.packs[name].customs.preferences if p.unknown_under]
    assert len(naming) == 53 and {("gb", "UK-Turkey FTA"), ("eu", "EU-Kosovo SAA")} <= {(n, p.agreement) for n, p in naming}
    for name, p in naming:
        assert p.unknown_under == group.prefixes, (name, p.agreement)


def test_a_layer_that_widens_the_code_group_moves_every_agreement_naming_it(write_rules):
    # a compliance team's layer adds chapter 61 to the group (key by key: the title and ref stay the bundled ones):
    # Turkish T-shirts claimed into Germany, 0.00 with the bundled rules, now ask for the customs union's rate under 61
    # and say the general rate (12% of 1,000.00 is 120.00 unclaimed), in the GB pack as in the EU one
    import tradecompliance.packs.loader as loader

    bundled = loader.load_rules().code_groups.code_groups["agricultural"].prefixes
    wider = ", ".join(f'"{x}"' for x in bundled + ("61",))
    root = write_rules({"code_groups.yaml": f"""
        code_groups:
          agricultural:
            prefixes: [{wider}]
    """})
    layered = loader.load_rules(root)
    assert layered.code_groups.code_groups["agricultural"].title.startswith("agricultural products")
    res = tc.quote(_order("TR", "2026-08-03", True), rules=layered)
    assert res.status == "rate_unknown" and "its 0% holds for other goods, its rates under 61 are not bundled" in res.errors[0]
    assert "the general rate is 12% (CN 2022" in res.errors[0]
    assert tc.quote(_gb("TR", True), rules=layered).status == "rate_unknown"
    assert _duty(tc.quote(_order("TR", "2026-08-03", False), rules=layered)) == Decimal("120.00")


def test_a_code_group_mistake_names_its_file_line_and_field(write_rules):
    # an unknown `@name` in a pack: the pack file, its line and the list entry, and the groups there are
    root = write_rules({"eu/customs.yaml": """
        preferences:
          - agreement: Test
            partners: [TR]
            duty: 0%
            unknown_under: ["@agricultural", "@fishery"]
            ref: ucc70
    """})
    problems = _problems(root)
    assert any(p.endswith("customs.yaml:5: preferences.0.unknown_under.1: unknown code group '@fishery' (known: @agricultural)")
               for p in problems), problems
    # a group's prefixes are quoted digits, as in the packs: a number, or a code with a dot, is refused at its line
    root = write_rules({"code_groups.yaml": """
        code_groups:
          arms:
            title: arms and ammunition
            prefixes: [93, "93.01"]
            ref: {instrument: HS 2022, article: chapter 93}
    """})
    problems = _problems(root)
    assert any("code_groups.yaml:4: code_groups.arms.prefixes" in p and "quote HS code prefixes in `prefixes`" in p
               for p in problems), problems


def test_the_batch_path_agrees_with_quote():
    # Turkish, Norwegian, Swiss, Ukrainian, Korean, Malaysian (CPTPP from 15 December 2024), Peruvian, Ecuadorian, Canadian, Chilean, Vietnamese, New Zealand and Japanese lines into Germany and Great Britain, industrial and agricultural,
    # claimed or not, around the Ukrainian days and on the EVFTA's seventh anniversary: cell for cell what quote gives
    import itertools

    import pandas as pd
    from test_quote_vectorised import assert_same

    rows = []
    for i, (origin, dest, code, date, claimed) in enumerate(itertools.product(
            ["TR", "NO", "CH", "UA", "PK", "VU", "KR", "MY", "PE", "EC", "CA", "CL", "VN", "NZ", "JP"], ["DE", "GB"], ["6109.10.00", "0406.90.01", "3301.12.10", "5101.11.00"],
            ["2022-06-04", "2024-06-06", "2026-04-01", "2027-08-01"], [True, False])):
        rows.append({"order_id": f"o{i}", "date": date, "origin_country": origin, "destination_country": dest,
                     "currency": "EUR" if dest == "DE" else "GBP", "description": "goods", "hs_code": code,
                     "quantity": "10", "unit_value": "100.00", "preference_claimed": claimed})
    assert len(assert_same(pd.DataFrame(rows))) == len(rows) == 960
