"""The Union's preferences beyond its FTAs of session 86, and the UK's EPAs: Everything But Arms and the EU-Kenya
EPA, whose rate is known for every good (nothing, but on arms and ammunition), and the agreements with Latin America,
the Mediterranean, the Western Balkans, the Eastern neighbours and the ACP states, whose rates are not bundled."""
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
    # T-shirt; Mauritius, in the same EPA but no LDC, asks for the EPA's rate, which is not bundled
    assert _duty(tc.quote(_order("MG", "2026-08-03", True), rules=rules)) == Decimal("0.00")
    mu = tc.quote(_order("MU", "2026-08-03", True), rules=rules)
    assert mu.status == "rate_unknown" and "no EU-ESA EPA rate" in mu.errors[0]


def test_kenyan_roses_enter_free_under_the_epa(rules):
    # EU-Kenya EPA in force 1 July 2024, duty free quota free but for arms. Cut roses (CN 0603 11 00) have a seasonal
    # general rate (8.5% / 12%) the bundled schedule cannot compute: unclaimed they are rate_unknown, claimed 0.00
    assert tc.quote(_order("KE", "2026-08-03", False, "0603.11.00", "cut roses"), rules=rules).status == "rate_unknown"
    claimed = tc.quote(_order("KE", "2026-08-03", True, "0603.11.00", "cut roses"), rules=rules)
    assert claimed.status == "ok" and _duty(claimed) == Decimal("0.00")
    # and arms pay the general rate: 9304 00 00 3.2% x 1,000.00 = 32.00
    assert _duty(tc.quote(_order("KE", "2026-08-03", True, "9304.00.00", "air rifles"), rules=rules)) == Decimal("32.00")


@pytest.mark.parametrize("origin, agreement", [
    ("MX", "EU-Mexico Global Agreement"), ("CL", "EU-Chile agreement"), ("GT", "EU-Central America Association Agreement"),
    ("EC", "EU-Colombia-Peru-Ecuador Trade Agreement"), ("MA", "EU-Morocco Association Agreement"),
    ("RS", "EU-Serbia SAA"), ("XK", "EU-Kosovo SAA"), ("UA", "EU-Ukraine DCFTA"), ("JM", "CARIFORUM-EU EPA"),
    ("ZA", "EU-SADC EPA"), ("GH", "EU-Ghana EPA"),
])
def test_the_unions_other_agreements_ask_for_their_rates(rules, origin, agreement):
    # a claim on 3 August 2026 from a partner of an agreement whose rates are not bundled is rate_unknown, naming it,
    # not charged the general rate (12%) as if there were none
    res = tc.quote(_order(origin, "2026-08-03", True), rules=rules)
    assert res.status == "rate_unknown" and f"no {agreement} rate" in res.errors[0]


def test_liechtenstein_is_in_the_eea_from_1_may_1995(rules):
    # EFTA: Liechtenstein's participation in the EEA began on 1 May 1995, after Iceland's and Norway's (1 January 1994);
    # a claim asks for the agreement's rate, not the 12% general rate
    res = tc.quote(_order("LI", "2026-08-03", True), rules=rules)
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


@pytest.mark.parametrize("origin, agreement", [
    ("JM", "CARIFORUM-UK EPA"), ("MU", "ESA-UK EPA"), ("ZA", "SACUM-UK EPA"), ("MZ", "SACUM-UK EPA"), ("CM", "UK-Cameroon EPA"),
])
def test_the_uks_economic_partnership_agreements(rules, origin, agreement):
    # in effect from 1 January 2021 (GOV.UK list of agreements that took effect then; SACUM-UK EPA signed 9 October
    # 2019): a claim on 3 August 2026 asks for the agreement's rate, not the UK Global Tariff's 12% on 6109 10 00
    res = tc.quote({**_order(origin, "2026-08-03", True), "destination_country": "GB", "currency": "GBP"}, rules=rules)
    assert res.status == "rate_unknown" and f"no {agreement} rate" in res.errors[0]


def test_madagascar_is_not_in_the_esa_uk_epa(rules):
    # Madagascar has not brought the ESA-UK EPA into effect (GOV.UK, trade with the ESA states): its claim pays the
    # UK Global Tariff, 12% x 1,000.00 = 120.00
    mg = tc.quote({**_order("MG", "2026-08-03", True), "destination_country": "GB", "currency": "GBP"}, rules=rules)
    assert _duty(mg) == Decimal("120.00")


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
