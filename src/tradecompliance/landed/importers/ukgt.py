"""UK Global Tariff from the dataset the UK government publishes (the UKGT table: commodity,
description, cet_duty_rate, ukgt_duty_rate, change, trade_remedy_applies, ...), as CSV or XLSX exported
to CSV. The `ukgt_duty_rate` (or the table's `cet_duty_rate`, the EU rate the UKGT was set against) is written in
the tariff's notation and becomes a duty expression; a rate with a qualifier the engine has no quantity for
("/ 100 kg/net/%sacchar.") is reported and kept as an `unknown` row citing it, not guessed."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from .schedule import ScheduleImport, tariff_duty
from .usitc import UnsupportedRate

# the rate columns of the table: the UK Global Tariff, and the EU Common External Tariff it was set against
RATE_COLUMNS = {"ukgt_duty_rate": ("gb", "UK Global Tariff"),
                "cet_duty_rate": ("eu", "EU Common External Tariff as tabulated in the UK Global Tariff table")}


def read_ukgt_csv(path: str | Path, *, valid_from: str, edition: str, column: str = "ukgt_duty_rate") -> ScheduleImport:
    """The rate of every commodity code in the table (8 or 10 digits; a code of 7 or 9 digits is one a
    spreadsheet wrote as a number, its leading zero lost, and gets it back) from `column`: the UKGT rates
    (schedule gb) or the table's CET column (schedule eu). An unreadable rate becomes an `unknown` row citing it."""
    if column not in RATE_COLUMNS:
        raise ValueError(f"column {column!r}: the table's rate columns are {', '.join(RATE_COLUMNS)}")
    name, cite = RATE_COLUMNS[column]
    result = ScheduleImport(name)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("commodity", column) if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: not the UK Global Tariff table: missing column(s) {', '.join(missing)} "
                             f"(found {', '.join(reader.fieldnames or [])})")
        for n, row in enumerate(reader, start=2):
            code = re.sub(r"\D", "", row["commodity"] or "")
            if len(code) in (7, 9):
                code = "0" + code
            if len(code) not in (8, 10):
                result.skipped.append(f"line {n}: commodity {row['commodity']!r} is not an 8 or 10-digit code")
                continue
            ref = f"{cite} {edition} {code}"
            try:
                duty = tariff_duty(row[column])
            except UnsupportedRate as exc:
                if (row[column] or "").strip():
                    result.add_unreadable(code, row[column], valid_from, ref, str(exc))
                else:
                    result.skipped.append(f"{code}: no rate in {column}")
                continue
            result.add(code, duty, valid_from, ref)
    result.add_uniform_prefixes(f"{cite} {edition}")
    return result
