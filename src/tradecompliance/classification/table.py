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
    for i in range(len(frame)):
        dest = get["destination_country"][i] or destination
        try:
            r = clf.classify(
                get["description"][i] or "",
                category=get["category"][i] or None,
                attributes=get["attributes"][i] or None,
                destination=dest or None,
                sku=get["sku"][i] or None,
            )
            top = r.top
            out["hs6"].append(top.hs6 if top else "")
            out["national_code"].append((top.national_code or "") if top else "")
            out["confidence"].append(top.confidence if top else 0.0)
            out["status"].append(r.status)
            out["candidates"].append(json.dumps([[c.hs6, c.national_code, c.confidence] for c in r.candidates]))
            out["explanation"].append(" | ".join(top.explanation) if top else "")
            out["error"].append("")
        except (ValueError, TypeError) as exc:
            for c in ("hs6", "national_code", "candidates", "explanation"):
                out[c].append("")
            out["confidence"].append(0.0)
            out["status"].append("error")
            out["error"].append(f"row {i + 1}: {exc}")
        if progress is not None:
            progress(1)
    result = frame.reset_index(drop=True).copy()
    for c in OUTPUT_COLUMNS:
        result[c] = pd.Series(out[c], dtype="float64" if c == "confidence" else "object")
    return result
