"""OFAC legacy CSV release (SDN: sdn.csv, alt.csv, add.csv; Consolidated: cons_prim/alt/add.csv).
No header row; "-0-" is null. Individuals are written "LAST, First"; dates of birth and nationality sit
in the Remarks column ("DOB 10 Jun 1954; nationality Iran")."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ....countries import country_code
from ..entries import Alias, ListEntry
from . import ListFormatError

_NULL = "-0-"
_DOB = re.compile(r"DOB (?:circa )?((?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4})")
_NATIONALITY = re.compile(r"(?:nationality|citizen) ([A-Za-z ,']+?)(?:;|\.|$)")
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}


def _val(s: str) -> str:
    s = (s or "").strip()
    return "" if s == _NULL else s


def _rows(path: Path, width: int) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8", errors="replace") as fh:
        rows = [r for r in csv.reader(fh) if r and r[0].strip() and r[0].strip() != "\x1a"]
    for n, r in enumerate(rows, start=1):
        if len(r) < width or not r[0].strip().isdigit():
            raise ListFormatError(f"{path}: row {n} is not an OFAC legacy CSV row ({width} columns starting with ent_num): {r[:3]}")
    return rows


def _display(name: str, kind: str) -> str:
    if kind == "individual" and ", " in name:
        last, first = name.split(", ", 1)
        return f"{first} {last}"
    return name


def _date(text: str) -> str:
    parts = text.split()
    if len(parts) == 3:
        return f"{parts[2]}-{_MONTHS.get(parts[1], 0):02d}-{int(parts[0]):02d}"
    if len(parts) == 2:
        return f"{parts[1]}-{_MONTHS.get(parts[0], 0):02d}"
    return parts[0]


def read(primary, alt=None, add=None, *, list_name: str | None = None) -> list[ListEntry]:
    primary = Path(primary)
    name = list_name or ("OFAC-CONS" if "cons" in primary.name.lower() else "OFAC-SDN")
    aliases: dict[str, list[Alias]] = {}
    countries: dict[str, set[str]] = {}
    if alt:
        for r in _rows(Path(alt), 4):
            if _val(r[3]):
                aliases.setdefault(r[0].strip(), []).append(Alias(_val(r[3]), _val(r[2]).lower().strip(". ") or "aka"))
    if add:
        for r in _rows(Path(add), 5):
            code = country_code(_val(r[4]))
            if code:
                countries.setdefault(r[0].strip(), set()).add(code)
    out = []
    for r in _rows(primary, 12):
        ent, sdn_name, sdn_type, program, remarks = r[0].strip(), _val(r[1]), _val(r[2]).lower(), _val(r[3]), _val(r[11])
        kind = sdn_type if sdn_type in ("individual", "vessel", "aircraft") else "entity"
        names = [Alias(_display(sdn_name, kind))] + [Alias(_display(a.name, kind), a.kind) for a in aliases.get(ent, [])]
        cc = set(countries.get(ent, ()))
        for m in _NATIONALITY.finditer(remarks):
            code = country_code(m.group(1))
            if code:
                cc.add(code)
        dobs = tuple(_date(m.group(1)) for m in _DOB.finditer(remarks))
        programs = tuple(p.strip("[] ") for p in re.split(r"\] ?\[", program) if p.strip("[] "))
        out.append(ListEntry(name, ent, kind, tuple(names), frozenset(cc), dobs, programs, None, remarks))
    return out
