"""UK sanctions list CSV, in either of its two official layouts, told apart by the header row:

- the FCDO's UK Sanctions List (the one official UK list since 28 January 2026): a "Report Date:" line, then
  a header starting "Last Updated,Unique ID" and one row per name and per address, with Name 6 (surname or
  entity name), Name 1-5, Name type (Primary Name, Primary Name Variation, Alias), Alias strength, Regime Name,
  Designation Type (Individual, Entity, Ship), Date Designated, Address Country, D.O.B, Nationality(/ies),
  Country of birth;
- the OFSI Consolidated List (retired that day; archived files still load): a "Last Updated" line, then a
  header starting "Name 6" with Group ID, Group Type, Alias Type, Alias Quality, DOB, Country, Nationality,
  Regime, Listed On.
Dates of birth are dd/mm/yyyy with 00 for an unknown day or month."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ....countries import country_code
from ..entries import EntryBuilder, ListEntry, build_entries
from . import ListFormatError

_KIND = {"individual": "individual", "entity": "entity", "ship": "vessel"}


@dataclass(frozen=True)
class _Layout:
    """Which column holds what in one layout."""

    name: str
    header_start: str
    entry_id: str
    kind: str
    name_type: str
    alias_quality: str
    dob: str
    countries: tuple[str, ...]
    regime: str
    listed_on: str


UKSL = _Layout("UK Sanctions List (FCDO)", "Last Updated,Unique ID", "Unique ID", "Designation Type", "Name type",
               "Alias strength", "D.O.B", ("Address Country", "Nationality(/ies)", "Country of birth"), "Regime Name",
               "Date Designated")
OFSI = _Layout("OFSI Consolidated List", "Name 6", "Group ID", "Group Type", "Alias Type", "Alias Quality", "DOB",
               ("Country", "Nationality", "Country of Birth"), "Regime", "Listed On")


def _dob(text: str) -> str | None:
    parts = text.strip().split("/")
    if len(parts) != 3 or not parts[2].isdigit() or parts[2] == "0000":
        return None
    d, m, y = parts
    if m in ("00", "0", ""):
        return y
    return f"{y}-{int(m):02d}" if d in ("00", "0", "") else f"{y}-{int(m):02d}-{int(d):02d}"


def _layout(path: Path, lines: list[str]) -> tuple[_Layout, int]:
    for i, line in enumerate(lines[:5]):
        for layout in (UKSL, OFSI):
            if line.lstrip("\ufeff").startswith(layout.header_start):
                return layout, i
    raise ListFormatError(f"{path}: no header row in the first 5 lines: expected the UK Sanctions List's "
                          f"('Last Updated,Unique ID,...') or the OFSI Consolidated List's ('Name 6,...')")


def read(path, *, list_name: str = "UK") -> list[ListEntry]:
    path = Path(path)
    lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    layout, start = _layout(path, lines)
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])))
    missing = [c for c in ("Name 6", layout.entry_id, layout.name_type) if c not in (reader.fieldnames or [])]
    if missing:
        raise ListFormatError(f"{path}: missing column(s) {', '.join(missing)} of the {layout.name} layout")
    groups: dict[str, EntryBuilder] = {}
    for row in reader:
        gid = (row.get(layout.entry_id) or "").strip()
        if not gid:
            continue
        g = groups.setdefault(gid, EntryBuilder())
        parts = [(row.get(f"Name {i}") or "").strip() for i in (1, 2, 3, 4, 5)] + [(row.get("Name 6") or "").strip()]
        name_type = (row.get(layout.name_type) or "").strip().lower()
        kind = "primary" if name_type.startswith("primary name") and not g.names else ("variation" if "variation" in name_type else "aka")
        g.add_name(" ".join(p for p in parts if p), kind, (row.get(layout.alias_quality) or "").strip().lower().startswith(("low", "weak")))
        for col in layout.countries:
            for piece in (row.get(col) or "").replace("(1)", "").replace("(2)", "").split(")"):
                code = country_code(piece.strip(" (")) if piece.strip(" (") else None
                if code:
                    g.countries.add(code)
        g.add_birth_date(_dob(row.get(layout.dob) or ""))
        if (row.get(layout.regime) or "").strip():
            g.programs.add(row[layout.regime].strip())
        g.kind = _KIND.get((row.get(layout.kind) or "").strip().lower(), g.kind)
        g.listed_on = g.listed_on or (row.get(layout.listed_on) or "").strip() or None
    return build_entries(list_name, groups)
