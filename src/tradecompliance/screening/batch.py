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
from ..landed.batch_input import order_settings, read_order_lines, unread_line_cells
from ..models import Order
from ..ordertable import LINE_COLUMNS, combine_codes, first_rows, order_from_rows, row_records, take_text
from ..packs.conditions import Condition
from ..packs.loader import RuleSet
from .exports import exporter_packs, region_hit
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


class _OrderFacts:
    """What one distinct order setting gives every line: the parsed order (None if invalid), its exporter
    packs, whether unit values matter, the part of the line key it fixes, its own findings and its party
    checks."""

    def __init__(self, rules: RuleSet, lists: PartyLists, row: dict, fields, boundaries):
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
        self.line_key = (tuple(p.name for p in self.exporters), order.destination_country, order.destination_subdivision,
                         bisect.bisect_right(boundaries, order.date), tuple(_field(rules, order, name) for name in sorted(fields)))
        findings, _ = screen_lines(rules, order.model_copy(update={"lines": order.lines[:0]}), self.exporters)
        parties = screen_parties(order, lists)
        self.severity = max([SEVERITY[f.action] for f in findings] + [SEVERITY[p.decision] for p in parties], default=0)
        self.reasons = reasons_text(findings)
        self.parties = parties_text(parties)


def _lookup(store: dict, kind: str, keys: list, build_missing) -> list:
    """The stored answer of each key; each missing key built once, together, by `build_missing(positions)`."""
    answers = [store.get((kind, k)) for k in keys]
    first: dict = {}
    for i, a in enumerate(answers):
        if a is None:
            first.setdefault(keys[i], i)
    if first:
        for key, a in zip(first, build_missing(list(first.values()))):
            store[(kind, key)] = a
        answers = [a if a is not None else store[(kind, k)] for a, k in zip(answers, keys)]
    return answers


def screen_vectorised(df: pd.DataFrame, rules: RuleSet, lists: PartyLists) -> tuple[dict, np.ndarray]:
    """(output columns over all rows, rows answered); rows not answered are left to `screen` by the caller.
    Python runs once per distinct order setting and per distinct line key of the chunk, the rest is arrays."""
    ol = read_order_lines(df, order_cells_checked_by_caller=True, unread_line_cells=unread_line_cells(rules))
    n, oi, n_orders = ol.n_rows, ol.order_of_row, ol.n_orders
    fields, boundaries = rule_view(rules)
    store = rules.derived.setdefault(("batch-screen", id(lists)), {})
    if len(store) > _CACHE_LIMIT:
        store.clear()
    accepted = ol.accepted.copy()
    facts_of_order = np.full(n_orders, -1, dtype=np.int64)   # order -> index into `facts` (this chunk's distinct settings)
    facts: list[_OrderFacts] = []
    keys = ol.keys
    if accepted.any():
        acc = np.flatnonzero(accepted)
        codes, first, tuples = order_settings(ol, acc, [c for c in keys if c != "currency"])
        facts = _lookup(store, "order", tuples, lambda missing: [
            _OrderFacts(rules, lists, rec, fields, boundaries) for rec in row_records(df, ol.first_row[acc[first[missing]]])])
        facts_of_order[acc] = codes
        valid = np.array([f.order is not None for f in facts], dtype=bool)
        accepted[acc[~valid[codes]]] = False
    facts_row = np.where(accepted[oi], facts_of_order[oi], -1)
    rows = np.flatnonzero(facts_row >= 0)
    line_decision = np.zeros(n, dtype=np.int64)         # index into `answers` + 1; 0: no line answer
    failed = np.zeros(n_orders, dtype=bool)
    answers: list[tuple] = []
    if len(rows):
        f_rows = facts_row[rows]
        sensitive = np.array([f.sensitive for f in facts], dtype=bool)[f_rows]
        d_text = df["description"].astype(str).to_numpy(dtype=object)
        uv_text = df["unit_value"].astype(str).to_numpy(dtype=object)
        desc = pd.factorize(d_text[rows])[0]
        hs = pd.factorize(ol.hs[rows])[0]
        value = np.where(sensitive, pd.factorize(uv_text[rows])[0] + 1, 0)
        cur = np.where(sensitive, pd.factorize(keys["currency"].astype(object)[oi[rows]])[0] + 1, 0)
        line_code = combine_codes(f_rows, desc, hs, value, cur)
        first = first_rows(line_code)
        line_keys = []
        for pos in first.tolist():
            r = rows[pos]
            f = facts[f_rows[pos]]
            # the setting leaves the currency out (it matters only where a value threshold does): the row's own
            extra = (keys["currency"][oi[r]], uv_text[r], f.order.date) if f.sensitive else ()
            line_keys.append(f.line_key + (d_text[r], ol.hs[r]) + extra)

        def screen_missing(missing: list[int]) -> list[tuple]:
            picked = rows[first[missing]]
            out = []
            for r, cells in zip(picked.tolist(), row_records(df, picked)):
                f = facts[facts_row[r]]
                line = order_from_rows([{**cells, **{c: cells.get(c, "") for c in LINE_COLUMNS}}])["lines"][0]
                try:
                    one = f.order.model_copy(update={"lines": [type(f.order.lines[0]).model_validate(line)],
                                                     "currency": keys["currency"][oi[r]]})
                    _, screened = screen_lines(rules, one, f.exporters)
                    out.append((screened[0].decision, reasons_text(screened[0].findings)))
                except (InvalidInput, ValueError):
                    out.append(())
            return out

        answers = _lookup(store, "line", line_keys, screen_missing)
        ok_answer = np.array([bool(a) for a in answers], dtype=bool)
        failed[oi[rows[~ok_answer[line_code]]]] = True
        line_decision[rows] = line_code + 1
    table = [("", "")] + [a if a else ("clear", "") for a in answers]
    sev_of_answer = np.array([0] + [SEVERITY[a[0]] for a in table[1:]], dtype=np.int64)
    order_sev = np.zeros(n_orders, dtype=np.int64)
    np.maximum.at(order_sev, oi, sev_of_answer[line_decision])
    own_sev = np.array([f.severity if f.order is not None else 0 for f in facts] + [0], dtype=np.int64)[facts_of_order]
    pick = np.where(facts_of_order >= 0, facts_of_order, len(facts))[oi]
    done_order = accepted & ~failed
    out = {"status": take_text(np.zeros(n, dtype=np.int64), ["ok"]), "error": take_text(np.zeros(n, dtype=np.int64), [""]),
           "decision": take_text(line_decision, [a[0] for a in table]), "reasons": take_text(line_decision, [a[1] for a in table]),
           "order_decision": take_text(np.maximum(order_sev, own_sev)[oi], DECISIONS),
           "order_reasons": take_text(pick, [f.reasons if f.order is not None else "" for f in facts] + [""]),
           "party_decisions": take_text(pick, [f.parties if f.order is not None else "" for f in facts] + [""])}
    return out, done_order[oi]


def _field(rules: RuleSet, order: Order, name: str):
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
        # findings read an address only through the regions it names, per embargo (`region_hit`): two
        # addresses naming the same regions (most name none) screen every line alike
        return tuple(region_hit(rules, pack, emb, order) for pack in rules.packs.values() if pack.sanctions
                     for emb in pack.sanctions.embargoes if emb.regions or emb.region_words)
    return None          # category, attributes: line columns the batch path does not take (their orders go to screen)
