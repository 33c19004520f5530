"""Denied-party screening of a whole table of names (a customer base, a day's buyers): distinct
(name, country, date of birth) triples are found with pandas and each is matched once with the same
`PartyMatcher.match` the one-order path uses, so a name that recurs a million times costs one match and
every row gets exactly the answer `screen` gives that party."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .lists import PartyLists, load_lists
from ...tableio import missing

OUT_COLUMNS = ["status", "error", "decision", "score", "list", "entry_id", "listed_name", "alias", "programs", "reasons"]


def _dob(value) -> dt.date | None:
    if missing(value) or str(value).strip() in ("", "nan", "NaT"):
        return None
    return dt.date.fromisoformat(str(value).strip()[:10])


def screen_names_frame(df: pd.DataFrame, lists: PartyLists | None = None, *, name: str = "name",
                       country: str = "country", date_of_birth: str = "date_of_birth") -> pd.DataFrame:
    """Every input row, in order, with the party decision (clear, flag, block), the best hit and why.
    A row whose name is missing or whose date of birth cannot be read gets status=error and a message."""
    lists = lists or load_lists()
    if name not in df.columns:
        raise KeyError(f"the table has no {name!r} column (columns: {', '.join(map(str, df.columns))})")
    n = len(df)
    cols = {c: (df[c].astype("string").fillna("").str.strip() if c in df.columns else pd.Series([""] * n, index=df.index, dtype="string"))
            for c in (name, country, date_of_birth)}
    cols[country] = cols[country].str.upper()
    keys = pd.MultiIndex.from_arrays([cols[name], cols[country], cols[date_of_birth]])
    codes, uniques = pd.factorize(keys)
    results = []
    maybe = lists.matcher.could_match([nm for nm, _, _ in uniques])      # names no alias could meet skip `match`
    for (nm, cc, dob), could in zip(uniques, maybe.tolist()):
        if not nm:
            results.append(("error", "no name to screen", "", None, "", "", "", "", "", ""))
            continue
        try:
            birth = _dob(dob)
        except ValueError:
            results.append(("error", f"date_of_birth {dob!r} is not a date (YYYY-MM-DD)", "", None, "", "", "", "", "", ""))
            continue
        hits = lists.matcher.match(nm, cc or None, birth) if could else []
        decision = lists.matcher.decision(hits)
        if not hits:
            results.append(("ok", "", decision, None, "", "", "", "", "", ""))
            continue
        h = hits[0]
        results.append(("ok", "", decision, h.score, h.list, h.entry_id, h.name, h.alias, ", ".join(h.programs), "; ".join(h.reasons)))
    table = pd.DataFrame(results, columns=OUT_COLUMNS)
    out = table.iloc[codes].reset_index(drop=True)
    out.index = df.index
    keep = [c for c in df.columns if c not in OUT_COLUMNS]
    return pd.concat([df[keep], out], axis=1)
