"""Batch classification over a table: every input row comes back, in order, with its status."""
from __future__ import annotations

import json

import numpy as np

from ..errors import InvalidInput, TableError
from ..ordertable import combine_codes, first_rows
from .engine import Classifier, classifier
from .line_value import unit_value
from .national import jurisdiction_for, value_bounds

OUTPUT_COLUMNS = ["hs6", "national_code", "national_basis", "confidence", "status", "candidates", "explanation", "error"]


def classify_frame(frame, clf: Classifier | None = None, *, destination: str | None = None, progress=None):
    """Classify each row of `frame` (columns: description, optional category, attributes, sku,
    destination_country, value and currency: the listing's unit value, for national lines split by value).
    Returns the input columns plus OUTPUT_COLUMNS; bad rows get status=error and a message, never an
    exception."""
    import pandas as pd

    clf = clf or classifier()
    cols = set(frame.columns)
    if "description" not in cols:
        raise TableError(f"input has no `description` column (columns: {', '.join(map(str, frame.columns)) or 'none'})")
    n = len(frame)
    get = {c: (frame[c].to_numpy(dtype=object) if c in cols else np.full(n, None, dtype=object))
           for c in ("description", "category", "attributes", "sku", "destination_country", "value", "currency")}
    # order-line tables repeat the same product many times: each distinct input is classified once
    # (the classifier is deterministic for its knowledge and history), every row gets its answer
    codes = combine_codes(*(_codes(get[c]) for c in get))
    first = first_rows(codes)
    answers = []
    rows_per_input = np.bincount(codes, minlength=len(first)) if n else np.zeros(0, dtype=np.int64)
    memo = clf.table_answers
    if len(memo) > 200_000:
        memo.clear()
    # the inputs not answered before, grouped by listing: each listing is classified once for all the
    # destinations it is sent to (only the national line depends on the destination)
    keys, listings, inputs, seen = [], {}, first.tolist(), []
    for i in inputs:
        listing = (get["description"][i] or "", get["category"][i] or None, get["attributes"][i] or None, get["sku"][i] or None)
        dest = get["destination_country"][i] or destination or None
        key = (clf.threshold, *(_hashable(a) for a in listing), _hashable(dest))
        keys.append(key)
        seen.append((listing, dest))
        if key not in memo:
            listings.setdefault(key[1:-1], (listing, {}))[1].setdefault(key, dest)
    for listing, wanted in listings.values():
        memo.update(zip(wanted, _answers(clf, *listing, None, None, list(wanted.values()))))
    for k, (i, key) in enumerate(zip(inputs, keys)):
        answer = memo[key]
        value = _value(get["value"][i])
        if value is not None and not isinstance(answer, str):
            answer = _valued(clf, memo, key, answer, *seen[k], value, _value(get["currency"][i]))
        answers.append(answer[0] if isinstance(answer, tuple) else answer)
        if progress is not None:
            progress(int(rows_per_input[k]))
    failed = np.array([isinstance(a, str) for a in answers], dtype=bool)
    fields = ("hs6", "national_code", "national_basis", "confidence", "status", "candidates", "explanation")
    table = {c: np.array([("" if f else a[k]) for a, f in zip(answers, failed)], dtype=object) for k, c in enumerate(fields)}
    table["status"][failed] = "error"
    table["confidence"][failed] = 0.0
    error = np.full(n, "", dtype=object)
    bad = np.flatnonzero(failed[codes]) if n else np.zeros(0, dtype=np.int64)
    error[bad] = [f"row {i + 1}: {answers[codes[i]]}" for i in bad.tolist()]
    result = frame.reset_index(drop=True).copy()
    for c in OUTPUT_COLUMNS:
        values = error if c == "error" else table[c][codes]
        result[c] = pd.Series(values, dtype="float64" if c == "confidence" else "object")
    return result


def _codes(values: np.ndarray) -> np.ndarray:
    """A code per cell, equal for equal cells: hashed as they are, or, where some cell cannot be (an
    attributes dict), after turning every cell into a hashable key."""
    import pandas as pd

    try:
        return pd.factorize(values, use_na_sentinel=False)[0]
    except TypeError:
        return pd.factorize(pd.Series(values).map(_hashable), use_na_sentinel=False)[0]


def _hashable(v):
    """A cell as a hashable key (attribute objects by their sorted JSON)."""
    if isinstance(v, dict):
        return json.dumps(v, sort_keys=True)
    try:
        hash(v)
        return v
    except TypeError:
        return repr(v)


def _value(v):
    """A value or currency cell as classify takes it: None for an empty or missing one (NaN in a float column)."""
    if v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip()):
        return None
    return v


def _valued(clf: Classifier, memo: dict, key: tuple, answer: tuple, listing: tuple, dest, value, currency):
    """The answer for an input of `listing` to `dest` that gives a unit value: the listing's answer without one where no candidate's
    national lines are split by value (`answer[1]`, the bounds, is empty), else the answer for the value's bands
    (which bounds admit it): classified once per band pattern, so order lines of one product at many prices cost
    one classification per band, not per price. A value that cannot be read is the row's error, as in `classify`."""
    try:
        amount, _ = unit_value(value, currency, jurisdiction_for(dest))
    except InvalidInput as exc:
        return str(exc)
    if amount is None or not answer[1]:
        return answer
    bands = (key, _hashable(currency), tuple(b.admits(amount) for b in answer[1]))
    if bands not in memo:
        memo[bands] = _answers(clf, *listing, value, currency, [dest])[0]
    return memo[bands]


def _answers(clf: Classifier, description, category, attributes, sku, value, currency, destinations: list) -> list:
    """For each destination, (row, bounds) of one listing: the row (hs6, national_code, national_basis, confidence,
    status, candidates, explanation) and the value bounds of its candidates' national lines (`value_bounds`); or
    the error text for every one."""
    try:
        results = clf.classify_for(description, category=category, attributes=attributes, destinations=destinations, sku=sku,
                                   value=value, currency=currency)
    except (ValueError, TypeError) as exc:
        return [str(exc)] * len(destinations)
    return [(_row(r), value_bounds([c.hs6 for c in r.candidates], jurisdiction_for(d))) for r, d in zip(results, destinations)]


def _row(r) -> tuple:
    top = r.top
    return (top.hs6 if top else "", (top.national_code or "") if top else "", top.national_basis if top else "",
            top.confidence if top else 0.0, r.status,
            json.dumps([[c.hs6, c.national_code, c.confidence] for c in r.candidates]), " | ".join(top.explanation) if top else "")
