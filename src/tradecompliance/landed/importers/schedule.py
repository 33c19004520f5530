"""What the national-schedule importers share: reading a rate written in the EU/UK tariff notation
("12.000 %", "8.00 % + 21.00 GBP / 100 kg", "... MIN 1.50 EUR / 100 kg") into a duty expression, keying
10-digit lines at their significant length, adding the 6- and 8-digit rows where every line below has one
rate, and writing `tariffs/<name>.csv` atomically."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..duty_expr import DutyExpressionError, parse_duty
from .usitc import UnsupportedRate

# units written after "GBP /" or "EUR /", keyed with every space dropped (the DIT UK Global Tariff table writes
# "EUR / 100 kg" and "EUR / % vol / hl" in its CET column, "GBP/100kg" and "GBP/%vol/hl" in its UK one), mapped onto
# the engine's quantities ("100 kg/gross": per 100 kg gross weight)
_UNITS = {"kg": "kg", "100kg": "100 kg", "1000kg": "1000 kg", "tonne": "tonne", "100kg/gross": "100 kg/gross",
          "l": "l", "hl": "hl", "%vol/hl": "% vol/hl", "m": "m", "100m": "100 m", "m2": "m2", "m²": "m2",
          "p/st": "unit", "item": "unit", "pa": "pair", "pair": "pair"}
_SPECIFIC = re.compile(r"^(\d+(?:\.\d+)?)\s*(GBP|EUR)\s*/\s*(.+)$", re.IGNORECASE)
_PCT = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")
_ZERO = {"0", "0%", "0.00%", "0.00 %", "0.000%", "0.000 %"}


def tariff_duty(text: str) -> str:
    """'8.00 % + 21.00 GBP / 100 kg' -> '8.00% + 21.00 GBP/100 kg'. Raises UnsupportedRate saying what is unread."""
    t = " ".join(str(text).replace("\u00a0", " ").split())
    if not t:
        raise UnsupportedRate("empty rate")
    if t.lower() == "free":
        return "Free"
    if t.lower() in _ZERO:
        return "0%"
    body, tail = t, []
    for word in ("MAX", "MIN"):
        m = re.search(rf"\b{word}\b(.*)$", body, re.IGNORECASE)
        if m:
            bound = m.group(1).strip()
            pct = _PCT.match(bound)           # a bound in percent of the value (EU watch cases: MIN 2.70% MAX 4.60%)
            tail.insert(0, f"{word} {pct.group(1) + '%' if pct else _specific(bound, text)}")
            body = body[: m.start()].strip()
    out = []
    for part in (p.strip() for p in body.split("+")):
        m = _PCT.match(part)
        out.append(f"{m.group(1)}%" if m else _specific(part, text))
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
    unit = _UNITS.get(re.sub(r"\s+", "", m.group(3).lower()))
    if unit is None:
        raise UnsupportedRate(f"unit {m.group(3)!r} in {whole!r} has no quantity the engine knows")
    return f"{m.group(1)} {m.group(2).upper()}/{unit}"


def line_key(code: str) -> str:
    """A 10- or 8-digit line at its significant length (at least 6, even): '6109100010' stays, '6109100000'
    becomes '610910', so the longest-prefix lookup finds it for every line below."""
    significant = code.rstrip("0")
    return code[: max(6, len(significant) + (len(significant) % 2))]


@dataclass
class ScheduleImport:
    """Rows in the columns of data/tariffs/*.csv, and what was not imported, with why."""

    name: str
    tariff_rows: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "code: reason"
    printed: dict[str, str] = field(default_factory=dict)  # the printed rate of each `unknown` line, by code

    def add(self, code: str, duty: str, valid_from: str, ref: str, agreement: str = "") -> None:
        self.tariff_rows.append({"code": line_key(code), "duty": duty, "agreement": agreement, "valid_from": valid_from,
                                 "ref": ref, "verified": "yes"})

    def add_unreadable(self, code: str, printed: str, valid_from: str, ref: str, why: str) -> None:
        """A line whose rate the engine cannot compute: an `unknown` row citing the printed rate (a quote on the
        line says rate_unknown and shows it, instead of falling back to a shorter code's rate), and reported.
        Its subheading is then not one rate (`add_uniform_prefixes`)."""
        self.skipped.append(f"{code}: {why}")
        printed = " ".join(printed.split())
        self.printed[line_key(code)] = printed
        self.tariff_rows.append({"code": line_key(code), "duty": "unknown", "agreement": "", "valid_from": valid_from,
                                 "ref": f"{ref}: printed rate {printed!r}, not computable ({why})", "verified": "yes"})

    def add_uniform_prefixes(self, cite: str) -> None:
        """A listing coded at 6 or 8 digits finds its rate where every line below that code has the same
        rate from the same date; a six-digit code whose lines differ gets an `unknown` row naming them, so that no
        heading or chapter row of the schedule answers for it (a quote asks for the line instead). A line of a rate
        the engine cannot compute is named with its printed rate, so the code's own row says what the rate is."""
        have = {(r["code"], r["valid_from"]) for r in self.tariff_rows if not r["agreement"]}
        for digits in (8, 6):
            lines: dict[tuple[str, str], dict[str, str]] = {}
            for r in self.tariff_rows:
                if len(r["code"]) > digits and not r["agreement"]:     # the general rates only
                    lines.setdefault((r["code"][:digits], r["valid_from"]), {})[r["code"]] = r["duty"]
            for (prefix, since), found in sorted(lines.items()):
                if (prefix, since) in have:
                    continue
                duties = set(found.values())
                rates = ", ".join(self._named(code, d) for code, d in sorted(found.items()))
                if duties == {"unknown"}:
                    printed = {self.printed.get(code) for code in found}
                    what = (f"every line under {prefix} printed {printed.pop()!r}, not a rate this schedule computes"
                            if len(printed) == 1 and None not in printed
                            else f"no line under {prefix} has a rate this schedule computes ({rates})")
                    ref, duty = f"{cite}: {what}; work it out by hand", "unknown"
                elif len(duties) == 1:
                    ref, duty = f"{cite}: every line under {prefix}", next(iter(duties))
                elif digits == 6:
                    ref = f"{cite}: the rate depends on the line under {prefix} ({rates}); give the line"
                    duty = "unknown"
                else:
                    continue
                self.tariff_rows.append({"code": prefix, "duty": duty, "agreement": "", "valid_from": since,
                                         "ref": ref, "verified": "yes"})
                have.add((prefix, since))

    def _named(self, code: str, duty: str) -> str:
        """A line as a subheading's row names it: its rate, or what it prints where the engine cannot compute that."""
        if duty == "unknown" and code in self.printed:
            return f"{code} printed {self.printed[code]!r}"
        return f"{code} {duty}"

    def write(self, out: str | Path) -> None:
        """`out/tariffs/<name>.csv`, written atomically."""
        import pandas as pd

        from ...tableio import write_table
        from ..tariffs import COLUMNS

        folder = Path(out) / "tariffs"
        folder.mkdir(parents=True, exist_ok=True)
        write_table(pd.DataFrame(self.tariff_rows, columns=COLUMNS), folder / f"{self.name}.csv")
