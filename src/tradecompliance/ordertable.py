"""Tables of order lines (one row per line, rows sharing an order_id form one order) run through a
one-order function. Every input row comes back once, in order, with status and error; a bad order
marks each of its rows with the problems that concern it."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .errors import InvalidInput
from .gcpause import collection_paused
from .problems import one_line
from .tableio import missing

ORDER_COLUMNS = ["origin_country", "destination_country", "destination_subdivision", "date", "currency", "shipping",
                 "insurance", "incoterm", "buyer_type", "carrier", "contents_type", "invoice_number"]
ORDER_RENAMED = {"order_gross_weight_kg": "gross_weight_kg"}
REGISTRATION_COLUMNS = {"ioss_number": "eu_ioss", "gb_vat_number": "gb_vat", "voec_number": "no_voec", "au_gst_number": "au_gst",
                        "nz_gst_number": "nz_gst", "sg_gst_number": "sg_gst", "ch_vat_number": "ch_vat",
                        "cn_cbec_number": "cn_cbec", "br_prc_number": "br_prc",
                        "cl_sii_number": "cl_sii", "my_lvg_number": "my_lvg"}
LINE_COLUMNS = {"description": "description", "hs_code": "hs_code", "quantity": "quantity", "unit_value": "unit_value",
                "net_weight_kg": "net_weight_kg", "gross_weight_kg": "gross_weight_kg", "unit_of_measure": "unit_of_measure",
                "volume_l": "volume_l", "alcohol_pct_vol": "alcohol_pct_vol", "part_values": "part_values",
                "sku": "sku", "line_origin": "origin_country", "category": "category"}
PARTY_COLUMNS = {"buyer": "buyer", "seller": "seller", "consignee": "consignee"}
PARTY_FIELDS = ("name", "country", "city", "postal_code", "address", "vat_id", "eori", "date_of_birth")
# cells read from an order's first row: a later row leaves them empty or says the same
ORDER_LEVEL_COLUMNS = (ORDER_COLUMNS + list(ORDER_RENAMED) + list(REGISTRATION_COLUMNS)
                       + [f"{role}_{f}" for role in PARTY_COLUMNS for f in PARTY_FIELDS])


def _given(row: dict[str, Any], column: str) -> bool:
    """Whether the row fills `column`: an empty or missing cell (a NaN of a DataFrame) is not given."""
    value = row.get(column, "")
    return value != "" and not missing(value)


def order_from_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The order a group of rows states: order-level cells from its first row, one line per row. A later row
    that states an order-level cell otherwise (another destination, currency ...) makes the order invalid: its
    rows may be two orders under one id, and neither reading is safe."""
    first = rows[0]
    if len(rows) > 1:
        conflicts = _conflicting_cells(rows)
        if conflicts:
            raise InvalidInput(conflicts)
    order: dict[str, Any] = {k: first[k] for k in ORDER_COLUMNS if _given(first, k)}
    order.update({dst: first[src] for src, dst in ORDER_RENAMED.items() if _given(first, src)})
    order["id"] = str(first.get("order_id", ""))
    order["registrations"] = [{"scheme": s, "number": first[c]} for c, s in REGISTRATION_COLUMNS.items()
                              if _given(first, c) and first[c]]
    for role in PARTY_COLUMNS:
        party = party_from_row(first, role)
        if party:
            order[role] = party
    order["lines"] = []
    for r in rows:
        line = {dst: r[src] for src, dst in LINE_COLUMNS.items() if _given(r, src)}
        if str(r.get("preference_claimed", "")).lower() in ("1", "true", "yes"):
            line["preference_claimed"] = True
        if _given(r, "attributes"):         # a JSON object, as classify reads it (end_use: automobile_part ...)
            line["attributes"] = r["attributes"]
        order["lines"].append(line)
    return order


def _conflicting_cells(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(column, message) for each order-level cell that a later row of the order states otherwise than the first."""
    first, out = rows[0], []
    for column in ORDER_LEVEL_COLUMNS:
        stated = str(first[column]) if _given(first, column) else ""
        for k, row in enumerate(rows[1:], start=2):
            if _given(row, column) and str(row[column]) != stated:
                out.append((column, f"{row[column]!r} in the order's row {k} differs from {stated!r} in its first row: an "
                                    "order-level cell is stated on the first row, and later rows leave it empty or repeat it"))
                break
    return out


def party_from_row(row: dict[str, Any], role: str) -> dict[str, Any] | None:
    """The party of `role` an order's first row states (None if no cell of it is filled): unnamed ones take
    the role as name, and the destination's country (the origin's for the seller) where none is given."""
    party = {f: row[f"{role}_{f}"] for f in PARTY_FIELDS if _given(row, f"{role}_{f}")}
    if not party:
        return None
    party.setdefault("name", role)
    party.setdefault("country", row.get("destination_country") if role != "seller" else row.get("origin_country"))
    if "address" in party:
        party["address"] = [party["address"]]
    return party


def row_records(df, rows) -> list[dict[str, str]]:
    """The cells of some rows as text ('' for missing): the rows taken first, then column by column and
    zipped (66,000 rows of 25 columns: 312 ms, against 1,715 ms through DataFrame.to_dict)."""
    names, sub = list(df.columns), df.iloc[rows]              # the rows first: a chunk may want only a few
    cols = [[("" if v is None else str(v)) for v in sub[c].to_numpy(dtype=object, na_value="")] for c in names]
    return [dict(zip(names, vals)) for vals in zip(*cols)]


def per_order(df, out_columns: list[str], run: Callable[[dict], Any], fill: Callable[[Any, int], dict[str, Any]]):
    """`df` with `out_columns` added: `run(order dict)` once per order_id, `fill(result, k)` for its k-th line."""
    import pandas as pd

    out = df.copy()
    if "order_id" not in df.columns:
        for col in out_columns:
            out[col] = ""
        out["status"], out["error"] = "error", "missing column order_id"
        return out
    records = row_records(df, slice(None)) if text_table(df) else df.to_dict("records")
    groups: dict[str, list[int]] = {}
    for pos, rec in enumerate(records):
        groups.setdefault(str(rec["order_id"]), []).append(pos)
    values: dict[str, list[str]] = {c: [""] * len(records) for c in out_columns}
    for positions in groups.values():
        for p, row in zip(positions, order_rows([records[p] for p in positions], out_columns, run, fill)):
            for c, v in row.items():
                values[c][p] = v
    if not any(c in df.columns for c in out_columns):     # whole columns joined at once
        return pd.concat([out, pd.DataFrame(values, index=df.index)], axis=1)
    for col in out_columns:  # whole columns at once: setting cells one by one costs more than the quotes
        out[col] = values[col]
    return out


def order_rows(records: list[dict[str, Any]], out_columns: list[str], run: Callable[[dict], Any],
               fill: Callable[[Any, int], dict[str, Any]]) -> list[dict[str, str]]:
    """The `out_columns` cells of each of one order's rows: `run` over the order, `fill(result, k)` for its k-th
    line; or status=error on each row, with the problems of that line and of the order."""
    try:
        result = run(order_from_rows(records))
    except InvalidInput as exc:
        rows = []
        for k in range(len(records)):
            prefix = f"lines.{k}."
            mine = [(path[len(prefix):], m) for path, m in exc.problems if path.startswith(prefix)]
            other = [(path, m) for path, m in exc.problems if not path.startswith("lines.")]
            rows.append({**dict.fromkeys(out_columns, ""), "status": "error",
                         "error": one_line(mine + other) or "another line of this order is invalid"})
        return rows
    return [{**dict.fromkeys(out_columns, ""), **{c: str(v) for c, v in fill(result, k).items()}} for k in range(len(records))]


def text_table(df) -> bool:
    """A table the array paths may take: rows grouped by order_id, every cell text or missing (quote refuses a
    float, and wants a string where a number is given for a name): an object column is looked into, as its
    dtype says nothing of its cells."""
    import pandas as pd

    def text(col) -> bool:
        if col.dtype == object:
            return pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty")
        return pd.api.types.is_string_dtype(col.dtype)

    return bool(len(df)) and "order_id" in df.columns and all(text(col) for _, col in df.items())


class TextColumn:
    """A text column held as one code per row into its distinct texts. Building, blanking and merging a
    column are then integer operations; the strings are written once, by `arrow()`. `codes=None`: the
    values are the rows' own texts, one per row (a column a fast path gave as Arrow text)."""

    def __init__(self, codes: np.ndarray | None, values):
        import pyarrow as pa

        self.codes = None if codes is None else np.asarray(codes, dtype=np.int64)
        self.values = values if isinstance(values, pa.Array) else pa.array(list(values), type=pa.string())

    def blank(self, mask: np.ndarray) -> "TextColumn":
        """'' where `mask` holds."""
        return self.where(mask, [""], at=0) if mask.any() else self

    def where(self, mask: np.ndarray, texts, at: np.ndarray | int | None = None) -> "TextColumn":
        """Rows where `mask` holds (or the rows it lists, in rising order) take `texts[at]` (`at` defaults to
        0, 1, 2 ... over those rows)."""
        import pyarrow as pa

        rows = np.flatnonzero(mask) if mask.dtype == bool else mask
        extra = texts if isinstance(texts, pa.Array) else pa.array(list(texts), type=pa.string())
        codes = np.arange(len(self.values)) if self.codes is None else self.codes.copy()
        codes[rows] = len(self.values) + (np.arange(len(rows)) if at is None else at)
        return TextColumn(codes, pa.concat_arrays([self.values, extra.cast(self.values.type)]))

    def arrow(self):
        """The column as one Arrow string per row. The codes' bounds are checked here, in two reductions, and
        not again per row by the take."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if self.codes is None:
            return self.values
        if len(self.codes) and (self.codes.min() < 0 or self.codes.max() >= len(self.values)):
            raise IndexError(f"text codes outside 0..{len(self.values) - 1}")
        return pc.take(self.values, pa.array(self.codes), boundscheck=False)


def take_text(indices: np.ndarray, values) -> TextColumn:
    """values[indices] as a text column (no Python string per row)."""
    return TextColumn(indices, values)


def combine_codes(*codes: np.ndarray) -> np.ndarray:
    """One dense code per distinct combination of several integer codes, numbered in order of first
    appearance. The codes are packed into one integer (a mixed-radix number) while it stays below 2**62, and
    hashed only then and at the end: ten columns of small codes cost one hashing pass, not ten."""
    import pandas as pd

    out = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    span = 1                                  # out < span
    for c in codes:
        c = np.asarray(c, dtype=np.int64)
        low = int(c.min(initial=0))
        if low < 0:                           # a factorize sentinel (-1): shifted, so it stays a value of its own
            c = c - low
        radix = int(c.max(initial=0)) + 1
        if span * radix >= 1 << 62:
            out = pd.factorize(out)[0].astype(np.int64)
            span = int(out.max(initial=0)) + 1
        out = out * radix + c
        span *= radix
    return pd.factorize(out)[0].astype(np.int64) if len(codes) else out


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The row where each code first appears, in order of first appearance (so the k-th is code k's when the
    codes come from a factorization)."""
    import pandas as pd

    return np.flatnonzero(~pd.Series(codes).duplicated().to_numpy())


def with_fallback(df, out_columns: list[str], fast: Callable, slow: Callable):
    """`fast(text table) -> (columns, rows answered)`, each column a TextColumn or Arrow string array; the
    rows it did not answer go through `slow(text table) -> DataFrame` (the one-order path), and every row
    comes back in order. Strings are written once per column, in Arrow. The collector is paused over the
    chunk (gcpause.py)."""
    import pandas as pd
    import pyarrow as pa

    from .tableio import as_text

    def column(values) -> TextColumn:
        if isinstance(values, TextColumn):
            return values
        arr = values if isinstance(values, pa.Array) else pa.array(np.asarray(values, dtype=object), type=pa.string())
        return TextColumn(None, arr)

    with collection_paused():
        text = as_text(df)
        values, done = fast(text)
        values = {col: column(values[col]) for col in out_columns}
        left = np.flatnonzero(~done)
        if len(left):
            # the rows not done, in order, take the slow answers
            rest = slow(text.iloc[left])
            for col in out_columns:
                values[col] = values[col].where(left, pa.array(rest[col].to_numpy(dtype=object), type=pa.string()))
        # the new columns joined in one step (assigning them one by one re-plans the frame each time)
        new = pd.DataFrame({col: pd.array(values[col].arrow(), dtype="str") for col in out_columns}, index=df.index)
        return pd.concat([df[[c for c in df.columns if c not in new.columns]], new], axis=1)
