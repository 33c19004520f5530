"""Screening a table of order lines without screening every order.

What `screen` finds on a line depends only on the line (description, HS code; its unit value only where
an exporter's embargo has a value threshold for that destination) and on the few things the rule packs'
conditions look at: the destination, the exporter packs (origin's and seller's), the fields any condition
of any pack names (origin, buyer, carrier, schemes held ...), and the date only through the dates on
which a rule, an embargo or a country group starts or ends. The order's own findings (embargoed
destination or region) and its party checks do not depend on the lines, and the findings read a party
only through the regions its address names. So each distinct line key is screened once (`screen_lines`
on a one-line order), each distinct order setting once (`screen_lines` with no line part; the setting
leaves out party names and reads addresses as their regions), each distinct party once
(`screen_party`), and every row gets those answers; the order's decision is the worst of its lines',
its own findings' and its parties'. Orders whose cells are not in a plain form go to `screen`."""
from __future__ import annotations

import bisect
import datetime as dt

import numpy as np
import pandas as pd
from pydantic import ValidationError

from ..errors import InvalidInput
from ..landed.batch_input import check_order_cells, order_settings, read_order_lines, tested_attributes, text_cells, unread_line_cells
from ..models import Order, Party
from ..ordertable import (LINE_COLUMNS, PARTY_COLUMNS, PARTY_FIELDS, combine_codes, first_rows, order_from_rows,
                          party_from_row, row_records, take_text)
from ..packs.conditions import Condition
from ..packs.nested import nested
from ..packs.loader import RuleSet
from .exports import address_words, exporter_packs, order_address_words, regions_named
from ..packs.values import active
from .parties.lists import PartyLists
from .result import SEVERITY
from .screen import PARTY_ROLES, screen_lines, screen_party
from .table import parties_text, reasons_text

DECISIONS = sorted(SEVERITY, key=SEVERITY.__getitem__)
# Context fields a condition can name, keyed by the condition attribute
_FIELDS = {"origin": "origin", "not_origin": "origin", "subdivision": "subdivision", "buyer": "buyer", "carrier": "carrier",
           "category": "category", "attributes": "attributes", "registered": "registrations", "buyer_vat_id": "buyer_vat_id",
           "contents": "contents", "preference_claimed": "preference_claimed"}
_CACHE_LIMIT = 500_000


def _walk(cond: Condition | None, fields: set[str], dates: set[dt.date]) -> None:
    """Add to `fields` the context fields `cond` or any condition nested in it names, and to `dates` the days its
    `since` or `before` turn on."""
    for c in nested(cond):
        if isinstance(c, Condition):
            fields.update(name for attr, name in _FIELDS.items() if getattr(c, attr) is not None)
            dates.update(d for d in (c.since, c.before) if d)


def rule_view(rules: RuleSet) -> tuple[frozenset[str], list[dt.date]]:
    """(context fields any restriction or embargo condition names, the dates on which something changes)."""
    key = "screen-rule-view"
    if key not in rules.derived:
        fields: set[str] = set()
        dates: set[dt.date] = set()
        for pack in rules.packs.values():
            for r in (pack.restrictions.rules if pack.restrictions else []):
                _walk(r.when, fields, dates)
                dates.update(d for d in (r.since, r.until and r.until + dt.timedelta(days=1)) if d)
            for e in (pack.sanctions.embargoes if pack.sanctions else []):
                _walk(e.goods, fields, dates)
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
    packs, whether unit values matter, the part of the line key it fixes and its own findings. Parties are
    checked apart (`_party_checks`): a setting leaves out the names and reads addresses only through the
    regions they name, so orders differing only in their buyers share it."""

    def __init__(self, rules: RuleSet, row: dict, fields, boundaries):
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
        self.severity = max([SEVERITY[f.action] for f in findings], default=0)
        self.reasons = reasons_text(findings)


_NAME_CELLS = tuple(f"cell:{role}_name" for role in PARTY_COLUMNS)


def _party_checks(ol, orders: np.ndarray, rules: RuleSet, lists: PartyLists, store: dict):
    """For the given orders: (parties valid, severity of their checks, their checks as text, the regions
    their addresses name per embargo), each party validated and screened once per distinct statement of it."""
    keys = ol.keys
    n = len(orders)
    valid = np.ones(n, dtype=bool)
    per_role = {}                                      # role -> (code per order, checks per code or None)
    parties = {}                                       # role -> (code per order, Party per code or None)
    for role in PARTY_COLUMNS:
        cols = [f"cell:{role}_{f}" for f in PARTY_FIELDS if f"cell:{role}_{f}" in keys]
        if not cols:
            continue
        codes, first, tuples = order_settings(ol, orders, cols + ["destination", "origin"])

        def build(missing: list[int], cols=cols, tuples=tuples, role=role) -> list[tuple]:
            found = []
            for i in missing:
                row = dict(zip([c[5:] for c in cols] + ["destination_country", "origin_country"], tuples[i]))
                stated = party_from_row(row, role)
                if stated is None:
                    found.append(None)
                    continue
                try:
                    found.append(Party.model_validate(stated))
                except ValidationError:
                    found.append("invalid")
            named = [p for p in found if isinstance(p, Party)]
            maybe = iter(lists.matcher.could_match([p.name for p in named]).tolist())    # one pass for all names
            return [(p, (screen_party(role, p, lists, next(maybe)),)) if isinstance(p, Party) else (p, ()) for p in found]
        answers = _lookup(store, f"party:{role}", [tuple(map(str, t)) for t in tuples], build)
        bad = np.array([a[0] == "invalid" for a in answers], dtype=bool)
        valid &= ~bad[codes]
        per_role[role] = (codes, [a[1] for a in answers])
        parties[role] = (codes, [a[0] if not isinstance(a[0], str) else None for a in answers])
    roles = [r for r in PARTY_ROLES if r in per_role]            # the order screen reports them in
    combo = combine_codes(*(per_role[r][0] for r in roles)) if roles else np.zeros(n, dtype=np.int64)
    first = first_rows(combo)
    checks = [[c for r in roles for c in per_role[r][1][per_role[r][0][o]]] for o in first.tolist()]
    severity = np.array([max([SEVERITY[c.decision] for c in cs], default=0) for cs in checks] + [0], dtype=np.int64)[combo]
    text = [parties_text(cs) for cs in checks]
    # what findings read of the addresses (buyer's and consignee's, as address_text joins them)
    place = combine_codes(*(parties[r][0] for r in ("buyer", "consignee") if r in parties), ol.key_codes["subdivision"][orders])
    pfirst = first_rows(place)
    regions = []
    subdivisions = keys["subdivision"]
    for o in pfirst.tolist():
        words = address_words([parties[r][1][parties[r][0][o]] for r in ("buyer", "consignee") if r in parties])
        regions.append(regions_named(rules, subdivisions[orders[o]] or None, words))
    signatures = np.array(regions + [None], dtype=object)[:-1]
    codes = pd.factorize(signatures)[0].astype(np.int64)
    return valid, severity, (combo, text), (codes[place], signatures[place])


def _periodic(tuples: list[tuple], at: int, boundaries: list[dt.date]) -> tuple[np.ndarray, np.ndarray, list[tuple]]:
    """The settings (`tuples`, their date at position `at`) with the date read as its rule period: for each setting
    the code of its periodic setting, the first setting of each code (in order of first appearance), and the
    periodic settings. A date the table could not read stays as it is (its order is refused when read)."""
    periodic = [t[:at] + (("period", bisect.bisect_right(boundaries, t[at])),) + t[at + 1:] if isinstance(t[at], dt.date) else t
                for t in tuples]
    codes = pd.factorize(pd.Series(periodic, dtype=object))[0].astype(np.int64) if periodic else np.zeros(0, dtype=np.int64)
    return codes, first_rows(codes), periodic


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
    fields, boundaries = rule_view(rules)
    # a line declaring an attribute a restriction tests goes to `screen`, which reads it
    ol = read_order_lines(df, order_cells_checked_by_caller=True, unread_line_cells=unread_line_cells(rules),
                          tested_attributes=tested_attributes(rules) if "attributes" in fields else frozenset())
    n, oi, n_orders = ol.n_rows, ol.order_of_row, ol.n_orders
    store = rules.derived.setdefault(("batch-screen", id(lists)), {})
    if len(store) > _CACHE_LIMIT:
        store.clear()
    accepted = ol.accepted.copy()
    facts_of_order = np.full(n_orders, -1, dtype=np.int64)   # order -> index into `facts` (this chunk's distinct settings)
    facts: list[_OrderFacts] = []
    keys = ol.keys
    party_sev = np.zeros(n_orders, dtype=np.int64)
    party_code, party_texts = np.zeros(n_orders, dtype=np.int64), [""]     # order -> its party checks as text
    if accepted.any():
        acc = np.flatnonzero(accepted)
        ok, sev, (combo, text), regions = _party_checks(ol, acc, rules, lists, store)
        party_sev[acc] = sev
        party_code[acc] = combo + 1
        party_texts += text
        accepted[acc[~ok]] = False
        # a setting: the order's cells but its currency and its plain text cells (names, addresses, invoice
        # numbers), with its addresses read as the regions they name: the regions themselves go into the
        # setting (stored across chunks), their codes group this chunk
        ol.keys["regions"], ol.key_codes["regions"] = np.full(n_orders, None, dtype=object), np.zeros(n_orders, dtype=np.int64)
        ol.key_codes["regions"][acc], ol.keys["regions"][acc] = regions
        check_order_cells(df, ol)            # names, addresses and invoice numbers, as quote checks them
        accepted &= ol.accepted
        plain_text = {f"cell:{c}" for c in text_cells()}
        acc = np.flatnonzero(accepted)
        cols = [c for c in keys if c != "currency" and c not in plain_text]
        codes, first, tuples = order_settings(ol, acc, cols)
        # a setting's facts read its date only through the rule period it falls in (`boundaries`): the dates of one
        # period share them, as its lines' answers do (a line whose value an embargo weighs keys its row's own date)
        by_period, first_of, periodic = _periodic(tuples, cols.index("date"), boundaries)
        first = first[first_of]

        def build(missing: list[int]) -> list[_OrderFacts]:
            recs = row_records(df, ol.first_row[acc[first[missing]]])
            # the stand-in row keeps each party but not its name (a name no finding reads; invalid ones were
            # caught above): the role stands for it, as for an unnamed party
            return [_OrderFacts(rules, {k: (k[:-5] if v and f"cell:{k}" in _NAME_CELLS else v) for k, v in rec.items()},
                                fields, boundaries) for rec in recs]
        facts = _lookup(store, "order", [periodic[i] for i in first_of.tolist()], build)
        facts_of_order[acc] = by_period[codes]
        valid = np.array([f.order is not None for f in facts], dtype=bool)
        accepted[acc[~valid[by_period[codes]]]] = False
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
            extra = (keys["currency"][oi[r]], uv_text[r], keys["date"][oi[r]]) if f.sensitive else ()
            line_keys.append(f.line_key + (d_text[r], ol.hs[r]) + extra)

        def screen_missing(missing: list[int]) -> list[tuple]:
            picked = rows[first[missing]]
            out = []
            for r, cells in zip(picked.tolist(), row_records(df, picked)):
                f = facts[facts_row[r]]
                line = order_from_rows([{**cells, **{c: cells.get(c, "") for c in LINE_COLUMNS}}])["lines"][0]
                try:
                    one = f.order.model_copy(update={"lines": [type(f.order.lines[0]).model_validate(line)],
                                                     "currency": keys["currency"][oi[r]], "date": keys["date"][oi[r]]})
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
    own_sev = np.maximum(np.array([f.severity if f.order is not None else 0 for f in facts] + [0], dtype=np.int64)[facts_of_order],
                         party_sev)
    pick = np.where(facts_of_order >= 0, facts_of_order, len(facts))[oi]
    done_order = accepted & ~failed
    out = {"status": take_text(np.zeros(n, dtype=np.int64), ["ok"]), "error": take_text(np.zeros(n, dtype=np.int64), [""]),
           "decision": take_text(line_decision, [a[0] for a in table]), "reasons": take_text(line_decision, [a[1] for a in table]),
           "order_decision": take_text(np.maximum(order_sev, own_sev)[oi], DECISIONS),
           "order_reasons": take_text(pick, [f.reasons if f.order is not None else "" for f in facts] + [""]),
           "party_decisions": take_text(party_code[oi], party_texts)}
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
    if name == "contents":
        return order.contents_type
    if name == "address":
        # findings read an address only through the regions it names, per embargo (`region_hit`): two
        # addresses naming the same regions (most name none) screen every line alike
        return regions_named(rules, order.destination_subdivision, order_address_words(order))
    return None          # category, attributes: line columns the batch path does not take (their orders go to screen)
