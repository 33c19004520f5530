"""The IEEPA duties on products of Canada and Mexico (Executive Orders 14193 and 14194): 25% from 4 March 2025,
Canada 35% from 1 August 2025, none on goods qualifying for USMCA from 7 March 2025 (a line claiming the
preference), Canada's energy and both countries' potash at 10% (their lists not bundled: `unknown`), none where a
section 232 duty is charged instead, none from 24 February 2026 (Learning Resources v. Trump). Before, goods of
Canada and Mexico paid no IEEPA duty at all in the quotes. Brazil's 40% (Executive Order 14323) spares the goods
of an annex that is not bundled: its lines are `unknown` from 6 August 2025, not charged the reciprocal 10% alone."""
from decimal import Decimal

import pytest

from us_lines import random_us_orders, us_quote
from test_quote_vectorised import assert_same

TSHIRTS = "6109.10.00"       # HTSUS 6109.10.00 16.5% (column 1 general)


def _duties(rules, code, origin, date, **line):
    # 10 x 100.00 = 1,000.00 USD: above the USD 800 section 321 relief, which still applied to goods of Canada and
    # Mexico until 29 August 2025
    result = us_quote(rules, code, "100.00", "10", origin=origin, date=date, **line)
    assert result.status == "ok", result.errors
    return {c.name.split(" (")[0]: c.amount for c in result.charges if c.kind in ("duty", "additional_duty")}


@pytest.mark.parametrize("origin, date, line, ieepa", [
    ("CA", "2025-03-03", {}, None),                              # the day before the duties began
    ("CA", "2025-03-04", {}, "250.00"),                          # 9903.01.10: 25% of 1,000.00
    ("CA", "2025-03-06", {"preference_claimed": True}, "250.00"),   # USMCA goods paid it until the 6 March order took effect
    ("CA", "2025-03-07", {"preference_claimed": True}, None),   # 9903.01.14: USMCA goods exempt from 7 March 2025
    ("CA", "2025-07-31", {}, "250.00"),
    ("CA", "2025-08-01", {}, "350.00"),                          # 35% from 1 August 2025 (CBP CSMS 65798609)
    ("CA", "2026-02-23", {}, "350.00"),
    ("CA", "2026-02-24", {}, None),                              # ended: CBP CSMS 67834313
    ("MX", "2025-03-04", {}, "250.00"),                          # 9903.01.01: 25%
    ("MX", "2025-03-07", {"preference_claimed": True}, None),   # 9903.01.04
    ("MX", "2025-09-01", {}, "250.00"),                          # kept at 25% on 31 July 2025
])
def test_cotton_t_shirts_of_canada_and_mexico(rules, origin, date, line, ieepa):
    duties = _duties(rules, TSHIRTS, origin, date, **line)
    charged = [v for k, v in duties.items() if k.startswith("IEEPA")]
    assert charged == ([Decimal(ieepa)] if ieepa else []), duties
    # the column 1 rate beside it: 16.5% of 1,000.00 = 165.00, or USMCA's Free where claimed
    assert duties["customs duty"] == (Decimal("0.00") if line else Decimal("165.00"))


def test_mexicos_rate_after_the_90_days_is_marked_unverified(rules):
    result = us_quote(rules, TSHIRTS, "100.00", "10", origin="MX", date="2025-11-15")
    (ieepa,) = [c for c in result.charges if c.name.startswith("IEEPA")]
    assert ieepa.amount == Decimal("250.00") and ieepa.unverified


@pytest.mark.parametrize("code, origin, date", [
    ("2504.10.10", "CA", "2025-04-01"),    # natural graphite: a critical mineral, 10% as an energy resource
    ("2501.00.00", "CA", "2025-09-01"),    # salt: chapter 25, not told apart from the energy resources by its code
    ("3104.20.00", "MX", "2025-03-10"),    # potassium chloride: potash 10% when not USMCA goods
    ("3104.20.00", "CA", "2025-03-10"),
])
def test_energy_and_potash_are_unknown(rules, code, origin, date):
    result = us_quote(rules, code, "100.00", "10", origin=origin, date=date)
    assert result.status == "rate_unknown" and "IEEPA duty on products of" in result.errors[0]
    assert "not bundled" in result.errors[0]


def test_potash_of_mexico_paid_25_percent_until_the_potash_rate(rules):
    # 4-6 March 2025 potash paid the 25% of every good (the 10% came with the order of 6 March); MFN Free
    assert _duties(rules, "3104.20.00", "MX", "2025-03-05") == {"customs duty": Decimal("0.00"),
                                                                "IEEPA duty on products of Mexico, potash": Decimal("250.00")}


def test_a_section_232_duty_takes_the_good_out_of_it(rules):
    # an upholstered wooden sofa (9401.61.40.11, Free): the Canadian duty 35% until 13 October 2025; from 14 October
    # the section 232 duty of 25% instead (Executive Order 14289 on stacking)
    sofa = "9401.61.40.11"
    assert _duties(rules, sofa, "CA", "2025-10-13") == {"customs duty": Decimal("0.00"),
                                                         "IEEPA duty on products of Canada": Decimal("350.00")}
    later = _duties(rules, sofa, "CA", "2025-10-14")
    assert not any(k.startswith("IEEPA") for k in later) and sum(later.values()) == Decimal("250.00")


def test_within_the_section_321_relief_nothing_is_charged(rules):
    # 10 x 10.00 = 100.00 from Canada on 1 May 2025: relieved (USD 800), the IEEPA duty with the rest
    result = us_quote(rules, TSHIRTS, "10.00", "10", origin="CA", date="2025-05-01")
    assert result.status == "ok" and not [c for c in result.charges if c.kind in ("duty", "additional_duty")]


def test_brazilian_goods_are_unknown_while_the_40_percent_applied(rules):
    # 5 August 2025: the reciprocal 10% baseline (100.00) beside the 16.5% (165.00); from 6 August the 40% of
    # 9903.01.77 or an Annex I exception, which the line's code does not tell without the Annex
    assert _duties(rules, TSHIRTS, "BR", "2025-08-05") == {"customs duty": Decimal("165.00"),
                                                           "IEEPA reciprocal tariff, baseline": Decimal("100.00")}
    for date in ("2025-08-06", "2026-02-23"):
        result = us_quote(rules, TSHIRTS, "100.00", "10", origin="BR", date=date)
        assert result.status == "rate_unknown" and "IEEPA duty on products of Brazil" in result.errors[0]
    # from 24 February 2026 the Section 122 surcharge of 10% instead
    assert sum(_duties(rules, TSHIRTS, "BR", "2026-02-24").values()) == Decimal("265.00")
    # a section 232 good leaves it: the sofa's 25% = 250.00 on 20 October 2025
    assert sum(_duties(rules, "9401.61.40.11", "BR", "2025-10-20").values()) == Decimal("250.00")


def test_the_section_122_surcharge_spares_only_usmca_goods(rules):
    # 24 February - 23 July 2026: 10% (9903.03.01) on goods of Canada and Mexico not claimed as USMCA goods (the
    # proclamation exempts USMCA-compliant goods only, 9903.03.07): 165.00 + 100.00 on 1,000.00 of T-shirts
    for origin in ("CA", "MX"):
        assert sum(_duties(rules, TSHIRTS, origin, "2026-03-02").values()) == Decimal("265.00")
        assert sum(_duties(rules, TSHIRTS, origin, "2026-03-02", preference_claimed=True).values()) == Decimal("0.00")
    # an unclaimed Mexican coffee line may be among the agricultural exceptions the surcharge keeps (not bundled)
    coffee = us_quote(rules, "0901.21.00", "100.00", "10", origin="MX", date="2026-03-02")
    assert coffee.status == "rate_unknown" and "agricultural exceptions" in coffee.errors[0]


def test_cafta_dr_apparel_claimed_is_spared_the_surcharge(rules, tmp_path, monkeypatch):
    # duty-free CAFTA-DR textiles and apparel are exempt from the Section 122 surcharge: with a CAFTA-DR row of Free
    # for 6109.10.00 imported (a test schedule), a Guatemalan claim pays nothing; unclaimed, 16.5% + 10%
    from tradecompliance.landed import tariffs

    folder = tmp_path / "tariffs"
    folder.mkdir()
    (folder / "us.csv").write_text("code,duty,agreement,valid_from,ref,verified\n"
                                   "61091000,16.5%,,2022-01-01,test row (HTSUS 6109.10.00 column 1 general),yes\n"
                                   "61091000,Free,CAFTA-DR,2022-01-01,test row (HTSUS 6109.10.00 special P),yes\n", encoding="utf-8")
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(folder))
    tariffs._cache.clear()
    try:
        assert sum(_duties(rules, TSHIRTS, "GT", "2026-03-02", preference_claimed=True).values()) == Decimal("0.00")
        assert sum(_duties(rules, TSHIRTS, "GT", "2026-03-02").values()) == Decimal("265.00")
    finally:
        monkeypatch.undo()
        tariffs._cache.clear()


def test_the_vectorised_batch_agrees_with_quote():
    frame = random_us_orders(20261207, 600, [TSHIRTS, "9401.61.40.11", "3104.20.00", "9503.00.00"], ["CA", "MX", "VN", "BR"],
                             ["2025-03-05", "2025-03-07", "2025-08-01", "2025-11-15", "2026-02-24"], "ca", 5, (5000, 90000))
    assert_same(frame)
