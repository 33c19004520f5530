"""The vectorised quote of a table of order lines: read the table into arrays, ask the rule packs once per
distinct order setting and HS code, do the arithmetic over whole arrays, and hand every order it cannot
answer with certainty to the one-order `quote`. The result equals `quote` row for row, to the cent."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..ordertable import TextColumn, take_text
from ..packs.loader import RuleSet
from .batch_input import check_order_cells, read_order_lines, tested_attributes, unread_line_cells
from .batch_kernel import run_kernel
from .batch_plan import interned
from .batch_registry import PlanRegistry

KEY_COLUMNS = ["destination", "origin", "date", "currency", "buyer", "carrier", "subdivision", "registrations", "buyer_vat_id",
               "contents"]


def quote_vectorised(df: pd.DataFrame, rules: RuleSet) -> tuple[dict[str, TextColumn], np.ndarray]:
    """(output columns over all rows, rows answered). Rows not answered are left to
    `quote` by the caller; their cells here are meaningless."""
    ol = read_order_lines(df, order_cells_checked_by_caller=True, unread_line_cells=unread_line_cells(rules),
                          tested_attributes=tested_attributes(rules))
    check_order_cells(df, ol)                 # parties, contents, invoice: accepted where quote accepts them
    reg = PlanRegistry.of(rules)
    n, n_orders = ol.n_rows, ol.n_orders
    plan_of_order = np.full(n_orders, -1, dtype=np.int64)
    accepted = np.flatnonzero(ol.accepted)
    date_of_order = np.full(n_orders, None, dtype=object)
    if len(accepted):
        date_of_order[accepted] = ol.keys["date"][accepted]
        ids = reg.plan_ids_of_orders(ol, accepted, KEY_COLUMNS)
        supported = reg.col("supported", lambda p: p.supported, False, bool)
        plan_of_order[accepted] = np.where(supported[ids], ids, -1)
    oi = ol.order_of_row
    plan_row = np.where(ol.accepted[oi], plan_of_order[oi], -1)
    line_plan_of_row = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(plan_row >= 0)
    hs_id_of_text = np.zeros(len(ol.hs_distinct), dtype=np.int64)
    if len(rows):
        texts = np.flatnonzero(np.bincount(ol.hs_index[rows], minlength=len(ol.hs_distinct)))   # the code cells these rows use, each asked once
        hs_id_of_text[texts] = reg.hs_ids([ol.hs_distinct[t] or "" for t in texts.tolist()])
        line_plan_of_row[rows] = reg.line_plan_ids(plan_row[rows], hs_id_of_text[ol.hs_index[rows]])
    res = run_kernel(ol, plan_of_order, reg, line_plan_of_row)
    done_order = (plan_of_order >= 0) & ~res["unsure"]
    done_row = done_order[oi]
    pick = np.where(plan_of_order >= 0, plan_of_order, len(reg.plans))[oi]     # orders without a plan: the blank entry
    unknown_order = res["order_unknown"][oi]
    unknown_row = res["unknown_row"]
    out: dict[str, TextColumn] = {}
    for col in ("customs_value", "duty", "vat"):
        out[col] = res[col].strings()
    where, used = pd.factorize(res["vat_rate_id"])
    out["vat_rate"] = take_text(where, ["" if v < 0 else interned(v)[1] for v in used.tolist()])
    for c in ("order_duty", "order_vat", "order_fees", "order_taxes", "order_landed_cost"):
        out[c] = res[c].strings(oi).blank(unknown_order)
    out["destination_currency"] = take_text(pick, reg.col("currency", lambda p: p.currency, ""))
    out["fx_rate"] = take_text(pick, reg.col("fx_text", lambda p: p.fx_text, ""))
    R = reg.max_regimes
    regime_ids = reg.rule_col("regime_ids", lambda p: tuple([r.id for r in p.regimes] + [""] * (R + 1 - len(p.regimes))),
                         ("",) * (R + 1)).reshape(-1, R + 1)                    # regime -1 reads the last column
    out["regime"] = take_text(pick * (R + 1) + np.where(res["regime"] >= 0, res["regime"], R)[oi], regime_ids.ravel())
    # orders with a line whose rate is unknown: quote's rate_unknown result, no totals, the line's message
    out["status"] = take_text(unknown_order.astype(np.int64), ["ok", "rate_unknown"])
    out["error"] = take_text(np.zeros(n, dtype=np.int64), [""])
    if unknown_row.any():
        rows_u = np.flatnonzero(unknown_row)
        # "line <k>: <why>", the reason asked once per (plan, code) over the run and joined in Arrow
        why = reg.why_column(line_plan_of_row[rows_u], date_of_order[oi[rows_u]].tolist())
        k = pc.cast(pa.array(_line_index(oi)[rows_u]), pa.string())
        message = pc.binary_join_element_wise("line ", k, ": ", why.arrow(), "")
        out["error"] = out["error"].where(unknown_row, message)
        out["duty"] = out["duty"].blank(unknown_row)
        out["vat"] = out["vat"].blank(unknown_row & res["has_vat_row"])   # without a VAT pack quote's VAT stays 0
    return out, done_row


def _line_index(order_of_row: np.ndarray) -> np.ndarray:
    """Each row's position among the rows of its order (the one-order path's line index)."""
    n = len(order_of_row)
    by_order = np.argsort(order_of_row, kind="stable")
    sorted_orders = order_of_row[by_order]
    starts = np.flatnonzero(np.r_[True, sorted_orders[1:] != sorted_orders[:-1]])
    rank = np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))
    out = np.empty(n, dtype=np.int64)
    out[by_order] = rank
    return out
