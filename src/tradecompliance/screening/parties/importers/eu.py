"""EU Financial Sanctions Files (FSF), consolidated list CSV: semicolon-separated, one row per name,
address, birth date or citizenship record, grouped by Entity_LogicalId."""
from __future__ import annotations

import csv
from pathlib import Path

from ..entries import EntryBuilder, ListEntry, build_entries
from . import ListFormatError

REQUIRED = ("Entity_LogicalId", "NameAlias_WholeName")
_KIND = {"person": "individual", "enterprise": "entity", "vessel": "vessel"}


def read(path, *, list_name: str = "EU-FSF") -> list[ListEntry]:
    path = Path(path)
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ListFormatError(f"{path}: not an EU FSF CSV file: missing column(s) {', '.join(missing)}")
        groups: dict[str, EntryBuilder] = {}
        for row in reader:
            lid = (row.get("Entity_LogicalId") or "").strip()
            if not lid:
                continue
            g = groups.setdefault(lid, EntryBuilder())
            weak = (row.get("NameAlias_NameLanguage") or "") == "" and (row.get("NameAlias_Strong") or "").lower() == "false"
            g.add_name((row.get("NameAlias_WholeName") or "").strip(), "primary" if not g.names else "aka", weak)
            for col in ("Address_CountryIso2Code", "Citizenship_CountryIso2Code", "BirthDate_CountryIso2Code"):
                code = (row.get(col) or "").strip().upper()
                if len(code) == 2 and code != "00":
                    g.countries.add(code)
            g.add_birth_date((row.get("BirthDate_BirthDate") or "").strip() or (row.get("BirthDate_Year") or "").strip())
            prog = (row.get("Entity_Regulation_Programme") or "").strip()
            if prog:
                g.programs.add(prog)
            kind = (row.get("Entity_SubjectType_ClassificationCode") or row.get("Entity_SubjectType") or "").strip().lower()
            if kind:
                g.kind = _KIND.get(kind, kind)
            g.listed_on = g.listed_on or (row.get("Entity_Regulation_PublicationDate") or "").strip() or None
    return build_entries(list_name, groups)
