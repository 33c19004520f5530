"""US Consolidated Screening List (International Trade Administration), the bulk JSON file: {"results": [...]},
each record with source (the list: Entity List, Denied Persons List, Unverified List, Military End User List,
OFAC's lists, State's debarments ...), id, type (Individual, Entity, Vessel, Aircraft, or none for the
Commerce lists), name, alt_names, programs, addresses [{country ...}], nationalities, citizenships,
dates_of_birth, start_date. Every record becomes one entry of list US-CSL, its source among its programs,
so a hit says which list named the party."""
from __future__ import annotations

import json
import re
from pathlib import Path

from ....countries import country_code
from ..entries import EntryBuilder, ListEntry, build_entries
from . import ListFormatError
from .ofac import _date as ofac_date, _display

_KIND = {"individual": "individual", "entity": "entity", "vessel": "vessel", "aircraft": "aircraft"}
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _birth(text: str) -> str | None:
    """'1961-03-14', '1961' or OFAC's '14 Mar 1961' as YYYY[-MM[-DD]]; other spellings ('circa 1961') give none."""
    t = text.strip()
    if _ISO.match(t):
        return t
    if re.fullmatch(r"(?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4}", t):
        return ofac_date(t)
    return None


def _strings(value) -> list[str]:
    return [str(v).strip() for v in value if str(v).strip()] if isinstance(value, list) else []


def read(path, *, list_name: str = "US-CSL") -> list[ListEntry]:
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ListFormatError(f"{path}: not JSON ({exc}): expected the Consolidated Screening List's consolidated.json") from None
    records = doc.get("results") if isinstance(doc, dict) else None
    if not isinstance(records, list):
        raise ListFormatError(f"{path}: no 'results' list: expected the Consolidated Screening List's consolidated.json")
    groups: dict[str, EntryBuilder] = {}
    for n, rec in enumerate(records):
        if not isinstance(rec, dict) or not str(rec.get("name") or "").strip():
            continue
        entry_id = str(rec.get("id") or rec.get("entity_number") or f"record {n}")
        g = groups.setdefault(entry_id, EntryBuilder())
        g.kind = _KIND.get(str(rec.get("type") or "").strip().lower(), "unknown")
        g.add_name(_display(str(rec["name"]).strip(), g.kind), "primary")
        for alt in _strings(rec.get("alt_names")):
            g.add_name(_display(alt, g.kind), "aka")
        for addr in rec.get("addresses") or []:
            code = country_code(str(addr.get("country") or "").strip()) if isinstance(addr, dict) and addr.get("country") else None
            if code:
                g.countries.add(code)
        for place in _strings(rec.get("nationalities")) + _strings(rec.get("citizenships")):
            code = country_code(place)
            if code:
                g.countries.add(code)
        for dob in _strings(rec.get("dates_of_birth")):
            g.add_birth_date(_birth(dob))
        if str(rec.get("source") or "").strip():
            g.programs.add(str(rec["source"]).strip())
        g.programs.update(_strings(rec.get("programs")))
        g.listed_on = g.listed_on or (str(rec.get("start_date") or "").strip() or None)
    return build_entries(list_name, groups)
