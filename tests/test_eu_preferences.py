"""The Union's preferences beyond its FTAs of session 86, and the UK's EPAs: Everything But Arms and the Economic
Partnership Agreements of both, whose rate is known for every good (nothing, but on arms and ammunition; South Africa's
partial schedules aside), and the agreements with Latin America, the Mediterranean, the Western Balkans and the Eastern
neighbours, whose rates are not bundled."""
from decimal import Decimal

import pytest
import tradecompliance as tc
from test_packs import _problems


def _order(origin, date, claimed, code="6109.10.00", description="cotton T-shirts"):
    # 10 units at 100.00 EUR: 1,000.00 of goods, above the EUR 150 duty relief (Reg. (EC) No 1186/2009 art. 23)
    return {"origin_country": origin, "destination_country": "DE", "date": date, "currency": "EUR",
            "lines": [{"description": description, "hs_code": code, "quantity": "10", "unit_value": "100.00",
                       "preference_claimed": claimed}]}


def _duty(result):
    return sum((c.amount for c in result.charges if c.kind == "duty"), Decimal("0"))


def test_everything_but_arms_frees_a_bangladeshi_t_shirt(rules):
    # Reg. (EU) No 978/2012 art. 18(1): CCT duties on chapters 1-97 but 93 entirely suspended for Annex IV LDCs.
    # CN 6109 10 00 is 12%: 1,000.00 unclaimed pays 120.00, claimed 0.00
    assert _duty(tc.quote(_order("BD", "2026-08-03", False), rules=rules)) == Decimal("120.00")
    claimed = tc.quote(_order("BD", "2026-08-03", True), rules=rules)
    assert claimed.status == "ok" and _duty(claimed) == Decimal("0.00")
    (duty,) = [c for c in claimed.charges if c.kind == "duty"]
    assert "Everything But Arms" in duty.rule and "978/2012" in duty.ref


def test_everything_but_arms_gives_nothing_on_chapter_93(rules):
    # an air rifle (CN 9304 00 00, 3.2%) of Bangladeshi origin: 3.2% x 1,000.00 = 32.00 claimed or not, and the
    # quote says why the claim lowered nothing
    for claimed in (True, False):
        res = tc.quote(_order("BD", "2026-08-03", claimed, "9304.00.00", "air rifles"), rules=rules)
        assert res.status == "ok" and _duty(res) == Decimal("32.00")
    res = tc.quote(_order("BD", "2026-08-03", True, "9304.00.00", "air rifles"), rules=rules)
    assert any("Everything But Arms claimed (origin BD), but it gives no preference on goods under 93" in d
               for d in res.decisions)
    (duty,) = [c for c in res.charges if c.kind == "duty"]
    assert duty.rule.startswith("general (MFN) rate (Everything But Arms gives no preference under 93)")


def test_cambodias_withdrawal_from_12_august_2020(rules):
    # Delegated Reg. (EU) 2020/550 withdrew part of Cambodia's EBA preferences (certain garments and footwear, travel
    # goods, sugar) from 12 August 2020: the day before, a claimed T-shirt pays 0.00; from that day which lines lost
    # the preference is not bundled, so the claim is rate_unknown rather than a guess either way
    assert _duty(tc.quote(_order("KH", "2020-08-11", True), rules=rules)) == Decimal("0.00")
    on = tc.quote(_order("KH", "2020-08-12", True), rules=rules)
    assert on.status == "rate_unknown" and "2020/550" in on.errors[0]
    # (the bundled CN 2022 rows start on 1 January 2022: from then the error also gives the general rate)
    now = tc.quote(_order("KH", "2026-08-03", True), rules=rules)
    assert now.status == "rate_unknown" and "2020/550" in now.errors[0] and "the general rate is 12%" in now.errors[0]


def test_a_least_developed_country_with_an_epa_claims_everything_but_arms(rules):
    # Madagascar applies the ESA EPA (14 May 2012) and is a least-developed country: EBA, listed first, frees the
    # T-shirt; Mauritius, in the same EPA but no LDC, has it freed by the EPA
    mg = tc.quote(_order("MG", "2026-08-03", True), rules=rules)
    assert _duty(mg) == Decimal("0.00") and "Everything But Arms" in [c for c in mg.charges if c.kind == "duty"][0].rule
    mu = tc.quote(_order("MU", "2026-08-03", True), rules=rules)
    assert _duty(mu) == Decimal("0.00") and "EU-ESA EPA" in [c for c in mu.charges if c.kind == "duty"][0].rule


@pytest.mark.parametrize("origin, agreement, date", [
    ("JM", "CARIFORUM-EU EPA", "2026-08-03"), ("DO", "CARIFORUM-EU EPA", "2026-08-03"), ("FJ", "EU-Pacific EPA", "2026-08-03"),
    ("PG", "EU-Pacific EPA", "2010-01-01"), ("WS", "EU-Pacific EPA", "2026-08-03"), ("MU", "EU-ESA EPA", "2026-08-03"),
    ("ZW", "EU-ESA EPA", "2026-08-03"), ("CM", "EU-Central Africa EPA", "2026-08-03"), ("CI", "EU-Cote d'Ivoire EPA", "2026-08-03"),
    ("GH", "EU-Ghana EPA", "2026-08-03"), ("BW", "EU-SADC EPA", "2026-08-03"), ("NA", "EU-SADC EPA", "2016-10-10"),
])
def test_the_economic_partnership_agreements_open_the_union_duty_free(rules, origin, agreement, date):
    # Regulation (EU) 2016/1076 (EUR-Lex summary) and the EPAs that continue it: duty free, quota free but for arms and
    # ammunition. Claimed cotton T-shirts (CN 6109 10 00, 12%) of 1,000.00 EUR pay 0.00, the rule naming the agreement
    # and the Regulation; unclaimed on 3 August 2026 they pay 12% = 120.00
    res = tc.quote(_order(origin, date, True), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00"), res.errors
    (duty,) = [c for c in res.charges if c.kind == "duty"]
    assert agreement in duty.rule and "2016/1076" in duty.ref
    if date == "2026-08-03":
        assert _duty(tc.quote(_order(origin, date, False), rules=rules)) == Decimal("120.00")


def test_an_epa_gives_nothing_on_arms(rules):
    # a Ghanaian air rifle (CN 9304 00 00, 3.2%): 3.2% x 1,000.00 = 32.00 claimed or not, the decisions saying why
    res = tc.quote(_order("GH", "2026-08-03", True, "9304.00.00", "air rifles"), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("32.00")
    assert any("EU-Ghana EPA claimed (origin GH), but it gives no preference on goods under 93" in d for d in res.decisions)


def test_rice_and_sugar_years_of_the_first_epas(rules):
    # 2008 and 2009 had CARIFORUM rice on yearly duty-free quotas (Reg. (EC) No 1529/2007) and sugar on transitional
    # terms, not bundled: a claim dated 31 December 2009 asks for the agreement's rate; from 1 January 2010 the claim
    # is free (the bundled CN 2022 rows give no general rate for those years: the preference does not need one)
    before = tc.quote(_order("JM", "2009-12-31", True), rules=rules)
    assert before.status == "rate_unknown" and "no CARIFORUM-EU EPA rate" in before.errors[0]
    assert _duty(tc.quote(_order("JM", "2010-01-01", True), rules=rules)) == Decimal("0.00")
    assert "no EU-Pacific EPA rate" in tc.quote(_order("FJ", "2008-01-01", True), rules=rules).errors[0]


def test_kenyan_roses_enter_free_under_the_epa(rules):
    # EU-Kenya EPA in force 1 July 2024, duty free quota free but for arms. Cut roses (CN 0603 11 00) have a seasonal
    # general rate (8.5% / 12%) the bundled schedule cannot compute: unclaimed they are rate_unknown, claimed 0.00
    assert tc.quote(_order("KE", "2026-08-03", False, "0603.11.00", "cut roses"), rules=rules).status == "rate_unknown"
    claimed = tc.quote(_order("KE", "2026-08-03", True, "0603.11.00", "cut roses"), rules=rules)
    assert claimed.status == "ok" and _duty(claimed) == Decimal("0.00")
    # and arms pay the general rate: 9304 00 00 3.2% x 1,000.00 = 32.00
    assert _duty(tc.quote(_order("KE", "2026-08-03", True, "9304.00.00", "air rifles"), rules=rules)) == Decimal("32.00")


@pytest.mark.parametrize("origin, agreement", [
    ("MX", "EU-Mexico Global Agreement"), ("GT", "EU-Central America Association Agreement"),
    ("EC", "EU-Colombia-Peru-Ecuador Trade Agreement"), ("VN", "EU-Vietnam FTA"), ("ZA", "EU-SADC EPA"),
])
def test_the_unions_other_agreements_ask_for_their_rates(rules, origin, agreement):
    # a claim on 3 August 2026 from a partner of an agreement whose rates are not bundled is rate_unknown, naming it,
    # not charged the general rate (12%) as if there were none
    res = tc.quote(_order(origin, "2026-08-03", True), rules=rules)
    assert res.status == "rate_unknown" and f"no {agreement} rate" in res.errors[0]


def test_liechtenstein_is_in_the_eea_from_1_may_1995(rules):
    # EFTA: Liechtenstein's participation in the EEA began on 1 May 1995, after Iceland's and Norway's (1 January 1994);
    # a claim on an industrial good (EEA Agreement art. 8(3)(a), 10: chapters 25-97 duty free) pays nothing, not the
    # 12% general rate; on cheese (chapter 4, Protocol 3 and the agricultural schedules) it asks for the rate
    res = tc.quote(_order("LI", "2026-08-03", True), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00")
    res = tc.quote(_order("LI", "2026-08-03", True, "0406.90.01", "cheese"), rules=rules)
    assert res.status == "rate_unknown" and "no EEA Agreement rate" in res.errors[0]
    (li,) = [p for p in rules.pack_for("DE").customs.preferences if "LI" in p.partners]
    assert li.agreement == "EEA Agreement" and str(li.since) == "1995-05-01"


def test_agreements_reach_partners_on_their_own_days(rules):
    # EU-Central America Part IV: Guatemala from 1 December 2013 (Costa Rica and El Salvador 1 October); Ecuador joined
    # the trade agreement with Colombia and Peru on 1 January 2017. The day before, the claim is for the general rate
    # (which the bundled CN 2022 rows do not give for those years) and the quote says from when the agreement applies;
    # from that day the claim asks for the agreement's rate
    for origin, agreement, before, on in (("GT", "EU-Central America Association Agreement", "2013-11-30", "2013-12-01"),
                                          ("EC", "EU-Colombia-Peru-Ecuador Trade Agreement", "2016-12-31", "2017-01-01")):
        res = tc.quote(_order(origin, before, True), rules=rules)
        assert any(f"{agreement} applies from {on}" in d and "general rate applies" in d for d in res.decisions), origin
        assert f"no duty rate for 61091000 in tariff schedule 'eu' on {before}" in res.errors[0]
        assert f"no {agreement} rate" in tc.quote(_order(origin, on, True), rules=rules).errors[0]


def test_the_mercosur_interim_agreement_from_1_may_2026(rules):
    # The EU-Mercosur Interim Trade Agreement applies with each Mercosur State from the first day of the second month
    # after its note: Argentina, Brazil and Uruguay from 1 May 2026 (the Commission's announcement of 23 March 2026).
    # A T-shirt claimed the day before pays the general rate, 12% x 1,000.00 = 120.00, and the quote names the day;
    # from that day the claim asks for the agreement's staged rate. Paraguay's first day is not read: its claim still
    # finds no agreement and pays 120.00
    agreement = "EU-Mercosur Interim Trade Agreement"
    for origin in ("AR", "BR", "UY"):
        before = tc.quote(_order(origin, "2026-04-30", True), rules=rules)
        assert before.status == "ok" and _duty(before) == Decimal("120.00"), origin
        assert any(f"{agreement} applies from 2026-05-01" in d for d in before.decisions), origin
        on = tc.quote(_order(origin, "2026-05-01", True), rules=rules)
        assert on.status == "rate_unknown" and f"no {agreement} rate" in on.errors[0], origin
        # unclaimed, the general rate whatever the day
        assert _duty(tc.quote(_order(origin, "2026-05-01", False), rules=rules)) == Decimal("120.00")
    paraguay = tc.quote(_order("PY", "2026-08-03", True), rules=rules)
    assert _duty(paraguay) == Decimal("120.00") and any("has no agreement with origin PY" in d for d in paraguay.decisions)
    (mercosur,) = [p for p in rules.pack_for("DE").customs.preferences if p.agreement == agreement]
    assert mercosur.partners == ("AR", "BR", "UY") and str(mercosur.since) == "2026-05-01"


def test_excluded_codes_must_be_quoted_digits(write_rules):
    # an unquoted 0603 is read by YAML as a number (603): the pack is refused with the file, line and field
    root = write_rules({"eu/customs.yaml": """
        preferences:
          - agreement: Test
            partners: [BD]
            duty: 0%
            excluding: [93, "06.03"]
            ref: ucc70
    """})
    problems = _problems(root)
    assert any("customs.yaml" in p and "excluding" in p and "quote HS code prefixes" in p for p in problems), problems
    root = write_rules({"eu/customs.yaml": """
        preferences:
          - {agreement: Test, partners: [BD], duty: 0%, excluding: ["06.03"], ref: ucc70}
    """})
    problems = _problems(root)
    assert any("'06.03'" in p and "2 to 10 digits" in p for p in problems), problems


def _gb(origin, claimed, code="6109.10.00", description="cotton T-shirts"):
    return {**_order(origin, "2026-08-03", claimed, code, description), "destination_country": "GB", "currency": "GBP"}


@pytest.mark.parametrize("origin, agreement", [
    ("JM", "CARIFORUM-UK EPA"), ("MU", "ESA-UK EPA"), ("MZ", "SACUM-UK EPA"), ("BW", "SACUM-UK EPA"), ("CM", "UK-Cameroon EPA"),
    ("FJ", "UK-Pacific EPA"), ("PG", "UK-Pacific EPA"), ("WS", "UK-Pacific EPA"), ("SB", "UK-Pacific EPA"), ("KE", "UK-Kenya EPA"),
])
def test_the_uks_economic_partnership_agreements(rules, origin, agreement):
    # in effect from 1 January 2021, continuing the Union's EPAs (duty free, quota free but arms and ammunition); the
    # Pacific agreement for Papua New Guinea and Fiji and, by memorandums then accession, Samoa and Solomon Islands (WTO
    # CRTA, 17 June 2025); Kenya's provisions from 1 January 2021. Claimed T-shirts of GBP 1,000.00 pay 0.00 where the
    # UK Global Tariff's 12% takes 120.00 unclaimed
    res = tc.quote(_gb(origin, True), rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00"), res.errors
    assert agreement in [c for c in res.charges if c.kind == "duty"][0].rule
    assert _duty(tc.quote(_gb(origin, False), rules=rules)) == Decimal("120.00")


def test_south_africa_asks_for_its_sacum_uk_rate(rules):
    # South Africa's schedule under the SACUM-UK EPA is partial and not bundled: rate_unknown, not 0.00 or 12%
    res = tc.quote(_gb("ZA", True), rules=rules)
    assert res.status == "rate_unknown" and "no SACUM-UK EPA rate" in res.errors[0]


def test_the_uk_epas_give_nothing_on_arms(rules):
    # a Kenyan air rifle: the UK Global Tariff's 2.0% for 9304 00 00 (DIT table, May 2020) applies claimed or not,
    # 2.0% x 1,000.00 = 20.00
    claimed, unclaimed = (tc.quote(_gb("KE", c, "9304.00.00", "air rifles"), rules=rules) for c in (True, False))
    assert claimed.status == unclaimed.status == "ok" and _duty(claimed) == _duty(unclaimed) == Decimal("20.00")
    assert any("UK-Kenya EPA claimed (origin KE), but it gives no preference on goods under 93" in d for d in claimed.decisions)


def test_madagascar_is_not_in_the_esa_uk_epa(rules):
    # Madagascar has not brought the ESA-UK EPA into effect (GOV.UK, trade with the ESA states): its claim is not the
    # EPA's but the DCTS Comprehensive Preferences' (a least-developed country), 0.00 where unclaimed pays 120.00
    mg = tc.quote({**_order("MG", "2026-08-03", True), "destination_country": "GB", "currency": "GBP"}, rules=rules)
    (duty,) = [c for c in mg.charges if c.kind == "duty"]
    assert _duty(mg) == Decimal("0.00") and "DCTS Comprehensive Preferences" in duty.rule and "ESA-UK" not in duty.rule


def test_the_batch_path_agrees_with_quote_on_claims():
    # claimed and unclaimed lines from EBA, EPA and FTA partners, on arms and T-shirts, around Cambodia's day: the
    # table path (claimed lines are quoted one by one there) gives quote's answer cell for cell
    import itertools

    import pandas as pd
    from test_quote_vectorised import assert_same

    rows = []
    for i, (origin, code, date, claimed) in enumerate(itertools.product(
            ["BD", "KH", "KE", "MG", "MX", "CN"], ["6109.10.00", "9304.00.00", "0603.11.00"],
            ["2020-08-11", "2020-08-12", "2026-08-03"], [True, False])):
        rows.append({"order_id": f"o{i}", "date": date, "origin_country": origin, "destination_country": "DE",
                     "currency": "EUR", "description": "goods", "hs_code": code, "quantity": "10", "unit_value": "100.00",
                     "preference_claimed": claimed})
    assert len(assert_same(pd.DataFrame(rows))) == len(rows) == 108


def test_the_batch_path_agrees_with_quote_on_epa_claims():
    # EPA partners into Germany and Great Britain, before and on the Union's 2010 day, the day before Ghana's UK
    # agreement and Singapore's free day, on T-shirts and arms, claimed or not, South Africa and Guatemala among them
    # (rates not bundled): cell for cell what quote gives
    import itertools

    import pandas as pd
    from test_quote_vectorised import assert_same

    rows = []
    for i, (origin, dest, code, date, claimed) in enumerate(itertools.product(
            ["JM", "FJ", "MU", "GH", "ZA", "KE", "SB", "SG", "GT", "BD"], ["DE", "GB"], ["6109.10.00", "9304.00.00"],
            ["2009-12-31", "2010-01-01", "2021-03-04", "2024-12-01"], [True, False])):
        rows.append({"order_id": f"o{i}", "date": date, "origin_country": origin, "destination_country": dest,
                     "currency": "EUR" if dest == "DE" else "GBP", "description": "goods", "hs_code": code,
                     "quantity": "10", "unit_value": "100.00", "preference_claimed": claimed})
    assert len(assert_same(pd.DataFrame(rows))) == len(rows) == 320


def test_ghanas_uk_agreement_from_5_march_2021(rules):
    # the UK-Ghana interim TPA, provisionally applied from 5 March 2021 (WTO notification of 4 March 2021): duty free,
    # quota free. On 4 March a claim pays the UK Global Tariff, 12% x 1,000.00 = 120.00, and the quote says when the
    # agreement applies; on 5 March 0.00
    before = tc.quote({**_gb("GH", True), "date": "2021-03-04"}, rules=rules)
    assert _duty(before) == Decimal("120.00")
    assert any("UK-Ghana TPA applies from 2021-03-05" in d for d in before.decisions), before.decisions
    assert _duty(tc.quote({**_gb("GH", True), "date": "2021-03-05"}, rules=rules)) == Decimal("0.00")


@pytest.mark.parametrize("origin", ["CR", "SV", "GT", "HN", "NI", "PA"])
def test_the_uk_central_america_agreement_asks_for_its_rates(rules, origin):
    # in effect from 1 January 2021 for the six; its preferential rates and quotas are not bundled
    res = tc.quote(_gb(origin, True), rules=rules)
    assert res.status == "rate_unknown" and "no UK-Central America Association Agreement rate" in res.errors[0]


def test_singapores_goods_are_free_once_the_staging_ends(rules):
    # both agreements eliminate the last duties on Singapore's goods by November 2024 (84% at entry into force): a
    # claim on 30 November 2024 asks for the staged rate, from 1 December 2024 it pays 0.00 (12% = 120.00 unclaimed)
    for dest, agreement in (("DE", "EU-Singapore FTA"), ("GB", "UK-Singapore FTA")):
        order = _order("SG", "2024-11-30", True) if dest == "DE" else {**_gb("SG", True), "date": "2024-11-30"}
        res = tc.quote(order, rules=rules)
        assert res.status == "rate_unknown" and f"no {agreement} rate" in res.errors[0], dest
        res = tc.quote({**order, "date": "2024-12-01"}, rules=rules)
        assert res.status == "ok" and _duty(res) == Decimal("0.00") and agreement in res.charges[0].rule, dest
        assert _duty(tc.quote({**order, "date": "2026-08-03", "lines": [{**order["lines"][0], "preference_claimed": False}]},
                              rules=rules)) == Decimal("120.00")


@pytest.mark.parametrize("origin, date, scheme", [
    ("BD", "2026-08-03", "DCTS Comprehensive Preferences"), ("KH", "2026-08-03", "DCTS Comprehensive Preferences"),
    ("NP", "2023-06-19", "DCTS Comprehensive Preferences"), ("BD", "2023-06-18", "UK GSP (least-developed countries)"),
    ("MG", "2021-01-01", "UK GSP (least-developed countries)"),
])
def test_the_uk_frees_the_least_developed_countries(rules, origin, date, scheme):
    # the UK's GSP from 1 January 2021 (no tariffs on the 47 LDCs), the DCTS Comprehensive Preferences from 19 June 2023
    # (duty-free on everything but arms): claimed T-shirts of GBP 1,000.00 pay 0.00 against the UK Global Tariff's 12%
    # = 120.00. Cambodia too (the UK did not withdraw its preferences as the Union did); Madagascar, outside the ESA-UK
    # EPA, by the GSP
    res = tc.quote({**_gb(origin, True), "date": date}, rules=rules)
    assert res.status == "ok" and _duty(res) == Decimal("0.00"), res.errors
    assert scheme in [c for c in res.charges if c.kind == "duty"][0].rule
    assert _duty(tc.quote({**_gb(origin, False), "date": date}, rules=rules)) == Decimal("120.00")


def test_the_dcts_gives_nothing_on_arms(rules):
    # a Bangladeshi air rifle into the UK: 2.0% x 1,000.00 = 20.00 claimed or not
    res = tc.quote(_gb("BD", True, "9304.00.00", "air rifles"), rules=rules)
    assert _duty(res) == Decimal("20.00")
    assert any("DCTS Comprehensive Preferences claimed (origin BD), but it gives no preference on goods under 93" in d
               for d in res.decisions)
