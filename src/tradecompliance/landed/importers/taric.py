"""EU TARIC third-country duties from the measures file the Commission publishes with each TARIC
edition ("Duties Import 01-99.xlsx", or the same table saved as CSV): columns Goods code, Add code,
Order No., Start date, End date, Origin, Origin code, Measure type, Meas. type code, Legal base, Duty.
The erga omnes third-country duty (measure type 103, origin code 1011) of every goods code without an
additional code or quota order number becomes a row of `tariffs/eu.csv`; preferences, quotas, anti-dumping
and other measures are left to the packs. A duty the engine cannot read is reported, not guessed."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ...tableio import csv_separator
from .schedule import ScheduleImport, tariff_duty
from .usitc import UnsupportedRate

THIRD_COUNTRY_DUTY = "103"
ERGA_OMNES = "1011"
REQUIRED = ("Goods code", "Start date", "Origin code", "Meas. type code", "Duty")


def _table(path: Path, required: tuple[str, ...], kind: str):
    """A table the Commission publishes (xlsx, or the same saved as CSV) as strings, headers stripped (some
    editions write ' Measure type'); an error naming the file when a required column is missing."""
    import pandas as pd

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        df = pd.read_excel(path, dtype=object)
    else:
        df = pd.read_csv(path, dtype=str, sep=csv_separator(path), keep_default_na=False)
    df.columns = [str(c).strip() for c in df.columns]
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ValueError(f"{path}:1: not a {kind}: missing column(s) {', '.join(missing)} (found {', '.join(df.columns)})")
    return df


def _date(value) -> str:
    """ISO date of a cell: a spreadsheet date, 'YYYY-MM-DD', or the 'DD-MM-YYYY' / 'DD/MM/YYYY' of the files."""
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = str(value).strip()
    m = re.fullmatch(r"(\d{2})[-/.](\d{2})[-/.](\d{4})", text)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    return dt.date.fromisoformat(text[:10]).isoformat()


def _cell(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def read_taric(path: str | Path, *, edition: str) -> ScheduleImport:
    """The third-country duty of every goods code in the measures table, from each measure's start date."""
    path = Path(path)
    df = _table(path, REQUIRED, "TARIC duties table")
    result = ScheduleImport("eu")
    for n, row in enumerate(df.to_dict("records"), start=2):
        if _cell(row["Meas. type code"]).split(".")[0] != THIRD_COUNTRY_DUTY or _cell(row["Origin code"]) != ERGA_OMNES:
            continue
        code = re.sub(r"\D", "", _cell(row["Goods code"]).split(" ")[0])
        if len(code) != 10:
            result.skipped.append(f"line {n}: goods code {row['Goods code']!r} is not a 10-digit code")
            continue
        if _cell(row.get("Add code")) or _cell(row.get("Order No.")):
            continue                     # a duty for an additional code or within a quota: not the general rate
        try:
            duty = tariff_duty(_cell(row["Duty"]))
            since = _date(row["Start date"])
        except UnsupportedRate as exc:
            result.skipped.append(f"{code}: {exc}")
            continue
        except ValueError as exc:
            result.skipped.append(f"line {n}: start date {row['Start date']!r}: {exc}")
            continue
        base = _cell(row.get("Legal base"))
        result.add(code, duty, since, f"TARIC {edition} {code} third-country duty" + (f" ({base})" if base else ""))
    result.add_uniform_prefixes(f"TARIC {edition} third-country duty")
    return result
