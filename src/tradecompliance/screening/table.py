"""Screen a table of order lines with the one-order `screen`: every row back, in order, with its line
decision and reasons, the order's decision and each party's decision.

Columns read: those of the quote table (see landed/table.py) plus buyer_name, buyer_country, buyer_city,
buyer_address, buyer_date_of_birth, consignee_*, seller_name, seller_country."""
from __future__ import annotations

from ..ordertable import per_order
from ..packs.loader import RuleSet, load_rules
from .parties.lists import PartyLists, load_lists
from .screen import screen

OUT_COLUMNS = ["status", "error", "decision", "reasons", "order_decision", "order_reasons", "party_decisions"]


def _reasons(findings) -> str:
    return "; ".join(f"{f.action} {f.rule}: {f.matched}" for f in findings)


def screen_frame(df, rules: RuleSet | None = None, lists: PartyLists | None = None):
    rules, lists = rules or load_rules(), lists or load_lists()

    def fill(result, k: int) -> dict:
        line = result.lines[k]
        parties = "; ".join(f"{p.role}: {p.decision}" + (f" ({p.hits[0].list} {p.hits[0].entry_id} {p.hits[0].name!r} {p.hits[0].score})" if p.hits else "")
                            for p in result.parties)
        return {"status": "ok", "error": "", "decision": line.decision, "reasons": _reasons(line.findings),
                "order_decision": result.decision, "order_reasons": _reasons(result.findings), "party_decisions": parties}

    return per_order(df, OUT_COLUMNS, lambda order: screen(order, rules=rules, lists=lists), fill)
