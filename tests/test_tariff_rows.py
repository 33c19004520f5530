"""The bundled tariff rows of the EU, the UK and the US as checked against the schedules: national lines
that differ in rate, minimum and maximum duties per piece, and subheadings whose lines share one rate.

Figures are the third-country (MFN) duties of EU TARIC, the UK Trade Tariff and the USITC HTS as tabulated by
HSRates (accessed 22 Feb 2026; each row of data/tariffs/*.csv names its page); the duties below are worked out
from those rates by hand."""
from decimal import Decimal

import pytest

import tradecompliance as tc


def _order(destination, currency, hs_code, unit_value, date, quantity="1", origin="CN"):
    return {"origin_country": origin, "destination_country": destination, "date": date, "currency": currency,
            "lines": [{"description": "goods", "hs_code": hs_code, "quantity": quantity, "unit_value": unit_value}]}


def _quote(rules, destination, hs_code, unit_value, quantity="1", currency="EUR", origin="CN"):
    return tc.quote(_order(destination, currency, hs_code, unit_value, "2026-03-10", quantity, origin), rules=rules)


def _mfn_duty(result, schedule):
    """The line's duty charge read from the named schedule (not an additional duty)."""
    (duty,) = [c for c in result.charges if c.kind == "duty" and (c.source or "").startswith(f"data/tariffs/{schedule}.csv:")]
    return duty


@pytest.mark.parametrize("code,duty", [
    ("4202.22.10", "19.40"),   # CN 4202 22 10, outer surface of plastic sheeting (PU handbags): 9.7% of 200.00
    ("4202.22.90", "7.40"),    # CN 4202 22 90, outer surface of textile materials: 3.7%
    ("4202.92.11", "19.40"),   # CN 4202 92 11, travel and sports bags of plastic sheeting: 9.7%
    ("4202.92.91", "5.40"),    # CN 4202 92 91, the same of textile materials: 2.7%
])
def test_eu_bags_pay_the_rate_of_their_outer_surface(rules, code, duty):
    result = _quote(rules, "DE", code, "200.00")
    assert result.status == "ok"
    assert result.lines[0].duty == Decimal(duty)
    assert not _mfn_duty(result, "eu").unverified


@pytest.mark.parametrize("destination,currency,code,lines", [
    ("DE", "EUR", "4202.22", ["4202 22 10", "9.7%", "4202 22 90", "3.7%"]),
    ("DE", "EUR", "4202.92", ["4202 92 91", "2.7%"]),
    ("GB", "GBP", "4202.92", ["4202 92 91", "2%"]),
    ("DE", "EUR", "8544.42", ["8544 42 90", "3.3%"]),
    # Canada's heading 42.02 runs from 7% to 11% by tariff item (4202.11.00 11% in the published listings)
    ("CA", "CAD", "4202.22", ["tariff item", "4202.11.00", "11%"]),
])
def test_a_subheading_whose_lines_differ_in_rate_asks_for_the_line(rules, destination, currency, code, lines):
    # a six-digit code alone cannot say which line's rate applies: no figure is guessed, the reason names the lines
    result = _quote(rules, destination, code, "500.00", currency=currency)
    assert result.status == "rate_unknown" and result.totals is None
    assert result.lines[0].status == "rate_unknown"
    assert all(part in result.errors[0] for part in lines), result.errors[0]


def test_uk_textile_bag_at_its_line(rules):
    # UK Global Tariff 4202 92 91: 2% of GBP 500.00 = 10.00 (above the GBP 135 consignment relief)
    result = _quote(rules, "GB", "4202.92.91", "500.00", currency="GBP")
    assert result.lines[0].duty == Decimal("10.00")


@pytest.mark.parametrize("destination,currency,schedule", [("DE", "EUR", "eu"), ("GB", "GBP", "gb"), ("US", "USD", "us")])
def test_headphones_are_free_of_duty(rules, destination, currency, schedule):
    # 8518 30: 0% in TARIC and the UK tariff, Free in HTSUS 8518.30.20 (the ITA expansion); 2% and 4.9% were earlier rates
    result = _quote(rules, destination, "8518.30", "1000.00", currency=currency, origin="JP")
    duty = _mfn_duty(result, schedule)
    assert duty.amount == 0 and not duty.unverified


@pytest.mark.parametrize("quantity,unit_value,duty", [
    ("10", "20.00", "8.00"),    # 4.5% of 200.00 = 9.00, above the maximum 10 x 0.80 = 8.00
    ("100", "2.00", "30.00"),   # 4.5% of 200.00 = 9.00, below the minimum 100 x 0.30 = 30.00
    ("20", "10.00", "9.00"),    # 4.5% of 200.00 = 9.00, between 20 x 0.30 = 6.00 and 20 x 0.80 = 16.00
])
def test_eu_electric_wristwatch_duty_has_a_minimum_and_maximum_per_piece(rules, quantity, unit_value, duty):
    # CN 9102 11 00: 4.5% MIN 0.30 EUR/p/st MAX 0.80 EUR/p/st
    result = _quote(rules, "DE", "9102.11", unit_value, quantity=quantity)
    assert result.lines[0].duty == Decimal(duty)


@pytest.mark.parametrize("quantity,unit_value,duty,vat", [
    ("10", "20.00", "2.00", "40.40"),    # 10 x GBP 0.20, whatever the value (EU: 8.00 above); VAT 20% of 202.00
    ("100", "2.00", "20.00", "44.00"),   # 100 x GBP 0.20; VAT 20% of 220.00
])
def test_uk_electric_wristwatch_duty_is_per_piece(rules, quantity, unit_value, duty, vat):
    # UK 9102 11 00 00: GBP 0.20/p/st (DIT UK Global Tariff table, May 2020, 91021100; the UK Trade Tariff's one line,
    # as HSRates tabulates it, Feb 2026). 10 x 20.00 and 100 x 2.00 are GBP 200.00, above the GBP 135 relief
    result = _quote(rules, "GB", "9102.11", unit_value, quantity=quantity, currency="GBP")
    assert result.status == "ok", result.errors
    assert result.lines[0].duty == Decimal(duty)
    assert not _mfn_duty(result, "gb").unverified
    assert result.lines[0].vat == Decimal(vat)       # UK VAT 20% of the customs value plus the duty


@pytest.mark.parametrize("code,duty", [
    ("9504.40", "5.40"),   # playing cards: 2.7% of 200.00
    ("9504.90", "0.00"),   # board and parlour games: 0%
    ("9504.50", "0.00"),   # video game consoles: 0%
    ("6402.99.98", "33.60"),  # women's footwear, plastic uppers: 16.8% (6402 99 05, with a metal toecap, is 17%)
    ("9403.89", "11.20"),  # furniture of other materials: 5.6%
    ("9403.60", "0.00"),   # other wooden furniture: 0%
])
def test_eu_rows_checked_against_taric(rules, code, duty):
    result = _quote(rules, "DE", code, "200.00")
    assert result.lines[0].duty == Decimal(duty)
    assert not _mfn_duty(result, "eu").unverified


def test_uk_stainless_kitchenware_depends_on_the_ten_digit_line(rules):
    # UK 7323 93 00 10 is 3.2%, 7323 93 00 90 is 0%: the six-digit code asks; the ten-digit line pays
    assert _quote(rules, "GB", "7323.93", "500.00", currency="GBP").status == "rate_unknown"
    result = _quote(rules, "GB", "7323.93.00.10", "500.00", currency="GBP")
    assert result.lines[0].duty == Decimal("16.00")


def test_canadian_leather_trunk_at_its_tariff_item(rules):
    # Customs Tariff 4202.11.00 (MFN 11%, listing of 2009, marked unverified): 11% of CAD 500.00 = 55.00;
    # GST 5% on value plus duty: 5% x 555.00 = 27.75
    result = _quote(rules, "CA", "4202.11", "500.00", currency="CAD")
    assert (result.lines[0].duty, result.lines[0].vat) == (Decimal("55.00"), Decimal("27.75"))
    assert _mfn_duty(result, "ca").unverified


@pytest.mark.parametrize("code", ["6108.31", "6207.21", "6403.40"])
def test_australian_nuisance_tariffs_removed_from_july_2024(rules, code):
    # Treasury, "Tariff reform: removal of nuisance tariffs": the 5% general rate on pyjamas and protective footwear
    # (among about 500 tariffs) was abolished from 1 July 2024. Above the AUD 1,000 low-value threshold, a June 2024
    # import pays the old 5% (AUD 1,500.00 x 5% = 75.00); from July the freed tariff items are not bundled, so the
    # quote names the reform instead of charging 5%
    before = tc.quote(_order("AU", "AUD", code, "1500.00", "2024-06-28"), rules=rules)
    assert before.status == "ok" and before.lines[0].duty == Decimal("75.00")
    after = tc.quote(_order("AU", "AUD", code, "1500.00", "2024-07-01"), rules=rules)
    assert after.status == "rate_unknown" and "nuisance tariffs" in after.errors[0], after.errors


def test_australian_t_shirts_keep_their_five_percent(rules):
    # T-shirts (6109) are not among the items freed: 5% of AUD 1,500.00 = 75.00 after July 2024 too
    result = tc.quote(_order("AU", "AUD", "6109.10", "1500.00", "2025-03-10"), rules=rules)
    assert result.status == "ok" and result.lines[0].duty == Decimal("75.00")


def test_norwegian_shoes_pay_no_duty_as_customs_says(rules):
    # Norwegian Customs ("Importation of clothing"): no customs duty on shoes; clothing mostly 10.7%
    shoes = tc.quote(_order("NO", "NOK", "6403.99", "5000.00", "2026-03-10"), rules=rules)
    assert shoes.status == "ok" and shoes.lines[0].duty == Decimal("0.00")
    assert not _mfn_duty(shoes, "no").unverified
    shirt = tc.quote(_order("NO", "NOK", "6109.10", "5000.00", "2026-03-10"), rules=rules)
    assert shirt.lines[0].duty == Decimal("535.00")    # 10.7% of NOK 5,000.00
    assert _mfn_duty(shirt, "no").unverified


@pytest.mark.parametrize("code,duty", [
    ("4202.22", "4800"),   # handbag of plastic sheeting or textile: WTO 8% of the JPY 60,000 customs value
    ("4202.21", "6000"),   # handbag of leather: WTO 10%
    ("4202.32", "4800"),   # wallet of plastic sheeting or textile: 8%
])
def test_japanese_bags_at_the_rate_of_their_subheading(rules, code, duty):
    # Japan's Tariff Schedule of 1 April 2024: the WTO rate where below the general one (4202.22: general 10%, WTO
    # 8%; 4202.21: 12.5%, 10%). A personal import of JPY 100,000 is valued at 60% of the price (JPY 60,000)
    result = tc.quote(_order("JP", "JPY", code, "100000", "2026-03-10"), rules=rules)
    assert result.status == "ok" and result.lines[0].duty == Decimal(duty)
    assert not _mfn_duty(result, "jp").unverified


def test_japanese_bags_of_other_subheadings_ask_for_it(rules):
    # heading 42.02's subheadings differ in rate: a sports bag (4202.92) is not charged the 10% once recalled for
    # the whole heading
    result = tc.quote(_order("JP", "JPY", "4202.92", "100000", "2026-03-10"), rules=rules)
    assert result.status == "rate_unknown" and "give the subheading" in result.errors[0]


@pytest.mark.parametrize("date,duty", [
    ("2019-08-30", "165.00"),   # before List 4A: the HTSUS 16.5% alone
    ("2019-09-01", "315.00"),   # List 4A 15% from 1 September 2019 (84 FR 43304): 165.00 + 150.00
    ("2020-02-14", "240.00"),   # halved to 7.5% from 14 February 2020 (85 FR 3741): 165.00 + 75.00
])
def test_us_section_301_list_4a_before_the_bundled_schedule(tmp_path, monkeypatch, date, duty):
    # the bundled US rows start with HS 2022; a schedule of the user's own from 2018 shows the List 4A dates:
    # 50 Chinese cotton T-shirts at USD 20.00, FOB 1,000.00, above the USD 800 de minimis of 19 U.S.C. 1321
    (tmp_path / "us.csv").write_text("code,duty,agreement,valid_from,ref,verified\n"
                                     "610910,16.5%,,2018-01-01,HTSUS 6109.10.00 (column 1 general),yes\n")
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(tmp_path))
    result = tc.quote(_order("US", "USD", "6109.10", "20.00", date, quantity="50"), rules=tc.load_rules())
    assert result.status == "ok" and result.lines[0].duty == Decimal(duty)


@pytest.mark.parametrize("destination,currency,code,value,duty", [
    # HS 2022 subheadings the DIT table of 2020 cannot have (session 74; HSRates tables of EU TARIC and the UK Trade
    # Tariff, 22 Feb 2026): duty = rate x value
    ("DE", "EUR", "8539.52", "200.00", "7.40"),      # CN 8539 52 00 LED lamps: 3.7%
    ("GB", "GBP", "8539.52", "500.00", "0.00"),      # UK 8539 52 00: 0%
    ("DE", "EUR", "9405.42.31", "200.00", "9.40"),   # CN 9405 42 31 LED luminaires of plastics: 4.7%
    ("GB", "GBP", "9405.42.31", "500.00", "20.00"),  # UK 9405 42 31: 4%
    ("DE", "EUR", "9405.21.90", "200.00", "5.40"),   # CN 9405 21 90 LED table lamps of other materials: 2.7%
    ("DE", "EUR", "6202.40", "200.00", "24.00"),     # CN 6202 40 women's anoraks of man-made fibres: 12%
    ("GB", "GBP", "6201.40", "500.00", "60.00"),     # UK 6201 40 men's anoraks of man-made fibres: 12%
    ("DE", "EUR", "8504.40", "200.00", "0.00"),      # CN 8504 40 static converters (chargers, power supplies): 0%
    ("DE", "EUR", "8525.89", "200.00", "0.00"),      # CN 8525 89 00 other cameras: 0%
    ("DE", "EUR", "3402.50", "200.00", "8.00"),      # CN 3402 50 detergents put up for retail sale: 4%
    ("GB", "GBP", "9401.91.90", "500.00", "10.00"),  # UK 9401 91 90 parts of wooden seats: 2%
    ("DE", "EUR", "9401.99.20", "200.00", "5.40"),   # CN 9401 99 20 other parts of seats: 2.7%
    # session 75
    ("DE", "EUR", "9405.31", "200.00", "7.40"),      # CN 9405 31 00 LED Christmas tree lighting strings: 3.7%
    ("GB", "GBP", "9405.31", "500.00", "10.00"),     # UK 9405 31 00: 2%
    ("DE", "EUR", "8806.22.90", "200.00", "15.00"),  # CN 8806 22 90 drones of 250 g to 7 kg, not multi-rotor: 7.5%
    ("DE", "EUR", "8806.22.10", "200.00", "0.00"),   # CN 8806 22 10 multi-rotor drones: 0%
    ("GB", "GBP", "8806.22", "500.00", "0.00"),      # UK 8806 22: 0% on every line
    ("DE", "EUR", "9114.90.90", "200.00", "5.40"),   # CN 9114 90 90 other clock or watch parts: 2.7%
    ("DE", "EUR", "9114.90.10", "200.00", "7.40"),   # CN 9114 90 10 springs: 3.7%
    ("DE", "EUR", "9013.80.80", "200.00", "9.40"),   # CN 9013 80 80 other optical devices: 4.7%
    ("DE", "EUR", "9405.19.40", "200.00", "9.40"),   # CN 9405 19 40 non-LED ceiling lights of plastics: 4.7%
    ("GB", "GBP", "9405.19.90", "500.00", "10.00"),  # UK 9405 19 90 of other materials: 2%
    ("DE", "EUR", "8807.10", "200.00", "5.40"),      # CN 8807 10 00 propellers and rotors: 2.7%
    ("DE", "EUR", "4419.90", "200.00", "0.00"),      # CN 4419 90 00 other wooden tableware: 0%
    ("DE", "EUR", "3006.50", "200.00", "0.00"),      # CN 3006 50 00 first-aid kits: 0%
    # session 78
    ("DE", "EUR", "8485.20", "200.00", "3.40"),      # CN 8485 20 00 3D printers depositing plastics: 1.7%
    ("GB", "GBP", "8485.20", "500.00", "0.00"),      # UK 8485 20 00 00: 0%
    ("DE", "EUR", "8543.40", "200.00", "7.40"),      # CN 8543 40 00 electronic cigarettes: 3.7%
    ("GB", "GBP", "8543.40", "500.00", "10.00"),     # UK 8543 40 00 00: 2%
    ("DE", "EUR", "8539.51", "200.00", "5.40"),      # CN 8539 51 00 LED modules: 2.7%
    ("DE", "EUR", "8807.30", "200.00", "5.40"),      # CN 8807 30 00 other parts of aircraft and drones: 2.7%
    ("GB", "GBP", "8807.30", "500.00", "0.00"),      # UK 8807 30 00: 0% on every line
    ("GB", "GBP", "9405.61.20", "500.00", "20.00"),  # UK 9405 61 20 illuminated signs of plastics: 4%
    # session 79: found unrated by rate_coverage (a missing row would make the quote ask, not charge 0.00)
    ("DE", "EUR", "8541.43", "200.00", "0.00"),      # CN 8541 43 00 solar modules and panels: 0%
    ("GB", "GBP", "8541.42", "500.00", "0.00"),      # UK 8541 42 00 00 solar cells not in modules: 0%
    ("DE", "EUR", "8517.14", "200.00", "0.00"),      # CN 8517 14 00 other mobile telephones (feature phones): 0%
    ("GB", "GBP", "8517.14", "500.00", "0.00"),      # UK 8517 14 00 00: 0%
    # session 111: the commonest codes rate_coverage still found unrated (analysers, magnets, duvets, e-liquids ...)
    ("DE", "EUR", "9027.89", "200.00", "0.00"),      # CN 9027 89 analysers and pH meters: 0% on 10, 30 and 90
    ("DE", "EUR", "8505.11", "200.00", "4.40"),      # CN 8505 11 permanent magnets of metal: 2.2%
    ("DE", "EUR", "9404.40", "200.00", "7.40"),      # CN 9404 40 quilts and duvets: 3.7%
    ("GB", "GBP", "9404.40", "500.00", "10.00"),     # UK 9404 40: 2%
    ("DE", "EUR", "2404.12", "200.00", "13.00"),     # CN 2404 12 00 nicotine liquids for inhalation: 6.5%
    ("GB", "GBP", "2404.12", "500.00", "30.00"),     # UK 2404 12 00: 6%
    ("DE", "EUR", "2404.11", "200.00", "33.20"),     # CN 2404 11 00 heated tobacco sticks: 16.6%
    ("DE", "EUR", "8485.90.90", "200.00", "3.40"),   # CN 8485 90 90 parts of 3D printers: 1.7%
    ("DE", "EUR", "9405.49.40", "200.00", "9.40"),   # CN 9405 49 40 non-LED luminaires of plastics: 4.7%
    ("GB", "GBP", "9405.49.40", "500.00", "20.00"),  # UK 9405 49 40: 4%
    ("DE", "EUR", "8903.12", "200.00", "5.40"),      # CN 8903 12 00 inflatable kayaks and rafts: 2.7%
    ("GB", "GBP", "8903.12", "500.00", "0.00"),      # UK 8903 12 00: 0%
    ("DE", "EUR", "7019.66", "200.00", "14.00"),     # CN 7019 66 00 glass-fibre insect screen mesh: 7%
    ("GB", "GBP", "7019.66", "500.00", "30.00"),     # UK 7019 66 00: 6%
    ("DE", "EUR", "0712.34", "200.00", "25.60"),     # CN 0712 34 00 dried shiitake: 12.8%
    ("DE", "EUR", "4420.11.10", "200.00", "6.00"),   # CN 4420 11 10 ornaments of the tropical woods of note 2: 3%
    ("DE", "EUR", "8807.20", "200.00", "5.40"),      # CN 8807 20 00 drone and aircraft under-carriages: 2.7% (TARIC 90)
    ("DE", "EUR", "9701.91", "2000.00", "0.00"),     # CN 9701 91 00 paintings executed by hand: 0%
    ("DE", "EUR", "8501.71", "200.00", "5.40"),      # CN 8501 71 00 small photovoltaic DC generators: 2.7%
    ("GB", "GBP", "8501.71", "500.00", "0.00"),      # UK 8501 71 00: 0%
    ("DE", "EUR", "4015.12", "200.00", "4.00"),      # CN 4015 12 00 medical gloves of rubber: 2%
    ("GB", "GBP", "4015.12", "500.00", "10.00"),     # UK 4015 12 00: 2%
    ("DE", "EUR", "4414.10.10", "200.00", "5.00"),   # CN 4414 10 10 frames of the tropical woods of note 2: 2.5%
    ("GB", "GBP", "4414.10.10", "500.00", "10.00"),  # UK 4414 10 10: 2%
    # session 112: nicotine pouches, refrigerants, drones, sofa beds, catalytic converters ...
    ("DE", "EUR", "2404.91.90", "200.00", "33.20"),  # CN 2404 91 90 nicotine pouches: 16.6%
    ("GB", "GBP", "2404.91.90", "500.00", "80.00"),  # UK 2404 91 90: 16%
    ("DE", "EUR", "2404.91.10", "200.00", "25.60"),  # CN 2404 91 10 nicotine gum to help stop smoking: 12.8%
    ("DE", "EUR", "2404.99", "200.00", "13.00"),     # CN 2404 99 00 other nicotine products: 6.5%
    ("DE", "EUR", "2903.45", "200.00", "11.00"),     # CN 2903 45 00 HFC-134a refrigerant: 5.5%
    ("GB", "GBP", "2903.45", "500.00", "20.00"),     # UK 2903 45 00: 4%
    ("DE", "EUR", "3827.65", "200.00", "13.00"),     # CN 3827 65 00 R-410A and similar blends: 6.5%
    ("GB", "GBP", "3827.65", "500.00", "30.00"),     # UK 3827 65 00: 6%
    ("DE", "EUR", "8806.29.10", "200.00", "15.00"),  # CN 8806 29 10 remote-controlled drones over 150 kg: 7.5% (TARIC 90)
    ("GB", "GBP", "8806.29", "500.00", "0.00"),      # UK 8806 29: 0%
    ("DE", "EUR", "9401.41", "200.00", "0.00"),      # CN 9401 41 00 sofa beds of wood: 0%
    ("DE", "EUR", "8421.32", "200.00", "3.40"),      # CN 8421 32 00 catalytic converters: 1.7% (TARIC 90)
    ("GB", "GBP", "8421.32", "500.00", "0.00"),      # UK 8421 32 00: 0%
    ("DE", "EUR", "8525.83", "200.00", "0.00"),      # CN 8525 83 00 night vision cameras: 0%
    ("DE", "EUR", "1517.10.90", "200.00", "32.00"),  # CN 1517 10 90 margarine (at most 10% milkfats): 16%
    ("DE", "EUR", "1601.00.10", "200.00", "30.80"),  # CN 1601 00 10 liver sausages: 15.4%
    ("DE", "EUR", "1602.50.31", "200.00", "33.20"),  # CN 1602 50 31 corned beef in airtight containers: 16.6%
    ("DE", "EUR", "8704.60", "200.00", "20.00"),     # CN 8704 60 00 electric vans and trucks: 10%
    ("GB", "GBP", "8704.60", "500.00", "50.00"),     # UK 8704 60 00: 10%
    ("DE", "EUR", "8903.21", "200.00", "3.40"),      # CN 8903 21 00 sailboats up to 7.5 m: 1.7%
    ("DE", "EUR", "8903.22.10", "200.00", "0.00"),   # CN 8903 22 10 seagoing sailboats of 7.5-24 m: 0%
    ("GB", "GBP", "8903.21", "500.00", "0.00"),      # UK 8903 21 00 sailboats up to 7.5 m: 0% (the page confirms)
    ("DE", "EUR", "3402.31", "200.00", "8.00"),      # CN 3402 31 00 linear alkylbenzene sulphonates: 4%
    ("GB", "GBP", "3402.42", "500.00", "20.00"),     # UK 3402 42 00 non-ionic surfactants: 4% on every line
    ("DE", "EUR", "7019.80.90", "200.00", "14.00"),  # CN 7019 80 90 other articles of glass wool: 7%
    ("GB", "GBP", "7019.80.10", "500.00", "20.00"),  # UK 7019 80 10 glass-wool boards and mattresses: 4%
    # session 114
    ("DE", "EUR", "0709.56", "200.00", "12.80"),     # CN 0709 56 00 fresh truffles: 6.4%
    ("GB", "GBP", "0709.56", "500.00", "30.00"),     # UK 0709 56 00: 6%
    ("DE", "EUR", "0709.52", "200.00", "11.20"),     # CN 0709 52 00 fresh porcini: 5.6%
    ("GB", "GBP", "0709.53", "500.00", "10.00"),     # UK 0709 53 00 fresh chanterelles: 2%
    ("DE", "EUR", "0810.50", "200.00", "17.60"),     # CN 0810 50 00 kiwifruit: 8.8%
    ("GB", "GBP", "0810.50", "500.00", "40.00"),     # UK 0810 50 00: 8%
    ("DE", "EUR", "3603.40", "200.00", "13.00"),     # CN 3603 40 00 detonating caps: 6.5%
    ("DE", "EUR", "3603.10", "200.00", "12.00"),     # CN 3603 10 00 safety fuses: 6%
    ("GB", "GBP", "3603.30", "500.00", "0.00"),      # UK 3603 30 00 percussion caps: 0% (the page now confirms)
    ("DE", "EUR", "8525.81", "200.00", "0.00"),      # CN 8525 81 00 high-speed cameras: 0%
    ("DE", "EUR", "8549.14.10", "200.00", "9.40"),   # CN 8549 14 10 spent primary cells, unsorted: 4.7%
    ("DE", "EUR", "8549.11.10", "200.00", "5.20"),   # CN 8549 11 10 spent lead-acid accumulators: 2.6%
    ("DE", "EUR", "8807.90.30", "200.00", "3.40"),   # CN 8807 90 30 parts of launch vehicles: 1.7%
    ("GB", "GBP", "8807.90", "500.00", "0.00"),      # UK 8807 90: 0% on every line
    ("DE", "EUR", "8704.41.31", "200.00", "44.00"),  # CN 8704 41 31 new diesel-hybrid vans over 2 500 cm3: 22%
    ("GB", "GBP", "8704.51.10", "500.00", "10.00"),  # UK 8704 51 10 petrol-hybrid, highly radioactive materials: 2%
    ("DE", "EUR", "8414.70", "200.00", "4.40"),      # CN 8414 70 00 gas-tight biological safety cabinets: 2.2%
    ("DE", "EUR", "8409.10", "200.00", "3.40"),      # CN 8409 10 00 parts for aircraft engines: 1.7% (TARIC 90)
    ("DE", "EUR", "8485.30.90", "200.00", "3.40"),   # CN 8485 30 90 ceramic 3D printers, other: 1.7%
    ("DE", "EUR", "4418.29.50", "200.00", "0.00"),   # CN 4418 29 50 coniferous wooden doors: 0%
    # session 115: metal-forming machine tools of heading 8462 as HS 2022 rebuilt it
    ("DE", "EUR", "8462.23", "200.00", "5.40"),      # CN 8462 23 00 numerically controlled press brakes: 2.7%
    ("DE", "EUR", "8462.29", "200.00", "3.40"),      # CN 8462 29 00 other bending machines, not NC: 1.7%
    ("DE", "EUR", "8462.11.90", "200.00", "3.40"),   # CN 8462 11 90 closed-die forging machines, other: 1.7%
    ("DE", "EUR", "8462.32.10", "200.00", "5.40"),   # CN 8462 32 10 slitting and cut-to-length lines: 2.7%
    ("GB", "GBP", "8462.23", "500.00", "0.00"),      # UK 8462 23 00: 0% (the page confirms the derived row)
    ("DE", "EUR", "8479.83", "200.00", "3.40"),      # CN 8479 83 00 cold isostatic presses: 1.7%
    ("DE", "EUR", "8514.32.90", "200.00", "4.40"),   # CN 8514 32 90 plasma and vacuum arc furnaces, other: 2.2%
    ("DE", "EUR", "7019.14", "200.00", "14.00"),     # CN 7019 14 00 mechanically bonded glass-fibre mats: 7%
    ("GB", "GBP", "7019.15", "500.00", "30.00"),     # UK 7019 15 00 chemically bonded glass-fibre mats: 6%
    ("DE", "EUR", "8112.31", "200.00", "6.00"),      # CN 8112 31 00 unwrought hafnium: 3%
    ("DE", "EUR", "8106.10.10", "200.00", "0.00"),   # CN 8106 10 10 bismuth over 99.99%, unwrought: 0%
    ("DE", "EUR", "4412.33", "200.00", "14.00"),     # CN 4412 33 birch, oak, poplar ... plywood: 7%
    ("GB", "GBP", "4412.41", "500.00", "50.00"),     # UK 4412 41 tropical LVL: 10%
    ("GB", "GBP", "4412.51.90", "500.00", "30.00"),  # UK 4412 51 90 tropical blockboard, other: 6%
    ("DE", "EUR", "4412.91.91", "200.00", "20.00"),  # CN 4412 91 91 other tropical plywood: 10%
])
def test_hs_2022_subheadings_at_their_current_rates(rules, destination, currency, code, value, duty):
    result = _quote(rules, destination, code, value, currency=currency)
    assert result.status == "ok", result.errors
    assert result.lines[0].duty == Decimal(duty)
    assert not _mfn_duty(result, "gb" if destination == "GB" else "eu").unverified


@pytest.mark.parametrize("destination,currency,code,names", [
    ("DE", "EUR", "9405.42", ["9405 42 31", "4.7%", "9405 42 39", "2.7%"]),   # LED luminaires: plastics or not
    ("GB", "GBP", "6307.90", ["6307 90 10", "12%", "6307 90 93", "6%"]),      # made-up articles: knitted or not
    ("DE", "EUR", "8806.22", ["8806 22 10", "0%", "8806 22 90", "7.5%"]),     # drones: multi-rotor or not
    ("DE", "EUR", "9405.29", ["9405 29 40", "4.7%", "9405 29 90", "2.7%"]),   # non-LED table lamps: by material
    ("GB", "GBP", "9405.61", ["9405 61 20", "4%", "9405 61 80", "2%"]),       # illuminated signs: plastics or not
    # session 111
    ("DE", "EUR", "9405.49", ["9405 49 10 3.7%", "9405 49 40 4.7%", "9405 49 90 2.7%"]),  # non-LED luminaires
    ("DE", "EUR", "8485.90", ["8485 90 10 0%", "8485 90 90 1.7%"]),           # 3D printer parts: of 8485 30 10 / 80 10
    ("GB", "GBP", "7019.69", ["7019 69 10 4%", "7019 69 90 6%"]),             # glass-fibre fabrics: stitched or not
    ("DE", "EUR", "0802.99", ["0802 99 10 0%", "0802 99 90 2%"]),             # other nuts: pecans or not
    ("DE", "EUR", "8903.93", ["8903 93 10 2.7%", "8903 93 90 1.7%"]),         # canoes and kayaks: up to 100 kg or not
    # session 112
    ("DE", "EUR", "2404.91", ["2404 91 10 12.8%", "2404 91 90 16.6%"]),       # oral nicotine: cessation aid or not
    ("GB", "GBP", "2404.19", ["2404 19 10 16%", "2404 19 90 6%"]),            # nicotine-free: tobacco substitutes or not
    ("DE", "EUR", "1602.50", ["1602 50 10 303.40 EUR/100 kg", "1602 50 31 16.6%", "1602 50 95 16.6%"]),  # beef
    ("DE", "EUR", "1601.00", ["1601 00 10 15.4%", "1601 00 91 and 1601 00 99", "were not read"]),  # sausages
    ("DE", "EUR", "3402.42", ["3402 42 00 10 4%", "3402 42 00 90 0%"]),     # non-ionic surfactants by TARIC line
    # session 114
    ("DE", "EUR", "8549.19", ["8549 19 10 4.7%", "8549 19 20 2.6%", "8549 19 90 0%"]),  # battery waste: by kind
    ("DE", "EUR", "8807.90", ["8807 90 10 1.7%", "8807 90 21 0%", "8807 90 90, other, has no rate"]),  # aircraft parts
    ("DE", "EUR", "8806.99", ["8806 99 10 7.5%", "8806 99 20"]),              # large drones: by unladen weight
    ("DE", "EUR", "8485.30", ["8485 30 10 0%", "8485 30 90 1.7%"]),           # ceramic 3D printers: for PCBs or not
    ("GB", "GBP", "8704.41", ["8704 41 10 2%", "8704 41 91 10%"]),            # diesel-hybrid vans: by use and engine
    # session 115
    ("DE", "EUR", "8462.90", ["8462 90 10 2.7%", "8462 90 90 1.7%"]),         # other metal-forming machine tools
    ("DE", "EUR", "8514.39", ["8514 39 10 0%", "8514 39 90 2.2%"]),           # other industrial electric furnaces
    ("DE", "EUR", "8112.41", ["8112 41 10 0%", "8112 41 90 3%"]),             # rhenium: unwrought or not
    ("GB", "GBP", "4412.91", ["4412 91 10 6%", "4412 91 91 and 99 10%"]),     # other tropical plywood: by line
])
def test_an_hs_2022_subheading_whose_lines_differ_asks_for_the_line(rules, destination, currency, code, names):
    result = _quote(rules, destination, code, "500.00", currency=currency)
    assert result.status == "rate_unknown"
    assert all(n in result.errors[0] for n in names), result.errors[0]


@pytest.mark.parametrize("destination,currency,code,value,duty", [
    # HS 2022 lines no current page showed, derived from the CN 2020 lines they continue (DIT table, May 2020) where the
    # current sibling subheading keeps the same rate by material: charged, and marked unverified
    ("DE", "EUR", "9405.29.90", "200.00", "5.40"),   # CN 9405 29 90 (was 9405 20 91 / 99, 2.7%; 9405 21 90 is 2.7%)
    ("DE", "EUR", "9405.11.90", "200.00", "5.40"),   # CN 9405 11 90 (was 9405 10 91 / 98, 2.7%)
    ("GB", "GBP", "9405.29.40", "500.00", "20.00"),  # UK 9405 29 40 (was 9405 20 40, UKGT 4%)
    ("GB", "GBP", "9405.21.40", "500.00", "20.00"),  # UK 9405 21 40 (was 9405 20 40, UKGT 4%; UK 9405 19 40 is 4%)
    ("DE", "EUR", "9405.41.10", "200.00", "7.40"),   # CN 9405 41 10 (was 9405 40 10, 3.7%; 9405 42 10 is 3.7%)
    # session 111
    ("DE", "EUR", "9405.61.80", "200.00", "5.40"),   # CN 9405 61 80 (was 9405 60 80, 2.7%; 9405 49 90 is 2.7%)
    ("DE", "EUR", "9020.00", "200.00", "3.40"),      # CN 9020 00 (was 9020 00 00, 1.7%; the page shows 9020 00 10 at 1.7%)
    ("GB", "GBP", "8505.11", "500.00", "0.00"),      # UK 8505 11 (was 8505 11 00, UKGT 0%; 8505 11 10 is 0%)
    ("DE", "EUR", "8708.22.10", "200.00", "6.00"),   # CN 8708 22 10 (was 8708 29 10, 3.0%, as 8708 21 10 is)
    ("DE", "EUR", "6201.20", "200.00", "24.00"),     # CN 6201 20 (was 6201 11 00 and 6201 91 00, 12%; 6201 30 is 12%)
    ("DE", "EUR", "9701.99", "2000.00", "0.00"),     # CN 9701 99 (was 9701 90 00, 0%; 9701 91 is 0%)
    ("DE", "EUR", "8501.72", "200.00", "5.40"),      # CN 8501 72 (was 8501 31 00-34 00, 2.7%; 8501 71 is 2.7%)
    # session 112
    ("DE", "EUR", "2903.42", "200.00", "11.00"),     # CN 2903 42 HFC-32 (was 2903 39 21, 5.5%; 2903 43-45 are 5.5%)
    ("GB", "GBP", "2903.51", "500.00", "20.00"),     # UK 2903 51 HFO-1234yf (was 2903 39 31, UKGT 4%)
    ("DE", "EUR", "3827.69", "200.00", "13.00"),     # CN 3827 69 (was 3824 78, 6.5%; 3827 61-65 are 6.5%)
    ("DE", "EUR", "8806.91", "200.00", "15.00"),     # CN 8806 91 drones up to 250 g, not remote-only: 7.5% as 8806 92-94
    ("GB", "GBP", "8806.91", "500.00", "0.00"),      # UK 8806 91: 0% as every other line of 8806
    ("DE", "EUR", "9405.69.20", "200.00", "9.40"),   # CN 9405 69 20 illuminated signs of plastics (was 9405 60 20, 4.7%)
    ("GB", "GBP", "9405.69.80", "500.00", "10.00"),  # UK 9405 69 80 (as UK 9405 61 80, 2%)
    ("DE", "EUR", "5802.10", "200.00", "16.00"),     # CN 5802 10 terry towelling of cotton (was 5802 11/19, 8%)
    ("GB", "GBP", "5802.10", "500.00", "0.00"),      # UK 5802 10 (UKGT 0%)
    ("DE", "EUR", "1602.50.95", "200.00", "33.20"),  # CN 1602 50 95 beef jerky: 16.6%, the page's list stopping at 50 31
    # session 112, split inside a heading every line of which the table rates alike
    ("DE", "EUR", "4411.93", "200.00", "14.00"),     # CN 4411 93 fibreboard 0.5-0.8 g/cm3 (every 4411 line 7.0%)
    ("GB", "GBP", "4411.93", "500.00", "30.00"),     # UK 4411 93 (every 4411 line 6.0%)
    ("DE", "EUR", "9406.20", "200.00", "5.40"),      # CN 9406 20 modular steel building units (every 9406 line 2.7%)
    ("DE", "EUR", "9508.22", "200.00", "3.40"),      # CN 9508 22 carousels and swings (9508 10 and 90 were 1.7%)
    ("DE", "EUR", "6815.12", "200.00", "0.00"),      # CN 6815 12 carbon-fibre fabrics (every 6815 line 0%)
    ("DE", "EUR", "2931.49", "200.00", "13.00"),     # CN 2931 49 organo-phosphorous derivatives (every 2931 line 6.5%)
    ("GB", "GBP", "5501.11", "500.00", "0.00"),      # UK 5501 11 aramid filament tow (UKGT 0%; EU 4%)
    # UK only (the EU's lines of the heading differ): the heading's every UK Global Tariff line alike
    ("GB", "GBP", "8419.33", "500.00", "0.00"),      # UK 8419 33 freeze dryers (every 8419 line 0%)
    ("GB", "GBP", "8903.31", "500.00", "0.00"),      # UK 8903 31 motorboats up to 7.5 m (every 8903 line 0%)
    ("GB", "GBP", "3204.18", "500.00", "30.00"),     # UK 3204 18 carotenoid colouring matter (every 3204 line 6%)
    ("GB", "GBP", "8112.69", "500.00", "0.00"),      # UK 8112 69 cadmium (every 8112 and 8107 line 0%)
    # continuing one HS 2017 one-dash group every CN 2020 line of which the table rates alike
    ("DE", "EUR", "8419.33", "200.00", "3.40"),      # CN 8419 33 freeze dryers (8419 31 00, 32 00, 39 00 were 1.7%)
    ("DE", "EUR", "8701.24", "200.00", "32.00"),     # CN 8701 24 electric road tractors (8701 20 10 and 90 were 16%)
    ("GB", "GBP", "8701.24", "500.00", "50.00"),     # UK 8701 24 (UKGT 10%)
    ("DE", "EUR", "4418.11", "200.00", "6.00"),      # CN 4418 11 windows of tropical wood (4418 10 lines were 3.0%)
    ("DE", "EUR", "0307.21", "200.00", "16.00"),     # CN 0307 21 scallops, live or fresh (0307 21-29 lines were 8%)
    ("GB", "GBP", "0809.30", "500.00", "80.00"),     # UK 0809 30 peaches (UKGT 16% on both lines)
    ("DE", "EUR", "8903.31", "200.00", "3.40"),      # CN 8903 31 motorboats up to 7.5 m (was 8903 92 91, 1.7%)
    # session 114: split as the read siblings 8549 14 and 19 are (spent primary cells 4.7%, accumulators 2.6%)
    ("DE", "EUR", "8549.12.10", "200.00", "9.40"),   # CN 8549 12 10 spent primary cells with lead, cadmium or mercury
    ("GB", "GBP", "8549.31", "500.00", "0.00"),      # UK 8549 31 (every 8549 subheading read is 0%)
    # hybrid goods vehicles: the line of the diesel or petrol subheading HS 2022 split them from
    ("DE", "EUR", "8704.42.91", "200.00", "44.00"),  # CN 8704 42 91 (as 8704 22 91, 22%)
    ("GB", "GBP", "8704.41.99", "500.00", "50.00"),  # UK 8704 41 99 used (as 8704 21 99, UKGT 10%; the page stops at 91)
    ("DE", "EUR", "4418.81", "200.00", "0.00"),      # CN 4418 81 glulam (every 4418 line but windows, tropical doors, 0%)
])
def test_hs_2022_lines_derived_from_the_2020_table_are_charged_unverified(rules, destination, currency, code, value, duty):
    result = _quote(rules, destination, code, value, currency=currency)
    assert result.status == "ok", result.errors
    assert result.lines[0].duty == Decimal(duty)
    charge = _mfn_duty(result, "gb" if destination == "GB" else "eu")
    assert charge.unverified and "derived" in charge.ref


def test_a_subheading_without_a_row_of_its_own_names_its_bundled_lines(rules):
    # EU essential oils "other" (3301 29): no row for the subheading, its CN lines differ (3301 29 11 0%, 3301 29 31
    # 2.3%, 3301 29 71 2.3%, 3301 29 79 2.9%, 3301 29 91 2.3%: the EU CET as tabulated in the DIT UK Global Tariff
    # table). The quote is rate_unknown, as before, and says which lines the code must choose among
    # (200.00: above the EUR 150 and GBP 135 duty reliefs)
    res = _quote(rules, "DE", "3301.29", "200.00")
    assert res.status == "rate_unknown"
    assert res.errors[0] == ("line 0: no duty rate for 330129 in tariff schedule 'eu' on 2026-03-10: the rate depends on the line; "
                             "give the line's full code (bundled under it: 33012911 0.0%, 33012931 2.3%, 33012971 2.3%, "
                             "33012979 2.9%, 33012991 2.3%)")
    # the line given, its rate: 2.3% of 200.00 = 4.60
    assert _quote(rules, "DE", "3301.29.31", "200.00").lines[0].duty == Decimal("4.60")
    # the UK Global Tariff frees every bundled line of it: the quote says so, and that not every line may be bundled
    res = _quote(rules, "GB", "3301.29", "200.00", currency="GBP")
    assert res.status == "rate_unknown" and res.errors[0].endswith(
        ": give the line's full code (every line bundled under it is 0.0%: 33012911, 33012931, 33012971, 33012979, "
        "33012991; not every line may be bundled)")
    # US hats (HTSUS 6505.00: twelve eight-digit lines, 6505.00.01 9.4% to 6505.00.90 20.7 cents/kg + 7.5%): named too,
    # and a code with nothing bundled under it (4403.10, treated wood in the rough, no HS 2022 subheading: HS 2022
    # splits it into 4403.11 and 4403.12; every HS 2022 subheading has a US row since session 107; until session 107 the
    # nuclear reactors of 8401.10, until session 105 the float glass of 7005.10, until session 104 the frozen chicken cuts of 0207.14, until session 102 creatine's
    # 2925.29, until session 101 the printed cotton fabrics of 5208.52, until session 99 the watches of 9102.11) says
    # only that no rate is bundled
    res = _quote(rules, "US", "6505.00", "100.00", currency="USD", origin="VN")
    assert "(bundled under it: 65050001 9.4%, 65050004 Free," in res.errors[0] and res.errors[0].endswith("65050090 0.207 USD/kg + 7.5%)")
    res = _quote(rules, "US", "4403.10", "100.00", currency="USD", origin="VN")
    assert res.errors[0] == "line 0: no duty rate for 440310 in tariff schedule 'us' on 2026-03-10"


def test_the_batch_path_names_the_same_lines():
    # the vectorised quote (and so the bulk pipeline) gives quote's own message, row for row
    import pandas as pd
    from test_quote_vectorised import assert_same

    frame = pd.DataFrame({"order_id": ["a", "b", "c", "d"], "origin_country": ["CN", "CN", "VN", "VN"],
                          "destination_country": ["DE", "GB", "US", "US"], "date": ["2026-03-10"] * 4,
                          "currency": ["EUR", "GBP", "USD", "USD"], "description": ["goods"] * 4,
                          "hs_code": ["3301.29", "3301.29", "6505.00", "6505.00.01"], "quantity": ["1"] * 4,
                          "unit_value": ["200.00"] * 4})
    assert_same(frame)


@pytest.mark.parametrize("code,eu_duty", [
    ("8806.21.10", "0.00"),    # CN 8806 21 10: multi-rotors up to 250 g with an integrated camera (8525 89), 0%
    ("8806.21.90", "75.00"),   # CN 8806 21 90: other up to 250 g, 7.5% (TARIC 8806 21 90 90) of 1,000.00
    ("8806.23", "75.00"),      # CN 8806 23 00: 7 kg to 25 kg, one line, 7.5%
    ("8806.24", "75.00"),      # CN 8806 24 00: 25 kg to 150 kg, 7.5%
    ("8806.92", "75.00"),      # CN 8806 92 00: not for remote-controlled flight only, 250 g to 7 kg, 7.5%
    ("8806.93", "75.00"),
    ("8806.94", "75.00"),
])
def test_drones_by_take_off_weight(rules, code, eu_duty):
    # HS 2022 heading 8806 (unmanned aircraft): the EU's rates from TARIC, the UK's 0% on every line (HSRates tables,
    # accessed 22 Feb 2026); a 1,000.00 drone from China on 1 December 2026, above both duty reliefs
    res = tc.quote(_order("DE", "EUR", code, "1000.00", "2026-12-01"), rules=rules)
    assert res.status == "ok" and res.lines[0].duty == Decimal(eu_duty)
    uk = tc.quote(_order("GB", "GBP", code, "1000.00", "2026-12-01"), rules=rules)
    assert uk.status == "ok" and uk.lines[0].duty == Decimal("0.00")


def test_a_drone_subheading_whose_cn_lines_differ_asks_for_the_line(rules):
    # 8806 21 alone: 8806 21 10 camera multi-rotors 0%, 8806 21 90 other 7.5%: rate_unknown, the row naming both;
    # the UK frees every line of it, so its six-digit code is quoted (0.00)
    res = tc.quote(_order("DE", "EUR", "8806.21", "1000.00", "2026-12-01"), rules=rules)
    assert res.status == "rate_unknown" and "8806 21 10 multi-rotors with an integrated camera 0%, 8806 21 90 other 7.5%" in res.errors[0]
    assert tc.quote(_order("GB", "GBP", "8806.21", "1000.00", "2026-12-01"), rules=rules).lines[0].duty == Decimal("0.00")


@pytest.mark.parametrize("code", ["8524.11", "8524.12", "8524.92"])
def test_display_modules_enter_free(rules, code):
    # HS 2022 heading 8524 (flat panel display modules: phone and laptop replacement screens): LCD without drivers
    # 8524 11, OLED without 8524 12 and with 8524 92, one line each at 0% in TARIC and the UK Trade Tariff (HSRates
    # tables, accessed 22 Feb 2026): a 200.00 OLED screen pays no duty, and VAT on the value alone (DE 19% = 38.00,
    # UK 20% = 40.00)
    de = tc.quote(_order("DE", "EUR", code, "200.00", "2026-12-01"), rules=rules)
    assert de.status == "ok" and de.lines[0].duty == Decimal("0.00") and de.lines[0].vat == Decimal("38.00")
    uk = tc.quote(_order("GB", "GBP", code, "200.00", "2026-12-01"), rules=rules)
    assert uk.status == "ok" and uk.lines[0].duty == Decimal("0.00") and uk.lines[0].vat == Decimal("40.00")


@pytest.mark.parametrize("destination,currency,code,weight,duty", [
    # per-kilogram rates of HS 2022 subheadings (session 111; HSRates tables of TARIC and the UK Trade Tariff, 22 Feb 2026):
    # EU extra virgin olive oil 1509 20 00: 124.50 EUR / 100 kg x 5 kg = 6.225, rounded to 6.23
    ("DE", "EUR", "1509.20", "5", "6.23"),
    # UK 1509 20 00: 104.00 GBP / 100 kg x 5 kg = 5.20
    ("GB", "GBP", "1509.20", "5", "5.20"),
    # EU insect flours and meals 0410 10 91: 15.40% of 200.00 = 30.80, + 303.40 EUR / 100 kg x 2 kg = 6.068: 36.868 -> 36.87
    ("DE", "EUR", "0410.10.91", "2", "36.87"),
    # session 112: EU uncooked beef preparations 1602 50 10: 303.40 EUR / 100 kg x 2 kg = 6.068 -> 6.07
    ("DE", "EUR", "1602.50.10", "2", "6.07"),
    # UK 1602 50 10: 253.00 GBP / 100 kg x 2 kg = 5.06
    ("GB", "GBP", "1602.50.10", "2", "5.06"),
    # EU margarine with more than 10% milkfats 1517 10 10: 8.3% of 200.00 = 16.60, + 28.40 EUR / 100 kg x 5 kg = 1.42: 18.02
    ("DE", "EUR", "1517.10.10", "5", "18.02"),
    # UK 1517 10 10: 8% of 500.00 = 40.00, + 23.00 GBP / 100 kg x 5 kg = 1.15: 41.15
    ("GB", "GBP", "1517.10.10", "5", "41.15"),
])
def test_hs_2022_food_lines_by_weight(rules, destination, currency, code, weight, duty):
    value = "200.00" if destination == "DE" else "500.00"
    order = _order(destination, currency, code, value, "2026-12-01")
    order["lines"][0]["net_weight_kg"] = weight
    res = tc.quote(order, rules=rules)
    assert res.status == "ok", res.errors
    assert res.lines[0].duty == Decimal(duty)
    # a line without its weight cannot be charged: the quote asks for it
    res = tc.quote(_order(destination, currency, code, value, "2026-12-01"), rules=rules)
    assert res.status == "rate_unknown" and res.errors[0].endswith("/100 kg needs the line's net_weight_kg")
