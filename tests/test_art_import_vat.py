"""Import VAT on works of art, collectors' pieces and antiques (chapter 97), which several countries tax below their
standard rate when the goods are imported (VAT Directive Art. 103 and Annex IX; the UK by valuing them at a quarter).

- DE: 7% on the import of works of art (9701-9703), collectors' stamps (9704) and collectors' pieces (9705), not on
  antiques (9706): UStG § 12(2) Nr. 12 with Anlage 2 Nr. 49 f, 53, 54 (from 1 Jan 2014).
- FR: 5.5% on the import of works of art, collectors' items and antiques (9701-9706): CGI art. 278-0 bis I.
- IT: 10% on imports of works of art, collectors' items and antiques (DPR 633/1972 Tab. A III n. 127-septiesdecies),
  5% from 1 Jul 2025 on every import and supply outside the margin scheme (Tab. A II-bis n. 1-nonies, DL 95/2025).
- NL: 9% on art, collectors' items and antiques imported from outside the EU (Wet OB 1968 Tabel I; Belastingdienst).
- AT: 13% on the import of works of art, stamps, collectors' pieces and antiques (9701-9706) from 1 Jan 2016
  (UStG 1994 § 10 Abs. 3 Z 1 lit. b and c with Anlage 2 Z 10-13; WKO).
- BE: 6% (AR n° 20, Table A heading XXI); ES: 10% whoever imports (LIVA art. 91.Uno.4); IE: 13.5% (VATCA 2010
  s. 48(1)(a), Schedule 5; Revenue's rate search); LU: 8% (7% in 2023, marked unverified).
- GB: the value for import VAT is 25% of the value (VATA 1994 s. 21(4)-(6)), and of the seller's supply of a
  consignment not over GBP 135 (Sch. 6 para. 11A): 20% of a quarter, 5%.
- A sale through the EU's IOSS is a supply, not an import: the standard rate, as a dealer's supply of art is taxed.
The one-order quote and the vectorised batch path give the same figures."""
from decimal import Decimal

import pandas as pd
import pytest

import tradecompliance as tc


def _quote(rules, destination, currency, code, value, shipping="20.00", **order):
    return tc.quote({"origin_country": "US", "destination_country": destination, "date": "2026-05-20", "currency": currency,
                     "shipping": shipping, **order,
                     "lines": [{"description": "art", "hs_code": code, "quantity": "1", "unit_value": value}]}, rules=rules)


@pytest.mark.parametrize("destination,currency,code,vat", [
    ("DE", "EUR", "9701.91", "29.40"),   # painting: 7% of 420.00 (400.00 + 20.00 transport, CIF)
    ("DE", "EUR", "9702.90", "29.40"),   # original print: 7%
    ("DE", "EUR", "9705.31", "29.40"),   # coin of numismatic interest: 7%
    ("DE", "EUR", "9706.10", "79.80"),   # antique over 250 years: 19% (no reduced rate for antiques in Germany)
    ("FR", "EUR", "9706.90", "23.10"),   # antique: 5.5% of 420.00
    ("FR", "EUR", "9703.90", "23.10"),   # sculpture: 5.5%
    ("IT", "EUR", "9701.91", "21.00"),   # 5% of 420.00 (from 1 Jul 2025)
    ("NL", "EUR", "9706.10", "37.80"),   # 9% of 420.00
    ("AT", "EUR", "9701.91", "54.60"),   # 13% of 420.00
    ("AT", "EUR", "9706.10", "54.60"),   # antiques too, at import (their domestic supply is at 20%)
    ("AT", "EUR", "9704.00", "54.60"),   # stamps
    ("BE", "EUR", "9702.90", "25.20"),   # 6% of 420.00
    ("ES", "EUR", "9706.90", "42.00"),   # 10% of 420.00
    ("IE", "EUR", "9703.10", "56.70"),   # 13.5% of 420.00
    ("LU", "EUR", "9701.91", "33.60"),   # 8% of 420.00
    ("BE", "EUR", "4911.91", "88.20"),   # a printed poster: 21% of 420.00
    ("GB", "GBP", "9701.91", "21.00"),   # 20% of 105.00 (a quarter of 420.00)
    ("GB", "GBP", "9706.10", "21.00"),
    ("GB", "GBP", "4911.91", "84.00"),   # a printed poster is no work of art: 20% of 420.00
])
def test_import_vat_on_art(rules, destination, currency, code, vat):
    res = _quote(rules, destination, currency, code, "400.00")
    assert res.status == "ok", res.errors
    assert res.lines[0].customs_value == Decimal("420.00")
    assert res.lines[0].vat == Decimal(vat)


def test_an_ioss_sale_of_art_is_taxed_as_a_supply(rules):
    # DE, 100.00 + 10.00 through IOSS: 19% of 110.00 = 20.90 at checkout (the import rate 7% would give 7.70)
    res = _quote(rules, "DE", "EUR", "9701.91", "100.00", shipping="10.00", buyer_type="consumer",
                 registrations=[{"scheme": "eu_ioss", "number": "IM2760000001"}])
    assert res.regime == "eu_ioss" and res.totals.vat == Decimal("20.90") and res.totals.at_checkout == Decimal("20.90")
    # a painting over EUR 150 cannot go through IOSS even from a registered seller: it is imported, 7% of 420.00 = 29.40
    # (the rate's condition is the regime the order is quoted under, `not: {regime: [eu_ioss]}`, not the registration)
    res = _quote(rules, "DE", "EUR", "9701.91", "400.00", buyer_type="consumer",
                 registrations=[{"scheme": "eu_ioss", "number": "IM2760000001"}])
    assert res.regime is None and res.lines[0].vat == Decimal("29.40")
    # without IOSS the same painting is imported: 7% of 110.00 = 7.70 at the border
    res = _quote(rules, "DE", "EUR", "9701.91", "100.00", shipping="10.00", buyer_type="consumer")
    assert res.totals.vat == Decimal("7.70")
    # the same in Austria, Belgium, Spain, Ireland, Luxembourg: a sale through IOSS at the standard rate (110.00 x 20%,
    # 21%, 21%, 23%, 17%), an import at the reduced one (13%, 6%, 10%, 13.5%, 8%)
    for cc, sale, imported in [("AT", "22.00", "14.30"), ("BE", "23.10", "6.60"), ("ES", "23.10", "11.00"),
                               ("IE", "25.30", "14.85"), ("LU", "18.70", "8.80")]:
        ioss = [{"scheme": "eu_ioss", "number": "IM0400000001"}]
        res = _quote(rules, cc, "EUR", "9701.91", "100.00", shipping="10.00", buyer_type="consumer", registrations=ioss)
        assert (res.regime, res.totals.vat) == ("eu_ioss", Decimal(sale)), cc
        res = _quote(rules, cc, "EUR", "9701.91", "100.00", shipping="10.00", buyer_type="consumer")
        assert (res.regime, res.totals.vat) == (None, Decimal(imported)), cc


def test_luxembourg_lowered_its_art_rate_for_2023_and_austria_raised_its_in_2016(rules):
    def vat(cc, date, value="400.00", shipping="20.00"):
        return tc.quote({"origin_country": "US", "destination_country": cc, "date": date, "currency": "EUR", "shipping": shipping,
                         "lines": [{"description": "art", "hs_code": "9701.91", "quantity": "1", "unit_value": value}]},
                        rules=rules).lines[0].vat
    # LU: 7% of 420.00 in 2023 (the law of 26 Oct 2022), 8% before and after
    assert [vat("LU", d) for d in ("2022-12-31", "2023-06-01", "2024-01-01")] == [Decimal("33.60"), Decimal("29.40"), Decimal("33.60")]
    # AT, 100.00 + 10.00 (within the EUR 150 duty relief, UCC art. 23, so no tariff row of 2015 is needed): 10% = 11.00
    # until 31 Dec 2015, 13% = 14.30 after
    assert [vat("AT", d, "100.00", "10.00") for d in ("2015-12-31", "2016-01-01")] == [Decimal("11.00"), Decimal("14.30")]


def test_the_batch_path_gives_the_same_art_vat():
    from test_quote_vectorised import assert_same

    cases = [("DE", "EUR", "9701.91", ""), ("DE", "EUR", "9701.91", "IM2760000001"), ("DE", "EUR", "9706.10", ""),
             ("FR", "EUR", "9706.90", ""), ("FR", "EUR", "9702.10", "IM2500000001"), ("IT", "EUR", "9701.91", "IM3800000001"),
             ("IT", "EUR", "9706.90", ""), ("NL", "EUR", "9701.91", "IM5280000001"), ("GB", "GBP", "9701.91", ""),
             ("GB", "GBP", "9705.21", ""), ("NL", "EUR", "9701.91", ""), ("AT", "EUR", "9706.10", ""),
             ("AT", "EUR", "9701.91", "IM0400000001"), ("BE", "EUR", "9702.10", ""), ("ES", "EUR", "9705.31", "IM7240000001"),
             ("IE", "EUR", "9703.90", ""), ("LU", "EUR", "9701.91", "")]
    frame = pd.DataFrame([{"order_id": f"o{i}", "origin_country": "US", "destination_country": d, "date": "2026-05-20",
                           "currency": c, "description": "art", "hs_code": code, "quantity": "1", "unit_value": v,
                           "ioss_number": ioss}
                          for i, (d, c, code, ioss) in enumerate(cases) for v in ("90.00", "400.00")])
    assert_same(frame)


def test_italy_cut_its_art_rate_and_extended_it_to_every_sale_on_1_july_2025(rules):
    ioss = [{"scheme": "eu_ioss", "number": "IM3800000001"}]
    # imported, 400.00 + 20.00: 10% = 42.00 in March 2025, 5% = 21.00 from July
    assert _quote(rules, "IT", "EUR", "9701.91", "400.00").lines[0].vat == Decimal("21.00")
    old = tc.quote({"origin_country": "US", "destination_country": "IT", "date": "2025-03-01", "currency": "EUR", "shipping": "20.00",
                    "lines": [{"description": "art", "hs_code": "9701.91", "quantity": "1", "unit_value": "400.00"}]}, rules=rules)
    assert old.lines[0].vat == Decimal("42.00")
    # through IOSS, 100.00 + 20.00: 22% = 26.40 before July 2025 (a dealer's supply), 5% = 6.00 after
    assert _quote(rules, "IT", "EUR", "9701.91", "100.00", buyer_type="consumer", registrations=ioss).totals.vat == Decimal("6.00")
    before = tc.quote({"origin_country": "US", "destination_country": "IT", "date": "2025-03-01", "currency": "EUR", "shipping": "20.00",
                       "buyer_type": "consumer", "registrations": ioss,
                       "lines": [{"description": "art", "hs_code": "9701.91", "quantity": "1", "unit_value": "100.00"}]}, rules=rules)
    assert before.regime == "eu_ioss" and before.totals.vat == Decimal("26.40")


def test_a_rate_limited_by_value_that_only_imports_meet_is_left_to_quote(write_rules):
    # a reduced rate with a per-unit limit that a sale through IOSS does not meet (`not: {regime: [eu_ioss]}`): the
    # batch's line plan cannot hold one limit for every regime, so such orders go to quote, and both paths agree.
    # (Hypothetical rate, as a rule author might write one: 7% on T-shirts of at most EUR 50 a piece, imported.)
    from test_quote_vectorised import OUT_COLUMNS

    from tradecompliance.landed.batch import quote_vectorised
    from tradecompliance.landed.table import quote_frame

    root = write_rules({"eu/vat.yaml": """
        rates:
          DE:
            reduced:
              - name: cheap T-shirts, imported
                when: {hs: ["6109"], not: {regime: [eu_ioss]}}
                rate: [{from: 2020-01-01, value: 7%, ref: {instrument: "Hypothetical rule of this test"}}]
                unit_value_max: [{from: 2020-01-01, value: 50 EUR, ref: {instrument: "Hypothetical rule of this test"}}]
    """})
    rules = tc.load_rules(root)
    frame = pd.DataFrame([{"order_id": f"o{i}", "origin_country": "US", "destination_country": "DE", "date": "2026-05-20",
                           "currency": "EUR", "buyer_type": "consumer", "description": "T-shirt", "hs_code": "6109.10",
                           "quantity": "1", "unit_value": v, "ioss_number": ioss}
                          for i, (v, ioss) in enumerate([("40.00", ""), ("40.00", "IM2760000001"), ("60.00", "")])])
    fast, slow = quote_frame(frame, rules), quote_frame(frame, rules, vectorised=False)
    for col in OUT_COLUMNS:
        assert list(fast[col].astype(str)) == list(slow[col].astype(str)), col
    # imported at 40.00: 7% (2.80); through IOSS: 19% (7.60); 60.00 is above the limit: 19% (11.40)
    assert list(slow["vat"].astype(str)) == ["2.80", "7.60", "11.40"]
    # the orders without IOSS keep the arrays (their plan has no regime, one limit); the IOSS seller's goes to quote
    _, done = quote_vectorised(frame, rules)
    assert list(done) == [True, False, True]
