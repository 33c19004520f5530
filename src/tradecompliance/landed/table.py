"""Quote a table of order lines (one row per line, grouped by order_id) with the one-order `quote`.
Every input row comes back once, in order, with status and error; order totals repeat on each row.

Columns read (order-level ones are taken from the order's first row):
  order_id, origin_country, destination_country, destination_subdivision, date, currency, shipping,
  insurance, incoterm, buyer_type, buyer_vat_id, carrier, ioss_number, gb_vat_number, voec_number, au_gst_number,
  nz_gst_number, sg_gst_number, ch_vat_number,
  description, hs_code, quantity, unit_value, net_weight_kg, line_origin, preference_claimed, category"""
from __future__ import annotations

from typing import Any

from ..errors import InvalidInput
from ..packs.loader import RuleSet, load_rules
from .quote import quote

ORDER_COLUMNS = ["origin_country", "destination_country", "destination_subdivision", "date", "currency", "shipping",
                 "insurance", "incoterm", "buyer_type", "carrier"]
REGISTRATION_COLUMNS = {"ioss_number": "eu_ioss", "gb_vat_number": "gb_vat", "voec_number": "no_voec", "au_gst_number": "au_gst",
                        "nz_gst_number": "nz_gst", "sg_gst_number": "sg_gst", "ch_vat_number": "ch_vat"}
LINE_COLUMNS = {"description": "description", "hs_code": "hs_code", "quantity": "quantity", "unit_value": "unit_value",
                "net_weight_kg": "net_weight_kg", "line_origin": "origin_country", "category": "category"}
OUT_COLUMNS = ["status", "error", "customs_value", "duty", "vat", "vat_rate", "order_duty", "order_vat", "order_fees",
               "order_taxes", "order_landed_cost", "destination_currency", "regime", "fx_rate"]


def order_from_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    first = rows[0]
    order: dict[str, Any] = {k: first[k] for k in ORDER_COLUMNS if first.get(k, "") != ""}
    order["id"] = str(first.get("order_id", ""))
    order["registrations"] = [{"scheme": s, "number": first[c]} for c, s in REGISTRATION_COLUMNS.items() if first.get(c)]
    if first.get("buyer_vat_id"):
        order["buyer"] = {"name": first.get("buyer_name") or "buyer", "country": first.get("destination_country"), "vat_id": first["buyer_vat_id"]}
    order["lines"] = []
    for r in rows:
        line = {dst: r[src] for src, dst in LINE_COLUMNS.items() if r.get(src, "") != ""}
        if str(r.get("preference_claimed", "")).lower() in ("1", "true", "yes"):
            line["preference_claimed"] = True
        order["lines"].append(line)
    return order


def quote_frame(df, rules: RuleSet | None = None):
    """DataFrame of order lines in, the same rows (same order) with quote columns out."""
    import pandas as pd

    rules = rules or load_rules()
    out = df.copy()
    for col in OUT_COLUMNS:
        out[col] = ""
    if "order_id" not in df.columns:
        out["status"], out["error"] = "error", "missing column order_id"
        return out
    records = df.to_dict("records")
    groups: dict[str, list[int]] = {}
    for pos, rec in enumerate(records):
        groups.setdefault(str(rec["order_id"]), []).append(pos)
    cols = {c: out.columns.get_loc(c) for c in OUT_COLUMNS}
    for order_id, positions in groups.items():
        rows = [records[p] for p in positions]
        try:
            result = quote(order_from_rows(rows), rules=rules)
        except InvalidInput as exc:
            for k, p in enumerate(positions):
                prefix = f"lines.{k}."
                mine = [f"{path[len(prefix):]}: {m}" for path, m in exc.problems if path.startswith(prefix)]
                other = [f"{path}: {m}" for path, m in exc.problems if not path.startswith("lines.")]
                out.iat[p, cols["status"]] = "error"
                out.iat[p, cols["error"]] = "; ".join(mine + other) or "another line of this order is invalid"
            continue
        for k, p in enumerate(positions):
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
            for c, v in values.items():
                out.iat[p, cols[c]] = str(v)
    return out
