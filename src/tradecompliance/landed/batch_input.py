"""Reading a table of order lines into typed arrays for the vectorised quote, with the same grouping as
the one-order path (rows sharing an order_id, order-level cells from the order's first row).

An order is *accepted* only when every cell it uses is in a plain form whose meaning is certain (amounts
like 12.50 with at most 4 decimals, ISO codes without spaces, known countries, currencies and
registrations, ...) and it uses no column the vectorised path does not model (line origin, categories,
preferences, units of measure ...). Party, contents and invoice cells are read as order cells for the caller
to check (`check_order_cells`). Every other order goes to the one-order `quote`, which gives it its exact
answer or its exact error: the vectorised path never guesses."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..countries import check_country, check_subdivision
from ..hs.codes import normalize
from ..identifiers import validate_registration
from ..money import check_currency
from ..ordertable import (ORDER_COLUMNS, ORDER_LEVEL_COLUMNS, ORDER_RENAMED, PARTY_COLUMNS, PARTY_FIELDS, REGISTRATION_COLUMNS,
                          combine_codes, first_rows)

# Inputs are scaled to integers: prices to 1e-4, quantities to 1e-3, so a line value is exact at 1e-7.
PRICE_SCALE, QTY_SCALE = 10_000, 1_000
VALUE_SCALE = PRICE_SCALE * QTY_SCALE
MAX_PRICE, MAX_QTY = 10**7, 10**4  # keeps value = price x quantity and order sums inside int64
MAX_LINES = 1000

_PRICE_RE = r"[0-9]{1,8}(\.[0-9]{1,4})?"
_QTY_RE = r"[0-9]{1,5}(\.[0-9]{1,3})?"
_WEIGHT_RE = r"[0-9]{1,9}(\.[0-9]{1,9})?"
_DATE_RE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
INCOTERMS = {"EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"}
# Columns the one-order path reads that the vectorised path does not model: a non-empty cell sends the
# order to `quote`. Order-level ones are read from the first row only, as order_from_rows does.
UNMODELLED_ORDER = [c for c in ORDER_COLUMNS if c in ("contents_type", "invoice_number")] + list(ORDER_RENAMED) + [
    f"{role}_{f}" for role in PARTY_COLUMNS for f in PARTY_FIELDS]
# (litres and alcoholic strength count only in duties per litre or per % vol/hl, which `quote` computes)
UNMODELLED_LINE = ["unit_of_measure", "category", "preference_claimed", "volume_l", "alcohol_pct_vol", "part_values"]   # line origin: below
# Line cells read by neither quote nor screen and taken by the models as any text: a SKU. A unit of measure
# of "pcs" is the default the models assume for an empty cell.
DEFAULT_LINE_CELLS = {"unit_of_measure": "pcs"}


def unread_line_cells(rules) -> tuple[str, ...]:
    """Line cells the loaded packs never read: a category where no condition tests one (kept per rule set)."""
    from ..packs.conditions import conditions_use

    key = "unread-line-cells"
    if key not in rules.derived:
        rules.derived[key] = () if conditions_use(list(rules.packs.values()), "category") else ("category",)
    return rules.derived[key]


def tested_attributes(rules) -> frozenset[str]:
    """The attribute keys some loaded condition tests (end_use ...): the vectorised path does not read a line's
    attributes, so a line declaring one of them goes to `quote` (kept per rule set)."""
    from ..packs.conditions import attributes_tested

    key = "tested-attributes"
    if key not in rules.derived:
        rules.derived[key] = attributes_tested(list(rules.packs.values()))
    return rules.derived[key]


def _declares_none_of(text: str, keys: frozenset[str]) -> bool:
    """Whether an attributes cell declares none of `keys` (an unreadable one is left to quote, which says why)."""
    from ..errors import InvalidInput
    from ..models import parse_attributes

    try:
        return not any(k.lower() in keys for k in parse_attributes(text.strip()))
    except InvalidInput:
        return False


@dataclass
class OrderLines:
    """Typed arrays of a table: rows (lines) and orders, and which orders the vectorised path takes."""

    n_rows: int
    order_of_row: np.ndarray      # row -> order index
    n_orders: int
    first_row: np.ndarray         # order -> its first row
    accepted: np.ndarray          # order -> bool
    price: np.ndarray             # row -> unit value x PRICE_SCALE (int64)
    qty: np.ndarray               # row -> quantity x QTY_SCALE (int64)
    weight: np.ndarray            # row -> net weight (float, nan when missing)
    weight_cell: tuple            # (row -> index, distinct texts): the weights as written, for exact sums
    hs: np.ndarray                # row -> normalised code, '' when the line has none (object)
    hs_index: np.ndarray          # row -> index of its code cell's text among the distinct texts
    hs_distinct: np.ndarray       # distinct text -> normalised code ('' none, None unreadable)
    shipping: np.ndarray          # order -> x PRICE_SCALE (int64)
    insurance: np.ndarray         # order -> x PRICE_SCALE (int64)
    keys: dict                    # key column -> order -> what rules can see of it (destination, date, currency, schemes held ...)
    key_codes: dict               # key column -> order -> code of its cell text (equal texts, equal codes)


class _Column:
    """A text column and its distinct values: every check and parse runs once per distinct value
    (order lines repeat quantities, weights, codes and descriptions) and is spread back by index."""

    def __init__(self, series: pd.Series | None, n: int = 0):
        self._series, self._n = series, n
        self._distinct = None
        if series is None:                   # a column the table does not have: every cell ''
            import pyarrow as pa

            self._distinct = (np.zeros(n, dtype=np.int64), pa.array([""] if n else [], type=pa.string()))

    @property
    def series(self) -> pd.Series:
        if self._series is None:
            self._series = pd.Series([""] * self._n, dtype=object)
        return self._series

    @property
    def distinct(self):
        """(row -> index into the distinct values, the distinct values as an Arrow string array)."""
        if self._distinct is None:
            import pyarrow as pa
            import pyarrow.compute as pc

            arr = getattr(self.series.array, "_pa_array", None)
            if arr is None:
                arr = pa.array(self.series.to_numpy(dtype=object), type=pa.string())
            d = pc.dictionary_encode(arr, null_encoding="encode")
            if isinstance(d, pa.ChunkedArray):     # chunks may have dictionaries of their own
                d = d.unify_dictionaries().combine_chunks() if d.num_chunks != 1 else d.chunk(0)
            values = pc.fill_null(d.dictionary.cast(pa.string()), "")
            self._distinct = (np.asarray(d.indices.to_numpy(zero_copy_only=False), dtype=np.int64), values)
        return self._distinct

    def distinct_by_runs(self):
        """`distinct` for a column whose equal cells are usually adjacent (order ids: an order's rows follow
        one another): each cell is compared with the one before it. Where the runs' first cells rise
        strictly (ids written in order) or are all distinct, each run is one value and no cell is hashed twice;
        where a value comes back after another, every cell is hashed."""
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = None if self._distinct is not None else getattr(self.series.array, "_pa_array", None)
        if arr is None or len(arr) < 2 or arr.null_count:
            return self.distinct
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        n = len(arr)
        new = np.empty(n, dtype=bool)
        new[0] = True
        new[1:] = pc.not_equal(arr.slice(1), arr.slice(0, n - 1)).to_numpy(zero_copy_only=False)
        starts = np.flatnonzero(new)
        heads = arr.take(pa.array(starts))
        rising = len(heads) < 2 or pc.all(pc.greater(heads.slice(1), heads.slice(0, len(heads) - 1))).as_py()
        if not rising and len(pc.unique(heads)) != len(heads):
            return self.distinct
        self._distinct = (np.cumsum(new, dtype=np.int64) - 1, heads.cast(pa.string()))
        return self._distinct

    def spread(self, per_value) -> np.ndarray:
        """A result computed over the distinct values, as one value per row."""
        codes, _ = self.distinct
        per_value = per_value.to_numpy(zero_copy_only=False) if hasattr(per_value, "to_numpy") else per_value
        return np.asarray(per_value)[codes]


def _col(df: pd.DataFrame, name: str) -> _Column:
    if name in df.columns:
        return _Column(df[name].astype(str))
    return _Column(None, len(df))


def _full(col: _Column, pattern: str) -> np.ndarray:
    import pyarrow.compute as pc

    return col.spread(pc.match_substring_regex(col.distinct[1], f"^(?:{pattern})$")).astype(bool)


def _empty(col: _Column) -> np.ndarray:
    return col.spread(_empty_distinct(col))


def _empty_distinct(col: _Column) -> np.ndarray:
    """Per distinct value: is it ''."""
    import pyarrow.compute as pc

    return pc.equal(col.distinct[1], "").to_numpy(zero_copy_only=False).astype(bool)


def _short(col: _Column, limit: int) -> np.ndarray:
    import pyarrow.compute as pc

    return col.spread(pc.less_equal(pc.utf8_length(col.distinct[1]), limit)).astype(bool)


def _scaled(col: _Column, ok: np.ndarray, scale: int, empty: str = "0") -> np.ndarray:
    """Exact integer value x scale of decimal strings already checked by a pattern (else 0; '' as
    `empty`). The strings have at most 8 integer digits and log10(scale) decimals, so value x scale < 2**53
    and the correctly rounded binary parse is within 1e-3 of that integer: rounding it back is exact."""
    import pyarrow as pa
    import pyarrow.compute as pc

    codes, values = col.distinct
    usable = np.zeros(len(values), dtype=bool)
    usable[codes[ok]] = True                      # a distinct value is checked or not, whatever its row
    arr = pc.if_else(pa.array(usable), values, pa.scalar(empty))
    arr = pc.if_else(pc.equal(arr, ""), pa.scalar(empty), arr)
    x = pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)
    return np.where(ok, np.rint(x * scale).astype(np.int64)[codes], np.rint(float(empty) * scale).astype(np.int64))


@lru_cache(maxsize=4096)
def _country(code: str) -> str | None:
    try:
        return check_country(code) if code == code.strip() else None
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def _currency(code: str) -> str | None:
    try:
        return check_currency(code) if code == code.strip() else None
    except Exception:
        return None


@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _hs(text: str) -> str | None:
    """The normalised code, '' for a line without one (quote: "classify it first"), None when unreadable."""
    if text == "":
        return ""
    try:
        return normalize(text) if text == text.strip() else None
    except Exception:
        return None


@lru_cache(maxsize=65536)
def _registration(scheme: str, number: str) -> str | None:
    try:
        return validate_registration(scheme, number.strip())
    except Exception:
        return None


@lru_cache(maxsize=4096)
def _subdivision(code: str, country: str) -> str | None:
    try:
        return check_subdivision(code, country)
    except ValueError:
        return None


def _mapped_distinct(col: _Column, fn) -> tuple[np.ndarray, np.ndarray]:
    """fn over the distinct values of a column (cached), as (value, ok) per distinct value."""
    mapped = [fn(u) for u in col.distinct[1].to_pylist()]
    values = np.array(mapped + [None], dtype=object)[:-1]   # a 1-d object array even when fn gives tuples
    return values, np.array([v is not None for v in mapped], dtype=bool)


def _mapped(col: _Column, fn) -> tuple[np.ndarray, np.ndarray]:
    """fn over the distinct values of a column (cached), as (values, ok) per row."""
    codes = col.distinct[0]
    values, ok = _mapped_distinct(col, fn)
    return values[codes], ok[codes]


def _choice(col: _Column, default: str, allowed) -> tuple[np.ndarray, np.ndarray]:
    """A cell naming one of `allowed` words ('' meaning `default`), per row, and whether it does."""
    value, ok = _mapped(col, lambda v: (v or default) if (v or default) in allowed else None)
    return np.where(ok, value, ""), ok


def _restated(df: pd.DataFrame, order_of_row: np.ndarray, first_row: np.ndarray, n_orders: int) -> np.ndarray:
    """Per order: may a later row state an order-level cell otherwise than its first row (`order_from_rows` then
    refuses the order)? Where each order's rows are adjacent (the usual table), a row is compared with the row
    before it: a cell left empty then stated again the same is a false alarm, settled by the one-order path."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(order_of_row)
    out = np.zeros(n_orders, dtype=bool)
    columns = [c for c in ORDER_LEVEL_COLUMNS if c in df.columns]
    if n < 2 or n_orders == n or not columns:
        return out
    later_same = order_of_row[1:] == order_of_row[:-1]
    adjacent = int(np.count_nonzero(~later_same)) + 1 == n_orders
    firsts = None if adjacent else pa.array(first_row[order_of_row])
    differ = None                             # or-ed in Arrow, read into numpy once
    for c in columns:
        arr = getattr(df[c].array, "_pa_array", None)
        arr = pa.array(df[c].to_numpy(dtype=object), type=pa.string()) if arr is None else pc.fill_null(arr, "")
        if adjacent:
            now, before = arr.slice(1), arr.slice(0, n - 1)
        else:
            now, before = arr, arr.take(firsts)
        d = pc.and_(pc.not_equal(now, before), pc.not_equal(now, ""))
        differ = d if differ is None else pc.or_(differ, d)
    differ = np.asarray(differ.to_numpy(zero_copy_only=False), dtype=bool)
    rows = np.flatnonzero(differ & later_same) + 1 if adjacent else np.flatnonzero(differ)
    out[order_of_row[rows]] = True
    return out


def read_order_lines(df: pd.DataFrame, *, order_cells_checked_by_caller: bool = False,
                     unread_line_cells: tuple[str, ...] = (), tested_attributes: frozenset[str] = frozenset()) -> OrderLines:
    """`order_cells_checked_by_caller`: accept orders with party, contents and invoice cells (the caller
    validates them, as `check_order_cells` does for quote and screen); their first-row cells are in `keys`
    as `cell:<column>`. `unread_line_cells`: line columns no loaded rule reads (a
    category no condition tests) and the models take as any text: accepted whatever they hold."""
    n = len(df)
    ids = _col(df, "order_id")
    order_of_row, uniques = ids.distinct_by_runs()                # ids in order of first appearance
    n_orders = len(uniques)
    first_row = np.full(n_orders, n, dtype=np.int64)
    np.minimum.at(first_row, order_of_row, np.arange(n, dtype=np.int64))
    lines_per_order = np.bincount(order_of_row, minlength=n_orders)

    # line cells
    uv = _col(df, "unit_value")
    ok_uv = _full(uv, _PRICE_RE)
    qty_text = _col(df, "quantity")
    ok_q = _full(qty_text, _QTY_RE) | _empty(qty_text)
    qty = _scaled(qty_text, ok_q, QTY_SCALE, empty="1")
    ok_q &= qty > 0
    price = _scaled(uv, ok_uv, PRICE_SCALE)
    wt = _col(df, "net_weight_kg")
    no_w = _empty(wt)
    ok_w = _full(wt, _WEIGHT_RE) | no_w
    weight = np.where(no_w, np.nan, _scaled(wt, ok_w, 10**9) / 1e9)
    if "gross_weight_kg" in df.columns:
        # quote weighs a line by its net weight, or its gross weight where the net one is missing or 0
        gw = _col(df, "gross_weight_kg")
        ok_w &= _full(gw, _WEIGHT_RE) | _empty(gw)
        use_gross = ~(weight > 0)
        if use_gross.any():
            import pyarrow as pa
            import pyarrow.compute as pc

            net_text, gross_text = (pa.array(c.series.to_numpy(dtype=object), type=pa.string()) for c in (wt, gw))
            wt = _Column(pd.Series(pc.if_else(pa.array(use_gross), gross_text, net_text).to_pandas(), dtype=object))
            no_w = _empty(wt)
            weight = np.where(no_w, np.nan, _scaled(wt, ok_w & (_full(wt, _WEIGHT_RE) | no_w), 10**9) / 1e9)
    desc = _col(df, "description")
    ok_d = _full(desc, r"\S(?:.*\S)?") & _short(desc, 2000)   # 1 to 2000 characters, no outer spaces
    hs_text = _col(df, "hs_code")
    hs_index = hs_text.distinct[0]
    hs_distinct, ok_hs_distinct = _mapped_distinct(hs_text, _hs)
    hs, ok_hs = hs_distinct[hs_index], ok_hs_distinct[hs_index]
    row_ok = ok_uv & ok_q & ok_w & ok_d & ok_hs & (price <= MAX_PRICE * PRICE_SCALE) & (qty <= MAX_QTY * QTY_SCALE)
    for c in UNMODELLED_LINE:
        if c in df.columns and c not in unread_line_cells:
            col = _col(df, c)
            row_ok &= _empty(col) | (_full(col, DEFAULT_LINE_CELLS[c]) if c in DEFAULT_LINE_CELLS else False)
    if tested_attributes and "attributes" in df.columns:
        index, texts = _col(df, "attributes").distinct
        row_ok &= np.array([_declares_none_of(t, tested_attributes) for t in texts.to_pylist()], dtype=bool)[index]
    order_ok = np.bincount(order_of_row, weights=~row_ok, minlength=n_orders) == 0
    order_ok &= (lines_per_order <= MAX_LINES) & ~_empty_distinct(ids) & ~_restated(df, order_of_row, first_row, n_orders)

    # order cells, from each order's first row
    columns: dict[str, _Column] = {}

    def cell(name: str) -> _Column:
        """An order-level column: the cells of each order's first row."""
        if name not in columns:
            if name not in df.columns:
                columns[name] = _Column(None, n_orders)
            else:
                arr = getattr(df[name].array, "_pa_array", None)     # Arrow-backed strings: take in Arrow
                columns[name] = _Column(pd.Series(arr.take(first_row), dtype=df[name].dtype) if arr is not None
                                        else df[name].iloc[first_row].reset_index(drop=True).astype(str))
        return columns[name]

    dest, ok_dest = _mapped(cell("destination_country"), _country)
    origin, ok_orig = _mapped(cell("origin_country"), _country)
    currency, ok_cur = _mapped(cell("currency"), _currency)
    date_text = cell("date")
    date, ok_date = _mapped(date_text, _date)
    ok_date &= _full(date_text, _DATE_RE)
    ship_text, ins_text = cell("shipping"), cell("insurance")
    ok_ship = _full(ship_text, _PRICE_RE) | _empty(ship_text)
    ok_ins = _full(ins_text, _PRICE_RE) | _empty(ins_text)
    incoterm, ok_inc = _choice(cell("incoterm"), "DAP", INCOTERMS)
    buyer, ok_buyer = _choice(cell("buyer_type"), "consumer", {"consumer", "business"})
    carrier, ok_carrier = _choice(cell("carrier"), "courier", {"postal", "courier", "freight"})
    sub_text = cell("destination_subdivision")
    no_sub = _empty(sub_text)
    if no_sub.all():
        sub = np.full(n_orders, None, dtype=object)
        ok_sub = no_sub
    else:
        sub = np.array([None if s == "" else _subdivision(s, d or "") for s, d in zip(sub_text.series, dest)], dtype=object)
        ok_sub = no_sub | np.array([s is not None for s in sub], dtype=bool)
    order_ok &= ok_dest & ok_orig & ok_cur & ok_date & ok_ship & ok_ins & ok_sub
    if "line_origin" in df.columns:
        # a line origin that repeats the order's origin (as written in its first row) changes nothing
        import pyarrow as pa
        import pyarrow.compute as pc

        codes, values = cell("origin_country").distinct
        order_origin = values.take(pa.array(codes[order_of_row]))
        line_origin = pa.array(_col(df, "line_origin").series.to_numpy(dtype=object), type=pa.string())
        same = pc.or_(pc.equal(line_origin, ""), pc.equal(line_origin, order_origin)).to_numpy(zero_copy_only=False)
        order_ok &= np.bincount(order_of_row, weights=~same, minlength=n_orders) == 0
    order_ok &= ok_inc & ok_buyer & ok_carrier
    extra = {}
    for c in UNMODELLED_ORDER:
        if c in df.columns:
            if order_cells_checked_by_caller:
                extra[f"cell:{c}"] = cell(c).series.to_numpy(dtype=object)
            else:
                order_ok &= _empty(cell(c))
    held = np.zeros(n_orders, dtype=np.int64)          # bit k: the order holds the k-th scheme
    schemes = list(REGISTRATION_COLUMNS.values())
    for k, (col, scheme) in enumerate(REGISTRATION_COLUMNS.items()):
        text = cell(col)
        present = ~_empty(text)
        if present.any():
            number, ok_reg = _mapped(text, lambda v, s=scheme: "" if v == "" else _registration(s, v))
            order_ok &= ok_reg
            held |= present.astype(np.int64) << k
    # conditions see the schemes held, as "<scheme> <scheme> ", written once per distinct set
    held_code, held_sets = pd.factorize(held)
    registrations = np.array(["".join(f"{s} " for k, s in enumerate(schemes) if bits >> k & 1) for bits in held_sets.tolist()]
                             + [None], dtype=object)[:-1][held_code]
    # what conditions see of the parties: whether the buyer states a VAT number (its validity is the caller's)
    buyer_vat = np.where(_empty(cell("buyer_vat_id")), "", "1").astype(object)
    # what conditions see of the contents: the postal forms' word ('' reads as a sale of goods, as quote reads it)
    contents_text = cell("contents_type")
    contents = _mapped(contents_text, lambda v: v or "sale_of_goods")[0]
    keys = {"destination": dest, "origin": origin, "date": date, "currency": currency, "buyer": buyer,
            "carrier": carrier, "subdivision": sub, "registrations": registrations, "buyer_vat_id": buyer_vat,
            "contents": contents, **extra}
    key_codes = {key: cell(name).distinct[0] for key, name in (
        ("destination", "destination_country"), ("origin", "origin_country"), ("date", "date"), ("currency", "currency"),
        ("buyer", "buyer_type"), ("carrier", "carrier"), ("subdivision", "destination_subdivision"))}
    key_codes["registrations"] = held_code.astype(np.int64)
    key_codes["buyer_vat_id"] = (buyer_vat == "1").astype(np.int64)
    key_codes["contents"] = contents_text.distinct[0]
    key_codes.update({k: cell(k[5:]).distinct[0] for k in extra})
    return OrderLines(
        n_rows=n, order_of_row=order_of_row.astype(np.int64), n_orders=n_orders, first_row=first_row,
        accepted=order_ok, price=price.astype(np.int64), qty=qty.astype(np.int64), weight=weight,
        weight_cell=wt.distinct, hs=hs,
        hs_index=hs_index, hs_distinct=hs_distinct,
        shipping=_scaled(ship_text, ok_ship, PRICE_SCALE), insurance=_scaled(ins_text, ok_ins, PRICE_SCALE), keys=keys,
        key_codes=key_codes)


def text_cells() -> dict[str, tuple[int, int]]:
    """Order-level cells the one-order models take as plain text, with the (min, max) characters their field
    allows (read from the models): party names, addresses, cities and postal codes, invoice numbers."""
    from ..models import Order, Party

    def limits(model, field) -> tuple[int, int]:
        lo, hi = 0, 10**9
        for m in model.model_fields[field].metadata:
            lo, hi = getattr(m, "min_length", None) or lo, getattr(m, "max_length", None) or hi
        return lo, hi
    out = {f"{role}_{f}": limits(Party, f) for role in PARTY_COLUMNS for f in ("name", "city", "postal_code", "address")}
    out["invoice_number"] = limits(Order, "invoice_number")
    return out


def check_order_cells(df: pd.DataFrame, ol: OrderLines) -> None:
    """Of the orders read with `order_cells_checked_by_caller`, keep accepted only those whose party,
    contents, invoice and order-weight cells the one-order path accepts. Plain text cells (names, addresses,
    invoice numbers) are checked over whole columns: within their field's length, no outer spaces; for the
    other cells (countries, VAT numbers, dates of birth ...) the first row of one order per distinct setting
    is parsed as an order, the one-order path's own validation, party defaults included."""
    import pyarrow.compute as pc

    from ..errors import InvalidInput
    from ..models import Order
    from ..ordertable import order_from_rows, row_records

    extra = [k for k in ol.keys if k.startswith("cell:")]
    if not extra:
        return
    text = {c: lim for c, lim in text_cells().items() if f"cell:{c}" in ol.keys}
    for c, (lo, hi) in text.items():
        col = _Column(pd.Series(ol.keys[f"cell:{c}"], dtype=object).astype(str))
        values = col.distinct[1]
        n = pc.utf8_length(values)
        plain = pc.and_(pc.equal(pc.utf8_trim_whitespace(values), values),
                        pc.and_(pc.greater_equal(n, max(lo, 1)), pc.less_equal(n, hi)))
        ok = col.spread(pc.or_(pc.equal(values, ""), plain)).astype(bool)
        ol.accepted &= ok
    checked = [k for k in extra if k[5:] not in text]
    stated = np.zeros(ol.n_orders, dtype=bool)
    for k in checked:
        stated |= ol.keys[k] != ""
    orders = np.flatnonzero(ol.accepted & stated)
    if not len(orders):
        return
    # the date is left out: an accepted order's date was read whole with it, and the models check no cell against it
    columns = [k for k in ol.keys if k != "date" and not (k.startswith("cell:") and k[5:] in text)]
    codes, first, settings = order_settings(ol, orders, columns)
    # a setting's verdict depends on its cells alone (the rest of the row was checked above): kept across chunks
    keys = [tuple(zip(columns, t)) for t in settings]
    if len(_SETTING_OK) + len(keys) > _SETTING_OK_MAX:
        _SETTING_OK.clear()               # before the lookups: a verdict found now must still be there below
    unknown = [i for i, key in enumerate(keys) if key not in _SETTING_OK]
    if unknown:
        for i, row in zip(unknown, row_records(df, ol.first_row[orders[first[unknown]]])):
            try:
                Order.parse(order_from_rows([row]))
                _SETTING_OK[keys[i]] = True
            except InvalidInput:
                _SETTING_OK[keys[i]] = False
    ok = np.array([_SETTING_OK[key] for key in keys], dtype=bool)
    ol.accepted[orders[~ok[codes]]] = False


_SETTING_OK: dict[tuple, bool] = {}   # order settings (party countries, VAT numbers ...) -> the models accept them
_SETTING_OK_MAX = 100_000


def order_settings(ol: OrderLines, orders: np.ndarray, columns: list[str]) -> tuple[np.ndarray, np.ndarray, list[tuple]]:
    """For the given orders: a dense code per distinct combination of their `columns` (from the cell texts,
    so one setting written two ways may get two codes, each with the same values), the position of each
    code's first order, and each code's values (missing ones as '')."""
    codes = combine_codes(*(ol.key_codes[c][orders] for c in columns))
    first = first_rows(codes)
    values = []
    for c in columns:
        v = ol.keys[c][orders[first]]
        missing = pd.isna(v)
        if missing.any():
            v = v.copy()
            v[missing] = ""
        values.append(v.tolist())
    return codes, first, list(zip(*values))
