"""One batch pipeline over a table of order lines: classify (rows without an HS code) -> quote -> screen.
A pure function of the table: every row back, in order, with the columns of each step, row for row what
the one-order functions give. `run_arrow` is the same function on Arrow tables, for Dask and Spark."""
from __future__ import annotations

from ..classification import Classifier, classifier as default_classifier
from ..landed.table import OUT_COLUMNS as QUOTE_COLUMNS, quote_frame
from ..packs.loader import RuleSet, load_rules
from ..tableio import as_text
from ..screening.table import OUT_COLUMNS as SCREEN_COLUMNS, screen_frame

STEPS = ("classify", "quote", "screen")
CLASSIFY_COLUMNS = ["hs_source", "hs_confidence"]
SCREEN_ONLY = [c for c in SCREEN_COLUMNS if c not in ("status", "error")]


def output_columns(input_columns: list[str], steps=STEPS) -> list[str]:
    cols = list(input_columns) + (["hs_code"] if "hs_code" not in input_columns else [])
    cols += CLASSIFY_COLUMNS if "classify" in steps else []
    cols += [c for c in QUOTE_COLUMNS if c not in cols] if "quote" in steps else ["status", "error"]
    cols += SCREEN_ONLY if "screen" in steps else []
    return cols


def _classify_missing(df, clf: Classifier):
    """Fill empty hs_code cells where the classifier is confident; say where each code came from. Each
    distinct listing is classified once (classify_frame). The code is the destination's national line where
    the listing, the team's history or the tariff decides it (national.SURE_BASES: a PU handbag to the EU is
    4202 22 10, whose duty differs from the textile line's), else the HS subheading."""
    import numpy as np

    from ..classification.national import SURE_BASES
    from ..classification.table import classify_frame

    if "hs_code" not in df.columns:
        df["hs_code"] = ""
    codes = df["hs_code"].to_numpy(dtype=object).copy()
    source = np.full(len(df), "given", dtype=object)
    confidence = np.full(len(df), "", dtype=object)
    missing = np.flatnonzero(codes == "")
    if len(missing):
        cols = [c for c in ("description", "category", "attributes", "destination_country") if c in df.columns]
        got = classify_frame(df.iloc[missing][cols].reset_index(drop=True), clf)
        status = got["status"].to_numpy(dtype=object)
        classified = status == "classified"
        national = got["national_code"].to_numpy(dtype=object)
        sure = np.isin(got["national_basis"].to_numpy(dtype=object), list(SURE_BASES)) & (national != "")
        codes[missing[classified]] = np.where(sure, national, got["hs6"].to_numpy(dtype=object))[classified]
        source[missing] = np.where(classified, "classifier", "needs_review")
        failed = status == "error"
        source[missing[failed]] = ["error: " + e.split(": ", 1)[-1].splitlines()[0] for e in got["error"].to_numpy(dtype=object)[failed]]
        has_top = (got["hs6"].to_numpy(dtype=object) != "") & ~failed
        confidence[missing[has_top]] = [f"{c:.4f}" for c in got["confidence"].to_numpy()[has_top]]
    df["hs_code"], df["hs_source"], df["hs_confidence"] = codes, source, confidence
    return df


def run_frame(df, *, rules: RuleSet | None = None, lists=None, classifier: Classifier | None = None, steps=STEPS):
    """DataFrame of order lines (string cells) in; the same rows, in order, with each step's columns out.
    `status` is `error` when a line cannot be read, else the quote's status; `error` joins every message."""
    rules = rules or load_rules()
    df = as_text(df.reset_index(drop=True))
    cols = output_columns(list(df.columns), steps)
    if "classify" in steps:
        df = _classify_missing(df.copy(), classifier or default_classifier())
    out = df
    if "quote" in steps:
        out = quote_frame(df, rules)
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

    frame = run_frame(table.to_pandas(), rules=rules, lists=lists, classifier=classifier, steps=steps)
    return pa.Table.from_pandas(frame, preserve_index=False)
