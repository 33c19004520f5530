"""UK consolidated list CSV in the OFSI layout: a "Last Updated" line, then one row per name with
Name 6 (surname or entity name), Name 1-5, Group ID, Group Type, Alias Type, Alias Quality, DOB
(dd/mm/yyyy, 00 for unknown parts), Country, Nationality, Regime, Listed On. The OFSI Consolidated List
was retired on 28 January 2026 in favour of the FCDO's UK Sanctions List; files in this layout (including
archived ones) still load."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ....countries import country_code
from ..entries import EntryBuilder, ListEntry, build_entries
from . import ListFormatError

REQUIRED = ("Name 6", "Group ID")
_KIND = {"individual": "individual", "entity": "entity", "ship": "vessel"}


def _dob(text: str) -> str | None:
    parts = text.strip().split("/")
    if len(parts) != 3 or not parts[2].isdigit() or parts[2] == "0000":
        return None
    d, m, y = parts
    if m in ("00", "0", ""):
        return y
    return f"{y}-{int(m):02d}" if d in ("00", "0", "") else f"{y}-{int(m):02d}-{int(d):02d}"


def read(path, *, list_name: str = "UK") -> list[ListEntry]:
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines[:5]) if line.startswith("Name 6")), None)
    if start is None:
        raise ListFormatError(f"{path}: no header row starting with 'Name 6' in the first 5 lines (OFSI layout)")
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ListFormatError(f"{path}: missing column(s) {', '.join(missing)}")
    groups: dict[str, EntryBuilder] = {}
    for row in reader:
        gid = (row.get("Group ID") or "").strip()
        if not gid:
            continue
        g = groups.setdefault(gid, EntryBuilder())
        parts = [(row.get(f"Name {i}") or "").strip() for i in (1, 2, 3, 4, 5)] + [(row.get("Name 6") or "").strip()]
        alias_type = (row.get("Alias Type") or "").strip().lower()
        kind = "primary" if alias_type.startswith("primary name") and not g.names else ("variation" if "variation" in alias_type else "aka")
        g.add_name(" ".join(p for p in parts if p), kind, (row.get("Alias Quality") or "").strip().lower() == "low")
        for col in ("Country", "Nationality", "Country of Birth"):
            for piece in (row.get(col) or "").replace("(1)", "").replace("(2)", "").split(")"):
                code = country_code(piece.strip(" (")) if piece.strip(" (") else None
                if code:
                    g.countries.add(code)
        g.add_birth_date(_dob(row.get("DOB") or ""))
        if (row.get("Regime") or "").strip():
            g.programs.add(row["Regime"].strip())
        g.kind = _KIND.get((row.get("Group Type") or "").strip().lower(), g.kind)
        g.listed_on = g.listed_on or (row.get("Listed On") or "").strip() or None
    return build_entries(list_name, groups)
