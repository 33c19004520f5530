"""Batch classification over a table: every input row comes back, in order, with its status."""
from __future__ import annotations

import json
from decimal import Decimal

import numpy as np

from ..errors import InvalidInput, TableError
from ..gcpause import collection_paused
from ..problems import one_line
from ..ordertable import combine_codes, first_rows
from .engine import Classifier, classifier
from .line_value import SCHEDULE_CURRENCY, in_schedule_currency, read_value
from .national import jurisdiction_for, value_bounds
from ..tableio import missing

_LISTING = ("description", "category", "attributes", "sku", "destination_country")
OUTPUT_COLUMNS = ["hs6", "national_code", "national_basis", "confidence", "status", "candidates", "explanation", "error"]


def classify_frame(frame, clf: Classifier | None = None, *, destination: str | None = None, progress=None):
    """Classify each row of `frame` (columns: description, optional category, attributes, sku,
    destination_country, value and currency: the listing's unit value, for national lines split by value).
    Returns the input columns plus OUTPUT_COLUMNS; bad rows get status=error and a message, never an
    exception. The collector is paused over the frame (gcpause.py): its full collections walk the knowledge and
    the answer memo on every pass, and the listings' objects are freed by reference counting."""
    with collection_paused():
        return _classified(frame, clf, destination, progress)


def _classified(frame, clf: Classifier | None, destination: str | None, progress):
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
    codes = combine_codes(*(_codes(get[c]) for c in _LISTING))
    first = first_rows(codes)
    rows_per_input = np.bincount(codes, minlength=len(first)) if n else np.zeros(0, dtype=np.int64)
    memo = clf.table_answers
    if len(memo) > 200_000:
        memo.clear()
    # the inputs not answered before, grouped by listing: each listing is classified once for all the
    # destinations it is sent to (only the national line depends on the destination)
    keys, listings, seen = [], {}, []
    for i in first.tolist():
        # an empty cell (None, NaN, blanks) says nothing, as a missing column does
        listing = (_value(get["description"][i]) or "", _value(get["category"][i]), _value(get["attributes"][i]),
                   _value(get["sku"][i]))
        dest = _value(get["destination_country"][i]) or destination or None
        key = (clf.threshold, *(_hashable(a) for a in listing), _hashable(dest))
        keys.append(key)
        try:
            jurisdiction_for(dest)
        except InvalidInput as exc:         # "UK", "ZZ", 5: this row's error, not the batch's
            memo[key] = one_line(("destination_country", m) for _, m in exc.problems)
            dest = None
        seen.append((listing, dest))
        if key not in memo:
            listings.setdefault(key[1:-1], (listing, {}))[1].setdefault(key, dest)
    weighed: dict = {}          # the listings whose lines are split by value, weighed once for all their values
    for hkey, (listing, wanted) in listings.items():
        memo.update(zip(wanted, _answers(clf, listing, hkey, weighed, None, None, list(wanted.values()))))
    answers = [memo[key] for key in keys]
    if progress is not None:
        for k in rows_per_input.tolist():
            progress(int(k))
    which = _priced(clf, memo, weighed, answers, codes, keys, seen, get["value"], get["currency"])
    failed = np.array([isinstance(a, str) for a in answers], dtype=bool)
    fields = ("hs6", "national_code", "national_basis", "confidence", "status", "candidates", "explanation")
    table = {c: np.array([("" if f else a[0][k]) for a, f in zip(answers, failed)], dtype=object) for k, c in enumerate(fields)}
    table["status"][failed] = "error"
    table["confidence"][failed] = 0.0
    error = np.full(n, "", dtype=object)
    bad = np.flatnonzero(failed[which]) if n else np.zeros(0, dtype=np.int64)
    error[bad] = [f"row {i + 1}: {answers[which[i]]}" for i in bad.tolist()]
    result = frame.reset_index(drop=True).copy()
    for c in OUTPUT_COLUMNS:
        values = error if c == "error" else table[c][which]
        result[c] = pd.Series(values, dtype="float64" if c == "confidence" else "object")
    return result


def _priced(clf: Classifier, memo: dict, weighed: dict, answers: list, codes: np.ndarray, keys: list, seen: list,
            values: np.ndarray, currencies: np.ndarray) -> np.ndarray:
    """Each row's index into `answers` (which grows): its listing's answer (`codes`), except for a row that gives
    a unit value to a destination whose schedule writes value bounds. Its value is read as `classify` reads it
    (a bad one, or a currency the ECB table lacks, is the row's error); where its candidates' national lines
    are split by value (the answer's bounds) it gets the answer for its value's bands: classified once per band
    pattern, so order lines of one product at many prices cost one choice of lines per band, not per price (the
    listing's evidence is weighed once: `weighed`, filled by `_answers`).
    Values are read once per distinct value (a number column at once), currencies once per currency and
    schedule; only the rows with an error or with bounds are visited one by one."""
    import pandas as pd

    which = codes.copy()
    jurs = [jurisdiction_for(d) for _, d in seen]
    open_ = np.array([not isinstance(a, str) and j in SCHEDULE_CURRENCY for a, j in zip(answers, jurs)], dtype=bool)
    rows = np.flatnonzero(open_[codes]) if len(codes) else np.zeros(0, dtype=np.int64)
    if not rows.size:
        return which
    vix, vuniq = pd.factorize(pd.Series(values[rows]).infer_objects(), use_na_sentinel=True)
    cells, verrors = _read_values(vuniq)
    given = np.append(np.array([c is not None for c in cells], dtype=bool), False)[vix]
    rows, vix = rows[given], vix[given]
    cix, cuniq = pd.factorize(pd.Series(currencies[rows], dtype=object), use_na_sentinel=True)
    cuniq = [_value(c) for c in cuniq.tolist()] + [None]           # index -1: no currency
    # a row's currency as its schedule reads it: the error text of one the ECB table lacks, per pair
    inputs = codes[rows]
    jix, juniq = pd.factorize(np.array(jurs, dtype=object)[inputs])
    pair = combine_codes(cix + 1, jix)
    cerror = {}
    for p in first_rows(pair).tolist():
        try:
            in_schedule_currency(Decimal(0), cuniq[cix[p]], juniq[jix[p]])
        except InvalidInput as exc:
            cerror[pair[p]] = _message(exc)
    bounded = np.array([not isinstance(a, str) and bool(a[1]) for a in answers], dtype=bool)[inputs]
    vbad = np.array([e is not None for e in verrors], dtype=bool)[vix]
    cbad = np.isin(pair, list(cerror)) if cerror else np.zeros(len(rows), dtype=bool)
    visit = np.flatnonzero(bounded | vbad | cbad)
    found: dict = {}

    def refer(key, answer) -> int:
        if key not in found:
            found[key] = len(answers)
            answers.append(answer)
        return found[key]

    amounts: dict = {}
    for t in visit.tolist():
        r, v, c, k = int(rows[t]), int(vix[t]), int(cix[t]), int(inputs[t])
        if verrors[v] is not None:
            which[r] = refer(("value", v), verrors[v])
        elif pair[t] in cerror:
            which[r] = refer(("currency", int(pair[t])), cerror[pair[t]])
        else:
            if (v, c, k) not in amounts:
                amounts[v, c, k] = in_schedule_currency(read_value(cells[v]), cuniq[c], jurs[k])[0]
            bands = (keys[k], _hashable(cuniq[c]), tuple(b.admits(amounts[v, c, k]) for b in answers[k][1]))
            if bands not in memo:
                listing, dest = seen[k]
                memo[bands] = _answers(clf, listing, keys[k][1:-1], weighed, cells[v], cuniq[c], [dest])[0]
            which[r] = refer(bands, memo[bands])
    return which


def _read_values(uniques) -> tuple[list, list]:
    """For each distinct value cell: the cell, None where it gives no value (blank), and the error text of a bad
    one (else None). A number column is checked at once; a text one cell by cell, as `read_value` reads it."""
    cells = uniques.tolist()
    errors: list = [None] * len(cells)
    if uniques.dtype.kind in "fiu":
        u = uniques.to_numpy(dtype=float)
        check = np.flatnonzero(~np.isfinite(u) | (u < 0)).tolist()
    else:
        cells = [_value(c) for c in cells]
        check = [i for i, c in enumerate(cells) if c is not None]
    for i in check:
        try:
            read_value(cells[i])
        except InvalidInput as exc:
            errors[i] = _message(exc)
    return cells, errors


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
    if missing(v) or (isinstance(v, str) and not v.strip()):
        return None
    return v


def _answers(clf: Classifier, listing: tuple, hkey: tuple, weighed: dict, value, currency, destinations: list) -> list:
    """For each destination, (row, bounds) of one listing (description, category, attributes, sku): the row (hs6,
    national_code, national_basis, confidence, status, candidates, explanation) and the value bounds of its
    candidates' national lines (`value_bounds`); or the error text for every one. The listing is weighed once
    (`weighed`, by its hashable key `hkey`, kept where some answer has bounds: its lines are chosen again per value)."""
    description, category, attributes, sku = listing
    try:
        w = weighed.get(hkey)
        if w is None:
            w = clf.weigh(description, category=category, attributes=attributes, sku=sku)
        results = clf.answers(w, destinations, value=value, currency=currency)
    except InvalidInput as exc:
        return [_message(exc)] * len(destinations)
    except (ValueError, TypeError) as exc:
        return [str(exc)] * len(destinations)
    out = [(_row(r), value_bounds([c.hs6 for c in r.candidates], jurisdiction_for(d))) for r, d in zip(results, destinations)]
    if any(bounds for _, bounds in out):
        weighed[hkey] = w
    return out


# the explanation of a listing that yields no candidate (status needs_review)
NOTHING_RECOGNISED = ("no candidate: the listing names no product, material or word of the HS nomenclature that the "
                      "knowledge recognises")


def _message(exc: InvalidInput) -> str:
    """A row's error in one line of the table's cell, as an HTTP error body's message reads it."""
    return one_line(exc.problems)


def _row(r) -> tuple:
    top = r.top
    return (top.hs6 if top else "", (top.national_code or "") if top else "", top.national_basis if top else "",
            top.confidence if top else 0.0, r.status,
            json.dumps([[c.hs6, c.national_code, c.confidence] for c in r.candidates]), " | ".join(top.explanation) if top else NOTHING_RECOGNISED)
