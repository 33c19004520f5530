"""EU Combined Nomenclature lines (8 digits) from the goods nomenclature file the Commission publishes with
each TARIC edition ("Nomenclature EN.xlsx", or the same saved as CSV): columns Goods code ("6109100000 80":
ten digits and the product-line suffix, 80 for a line, 10-70 for a heading text with no code of its own),
Start date, End date, Hier. Pos. (2, 4, 6, 8 or 10 digits), Indent (one dash per level below the heading)
and Description. Every CN subheading valid on the date asked that is not divided further at 8 digits
becomes a row of `hs_codes/eu.csv`; its description is read with the texts above it below the heading (up
to three levels), since a line such as "Other" only means something under them."""
from __future__ import annotations

import re
from pathlib import Path

from ...hs.nomenclature import nomenclature
from .taric import _cell, _date, _table

REQUIRED = ("Goods code", "Start date", "End date", "Hier. Pos.", "Indent", "Description")
_GOODS_CODE = re.compile(r"(\d{10})\s*(\d{2})?")
LINE_SUFFIX = "80"


def read_cn_nomenclature(path: str | Path, *, on: str) -> tuple[list[dict], list[str]]:
    """The 8-digit CN lines valid on `on` (ISO date), as rows of `hs_codes/eu.csv` (code, description,
    unit) in code order; and the lines left out, with why (the CN's own chapters 98 and 99 have no HS
    subheading)."""
    path = Path(path)
    df = _table(path, REQUIRED, "TARIC goods nomenclature table")
    entries = []   # (code, suffix, digits, level, description)
    for n, row in enumerate(df.to_dict("records"), start=2):
        m = _GOODS_CODE.fullmatch(_cell(row["Goods code"]))
        if not m:
            raise ValueError(f"{path}:{n}: Goods code {_cell(row['Goods code'])!r} is not ten digits and a suffix")
        try:
            start = _date(row["Start date"])
            end = _date(row["End date"]) if _cell(row["End date"]) else None
            digits = int(float(_cell(row["Hier. Pos."])))
        except ValueError as exc:
            raise ValueError(f"{path}:{n}: {exc}") from None
        if start > on or (end is not None and end < on) or digits < 4:
            continue
        level = 0 if digits == 4 else _cell(row["Indent"]).count("-")
        text = " ".join(_cell(row["Description"]).replace("|", " ").split())   # the file marks fixed spaces with '|'
        entries.append((m.group(1), m.group(2) or LINE_SUFFIX, digits, level, text))
    entries.sort(key=lambda e: (e[0], e[1]))
    lines = [i for i, e in enumerate(entries) if e[1] == LINE_SUFFIX and e[2] <= 8]
    leaf = set()
    for k, i in enumerate(lines):        # a line is divided at 8 digits when the next line lies under it
        code, digits = entries[i][0], entries[i][2]
        nxt = entries[lines[k + 1]][0] if k + 1 < len(lines) else ""
        if not (nxt[:digits] == code[:digits] and nxt[:8] != code[:8]):
            leaf.add(i)
    out, skipped, above = [], [], []     # texts of the heading and the levels above the current entry
    for i, (code, _suffix, _digits, level, text) in enumerate(entries):
        del above[level:]
        above += [""] * (level - len(above))
        above.append(text)
        if i in leaf and not nomenclature.is_subheading(code[:6]):
            skipped.append(f"{code[:8]}: not under an HS 2022 subheading")
        elif i in leaf:
            below = [t for t in above[1:] if t] or above[:1]     # the heading's text is the candidate's own
            out.append({"code": code[:8], "description": " > ".join(below[-3:]), "unit": ""})
    return out, skipped


def write_cn_lines(rows: list[dict], out: str | Path) -> Path:
    """`out/hs_codes/eu.csv`, written atomically."""
    import pandas as pd

    from ...tableio import write_table

    folder = Path(out) / "hs_codes"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "eu.csv"
    write_table(pd.DataFrame(rows, columns=["code", "description", "unit"]), target)
    return target
