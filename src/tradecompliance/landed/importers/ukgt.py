"""UK Global Tariff from the dataset the UK government publishes (the UKGT table: commodity,
description, cet_duty_rate, ukgt_duty_rate, change, trade_remedy_applies, ...), as CSV or XLSX exported
to CSV. The `ukgt_duty_rate` is written in the UK tariff's notation ("12.00%", "8.00 % + 21.00 GBP / 100 kg",
"0.00%") and becomes a duty expression of `duty_expr`; a rate with a qualifier the engine has no quantity
for ("/ 100 kg/net/%sacchar.") or a wording it cannot read is reported, not guessed."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..duty_expr import DutyExpressionError, parse_duty
from .usitc import UnsupportedRate

REQUIRED = ("commodity", "ukgt_duty_rate")
# UK units written after "GBP /" that map onto the engine's quantities
_UNITS = {"kg": "kg", "100 kg": "100 kg", "l": "l", "hl": "hl", "p/st": "unit", "item": "unit", "pa": "pair", "pair": "pair"}
_SPECIFIC = re.compile(r"^(\d+(?:\.\d+)?)\s*(GBP|EUR)\s*/\s*(.+)$", re.IGNORECASE)
_PCT = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")


def uk_duty(text: str) -> str:
    """'8.00 % + 21.00 GBP / 100 kg' -> '8.00% + 21.00 GBP/100 kg'. Raises UnsupportedRate saying what is unread."""
    t = " ".join(str(text).replace("\u00a0", " ").split())
    if not t:
        raise UnsupportedRate("empty rate")
    if t.lower() in {"free", "0", "0%", "0.00%", "0.00 %", "0.000%", "0.000 %"}:
        return "Free" if t.lower() == "free" else "0%"
    body, tail = t, []
    for word in ("MAX", "MIN"):
        m = re.search(rf"\b{word}\b(.*)$", body, re.IGNORECASE)
        if m:
            tail.insert(0, f"{word} {_specific(m.group(1).strip(), text)}")
            body = body[: m.start()].strip()
    out = []
    for part in (p.strip() for p in body.split("+")):
        m = _PCT.match(part)
        if m:
            out.append(f"{m.group(1)}%")
        else:
            out.append(_specific(part, text))
    expr = " + ".join(out) + (" " + " ".join(tail) if tail else "")
    try:
        parse_duty(expr)
    except DutyExpressionError as exc:
        raise UnsupportedRate(str(exc)) from None
    return expr


def _specific(part: str, whole: str) -> str:
    m = _SPECIFIC.match(part)
    if not m:
        raise UnsupportedRate(f"cannot read {part!r} in {whole!r}")
    unit = _UNITS.get(m.group(3).strip().lower())
    if unit is None:
        raise UnsupportedRate(f"unit {m.group(3)!r} in {whole!r} has no quantity the engine knows")
    return f"{m.group(1)} {m.group(2).upper()}/{unit}"


@dataclass
class UkgtImport:
    tariff_rows: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "commodity: reason"

    def write(self, out: str | Path) -> None:
        """`out/tariffs/gb.csv`, written atomically."""
        import pandas as pd

        from ...tableio import write_table
        from ..tariffs import COLUMNS

        folder = Path(out) / "tariffs"
        folder.mkdir(parents=True, exist_ok=True)
        write_table(pd.DataFrame(self.tariff_rows, columns=COLUMNS), folder / "gb.csv")


def read_ukgt_csv(path: str | Path, *, valid_from: str, edition: str) -> UkgtImport:
    """The UKGT rate of every commodity code in the table (8 or 10 digits; codes ending in zeros are kept
    at their significant length so the longest-prefix lookup finds them for every line below)."""
    result = UkgtImport()
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
                duty = uk_duty(row["ukgt_duty_rate"])
            except UnsupportedRate as exc:
                result.skipped.append(f"{code}: {exc}")
                continue
            significant = code.rstrip("0")
            key = code[: max(6, len(significant) + (len(significant) % 2))]
            result.tariff_rows.append({"code": key, "duty": duty, "agreement": "", "valid_from": valid_from,
                                       "ref": f"UK Global Tariff {edition} {code}", "verified": "yes"})
    # a listing coded at 6 or 8 digits finds its rate where every line below that code has the same one
    have = {r["code"] for r in result.tariff_rows}
    for digits in (8, 6):
        duties: dict[str, set[str]] = {}
        for r in result.tariff_rows:
            if len(r["code"]) > digits:
                duties.setdefault(r["code"][:digits], set()).add(r["duty"])
        for prefix, found in sorted(duties.items()):
            if len(found) == 1 and prefix not in have:
                result.tariff_rows.append({"code": prefix, "duty": next(iter(found)), "agreement": "", "valid_from": valid_from,
                                           "ref": f"UK Global Tariff {edition}: every line under {prefix}", "verified": "yes"})
                have.add(prefix)
    return result
