"""Tables of order lines (one row per line, rows sharing an order_id form one order) run through a
one-order function. Every input row comes back once, in order, with status and error; a bad order
marks each of its rows with the problems that concern it."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .errors import InvalidInput

ORDER_COLUMNS = ["origin_country", "destination_country", "destination_subdivision", "date", "currency", "shipping",
                 "insurance", "incoterm", "buyer_type", "carrier", "contents_type", "invoice_number"]
ORDER_RENAMED = {"order_gross_weight_kg": "gross_weight_kg"}
REGISTRATION_COLUMNS = {"ioss_number": "eu_ioss", "gb_vat_number": "gb_vat", "voec_number": "no_voec", "au_gst_number": "au_gst",
                        "nz_gst_number": "nz_gst", "sg_gst_number": "sg_gst", "ch_vat_number": "ch_vat",
                        "cn_cbec_number": "cn_cbec", "br_prc_number": "br_prc"}
LINE_COLUMNS = {"description": "description", "hs_code": "hs_code", "quantity": "quantity", "unit_value": "unit_value",
                "net_weight_kg": "net_weight_kg", "gross_weight_kg": "gross_weight_kg", "unit_of_measure": "unit_of_measure",
                "sku": "sku", "line_origin": "origin_country", "category": "category"}
PARTY_COLUMNS = {"buyer": "buyer", "seller": "seller", "consignee": "consignee"}
PARTY_FIELDS = ("name", "country", "city", "postal_code", "address", "vat_id", "eori", "date_of_birth")


def order_from_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    first = rows[0]
    order: dict[str, Any] = {k: first[k] for k in ORDER_COLUMNS if first.get(k, "") != ""}
    order.update({dst: first[src] for src, dst in ORDER_RENAMED.items() if first.get(src, "") != ""})
    order["id"] = str(first.get("order_id", ""))
    order["registrations"] = [{"scheme": s, "number": first[c]} for c, s in REGISTRATION_COLUMNS.items() if first.get(c)]
    for role in PARTY_COLUMNS:
        party = {f: first[f"{role}_{f}"] for f in PARTY_FIELDS if first.get(f"{role}_{f}", "") != ""}
        if party:
            party.setdefault("name", role)
            party.setdefault("country", first.get("destination_country") if role != "seller" else first.get("origin_country"))
            if "address" in party:
                party["address"] = [party["address"]]
            order[role] = party
    order["lines"] = []
    for r in rows:
        line = {dst: r[src] for src, dst in LINE_COLUMNS.items() if r.get(src, "") != ""}
        if str(r.get("preference_claimed", "")).lower() in ("1", "true", "yes"):
            line["preference_claimed"] = True
        order["lines"].append(line)
    return order


def per_order(df, out_columns: list[str], run: Callable[[dict], Any], fill: Callable[[Any, int], dict[str, Any]]):
    """`df` with `out_columns` added: `run(order dict)` once per order_id, `fill(result, k)` for its k-th line."""
    out = df.copy()
    if "order_id" not in df.columns:
        for col in out_columns:
            out[col] = ""
        out["status"], out["error"] = "error", "missing column order_id"
        return out
    records = df.to_dict("records")
    groups: dict[str, list[int]] = {}
    for pos, rec in enumerate(records):
        groups.setdefault(str(rec["order_id"]), []).append(pos)
    values: dict[str, list[str]] = {c: [""] * len(records) for c in out_columns}
    for positions in groups.values():
        try:
            result = run(order_from_rows([records[p] for p in positions]))
        except InvalidInput as exc:
            for k, p in enumerate(positions):
                prefix = f"lines.{k}."
                mine = [f"{path[len(prefix):]}: {m}" for path, m in exc.problems if path.startswith(prefix)]
                other = [f"{path}: {m}" for path, m in exc.problems if not path.startswith("lines.")]
                values["status"][p] = "error"
                values["error"][p] = "; ".join(mine + other) or "another line of this order is invalid"
            continue
        for k, p in enumerate(positions):
            for c, v in fill(result, k).items():
                values[c][p] = str(v)
    for col in out_columns:  # whole columns at once: setting cells one by one costs more than the quotes
        out[col] = values[col]
    return out


def text_table(df) -> bool:
    """A table the array paths may take: rows grouped by order_id, every cell text (quote refuses a float)."""
    import pandas as pd

    return bool(len(df)) and "order_id" in df.columns and all(pd.api.types.is_string_dtype(dt) for dt in df.dtypes)


def take_text(indices: np.ndarray, values):
    """values[indices] as an Arrow string array, built in Arrow (no Python string per row)."""
    import pyarrow as pa

    return pa.DictionaryArray.from_arrays(pa.array(np.asarray(indices, dtype=np.int32)),
                                          pa.array(list(values), type=pa.string())).dictionary_decode()


def combine_codes(*codes: np.ndarray) -> np.ndarray:
    """One dense code per distinct combination of several integer codes (hashed step by step, so the
    intermediate numbers stay below rows x distinct values)."""
    import pandas as pd

    out = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    for c in codes:
        c = np.asarray(c, dtype=np.int64)
        out = pd.factorize(out * (int(c.max(initial=0)) + 1) + c)[0].astype(np.int64)
    return out


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The row where each code first appears, in order of first appearance (so the k-th is code k's when the
    codes come from a factorization)."""
    import pandas as pd

    return np.flatnonzero(~pd.Series(codes).duplicated().to_numpy())


def with_fallback(df, out_columns: list[str], fast: Callable, slow: Callable):
    """`fast(text table) -> (column arrays, rows answered)`; the rows it did not answer go through
    `slow(text table) -> DataFrame` (the one-order path), and every row comes back in order. Columns stay
    Arrow string arrays from end to end."""
    import pandas as pd
    import pyarrow as pa

    from .tableio import as_text

    def arrow(values) -> pa.Array:
        return values if isinstance(values, pa.Array) else pa.array(np.asarray(values, dtype=object), type=pa.string())

    text = as_text(df)
    values, done = fast(text)
    values = {col: arrow(values[col]) for col in out_columns}
    if not done.all():
        rest = slow(text[~done])
        # each row from the fast arrays, or (the rows not done, in order) from the slow answers after them
        n = len(done)
        source = np.arange(n, dtype=np.int64)
        source[~done] = n + np.arange(int((~done).sum()), dtype=np.int64)
        source = pa.array(source)
        for col in out_columns:
            fast_col = values[col]
            slow_col = arrow(rest[col].to_numpy(dtype=object)).cast(fast_col.type)
            values[col] = pa.concat_arrays([fast_col, slow_col]).take(source)
    out = df.copy()
    for col in out_columns:
        out[col] = pd.array(values[col], dtype="str")
    return out
