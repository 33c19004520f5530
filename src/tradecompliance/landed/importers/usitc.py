"""US Harmonized Tariff Schedule from the USITC export (hts.usitc.gov, "Export" as JSON or CSV): records with
htsno, indent, description, units, general, special, other (the CSV names them "HTS Number", "Indent",
"Description", "Unit of Quantity", "General Rate of Duty" ...). The column 1 general rate is
written in the HTSUS notation ("16.5%", "4.4¢/kg", "$1.35/doz. + 5%", "Free") and is turned into the duty
expressions of `duty_expr`; rates that notation cannot express are reported, not guessed. The special subcolumn
("Free (AU,BH,...,SG) 5.6% (KR)") becomes the rows of the free trade agreements (`special_rows`)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..duty_expr import DutyExpressionError, parse_duty
from ..tariffs import UNKNOWN

_UNITS = {"kg": "kg", "liter": "l", "liters": "l", "l": "l", "pr.": "pair", "pr": "pair", "doz.": "dozen",
          "doz": "dozen", "no.": "unit", "each": "unit", "head": "unit", "pcs": "unit", "gross": "gross",
          "thousand": "thousand", "1000": "thousand",      # "89.6¢/1000": per thousand (0601.10.15 tulip bulbs)
          "t": "tonne",                                     # the schedule's metric ton ("$1.25/t", 2511.10.50)
          "bbl": "bbl",                                     # the 42-gallon barrel of chapter 27's oils ("84¢/bbl")
          "pf.liter": "proof l", "pf. liter": "proof l"}    # proof liter (spirits of chapter 22)
_PCT = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")
# "4.4¢/kg", "$1.35/doz.", and the per-piece form the schedule prints without a slash: "24¢ each", "$3 each"
_PER = r"\s*(?:/\s*(?P<per>.+)|(?P<each>each))$"
_CENTS = re.compile(r"^(\d+(?:\.\d+)?)\s*¢" + _PER)
_DOLLARS = re.compile(r"^\$\s*(\d+(?:\.\d+)?)" + _PER)


# "6% on the case", "14% on the strap, band or bracelet", "3.9% on the movement and case" (watches and clocks, chapter
# 91): a rate on the value of the parts the phrase names, each a term of its own
_ON_PART = re.compile(r"^(\d+(?:\.\d+)?)\s*%\s+on\s+(.+)$")
_PART_NAMES = {"case": "case", "strap, band or bracelet": "strap", "battery": "battery", "movement": "movement"}


def _parts(phrase: str, text: str) -> list[str]:
    """The parts a phrase after "on" names ("the case and strap, band or bracelet": case, strap)."""
    words = " ".join(re.sub(r"^the\s*", "", phrase.strip()).split())      # "thebattery", as printed once, too
    names = [_PART_NAMES.get(p.strip()) for p in words.split(" and ")]
    if not words or None in names:
        raise UnsupportedRate(f"cannot read the part {phrase!r} in {text!r}")
    return names


# "6.5% on the entire set" (3213.10, colours in sets): the set is what the line declares, so the rate is on the line's
# value; "1.5¢/kg on entire contents of container" (2004.90.80, 2005.51, 2005.59, 2005.99.85, vegetables packed in a
# liquid): the contents with their liquid are the line's net weight (the drained weight other lines use is not)
_ON_SET = re.compile(r"^(\d+(?:\.\d+)?)\s*%\s+on\s+the\s+entire\s+set$")
_ON_CONTENTS = re.compile(r"^(.+?/\s*kg)\s+on\s+entire\s+contents\s+of\s+container$")


class UnsupportedRate(ValueError):
    """A general rate the duty-expression notation cannot carry (e.g. "the rate for heading 2009")."""


def us_duty(text: str, htsno: str = "") -> str:
    """'2.8¢/kg + 4%' -> '0.028 USD/kg + 4%'. Raises UnsupportedRate saying which part is not understood.
    `htsno`: the line's number; vinegar (2209) is rated per proof liter of acid strength, which is not the spirits'
    proof liter the engine counts."""
    t = " ".join(text.replace("\u00a0", " ").split())
    if htsno.replace(".", "").startswith("2209") and "pf" in t.lower():
        raise UnsupportedRate(f"vinegar's proof liter in {text!r} is not the spirits' proof liter the engine counts")
    if t.lower() in {"free", "free."}:
        return "Free"
    out = []
    for part in (p.strip() for p in t.split("+")):
        m = _PCT.match(part) or _ON_SET.match(part)
        if m:
            out.append(f"{m.group(1)}%")
            continue
        m = _ON_PART.match(part)
        if m:
            out += [f"{m.group(1)}% on {name}" for name in _parts(m.group(2), text)]
            continue
        m = _ON_CONTENTS.match(part)
        part = m.group(1) if m else part
        m = _CENTS.match(part) or _DOLLARS.match(part)
        if not m:
            raise UnsupportedRate(f"cannot read {part!r} in {text!r}")
        amount = Decimal(m.group(1)) / (100 if "¢" in part else 1)
        per = (m["per"] or m["each"]).strip()
        unit = _UNITS.get(per.lower())
        if unit is None:
            raise UnsupportedRate(f"unit {per!r} in {text!r} has no quantity the engine knows")
        out.append(f"{format(amount.normalize(), 'f')} USD/{unit}")
    expr = " + ".join(out)
    try:
        parse_duty(expr)
    except DutyExpressionError as exc:
        raise UnsupportedRate(str(exc)) from None
    return expr


# The program symbols of the special subcolumn (general note 3(c)(i)) of the free trade agreements in force, by the
# name the US rule pack gives the agreement (rules/us/customs.yaml `preferences`). "+" marks a provision whose
# treatment is set out elsewhere (USMCA S+: by country in subchapter XXIII of chapter 98): such a row is `unknown`.
# The unilateral programs (GSP A, A*, A+, lapsed since 2021; AGOA D; CBERA E, E*; CBTPA R) and the product programs
# (civil aircraft C, automotive products B, pharmaceuticals K, dyes L) are no origin preference the pack claims.
FTA_PROGRAMS = {"S": "USMCA", "S+": "USMCA", "IL": "US-Israel FTA", "JO": "US-Jordan FTA", "SG": "US-Singapore FTA",
                "CL": "US-Chile FTA", "MA": "US-Morocco FTA", "AU": "US-Australia FTA", "P": "CAFTA-DR", "P+": "CAFTA-DR",
                "BH": "US-Bahrain FTA", "OM": "US-Oman FTA", "PE": "US-Peru TPA", "KR": "KORUS", "CO": "US-Colombia TPA",
                "PA": "US-Panama TPA", "JP": "US-Japan Trade Agreement"}
# "Free (A+,AU,BH) 5.6% (KR)", "See 9822.04.01-9822.04.03 (AU)": a rate, then the symbols it is for
_SPECIAL = re.compile(r"([^()]+?)\s*\(([^()]*)\)")


def special_rows(special: str, general: str, htsno: str = "") -> dict[tuple[str, ...], tuple[str, str]]:
    """The agreements' rows of one dutiable line, grouped: {(agreement, ...): (duty, why)}. An agreement the special
    subcolumn lists gets its rate, `unknown` where the rate is a reference ("See 9822.04.01") or a "+" symbol; one it
    does not list gets the line's general rate (general note 3(a)(iii): no special rate, the general one applies)."""
    found: dict[str, tuple[str, str, str]] = {}       # agreement: (duty, what the column prints or why, symbol)
    text = " ".join(special.replace("\u00a0", " ").split())
    for m in _SPECIAL.finditer(text):
        printed = m.group(1).strip()
        for symbol in (s.strip() for s in m.group(2).split(",")):
            name = FTA_PROGRAMS.get(symbol.rstrip("*"))
            if name is None or name in found:
                continue
            if printed.lower().startswith("see "):    # "See 9822.04.01-9822.04.03": the rate is in chapter 98 or 99
                found[name] = (UNKNOWN, f"{printed}, where the rate is", symbol)
                continue
            if symbol.endswith(("+", "*")):
                found[name] = (UNKNOWN, f"{printed}: the treatment is set out by provision or by country, not in this column", symbol)
                continue
            try:
                found[name] = (us_duty(printed, htsno), printed, symbol)
            except UnsupportedRate as exc:
                found[name] = (UNKNOWN, f"{printed}: {exc}", symbol)
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for name in dict.fromkeys(FTA_PROGRAMS.values()):
        duty, why, symbol = found.get(name, (general, "", ""))
        grouped.setdefault((duty, why), []).append((name, symbol))
    out = {}
    for (duty, why), members in grouped.items():
        symbols = ",".join(sorted({s for _, s in members if s}))
        out[tuple(sorted(n for n, _ in members))] = (
            duty, f"{why} ({symbols})" if symbols else "not listed in the special subcolumn: the general rate applies")
    return out


@dataclass
class HtsImport:
    tariff_rows: list[dict] = field(default_factory=list)  # columns of data/tariffs/*.csv
    national_lines: list[dict] = field(default_factory=list)  # columns of data/hs_codes/*.csv
    skipped: list[str] = field(default_factory=list)  # "htsno: reason"

    def write(self, out: str | Path) -> None:
        """`out/tariffs/us.csv` and `out/hs_codes/us.csv`, each written atomically."""
        import pandas as pd

        from ...tableio import write_table
        from ..tariffs import COLUMNS

        for sub, cols, rows in (("tariffs", COLUMNS, self.tariff_rows),
                                ("hs_codes", ["code", "description", "unit"], self.national_lines)):
            folder = Path(out) / sub
            folder.mkdir(parents=True, exist_ok=True)
            write_table(pd.DataFrame(rows, columns=cols), folder / "us.csv")


# the CSV export's column names for the JSON export's keys
_CSV_COLUMNS = {"HTS Number": "htsno", "Indent": "indent", "Description": "description", "Unit of Quantity": "units",
                "General Rate of Duty": "general", "Special Rate of Duty": "special", "Column 2 Rate of Duty": "other"}


def read_hts(path: str | Path, *, valid_from: str, edition: str) -> HtsImport:
    """Rates and lines of an HTS export, JSON or CSV (told apart by the file's first character)."""
    with open(path, encoding="utf-8-sig") as fh:
        first = fh.read(1)
    return (read_hts_json if first in "[{" else read_hts_csv)(path, valid_from=valid_from, edition=edition)


def read_hts_json(path: str | Path, *, valid_from: str, edition: str) -> HtsImport:
    """Rates (column 1 general) and 10-digit statistical lines of an HTS JSON export."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc}): expected the USITC JSON export") from None
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected the USITC JSON export (a list of records with htsno, indent, description)")
    return _read_records(path, records, valid_from, edition)


def read_hts_csv(path: str | Path, *, valid_from: str, edition: str) -> HtsImport:
    """The same from the CSV export, whose "Unit of Quantity" cells hold a JSON list (["doz.","kg"])."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("HTS Number", "Indent", "Description") if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: not a USITC HTS CSV export (no column {', '.join(missing)})")
        records = []
        for row in reader:
            rec = {key: row.get(col) or "" for col, key in _CSV_COLUMNS.items()}
            units = rec["units"].strip()
            try:
                rec["units"] = json.loads(units) if units.startswith("[") else [u for u in units.split(",") if u]
            except json.JSONDecodeError:
                raise ValueError(f"{path}: line {reader.line_num}: unit of quantity {units!r} is not a list") from None
            records.append(rec)
    return _read_records(path, records, valid_from, edition)


# the textile category number a line of chapters 50-63 (and of textile luggage, bedding ...) ends with ("Women's
# (636)"): a statistical annotation of the former quota system, not words of the goods; left in, "636" would be
# one of the line's own words
_TEXTILE_CATEGORY = re.compile(r"\s*\(\d{3}\)(?=:?$)")


def _read_records(path, records: list, valid_from: str, edition: str) -> HtsImport:
    result = HtsImport()
    ancestors: list[str] = []  # descriptions by indent level, for "Other" lines
    for n, rec in enumerate(records):
        if not isinstance(rec, dict) or "htsno" not in rec or "description" not in rec:
            raise ValueError(f"{path}: record {n} has no htsno/description: {str(rec)[:80]}")
        indent = int(rec.get("indent") or 0)
        description = _TEXTILE_CATEGORY.sub("", " ".join(str(rec["description"]).split()))
        del ancestors[indent:]
        ancestors.extend([""] * (indent - len(ancestors)))   # a level the export leaves out stays a level
        ancestors.append(description)
        digits = re.sub(r"\D", "", str(rec["htsno"] or ""))
        if len(digits) < 6:
            continue
        general = str(rec.get("general") or "").strip()
        if general:
            cite = f"HTSUS {edition} {rec['htsno']}"
            try:
                duty = us_duty(general, rec["htsno"])
            except UnsupportedRate as exc:
                result.skipped.append(f"{rec['htsno']}: {exc}")
                duty = UNKNOWN
            else:
                result.tariff_rows.append({"code": digits, "duty": duty, "agreement": "", "valid_from": valid_from,
                                           "ref": f"{cite} column 1 general", "verified": "yes"})
            if duty != "Free":
                for agreements, (pref, why) in special_rows(str(rec.get("special") or ""), duty, rec["htsno"]).items():
                    result.tariff_rows.append({"code": digits, "duty": pref, "agreement": "|".join(agreements),
                                               "valid_from": valid_from, "ref": f"{cite} special: {why}", "verified": "yes"})
        if len(digits) == 10:
            # the whole path from the heading down: the levels every line of a subheading shares tell the chooser
            # (classification.national) which words say nothing of one line ("Imitation jewelry")
            context = " > ".join(a for a in ancestors if a)
            result.national_lines.append({"code": digits, "description": context,
                                          "unit": ",".join(str(u).strip() for u in rec.get("units") or [])})
    return result
