"""Exchange rates: the bundled ECB history, exact crosses, customs rate days, user tables."""
import datetime as dt
from decimal import Decimal

import pytest

from tradecompliance.currency import ecb, format_money, load_table
from tradecompliance.currency.fx import penultimate_wednesday_before_month
from tradecompliance.errors import RateNotFound


def test_ecb_rates_are_exact_decimals_and_cross_through_euro():
    table = ecb()
    usd = table.quote("EUR", "USD", dt.date(2024, 1, 2))
    gbp = table.quote("EUR", "GBP", dt.date(2024, 1, 2))
    assert isinstance(usd.rate, Decimal) and usd.rate_date == dt.date(2024, 1, 2)
    cross = table.quote("GBP", "USD", dt.date(2024, 1, 2))
    assert cross.rate == (usd.rate / gbp.rate).quantize(Decimal("0.0000000001"))


def test_each_currency_read_on_demand_equals_the_whole_ecb_file_read_at_once():
    # the table reads a currency's column the first time it is asked for; every column, dates and exact rates,
    # must equal what a plain CSV read of the whole file gives (N/A and empty cells are days without a rate)
    import csv
    import io
    import zipfile

    from tradecompliance.currency.fx import bundled_ecb_path

    with zipfile.ZipFile(bundled_ecb_path()) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    want: dict[str, list] = {c: [] for c in header[1:] if c}
    for row in reader:
        for cur, cell in zip(header[1:], row[1:]):
            if cur and cell.strip() not in ("", "N/A"):
                want[cur].append((dt.date.fromisoformat(row[0]), Decimal(cell.strip())))
    table = ecb()
    assert table.currencies >= set(want) and len(want) >= 40
    for cur, series in want.items():
        dates, values = table._series[cur]
        assert list(zip(dates, values)) == sorted(series), cur
    assert table.last_date() == max(d for s in want.values() for d, _ in s)


def test_weekend_uses_latest_published_rate():
    # ECB publishes no rates on Saturdays: 6 January 2024 uses Friday 5 January.
    q = ecb().quote("EUR", "USD", dt.date(2024, 1, 6))
    assert q.rate_date == dt.date(2024, 1, 5)


def test_eu_customs_rate_day():
    # UCC-IA art. 146: the rate for March 2026 is the ECB rate of the penultimate Wednesday of
    # February 2026. February 2026's Wednesdays: 4, 11, 18, 25 -> penultimate is 18 February.
    assert penultimate_wednesday_before_month(dt.date(2026, 3, 15)) == dt.date(2026, 2, 18)
    # December 2025's Wednesdays: 3, 10, 17, 24, 31 -> the rate for January 2026 is from 24 December.
    assert penultimate_wednesday_before_month(dt.date(2026, 1, 1)) == dt.date(2025, 12, 24)


def test_user_table_applies_from_its_date(tmp_path):
    path = tmp_path / "hmrc.csv"
    path.write_text("date,base,quote,rate\n2026-01-01,GBP,USD,1.3412\n2026-02-01,GBP,USD,1.3608\n")
    table = load_table(path)
    assert table.quote("GBP", "USD", dt.date(2026, 1, 31)).rate == Decimal("1.3412")
    assert table.quote("USD", "GBP", dt.date(2026, 2, 2)).rate == (Decimal(1) / Decimal("1.3608"))
    with pytest.raises(RateNotFound):
        table.quote("GBP", "JPY", dt.date(2026, 2, 2))


def test_user_table_errors_name_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("date,base,quote,rate\n2026-01-01,GBP,USD,abc\n")
    with pytest.raises(ValueError, match="bad.csv:2"):
        load_table(path)


def test_babel_formats_for_locale():
    assert format_money(Decimal("1234.5"), "EUR", "de_DE") == "1.234,50\xa0€"
    assert format_money(Decimal("1234.5"), "USD", "en_US") == "$1,234.50"


@pytest.mark.parametrize("currency, anchor, rate, source", [
    ("NAD", "ZAR", "1", "Bank of Namibia"),                 # one-to-one parity, Common Monetary Area
    ("BTN", "INR", "1", "Royal Monetary Authority of Bhutan"),  # 1:1 peg
    ("NPR", "INR", "1.6", "Nepal Rastra Bank"),              # NPR 160 per INR 100
    ("BSD", "USD", "1", "Central Bank of The Bahamas"),      # at par
    ("BBD", "USD", "2", "Central Bank of Barbados"),         # BBD 2.00 per USD
    ("MOP", "HKD", "1.03", "Monetary Authority of Macao"),   # currency board, MOP 1.03 per HKD
    ("CVE", "EUR", "110.265", "Cape Verde escudo"),          # EUR 1 = CVE 110.265 since 1999
])
def test_pegged_currencies_cross_through_the_currency_they_are_fixed_to(currency, anchor, rate, source):
    # data/fx/pegs.csv: the ECB publishes none of these; each converts as its anchor does, times the fixed rate
    table, day = ecb(), dt.date(2026, 6, 15)
    peg = table.quote(anchor, currency, day)
    assert peg.rate == Decimal(rate).quantize(Decimal("0.0000000001")) and source in peg.source
    via = table.quote("EUR", anchor, day).rate * Decimal(rate)
    assert table.quote("EUR", currency, day).rate == via
