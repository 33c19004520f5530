"""The vectorised quote of a table of order lines: read the table into arrays, ask the rule packs once per
distinct order setting and HS code, do the arithmetic over whole arrays, and hand every order it cannot
answer with certainty to the one-order `quote`. The result equals `quote` row for row, to the cent."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..packs.loader import RuleSet
from .batch_input import read_order_lines
from .batch_kernel import run_kernel
from .batch_plan import line_plan, order_plan

KEY_COLUMNS = ["destination", "origin", "date", "currency", "buyer", "carrier", "subdivision", "registrations"]
_CACHE_LIMIT = 200_000


def _cached(rules: RuleSet, key, build):
    store = rules.derived.setdefault("batch-plans", {})
    value = store.get(key)
    if value is None:
        if len(store) > _CACHE_LIMIT:
            store.clear()
        value = store[key] = build()
    return value


def quote_vectorised(df: pd.DataFrame, rules: RuleSet) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """(output columns as string arrays over all rows, rows answered). Rows not answered are left to
    `quote` by the caller; their cells here are meaningless."""
    ol = read_order_lines(df)
    n, n_orders = ol.n_rows, ol.n_orders
    plan_of_order = np.full(n_orders, -1, dtype=np.int64)
    plans, plan_keys, line_plans, owner = [], [], [], []
    accepted = np.flatnonzero(ol.accepted)
    if len(accepted):
        sub = ol.keys.iloc[accepted]
        combined = np.zeros(len(accepted), dtype=np.int64)
        column_values = []
        for c in KEY_COLUMNS:
            codes_c, uniq_c = pd.factorize(sub[c].astype(object).where(sub[c].notna(), ""), use_na_sentinel=False)
            combined = combined * (len(uniq_c) + 1) + codes_c
            column_values.append((codes_c, list(uniq_c)))
        uniq_keys, first_pos, codes = np.unique(combined, return_index=True, return_inverse=True)
        local = np.full(len(uniq_keys), -1, dtype=np.int64)
        for u, pos in enumerate(first_pos.tolist()):
            key = tuple(uniq_c[codes_c[pos]] for codes_c, uniq_c in column_values)
            plan = _cached(rules, ("order", key), lambda key=key: order_plan(rules, dict(zip(KEY_COLUMNS, key))))
            if plan.supported:
                local[u] = len(plans)
                plans.append(plan)
                plan_keys.append(id(plan))      # plans live in the cache as long as the line plans keyed on them
        plan_of_order[accepted] = local[codes]
    oi = ol.order_of_row
    plan_row = np.where(ol.accepted[oi], plan_of_order[oi], -1)
    line_plan_of_row = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(plan_row >= 0)
    if len(rows):
        hs_codes, hs_uniques = pd.factorize(pd.Series(ol.hs[rows], dtype=object), use_na_sentinel=False)
        hs_list = [h or None for h in hs_uniques.tolist()]
        combined = plan_row[rows] * (len(hs_list) + 1) + hs_codes
        uniq, inverse = np.unique(combined, return_inverse=True)
        for c in uniq.tolist():
            k, h = divmod(c, len(hs_list) + 1)
            line_plans.append(_cached(rules, ("line", plan_keys[k], hs_list[h]), lambda k=k, hs=hs_list[h]: line_plan(plans[k], hs)))
            owner.append(k)
        line_plan_of_row[rows] = inverse
    res = run_kernel(ol, plan_of_order, plans, line_plans, owner, line_plan_of_row)
    done_order = (plan_of_order >= 0) & ~res["unsure"]
    done_row = done_order[oi]
    out: dict[str, np.ndarray] = {}
    for col in ("customs_value", "duty", "vat"):
        out[col] = np.asarray(res[col].strings().to_numpy(zero_copy_only=False), dtype=object)
    out["vat_rate"] = np.asarray(res["vat_rate"], dtype=object)
    for c in ("order_duty", "order_vat", "order_fees", "order_taxes", "order_landed_cost"):
        out[c] = np.asarray(res[c].strings().take(oi).to_numpy(zero_copy_only=False), dtype=object)
    pick = np.where(plan_of_order >= 0, plan_of_order, len(plans))      # orders without a plan: the blank row
    out["destination_currency"] = np.array([p.currency for p in plans] + [""], dtype=object)[pick][oi]
    out["fx_rate"] = np.array([p.fx_text for p in plans] + [""], dtype=object)[pick][oi]
    max_r = max((len(p.regimes) for p in plans), default=0)
    regime_ids = np.array([[r.id for r in p.regimes] + [""] * (max_r - len(p.regimes) + 1) for p in plans]
                          + [[""] * (max_r + 1)], dtype=object)                # regime -1 reads the last column
    out["regime"] = regime_ids[pick, np.where(res["regime"] >= 0, res["regime"], max_r)][oi]
    # orders with a line whose rate is unknown: quote's rate_unknown result, no totals, the line's message
    unknown_order = res["order_unknown"][oi]
    unknown_row = res["unknown_row"]
    out["status"] = np.where(unknown_order, "rate_unknown", "ok").astype(object)
    error = np.full(n, "", dtype=object)
    if unknown_row.any():
        rows_u = np.flatnonzero(unknown_row)
        k = _line_index(oi)[rows_u]
        error[rows_u] = [f"line {i}: {line_plans[a].why}" for i, a in zip(k.tolist(), line_plan_of_row[rows_u].tolist())]
        out["duty"][rows_u] = ""
        out["vat"][rows_u[res["has_vat_row"][rows_u]]] = ""      # without a VAT pack quote's VAT stays 0
        for col in ("order_duty", "order_vat", "order_fees", "order_taxes", "order_landed_cost"):
            out[col][unknown_order] = ""
    out["error"] = error
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
