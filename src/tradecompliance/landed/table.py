"""Quote a table of order lines (one row per line, grouped by order_id) with the one-order `quote`.
Every input row comes back once, in order, with status and error; order totals repeat on each row.

Columns read (order-level ones are taken from the order's first row):
  order_id, origin_country, destination_country, destination_subdivision, date, currency, shipping,
  insurance, incoterm, buyer_type, buyer_vat_id, carrier, ioss_number, gb_vat_number, voec_number, au_gst_number,
  nz_gst_number, sg_gst_number, ch_vat_number, cn_cbec_number, br_prc_number, cl_sii_number,
  my_lvg_number,
  description, hs_code, quantity, unit_value, net_weight_kg, line_origin, preference_claimed, category"""
from __future__ import annotations

from ..ordertable import ORDER_COLUMNS, REGISTRATION_COLUMNS, LINE_COLUMNS, order_from_rows, per_order  # noqa: F401
from ..ordertable import text_table, with_fallback
from ..packs.loader import RuleSet, load_rules
from .quote import quote

OUT_COLUMNS = ["status", "error", "customs_value", "duty", "vat", "vat_rate", "order_duty", "order_vat", "order_fees",
               "order_taxes", "order_landed_cost", "destination_currency", "regime", "fx_rate"]
# what each figure of a row came from (`explain`): the destination's pack and version, the line's charges and the
# order's (consignment-level: fees, flat duties) with rate, base, rule, legal reference and pack file:line, and the
# order's decisions (valuation basis, reliefs and thresholds met or not, collection regime), each cited
EXPLAIN_COLUMNS = ["pack", "charges", "order_charges", "decisions"]


def quote_frame(df, rules: RuleSet | None = None, *, vectorised: bool = True, explain: bool = False):
    """DataFrame of order lines in, the same rows (same order) with quote columns out. Orders the
    vectorised path answers with certainty are computed over whole arrays (landed/batch.py); every other
    order, and every bad one, goes through the one-order `quote`. Both give the same figures.
    `explain` adds EXPLAIN_COLUMNS, read from each order's `quote` (the one-order path: an audit's speed)."""
    rules = rules or load_rules()
    if vectorised and text_table(df) and not explain:
        from .batch import quote_vectorised

        return with_fallback(df, OUT_COLUMNS, lambda text: quote_vectorised(text, rules),
                             lambda text: quote_frame(text, rules, vectorised=False))

    order_explained: list = [None, {}]          # (the order being filled, its explain columns)

    def fill(result, k: int) -> dict:
        line = result.lines[k] if k < len(result.lines) else None
        values = {
            "status": result.status if line is None or line.status == "ok" else line.status,
            "error": "; ".join(e for e in result.errors if e.startswith(f"line {k}:") or not e.startswith("line ")),
            "customs_value": line.customs_value if line else "", "duty": line.duty if line and line.duty is not None else "",
            "vat": line.vat if line and line.vat is not None else "", "vat_rate": (line.vat_rate or "") if line else "",
            "destination_currency": result.destination_currency or "", "regime": result.regime or "",
            "fx_rate": result.fx.rate if result.fx else "",
        }
        if result.totals is not None:
            t = result.totals
            values.update(order_duty=t.duty, order_vat=t.vat, order_fees=t.fees, order_taxes=t.taxes_and_duties, order_landed_cost=t.landed_cost)
        if explain:
            if order_explained[0] is not result:        # the order's columns written once, on its first line
                order_explained[:] = [result, _order_explanation(result, rules)]
            values.update(order_explained[1], charges=_charges(result, k))
        return values

    return per_order(df, OUT_COLUMNS + (EXPLAIN_COLUMNS if explain else []), lambda order: quote(order, rules=rules), fill)


def _charges(result, line: int | None) -> str:
    """The charges of one line of a quoted order (None: the consignment's), as a JSON list."""
    import json

    return json.dumps([c.model_dump(mode="json", exclude={"line"}) for c in result.charges if c.line == line], ensure_ascii=False)


def _order_explanation(result, rules: RuleSet) -> dict[str, str]:
    """The explain columns every line of a quoted order repeats: its pack, consignment charges and decisions."""
    import json

    pack = rules.pack_for(result.destination)
    return {"pack": pack.label if pack is not None else "", "order_charges": _charges(result, None),
            "decisions": json.dumps(result.decisions, ensure_ascii=False)}
