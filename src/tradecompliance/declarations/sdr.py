"""Special Drawing Rights in a currency on a date: the CN 22 limit is set in SDR (300 SDR) and postal
operators apply it in their own currency. Rates are the IMF's, from data/declarations/sdr.csv; a currency
the file does not list crosses through the US dollar with the bundled ECB table."""
from __future__ import annotations

import bisect
import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .._paths import data_dir
from ..currency.fx import customs_rates
from ..errors import RateNotFound

STALE_DAYS = 31


@dataclass(frozen=True)
class SdrAmount:
    """`sdr` SDR = `amount` `currency`, at the IMF rate of `rate_date`."""

    sdr: Decimal
    amount: Decimal
    currency: str
    units_per_sdr: Decimal
    rate_date: dt.date
    source: str

    def stale_days(self, on: dt.date) -> int:
        return (on - self.rate_date).days


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[dt.date, Decimal, str]]]:
    rows: dict[str, list[tuple[dt.date, Decimal, str]]] = {}
    with open(data_dir() / "declarations" / "sdr.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            value = Decimal(r["value"])
            units = value if r["quoted"] == "units_per_sdr" else Decimal(1) / value
            rows.setdefault(r["currency"], []).append((dt.date.fromisoformat(r["date"]), units, r["source"]))
    for series in rows.values():
        series.sort(key=lambda x: x[0])
    return rows


def _rate(currency: str, on: dt.date) -> tuple[Decimal, dt.date, str] | None:
    series = _table().get(currency)
    if not series:
        return None
    i = bisect.bisect_right([d for d, _, _ in series], on) - 1
    if i < 0:
        raise RateNotFound(f"no IMF SDR rate for {currency} on or before {on} (first is {series[0][0]})")
    day, units, source = series[i]
    return units, day, source


def sdr_in(sdr: Decimal, currency: str, on: dt.date) -> SdrAmount:
    """`sdr` Special Drawing Rights in `currency`, with the latest IMF rate on or before `on`."""
    direct = _rate(currency, on)
    if direct is not None:
        units, day, source = direct
        return SdrAmount(sdr, sdr * units, currency, units, day, source)
    usd = _rate("USD", on)
    assert usd is not None, "data/declarations/sdr.csv must list USD"
    units_usd, day, source = usd
    fx = customs_rates().quote("USD", currency, on)
    units = units_usd * fx.rate
    return SdrAmount(sdr, sdr * units, currency, units, day,
                     f"{source}; USD/{currency} {fx.rate} ({fx.table} {fx.rate_date})")
