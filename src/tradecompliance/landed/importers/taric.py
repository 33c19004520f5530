"""Third-country duties from a table of tariff measures, in either of two layouts that share the TARIC
data model (measure type 103 = third-country duty, geographical area 1011 = erga omnes):

- EU TARIC, the measures file the Commission publishes with each edition ("Duties Import 01-99.xlsx", or the
  same table saved as CSV): Goods code, Add code, Order No., Start date, Origin code, Meas. type code, Legal
  base, Duty -> `tariffs/eu.csv`;
- UK, the Department for Business and Trade's data API table measures-on-declarable-commodities (dataset
  uk-tariff-2021-01-01): commodity__code, measure__additional_code__code, measure__quota__order_number,
  measure__effective_start_date, measure__geographical_area__id, measure__type__id, measure__duty_expression,
  measure__regulation__id -> `tariffs/gb.csv`.
The erga omnes third-country duty of every goods code without an additional code or quota order number
becomes a row from the measure's start date; so does the tariff preference (measure type 142) of each origin a
trade agreement of the destination's pack covers (`agreements`: origin code -> the pack's agreement name), as a
row naming that agreement. Quotas, anti-dumping and other measures are left to the packs. A duty the engine cannot
read is reported, not guessed."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ...tableio import csv_separator
from .schedule import ScheduleImport, tariff_duty
from .usitc import UnsupportedRate

THIRD_COUNTRY_DUTY = "103"
TARIFF_PREFERENCE = "142"
ERGA_OMNES = "1011"


def partner_agreements(rules, pack: str) -> dict[str, str]:
    """{origin code: agreement} of a pack's preferences whose partners are countries (a group's measures carry
    an area code of their own, "1013" for the EU, which the pack's group names do not give)."""
    found = rules.packs.get(pack)
    if found is None or found.customs is None:
        return {}
    groups = set(rules.groups.groups)
    return {p: pref.agreement for pref in found.customs.preferences for p in pref.partners if p not in groups}


@dataclass(frozen=True)
class MeasuresLayout:
    """Which column of a measures table holds what."""

    kind: str
    code: str
    add_code: str
    order_no: str
    start: str
    origin: str
    type_code: str
    duty: str
    legal_base: str

    @property
    def required(self) -> tuple[str, ...]:
        return (self.code, self.start, self.origin, self.type_code, self.duty)


TARIC = MeasuresLayout("TARIC duties table", "Goods code", "Add code", "Order No.", "Start date", "Origin code",
                       "Meas. type code", "Duty", "Legal base")
UK_MEASURES = MeasuresLayout("UK tariff measures table (DBT data API, measures-on-declarable-commodities)", "commodity__code",
                             "measure__additional_code__code", "measure__quota__order_number", "measure__effective_start_date",
                             "measure__geographical_area__id", "measure__type__id", "measure__duty_expression", "measure__regulation__id")


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


def read_taric(path: str | Path, *, edition: str, agreements: dict[str, str] | None = None) -> ScheduleImport:
    """The EU third-country duty of every goods code in the TARIC measures table, from each measure's start date,
    and the tariff preferences of the origins in `agreements`."""
    return read_measures(path, name="eu", cite=f"TARIC {edition}", layout=TARIC, agreements=agreements)


def read_uk_measures(path: str | Path, *, edition: str, agreements: dict[str, str] | None = None) -> ScheduleImport:
    """The UK third-country duty (the UK Global Tariff) of every commodity code in the DBT measures table, and the
    tariff preferences of the origins in `agreements`."""
    return read_measures(path, name="gb", cite=f"UK Integrated Online Tariff {edition}", layout=UK_MEASURES,
                         agreements=agreements)


def read_measures(path: str | Path, *, name: str, cite: str, layout: MeasuresLayout,
                  agreements: dict[str, str] | None = None) -> ScheduleImport:
    path = Path(path)
    df = _table(path, layout.required, layout.kind)
    result = ScheduleImport(name)
    agreements = agreements or {}
    for n, row in enumerate(df.to_dict("records"), start=2):
        kind, origin = _cell(row[layout.type_code]).split(".")[0], _cell(row[layout.origin])
        if kind == THIRD_COUNTRY_DUTY and origin == ERGA_OMNES:
            agreement, what = "", "third-country duty"
        elif kind == TARIFF_PREFERENCE and origin in agreements:
            agreement, what = agreements[origin], f"tariff preference, origin {origin} ({agreements[origin]})"
        else:
            continue
        code = re.sub(r"\D", "", _cell(row[layout.code]).split(" ")[0])
        if len(code) != 10:
            result.skipped.append(f"line {n}: goods code {row[layout.code]!r} is not a 10-digit code")
            continue
        if _cell(row.get(layout.add_code)) or _cell(row.get(layout.order_no)):
            continue                     # a duty for an additional code or within a quota: not the general rate
        try:
            since = _date(row[layout.start])
        except ValueError as exc:
            result.skipped.append(f"line {n}: start date {row[layout.start]!r}: {exc}")
            continue
        base = _cell(row.get(layout.legal_base))
        ref = f"{cite} {code} {what}" + (f" ({base})" if base else "")
        try:
            duty = tariff_duty(_cell(row[layout.duty]))
        except UnsupportedRate as exc:
            if agreement:
                # no row: the pack's preference decides (rate_unknown where its duty is `unknown`)
                result.skipped.append(f"{code}: {what}: {exc}")
                continue
            result.add_unreadable(code, _cell(row[layout.duty]), since, ref, str(exc))
            continue
        result.add(code, duty, since, ref, agreement)
    result.add_uniform_prefixes(f"{cite} third-country duty")
    return result
