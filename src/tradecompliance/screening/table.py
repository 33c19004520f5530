"""Screen a table of order lines with the one-order `screen`: every row back, in order, with its line
decision and reasons, the order's decision and each party's decision.

Columns read: those of the quote table (see landed/table.py) plus buyer_name, buyer_country, buyer_city,
buyer_address, buyer_date_of_birth, consignee_*, seller_name, seller_country."""
from __future__ import annotations

from ..ordertable import per_order, text_table, with_fallback
from ..packs.loader import RuleSet, load_rules
from .parties.lists import PartyLists, load_lists
from .screen import screen

OUT_COLUMNS = ["status", "error", "decision", "reasons", "order_decision", "order_reasons", "party_decisions"]


def reasons_text(findings) -> str:
    return "; ".join(f"{f.action} {f.rule}: {f.matched}" for f in findings)


def parties_text(parties) -> str:
    return "; ".join(f"{p.role}: {p.decision}" + (f" ({p.hits[0].list} {p.hits[0].entry_id} {p.hits[0].name!r} {p.hits[0].score})"
                                                   if p.hits else "") for p in parties)


def screen_frame(df, rules: RuleSet | None = None, lists: PartyLists | None = None, *, vectorised: bool = True):
    """Every row, in order, with the screening columns. Each distinct (order setting, line) is screened
    once (screening/batch.py); orders it cannot take go through `screen` whole. Same answers either way."""
    rules, lists = rules or load_rules(), lists or load_lists()
    if vectorised and text_table(df):
        from .batch import screen_vectorised

        return with_fallback(df, OUT_COLUMNS, lambda text: screen_vectorised(text, rules, lists),
                             lambda text: screen_frame(text, rules, lists, vectorised=False))

    def fill(result, k: int) -> dict:
        line = result.lines[k]
        return {"status": "ok", "error": "", "decision": line.decision, "reasons": reasons_text(line.findings),
                "order_decision": result.decision, "order_reasons": reasons_text(result.findings),
                "party_decisions": parties_text(result.parties)}

    return per_order(df, OUT_COLUMNS, lambda order: screen(order, rules=rules, lists=lists), fill)
