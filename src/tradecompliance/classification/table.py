"""Batch classification over a table: every input row comes back, in order, with its status."""
from __future__ import annotations

import json

from .engine import Classifier, classifier

OUTPUT_COLUMNS = ["hs6", "national_code", "confidence", "status", "candidates", "explanation", "error"]


def classify_frame(frame, clf: Classifier | None = None, *, destination: str | None = None, progress=None):
    """Classify each row of `frame` (columns: description, optional category, attributes, sku,
    destination_country). Returns the input columns plus OUTPUT_COLUMNS; bad rows get
    status=error and a message, never an exception."""
    import pandas as pd

    clf = clf or classifier()
    cols = set(frame.columns)
    if "description" not in cols:
        raise ValueError("input has no `description` column")
    get = {c: (frame[c].tolist() if c in cols else [None] * len(frame)) for c in ("description", "category", "attributes", "sku", "destination_country")}
    out = {c: [] for c in OUTPUT_COLUMNS}
    # order-line tables repeat the same product many times: each distinct input is classified once
    # (the classifier is deterministic for its knowledge and history), every row gets its answer
    seen: dict = {}
    for i in range(len(frame)):
        dest = get["destination_country"][i] or destination
        args = (get["description"][i] or "", get["category"][i] or None, get["attributes"][i] or None, dest or None,
                get["sku"][i] or None)
        try:
            key = tuple(json.dumps(a, sort_keys=True) if isinstance(a, dict) else a for a in args)
            hash(key)
        except TypeError:
            key = None
        got = seen.get(key) if key is not None else None
        if got is None:
            got = _one(clf, *args)
            if key is not None:
                seen[key] = got
        if isinstance(got, str):
            for c in ("hs6", "national_code", "candidates", "explanation"):
                out[c].append("")
            out["confidence"].append(0.0)
            out["status"].append("error")
            out["error"].append(f"row {i + 1}: {got}")
        else:
            for c, v in zip(("hs6", "national_code", "confidence", "status", "candidates", "explanation"), got):
                out[c].append(v)
            out["error"].append("")
        if progress is not None:
            progress(1)
    result = frame.reset_index(drop=True).copy()
    for c in OUTPUT_COLUMNS:
        result[c] = pd.Series(out[c], dtype="float64" if c == "confidence" else "object")
    return result


def _one(clf: Classifier, description, category, attributes, destination, sku):
    """(hs6, national_code, confidence, status, candidates, explanation) of one input, or the error text."""
    try:
        r = clf.classify(description, category=category, attributes=attributes, destination=destination, sku=sku)
    except (ValueError, TypeError) as exc:
        return str(exc)
    top = r.top
    return (top.hs6 if top else "", (top.national_code or "") if top else "", top.confidence if top else 0.0, r.status,
            json.dumps([[c.hs6, c.national_code, c.confidence] for c in r.candidates]), " | ".join(top.explanation) if top else "")
