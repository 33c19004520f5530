"""One batch pipeline over a table of order lines: classify (rows without an HS code) -> quote -> screen.
A pure function of the table: every row back, in order, with the columns of each step, row for row what
the one-order functions give. `run_arrow` is the same function on Arrow tables, for Dask and Spark."""
from __future__ import annotations

from ..classification import Classifier, classifier as default_classifier
from ..landed.table import EXPLAIN_COLUMNS, OUT_COLUMNS as QUOTE_COLUMNS, quote_frame
from ..packs.loader import RuleSet, load_rules
from ..gcpause import collection_paused
from ..tableio import as_text
from ..screening.table import OUT_COLUMNS as SCREEN_COLUMNS, screen_frame

STEPS = ("classify", "quote", "screen")
CLASSIFY_COLUMNS = ["hs_source", "hs_confidence"]
SCREEN_ONLY = [c for c in SCREEN_COLUMNS if c not in ("status", "error")]


def output_columns(input_columns: list[str], steps=STEPS, explain: bool = False) -> list[str]:
    cols = list(input_columns) + (["hs_code"] if "hs_code" not in input_columns else [])
    cols += CLASSIFY_COLUMNS if "classify" in steps else []
    cols += [c for c in QUOTE_COLUMNS + (EXPLAIN_COLUMNS if explain else []) if c not in cols] if "quote" in steps else ["status", "error"]
    cols += SCREEN_ONLY if "screen" in steps else []
    return cols


def _classify_missing(df, clf: Classifier, rules: RuleSet):
    """Fill empty hs_code cells where the classifier is confident; say where each code came from. Each
    distinct listing is classified once (classify_frame). The code is the destination's national line where
    the listing, the team's history or the tariff decides it (national.quotable_code: a PU handbag to the EU is
    4202 22 10, whose duty differs from the textile line's), its US eight-digit rate line where the listing decides
    only that (organic or not), else the HS subheading. A given subheading the
    tariff cannot rate is completed the same way (`_complete_subheadings`)."""
    import numpy as np

    from ..classification.national import quotable_code
    from ..classification.table import classify_frame

    if "hs_code" not in df.columns:
        df["hs_code"] = ""
    codes = df["hs_code"].to_numpy(dtype=object).copy()
    source = np.full(len(df), "given", dtype=object)
    confidence = np.full(len(df), "", dtype=object)
    missing = np.flatnonzero(codes == "")
    if len(missing):
        cols = [c for c in ("description", "category", "attributes", "destination_country", "unit_value", "currency") if c in df.columns]
        # the line's unit value chooses among national lines split by value (footwear "Valued over $12/pair")
        got = classify_frame(df.iloc[missing][cols].rename(columns={"unit_value": "value"}).reset_index(drop=True), clf)
        status = got["status"].to_numpy(dtype=object)
        classified = status == "classified"
        quotable = [quotable_code(code, basis) or hs6 for code, basis, hs6 in
                    zip(got["national_code"].to_numpy(dtype=object), got["national_basis"].to_numpy(dtype=object),
                        got["hs6"].to_numpy(dtype=object))]
        codes[missing[classified]] = np.array(quotable, dtype=object)[classified]
        source[missing] = np.where(classified, "classifier", "needs_review")
        failed = status == "error"
        source[missing[failed]] = ["error: " + e.split(": ", 1)[-1].splitlines()[0] for e in got["error"].to_numpy(dtype=object)[failed]]
        has_top = (got["hs6"].to_numpy(dtype=object) != "") & ~failed
        confidence[missing[has_top]] = [f"{c:.4f}" for c in got["confidence"].to_numpy()[has_top]]
    _complete_subheadings(df, clf, rules, codes, source)
    df["hs_code"], df["hs_source"], df["hs_confidence"] = codes, source, confidence
    return df


def _complete_subheadings(df, clf: Classifier, rules: RuleSet, codes, source) -> None:
    """A given six-digit code the destination's tariff cannot rate (its national lines differ in rate: CN 4202 22
    10 at 9.7%, 4202 22 90 at 3.7%) takes the line the listing decides (`Classifier.national_line`, basis listing,
    history or only) when the tariff rates that line; `hs_source` says so and why. Codes the tariff rates as given
    are left alone, as are rows whose listing decides no line: those stay `rate_unknown` naming the lines."""
    import datetime as dt

    import numpy as np
    import pandas as pd

    from ..classification.national import quotable_code
    from ..hs.codes import SEPARATORS
    from ..landed.quote import rated, tariff_schedule

    if "description" not in df.columns or "destination_country" not in df.columns or "date" not in df.columns:
        return
    # the rows worth a look, over distinct values: a given code of six digits (separators aside) to a destination
    # whose tariff has rows for lines under it (`Schedule.refines`); few rows of a file pass
    code_ix, code_values = pd.factorize(pd.Series(codes, dtype=object))
    six = [SEPARATORS.sub("", str(c)) for c in code_values]
    six = np.array([c if len(c) == 6 and c.isdigit() else "" for c in six] + [""], dtype=object)
    dest_ix, dest_values = pd.factorize(df["destination_country"])
    dest_values = [str(d).strip().upper() for d in dest_values]
    scheds = [tariff_schedule(rules, d) for d in dest_values] + [None]
    pairs = {(d, c) for d, sched in enumerate(scheds) if sched is not None for c, code in enumerate(six) if code and sched.refines(code)}
    if not pairs:
        return
    pair = dest_ix.astype(np.int64) * len(six) + code_ix
    rows = np.flatnonzero(np.isin(pair, [d * len(six) + c for d, c in pairs]) & (source == "given"))
    col = lambda name: df[name].to_numpy(dtype=object) if name in df.columns else np.full(len(df), "", dtype=object)  # noqa: E731
    descriptions, categories, attributes, dates = col("description"), col("category"), col("attributes"), col("date")
    lines: dict = {}
    for i in rows:
        sched, code = scheds[dest_ix[i]], six[code_ix[i]]
        try:
            when = dt.date.fromisoformat(dates[i].strip())
        except ValueError:
            continue                    # the quote reports the bad date
        if not descriptions[i].strip() or rated(sched, code, when):
            continue                    # the tariff rates the code as given
        dest = dest_values[dest_ix[i]]
        listing = (code, descriptions[i], categories[i], attributes[i], dest)
        if listing not in lines:
            try:
                lines[listing] = clf.national_line(code, listing[1], category=listing[2] or None,
                                                   attributes=listing[3] or None, destination=dest)
            except ValueError:          # unreadable attributes: the row keeps its code (the quote reads it alone)
                lines[listing] = (None, "", "")
        line, why, basis = lines[listing]
        line = quotable_code(line, basis)
        if line and rated(sched, line, when):
            codes[i], source[i] = line, f"given; national line from the listing: {why}"


def run_frame(df, *, rules: RuleSet | None = None, lists=None, classifier: Classifier | None = None, steps=STEPS,
              explain: bool = False):
    """DataFrame of order lines (string cells) in; the same rows, in order, with each step's columns out.
    `status` is `error` when a line cannot be read, else the quote's status; `error` joins every message.
    `explain`: the quote's EXPLAIN_COLUMNS too (charges and decisions with their legal sources)."""
    with collection_paused():
        return _run_frame(df, rules or load_rules(), lists, classifier, steps, explain)


def _run_frame(df, rules: RuleSet, lists, classifier: Classifier | None, steps, explain: bool):
    df = as_text(df.reset_index(drop=True))
    cols = output_columns(list(df.columns), steps, explain)
    if "classify" in steps:
        df = _classify_missing(df.copy(), classifier or default_classifier(), rules)
    out = df
    if "quote" in steps:
        out = quote_frame(df, rules, explain=explain)
    if "screen" in steps:
        screened = screen_frame(df, rules, lists)
        if "quote" in steps:
            for c in SCREEN_ONLY:
                out[c] = screened[c]
            bad = screened["status"] == "error"
            both = bad & (out["status"] == "error")
            out.loc[bad & ~both, "error"] = screened.loc[bad & ~both, "error"]
            out.loc[bad, "status"] = "error"
        else:
            out = screened
    for c in cols:
        if c not in out.columns:
            out[c] = ""
    return out[cols].astype(str)


def run_arrow(table, *, rules: RuleSet | None = None, lists=None, classifier: Classifier | None = None, steps=STEPS):
    """`run_frame` on an Arrow table: string columns in and out, for map_partitions / mapInArrow."""
    import pyarrow as pa

    with collection_paused():
        frame = run_frame(table.to_pandas(), rules=rules, lists=lists, classifier=classifier, steps=steps)
        return pa.Table.from_pandas(frame, preserve_index=False)
