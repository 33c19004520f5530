"""Screening a table of order lines without screening every order.

What `screen` finds on a line depends only on the line (description, HS code; its unit value only where
an exporter's embargo has a value threshold for that destination) and on the few things the rule packs'
conditions look at: the destination, the exporter packs (origin's and seller's), the fields any condition
of any pack names (origin, buyer, carrier, schemes held ...), and the date only through the dates on
which a rule, an embargo or a country group starts or ends. The order's own findings (embargoed
destination or region) and its party checks do not depend on the lines. So each distinct line key is
screened once (`screen_lines` on a one-line order), each distinct order once (`screen_lines` with no line
part, `screen_parties`), and every row gets those answers; the order's decision is the worst of its
lines', its own findings' and its parties'. Orders whose cells are not in a plain form go to `screen`."""
from __future__ import annotations

import bisect
import datetime as dt

import numpy as np
import pandas as pd

from ..errors import InvalidInput
from ..landed.batch_input import read_order_lines
from ..models import Order
from ..ordertable import LINE_COLUMNS, order_from_rows
from ..packs.conditions import Condition
from ..packs.loader import RuleSet
from .exports import address_text, exporter_packs
from .goods import active
from .parties.lists import PartyLists
from .result import SEVERITY
from .screen import screen_lines, screen_parties
from .table import parties_text, reasons_text

DECISIONS = sorted(SEVERITY, key=SEVERITY.__getitem__)
# Context fields a condition can name, keyed by the condition attribute
_FIELDS = {"origin": "origin", "not_origin": "origin", "subdivision": "subdivision", "buyer": "buyer", "carrier": "carrier",
           "category": "category", "attributes": "attributes", "registered": "registrations", "buyer_vat_id": "buyer_vat_id"}
_CACHE_LIMIT = 500_000


def _walk(cond: Condition | None, fields: set[str]) -> None:
    if cond is None:
        return
    for attr, name in _FIELDS.items():
        if getattr(cond, attr) is not None:
            fields.add(name)
    for sub in (cond.any_ or ()) + (cond.all_ or ()) + ((cond.not_,) if cond.not_ else ()):
        _walk(sub, fields)


def rule_view(rules: RuleSet) -> tuple[frozenset[str], list[dt.date]]:
    """(context fields any restriction or embargo condition names, the dates on which something changes)."""
    key = "screen-rule-view"
    if key not in rules.derived:
        fields: set[str] = set()
        dates: set[dt.date] = set()
        for pack in rules.packs.values():
            for r in (pack.restrictions.rules if pack.restrictions else []):
                _walk(r.when, fields)
                dates.update(d for d in (r.since, r.until and r.until + dt.timedelta(days=1)) if d)
            for e in (pack.sanctions.embargoes if pack.sanctions else []):
                _walk(e.goods, fields)
                dates.update(d for d in (e.since, e.until and e.until + dt.timedelta(days=1)) if d)
        for group in rules.groups.groups.values():
            dates.update(entry.start for entry in group.members)
        # an embargo on goods in a region reads the address for line findings too
        if any((e.regions or e.region_words) and (e.goods is not None or e.above is not None)
               for pack in rules.packs.values() for e in (pack.sanctions.embargoes if pack.sanctions else [])):
            fields.add("address")
        rules.derived[key] = (frozenset(fields), sorted(dates))
    return rules.derived[key]


def _answers(store: dict, kind: str, keys: list, build) -> tuple[np.ndarray, list]:
    """(code of each key, answer of each distinct key): each distinct key is answered once, by
    `build(position of its first occurrence)`, and kept in `store` for the next chunks."""
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object))
    _, first = np.unique(codes, return_index=True)
    table = []
    for u, key in enumerate(uniques):
        got = store.get((kind, key))
        if got is None:
            got = store[(kind, key)] = build(first[u])
        table.append(got)
    return codes, table


def _record(df: pd.DataFrame, row: int) -> dict:
    return {c: ("" if v is None else str(v)) for c, v in df.iloc[int(row)].items()}


class _OrderFacts:
    """What one distinct order setting gives every line: the parsed order (None if invalid), its exporter
    packs, whether unit values matter, its own findings and its party checks."""

    def __init__(self, rules: RuleSet, lists: PartyLists, row: dict):
        try:
            self.order = Order.parse(order_from_rows([row]))
        except InvalidInput:
            self.order = None
            return
        order = self.order
        self.exporters = exporter_packs(rules, order)
        self.sensitive = any(emb.above is not None and active(emb, order.date) and (
            order.destination_country in emb.destinations or emb.regions or emb.region_words)
            for pack in self.exporters for emb in pack.sanctions.embargoes)
        findings, _ = screen_lines(rules, order.model_copy(update={"lines": order.lines[:0]}), self.exporters)
        parties = screen_parties(order, lists)
        self.severity = max([SEVERITY[f.action] for f in findings] + [SEVERITY[p.decision] for p in parties], default=0)
        self.reasons = reasons_text(findings)
        self.parties = parties_text(parties)


def screen_vectorised(df: pd.DataFrame, rules: RuleSet, lists: PartyLists) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """(output columns over all rows, rows answered); rows not answered are left to `screen` by the caller."""
    ol = read_order_lines(df, order_cells_checked_by_caller=True)
    n, oi, n_orders = ol.n_rows, ol.order_of_row, ol.n_orders
    fields, boundaries = rule_view(rules)
    store = rules.derived.setdefault(("batch-screen", id(lists)), {})
    if len(store) > _CACHE_LIMIT:
        store.clear()
    accepted = ol.accepted.copy()
    facts: list[_OrderFacts | None] = [None] * n_orders
    keys = ol.keys
    if accepted.any():
        acc = np.flatnonzero(accepted)
        sub = keys.iloc[acc].drop(columns=["currency"])
        tuples = list(zip(*(sub[c].astype(object).where(sub[c].notna(), "").tolist() for c in sub.columns)))
        codes, per_key = _answers(store, "order", tuples,
                                  lambda pos: _OrderFacts(rules, lists, _record(df, ol.first_row[acc[pos]])))
        for pos, o in enumerate(acc.tolist()):
            facts[o] = per_key[codes[pos]]
            if facts[o].order is None:
                accepted[o] = False
    rows = np.flatnonzero(accepted[oi])
    decision = np.full(n, "", dtype=object)
    reasons = np.full(n, "", dtype=object)
    order_sev = np.zeros(n_orders, dtype=np.int64)
    failed = np.zeros(n_orders, dtype=bool)
    if len(rows):
        desc = df["description"].astype(str).to_numpy(dtype=object)
        uv = df["unit_value"].astype(str).to_numpy(dtype=object)
        line_keys = []
        for r, o, d, h, v in zip(rows.tolist(), oi[rows].tolist(), desc[rows].tolist(), ol.hs[rows].tolist(), uv[rows].tolist()):
            f = facts[o]
            order = f.order
            seen = tuple(_field(order, name) for name in sorted(fields))
            base = (tuple(p.name for p in f.exporters), order.destination_country, order.destination_subdivision,
                    bisect.bisect_right(boundaries, order.date), seen, d, h)
            line_keys.append(base + ((order.currency, v, order.date) if f.sensitive else ()))

        def screen_line(pos: int):
            r = rows[pos]
            cells = _record(df, r)
            line = order_from_rows([{**cells, **{c: cells.get(c, "") for c in LINE_COLUMNS}}])["lines"][0]
            order = facts[oi[r]].order
            try:
                one = order.model_copy(update={"lines": [type(order.lines[0]).model_validate(line)]})
                _, screened = screen_lines(rules, one, facts[oi[r]].exporters)
                return (screened[0].decision, reasons_text(screened[0].findings))
            except (InvalidInput, ValueError):
                return ()

        codes, answers = _answers(store, "line", line_keys, screen_line)
        ok_code = np.array([bool(a) for a in answers], dtype=bool)
        failed[oi[rows[~ok_code[codes]]]] = True
        table = np.array([a if a else ("clear", "") for a in answers], dtype=object)
        got = table[codes]
        decision[rows], reasons[rows] = got[:, 0], got[:, 1]
        np.maximum.at(order_sev, oi[rows], np.array([SEVERITY[d] for d in got[:, 0]], dtype=np.int64))
    own_sev = np.array([f.severity if f is not None and f.order is not None else 0 for f in facts], dtype=np.int64)
    order_reasons = np.array([f.reasons if f is not None and f.order is not None else "" for f in facts], dtype=object)
    party_text = np.array([f.parties if f is not None and f.order is not None else "" for f in facts], dtype=object)
    done_order = accepted & ~failed
    out = {"status": np.full(n, "ok", dtype=object), "error": np.full(n, "", dtype=object), "decision": decision,
           "reasons": reasons, "order_decision": np.array(DECISIONS, dtype=object)[np.maximum(order_sev, own_sev)][oi],
           "order_reasons": order_reasons[oi], "party_decisions": party_text[oi]}
    return out, done_order[oi]


def _field(order: Order, name: str):
    if name == "origin":
        return order.origin_country
    if name == "subdivision":
        return order.destination_subdivision
    if name == "buyer":
        return order.buyer_type
    if name == "carrier":
        return order.carrier
    if name == "registrations":
        return tuple(sorted(r.scheme for r in order.registrations))
    if name == "buyer_vat_id":
        return bool(order.buyer and order.buyer.vat_id)
    if name == "address":
        return address_text(order)
    return None          # category, attributes: line columns the batch path does not take (their orders go to screen)
