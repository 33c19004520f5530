"""Tariff schedules from `data/tariffs/<name>.csv`: duty expressions by code, dated, with the
agreement for preferential rows (one row may hold the same rate of several agreements, "KORUS|CAFTA-DR", as the
HTSUS special subcolumn lists them). A line's code matches the longest prefix present (national line,
then subheading, heading, chapter), so a schedule can be as fine or coarse as its data."""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from .._paths import data_dir
from ..built_cache import kept
from ..hs.codes import normalize
from .duty_expr import DutyExpressionError, parse_duty

COLUMNS = ["code", "duty", "agreement", "valid_from", "ref", "verified"]
UNKNOWN = "unknown"  # a duty that changed on valid_from to a rate not bundled: quotes say rate_unknown, with the ref


@dataclass(frozen=True)
class TariffRow:
    schedule: str
    code: str
    duty: str
    agreement: str  # "" for the general (MFN) rate; agreements sharing the row's rate separated by "|"
    valid_from: dt.date
    ref: str
    verified: bool
    source: str  # file:line


class TariffError(ValueError):
    pass


class Schedule:
    def __init__(self, name: str, rows: list[TariffRow]):
        self.name = name
        # code -> [(agreements the row is for, row)] by valid_from: a row of several agreements ("KORUS|US-Peru TPA")
        # is stored once, so loading the US schedule does not multiply its rows by the agreements they name
        self._rows: dict[str, list[tuple[frozenset[str], TariffRow]]] = {}
        names: dict[str, frozenset[str]] = {}
        for row in sorted(rows, key=lambda r: r.valid_from):
            these = names.get(row.agreement)
            if these is None:
                these = names[row.agreement] = frozenset(a.strip() for a in row.agreement.split("|"))
            self._rows.setdefault(row.code, []).append((these, row))
        self.lengths = sorted({len(c) for c in self._rows}, reverse=True)
        self._above = {c[:n] for c in self._rows for n in range(2, len(c))}   # codes some row refines
        self._general_codes: list[str] | None = None                              # built at first use (lines_under)

    def __len__(self) -> int:
        return sum(len(v) for v in self._rows.values())

    def dates(self) -> set[dt.date]:
        """Every date on which a row takes effect."""
        return {row.valid_from for rows in self._rows.values() for _, row in rows}

    def find(self, code: str, when: dt.date, agreement: str = "") -> TariffRow | None:
        """The row in force on `when` for the longest matching prefix of `code`."""
        for n in self.lengths:
            if n > len(code):
                continue
            found = _in_force(self._rows.get(code[:n], ()), when, agreement)
            if found is not None:
                return found
        return None

    def refines(self, code: str) -> bool:
        """Whether some row is for a longer code under `code` (a national line under a subheading)."""
        return code in self._above

    def lines_under(self, code: str, when: dt.date) -> list[TariffRow]:
        """The general rows in force on `when` for the longer codes under `code`, by code, each of the shortest
        length bundled under it (a code with no row of its own whose lines are bundled: the quote names them, so
        the caller knows which line to give)."""
        if code not in self._above:
            return []
        if self._general_codes is None:
            self._general_codes = sorted(c for c, rows in self._rows.items() if any("" in n for n, _ in rows))
        codes, i, found = self._general_codes, bisect.bisect_right(self._general_codes, code), []
        while i < len(codes) and codes[i].startswith(code):
            row = _in_force(self._rows[codes[i]], when, "")
            if row is not None:
                found.append(row)
            i += 1
        shortest = min((len(r.code) for r in found), default=0)
        return [r for r in found if len(r.code) == shortest]


def _in_force(rows, when: dt.date, agreement: str) -> TariffRow | None:
    """The last of `rows` ((agreements, row) by valid_from) for `agreement` in force on `when`, or None."""
    found = None
    for names, row in rows:
        if agreement in names and row.valid_from <= when:
            found = row
    return found


def read_schedule(path: Path) -> Schedule:
    """Every row of the file, checked: a bad code, duty or date names the file and line. A duty text is
    parsed once however many rows share it (most rows of a schedule share a handful of rates)."""
    rows: list[TariffRow] = []
    display, name = f"data/tariffs/{path.name}", path.stem
    checked: dict[str, str] = {}      # duty text as written -> as stored
    codes: dict[str, str] = {}        # code as written -> normalized (a line's agreement rows repeat its code)
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header != COLUMNS:
            raise TariffError(f"{display}:1: expected columns {','.join(COLUMNS)}, got {','.join(header or [])}")
        for n, rec in enumerate(reader, start=2):
            try:
                if len(rec) != len(COLUMNS):
                    raise ValueError(f"expected {len(COLUMNS)} fields, got {len(rec)}")
                code_text, duty_text, agreement, valid_text, ref, verified = rec
                code = codes.get(code_text)
                if code is None:
                    code = normalize(code_text) if len(code_text.replace(".", "").strip()) != 2 else code_text.strip()
                    codes[code_text] = code
                duty = checked.get(duty_text)
                if duty is None:
                    duty = duty_text.strip()
                    if duty.lower() == UNKNOWN:
                        duty = UNKNOWN
                    elif any(s.unit == "subheading" for s in parse_duty(duty_text).specifics):
                        raise ValueError(f"{duty_text!r}: an amount per subheading is for border fees only")
                    checked[duty_text] = duty
                valid_from = dt.date.fromisoformat(valid_text.strip())
            except (DutyExpressionError, ValueError) as exc:
                raise TariffError(f"{display}:{n}: {exc}") from None
            rows.append(TariffRow(name, code, duty, agreement.strip(), valid_from, ref.strip(),
                                  verified.strip().lower() in {"yes", "true", "1"}, f"{display}:{n}"))
    return Schedule(name, rows)


_lock = threading.Lock()
_cache: dict[str, Schedule] = {}


def schedule(name: str, folder: Path | None = None) -> Schedule:
    """The named schedule: from `folder`, else from $TRADECOMPLIANCE_TARIFFS when it holds `<name>.csv`
    (a full schedule a user imported), else the bundled one. A new process reads it back from the table cache
    (built_cache) when one has read the same file before: the US schedule's 37,556 rows parse in ~0.15 s."""
    import os

    if folder is None and os.environ.get("TRADECOMPLIANCE_TARIFFS"):
        user = Path(os.environ["TRADECOMPLIANCE_TARIFFS"])
        if (user / f"{name}.csv").exists():
            folder = user
    key = f"{folder or ''}:{name}"
    with _lock:
        if key not in _cache:
            path = (folder or data_dir() / "tariffs") / f"{name}.csv"
            if not path.exists():
                raise TariffError(f"tariff schedule {name!r} not found at {path}")
            _cache[key] = kept(f"tariffs-{name}", lambda: read_schedule(path), files=[path])
        return _cache[key]
