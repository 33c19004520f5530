"""UK Global Tariff from the dataset the UK government publishes (the UKGT table: commodity,
description, cet_duty_rate, ukgt_duty_rate, change, trade_remedy_applies, ...), as CSV or XLSX exported
to CSV. The `ukgt_duty_rate` is written in the UK tariff's notation and becomes a duty expression; a rate
with a qualifier the engine has no quantity for ("/ 100 kg/net/%sacchar.") is reported, not guessed."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from .schedule import ScheduleImport, tariff_duty
from .usitc import UnsupportedRate

REQUIRED = ("commodity", "ukgt_duty_rate")


def read_ukgt_csv(path: str | Path, *, valid_from: str, edition: str) -> ScheduleImport:
    """The UKGT rate of every commodity code in the table (8 or 10 digits)."""
    result = ScheduleImport("gb")
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: not the UK Global Tariff table: missing column(s) {', '.join(missing)} "
                             f"(found {', '.join(reader.fieldnames or [])})")
        for n, row in enumerate(reader, start=2):
            code = re.sub(r"\D", "", row["commodity"] or "")
            if len(code) not in (8, 10):
                result.skipped.append(f"line {n}: commodity {row['commodity']!r} is not an 8 or 10-digit code")
                continue
            try:
                duty = tariff_duty(row["ukgt_duty_rate"])
            except UnsupportedRate as exc:
                result.skipped.append(f"{code}: {exc}")
                continue
            result.add(code, duty, valid_from, f"UK Global Tariff {edition} {code}")
    result.add_uniform_prefixes(f"UK Global Tariff {edition}")
    return result
