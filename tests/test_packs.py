"""The rule-pack engine: schemas, line-numbered errors, dated values, layering, YAML tests beside rules."""
import datetime as dt
from decimal import Decimal

import pytest

import tradecompliance as tc
from tradecompliance.errors import InvalidInput, RulePackError
from tradecompliance.packs.describe import describe
from tradecompliance.packs.loader import read_layers
from tradecompliance.packs.values import at
from tradecompliance._paths import rules_dir


def _problems(*dirs):
    ruleset, problems = read_layers([rules_dir(), *dirs])
    return [str(p) for p in problems]


def test_bundled_packs_validate(rules):
    assert "eu" in rules.packs
    assert rules.pack_for("DE").name == "eu"
    assert rules.currency_of("PL") == "PLN"


def test_the_governing_pack_read_from_pack_files_alone_is_the_rule_sets(rules):
    """The classifier maps a destination to its schedule from the packs' pack.yaml files alone (no tariff, VAT or
    test file read); it must name the pack `load_rules` does for every country a pack lists and for any other."""
    from tradecompliance.classification.national import jurisdiction_for
    from tradecompliance.packs.loader import bundled_governing_packs

    by_country, fallback = bundled_governing_packs()
    listed = {cc for pack in rules.packs.values() for cc in pack.meta.countries}
    assert set(by_country) == listed and len(listed) > 100
    for cc in sorted(listed) + ["ZZ", "AQ"]:
        pack = rules.pack_for(cc)
        assert by_country.get(cc, fallback) == (pack.name if pack else None), cc
    # no bundled pack is a fallback: a country none lists has no schedule
    assert fallback is None and rules.pack_for("ZZ") is None
    assert [jurisdiction_for(c) for c in ("de", "FR", "US", "GB", "AE", "AQ")] == ["eu", "eu", "us", "gb", "world", None]
    # a code that is no country (ZZ, UK for GB) is an error, not a country without a schedule
    with pytest.raises(InvalidInput, match="unknown country 'ZZ'"):
        jurisdiction_for("ZZ")


def test_a_mistake_in_a_pack_file_stops_the_schedule_lookup_with_its_file_and_line(tmp_path, monkeypatch):
    from tradecompliance.packs import loader

    (tmp_path / "rules" / "xx").mkdir(parents=True)
    (tmp_path / "rules" / "xx" / "pack.yaml").write_text("name: xx\nversion: 1\ntitle: X\ncountries:\n  XX: {currency: 12}\n")
    monkeypatch.setattr("tradecompliance._paths.bundled_root", lambda: tmp_path)
    loader.bundled_governing_packs.cache_clear()
    try:
        with pytest.raises(RulePackError) as err:
            loader.bundled_governing_packs()
        assert "xx/pack.yaml:5: countries.XX.currency" in str(err.value)
    finally:
        loader.bundled_governing_packs.cache_clear()


def test_a_rule_file_that_is_no_mapping_is_named(write_rules, tmp_path, monkeypatch):
    from tradecompliance.packs import loader

    root = write_rules({"eu/vat.yaml": "- 19%\n- 7%\n"})
    assert _problems(root) == [f"{root}/eu/vat.yaml:1: a rule file must be a mapping at its top level"]
    (tmp_path / "b" / "rules" / "xx").mkdir(parents=True)
    (tmp_path / "b" / "rules" / "xx" / "pack.yaml").write_text("- xx\n")
    monkeypatch.setattr("tradecompliance._paths.bundled_root", lambda: tmp_path / "b")
    loader.bundled_governing_packs.cache_clear()
    try:
        with pytest.raises(RulePackError, match="xx/pack.yaml:1: a rule file must be a mapping at its top level"):
            loader.bundled_governing_packs()
    finally:
        loader.bundled_governing_packs.cache_clear()


def test_bad_percentage_names_file_line_field_and_expectation(write_rules):
    root = write_rules({
        "eu/vat.yaml": """
            rates:
              DE:
                standard:
                  - from: 2027-01-01
                    value: nineteen
                    ref: vat_directive
        """
    })
    problems = _problems(root)
    assert problems == [f'{root}/eu/vat.yaml:5: rates.DE.standard.3.value: expected a percentage like "19%", got "nineteen"']


def test_a_date_not_written_year_month_day_names_file_line_and_the_form(write_rules):
    # YAML reads 2027-01-01 as a date; 01/01/2027 stays text, and the pack check says which form it wants
    root = write_rules({
        "eu/vat.yaml": """
            rates:
              DE:
                standard:
                  - from: 01/01/2027
                    value: 19%
                    ref: vat_directive
        """
    })
    assert _problems(root) == [f'{root}/eu/vat.yaml:4: rates.DE.standard.0.from: expected a date written year-month-day, '
                               f'like "2026-03-02", got \'01/01/2027\'']


def test_an_additional_duty_is_a_duty_expression_or_unknown(write_rules):
    # a typo in an additional duty is caught when the pack loads, naming the file and line, not when a quote
    # first meets it; `unknown` (a rate in force the pack does not bundle) is accepted
    root = write_rules({
        "us/customs.yaml": """
            additional_duties:
              - id: typo
                name: a duty mistyped
                when: {origin: [VN]}
                duty:
                  - {from: 2027-01-01, value: 10 percent, ref: ieepa}
              - id: not_bundled
                name: a rate not bundled
                when: {origin: [TH]}
                duty:
                  - {from: 2027-01-01, value: unknown, ref: ieepa}
        """
    })
    problems = _problems(root)
    assert any("us/customs.yaml" in p and "additional_duties.0.duty" in p for p in problems), problems
    assert not any("additional_duties.1" in p for p in problems), problems


def test_a_relief_charged_on_the_excess_needs_a_consignment_value_basis(write_rules):
    # `charged_on: excess` takes the threshold off the consignment's base (Ukraine); a per-item threshold has no
    # consignment amount to take off, so the pack is refused at load, naming the file, line and field
    root = write_rules({
        "world/customs.yaml": """
            countries:
              UA:
                duty_relief:
                  amount:
                    - {from: 2027-01-01, value: 150 EUR, ref: ua_2022}
                  basis: item_intrinsic
                  charged_on: excess
        """
    })
    problems = _problems(root)
    assert any("world/customs.yaml:3: countries.UA.duty_relief" in p and "charged_on: excess" in p
               and "not item_intrinsic" in p for p in problems), problems


def test_a_regime_ceiling_is_an_amount_or_unlimited(write_rules):
    # the EAEU's unified rate has no value ceiling (`unlimited`); any other word is refused, naming file, line and field
    root = write_rules({
        "world/regimes.yaml": """
            regimes:
              - id: kz_test
                name: test regime
                countries: [KZ]
                ceiling:
                  - {from: 2027-01-01, value: lots, ref: eaeu_unified_rate}
                collects: border
                duty: 15%
                ref: eaeu_unified_rate
        """
    })
    problems = _problems(root)
    assert any("world/regimes.yaml:6: regimes.0.ceiling.0.value" in p and "unlimited" in p for p in problems), problems
    ok = write_rules({"world/regimes.yaml": open(rules_dir() / "world" / "regimes.yaml", encoding="utf-8").read()})
    assert not _problems(ok)


def test_an_amount_per_subheading_is_a_border_fees_only(write_rules):
    # "2 EUR/subheading" counts the consignment's distinct subheadings (France's tax on small parcels): a fee
    # may say it, a duty, which is charged line by line, may not
    root = write_rules({
        "us/customs.yaml": """
            additional_duties:
              - id: per_sub
                name: a duty per subheading
                when: {origin: [VN]}
                duty:
                  - {from: 2027-01-01, value: 2 USD/subheading, ref: ieepa}
            fees:
              - id: fee_per_sub
                name: a fee per subheading
                applies: always
                amount:
                  - {from: 2027-01-01, value: 2 USD/subheading, ref: ieepa}
        """
    })
    problems = _problems(root)
    assert any("us/customs.yaml" in p and "additional_duties.0.duty" in p and "border fees only" in p for p in problems), problems
    assert not any("fees.0" in p for p in problems), problems


def test_unknown_keys_and_missing_refs_are_errors(write_rules):
    root = write_rules({
        "eu/customs.yaml": """
            valuation:
              basis:
                - from: 2027-01-01
                  value: CIF
                  ref: no_such_ref
              apportion: value
              apportionment: weight
        """
    })
    problems = _problems(root)
    assert any(":5: valuation.basis.1.ref: unknown reference 'no_such_ref'" in p for p in problems)
    assert any(":7: valuation.apportionment: unknown key" in p for p in problems)


def test_yaml_syntax_error_and_duplicate_key(write_rules):
    root = write_rules({"eu/regimes.yaml": "regimes:\n  - id: a\n    id: b\n", "gb/pack.yaml": "name: [gb\n"})
    problems = _problems(root)
    assert any("eu/regimes.yaml:3: regimes.0.id: duplicate key" in p for p in problems)
    assert any("gb/pack.yaml" in p and "invalid YAML" in p for p in problems)


def test_norway_is_not_false(write_rules):
    root = write_rules({"eu/customs.yaml": "preferences:\n  - agreement: EEA\n    partners: [NO, IS]\n    ref: ucc70\n"})
    assert _problems(root) == []
    rules = tc.load_rules(root)
    assert rules.packs["eu"].customs.preferences[0].partners == ("NO", "IS")


def test_a_regime_condition_outside_a_vat_rate_or_naming_no_regime_is_a_pack_error(write_rules):
    """Only a VAT rate is chosen per collection regime (the quote asks `reduced_rate` once per regime it weighs), so a
    `regime` key in a duty's condition would silently never hold, and so would one naming a regime no pack defines:
    both are reported where they stand."""
    root = write_rules({
        "eu/customs.yaml": """
            additional_duties:
              - id: x
                name: test
                when: {origin: [CN], regime: [eu_ioss]}
                duty:
                  - {from: 2027-01-01, value: "10%", ref: ucc70}
        """,
        "mv/pack.yaml": """
            name: mv
            version: 2027.1.1
            title: a made-up pack whose VAT rates choose by regime
            countries:
              MV: {currency: MVR}
        """,
        "mv/vat.yaml": """
            refs:
              v: {instrument: "a made-up act", article: "s. 1"}
            rates:
              MV:
                standard:
                  - {from: 2004-05-01, value: 18%, ref: v}
                reduced:
                  - name: art, imported
                    when: {hs: ["9701"], not: {regime: [eu_iosss]}}
                    rate:
                      - {from: 2004-05-01, value: 5%, ref: v}
                  - name: art, sold through IOSS
                    when: {hs: ["9702"], regime: [eu_ioss]}
                    rate:
                      - {from: 2004-05-01, value: 18%, ref: v}
        """,
    })
    problems = _problems(root)
    outside = [p for p in problems if "never matches" in p]
    assert len(outside) == 1 and "customs.yaml:4: additional_duties.0.when.regime" in outside[0], problems
    unknown = [p for p in problems if "unknown regime" in p]
    assert len(unknown) == 1 and "mv/vat.yaml:9: rates.MV.reduced.0.when.not.regime.0: unknown regime 'eu_iosss'" in unknown[0], problems
    assert "eu_ioss" in unknown[0]  # the known ids are listed


def test_conditions_are_checked_against_iso_groups_and_hs(write_rules):
    root = write_rules({
        "eu/customs.yaml": """
            additional_duties:
              - id: x
                name: test
                when: {origin: [CN, ZZ, MARS], hs: ["7701", "6109"]}
                duty:
                  - {from: 2027-01-01, value: "10%", ref: ucc70}
        """
    })
    problems = _problems(root)
    assert any("'ZZ' is neither an ISO country code nor a group" in p for p in problems)
    assert any("'MARS' is neither" in p for p in problems)
    assert any("7701 is not an HS 2022 code" in p for p in problems)  # chapter 77 is reserved
    assert not any("6109 is not" in p for p in problems)


def test_no_code_in_yaml(write_rules):
    root = write_rules({"eu/vat.yaml": "rates: !!python/object/apply:os.system ['true']\n"})
    problems = _problems(root)
    assert len(problems) == 1 and "invalid YAML" in problems[0]


def test_layering_overrides_key_by_key_and_merges_timelines(write_rules):
    root = write_rules({
        "eu/vat.yaml": """
            rates:
              DE:
                standard:
                  - from: 2027-01-01
                    value: 21%
                    ref: {instrument: "Hypothetical amending act 2026", article: "Art. 1"}
        """
    })
    rules = tc.load_rules(root)
    de = rules.packs["eu"].vat.rates["DE"]
    assert at(de.standard, dt.date(2026, 12, 31)).value == Decimal("0.19")  # bundled history kept
    assert at(de.standard, dt.date(2027, 1, 1)).value == Decimal("0.21")
    assert at(de.standard, dt.date(2027, 1, 1)).source == f"{root}/eu/vat.yaml:4"
    assert at(rules.packs["eu"].vat.rates["FR"].standard, dt.date(2027, 1, 1)).value == Decimal("0.20")  # untouched
    # books, the press and maps, food, menstrual products and imported works of art still there
    assert [r.name for r in de.reduced] == ["books", "newspapers, periodicals and maps", "foodstuffs",
                                            "women's sanitary products",
                                            "works of art, collectors' stamps and collectors' pieces, imported"]


def test_dated_values_apply_until_the_next(rules):
    assert describe(rules, "SK", dt.date(2024, 12, 31))["vat"]["standard"]["value"] == "20%"
    assert describe(rules, "SK", dt.date(2025, 1, 1))["vat"]["standard"]["value"] == "23%"
    shown = describe(rules, "EE", dt.date(2025, 7, 1))["vat"]["standard"]
    assert shown["value"] == "24%" and shown["source"].startswith("rules/eu/vat.yaml:")


def test_timelines_must_increase(write_rules):
    root = write_rules({
        "groups.yaml": """
            groups:
              X:
                title: t
                members:
                  - {from: 2020-01-01, value: [DE], ref: {instrument: abc}}
                  - {from: 2019-01-01, value: [FR], ref: {instrument: abc}}
        """
    })
    assert any("dates must increase" in p for p in _problems(root))


def test_bundled_yaml_cases_pass(rules):
    from tradecompliance.packs.casetest import run_cases

    results = run_cases(rules)
    assert results, "the bundled packs carry test cases"
    failed = [(r.name, r.differences, r.error) for r in results if not r.passed]
    assert failed == []


def test_case_runner_reports_a_diff(write_rules):
    from tradecompliance.packs.casetest import run_cases

    root = write_rules({
        "eu/tests/wrong.yaml": """
            cases:
              - name: deliberately wrong
                kind: resolve
                input: {country: DE, date: 2026-01-01}
                expect: {vat: {standard: {value: 20%}}}
        """
    })
    results = [r for r in run_cases(tc.load_rules(root)) if r.name == "deliberately wrong"]
    assert results[0].passed is False
    assert results[0].differences == ["vat.standard.value: expected '20%', got '19%'"]


def test_eu_standard_rates_match_the_commission_tedb(rules):
    """Cross-check against eu-vat-rates-data (EC TEDB extract): today's standard rate of each member."""
    eu_vat_rates_data = pytest.importorskip("eu_vat_rates_data")
    when = dt.date.fromisoformat(eu_vat_rates_data.data_version)
    for cc in rules.groups_at(when)["EU"]:
        ours = at(rules.packs["eu"].vat.rates[cc].standard, when).value * 100
        assert ours == Decimal(str(eu_vat_rates_data.get_standard_rate(cc))), cc


def test_eu_reduced_rates_exist_in_tedb(rules):
    eu_vat_rates_data = pytest.importorskip("eu_vat_rates_data")
    when = dt.date.fromisoformat(eu_vat_rates_data.data_version)
    for cc, country in rules.packs["eu"].vat.rates.items():
        tedb = eu_vat_rates_data.get_rate(cc)
        allowed = {Decimal(str(r)) for r in tedb["reduced"] + [tedb["super_reduced"], tedb["parking"]] if r is not None} | {Decimal(0)}
        for reduced in country.reduced:
            entry = at(reduced.rate, when)
            if entry is not None and entry.value is not None and not entry.unverified:   # None: the rate ended
                assert entry.value * 100 in allowed, (cc, reduced.name, entry.value)


def test_conditions_use_finds_a_key_however_deeply_a_condition_nests_it():
    # the table paths accept a line's category cell only when no loaded condition tests a category
    from tradecompliance.packs.conditions import Condition, conditions_use

    nested = [{"rules": (Condition.model_validate({"any": [{"hs": "61"}, {"not": {"category": "toys"}}]}),)}]
    assert conditions_use(nested, "category") and not conditions_use(nested, "buyer_vat_id")
    packs = list(tc.load_rules().packs.values())
    # the bundled packs: the UK's low-value B2B regime tests the buyer's VAT number; no condition tests a category
    assert conditions_use(packs, "buyer_vat_id") and not conditions_use(packs, "category")


def test_a_rules_folder_not_found_or_a_file_not_a_pack_is_an_error_even_with_the_bundled_packs_kept(tmp_path):
    # the kept rule set is keyed by the pack files read: a folder with none (missing, or holding only a file that is
    # not a pack) matched the bundled set's key, and `rules validate` said ok (session 119)
    tc.load_rules()                                   # the bundled set loaded (and kept) first
    with pytest.raises(RulePackError, match="rules folder not found"):
        tc.load_rules(tmp_path / "missing")
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "rates.json").write_text("{}")
    with pytest.raises(RulePackError, match="unexpected file in a rules folder"):
        tc.load_rules(tmp_path / "extra")
