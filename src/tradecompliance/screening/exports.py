"""Export-side checks: embargoes and sectoral bans of the exporter's jurisdiction, and the indicative
correlation of HS codes with dual-use list entries (`needs licence check`, never a determination)."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .._paths import data_dir
from ..currency.fx import customs_rates
from ..errors import RateNotFound
from ..models import Order
from ..packs.conditions import Context, hs_matches
from ..packs.loader import Pack, RuleSet
from ..packs.schema import Embargo
from ..text import PhraseIndex, phrase_key
from ..packs.values import active
from .result import Finding


@dataclass(frozen=True)
class DualUseRow:
    hs: tuple[str, ...]
    entry: str
    description: str


def dual_use_rows(rules: RuleSet, list_name: str) -> list[DualUseRow]:
    key = ("dual-use", list_name)
    if key not in rules.derived:
        from ..packs.conditions import Condition

        with open(data_dir() / "screening" / "dual_use.csv", newline="", encoding="utf-8") as fh:
            rules.derived[key] = [DualUseRow(Condition.model_validate({"hs": r["hs"]}).hs, r["entry"], r["description"])
                                  for r in csv.DictReader(fh) if r["list"] == list_name]
    return rules.derived[key]


def exporter_packs(rules: RuleSet, order: Order) -> list[Pack]:
    """Packs whose export measures bind this shipment: the origin's, and the seller's if elsewhere."""
    out: list[Pack] = []
    for cc in (order.origin_country, order.seller.country if order.seller else None):
        pack = rules.pack_for(cc) if cc else None
        if pack is not None and pack.sanctions is not None and pack not in out:
            out.append(pack)
    return out


def address_words(parties) -> tuple[str, ...]:
    """The words of the buyer's and consignee's addresses (street lines, city, postal code), as the
    region embargoes read them: computed once per order, whatever the number of embargoes."""
    return phrase_key(" ".join(" ".join([*p.address, p.city or "", p.postal_code or ""]) for p in parties if p is not None))


def order_address_words(order: Order) -> tuple[str, ...]:
    return address_words((order.buyer, getattr(order, "consignee", None)))


def region_hit(rules: RuleSet, pack: Pack, emb: Embargo, subdivision: str | None, words: tuple[str, ...]) -> str | None:
    """Where an embargo on regions meets an order (its destination subdivision, or a region its address
    words name), or None."""
    if subdivision and subdivision in emb.regions:
        return f"destination subdivision {subdivision}"
    if emb.region_words and words:
        key = ("region-words", pack.name, emb.id)
        index = rules.derived.get(key)
        if index is None:
            index = rules.derived[key] = _words_index(emb.region_words)
        found = index.find(list(words))
        if found:
            return f"address names {found[0][2][0]!r}"
    return None


def _region_embargoes(rules: RuleSet) -> tuple[list[tuple[Pack, Embargo]], PhraseIndex]:
    """(every embargo on regions with its pack, in pack order; one index of all their region words)."""
    key = "region-embargoes"
    if key not in rules.derived:
        pairs = [(pack, emb) for pack in rules.packs.values() if pack.sanctions
                 for emb in pack.sanctions.embargoes if emb.regions or emb.region_words]
        rules.derived[key] = (pairs, _words_index([w for _, emb in pairs for w in emb.region_words]))
    return rules.derived[key]


def _words_index(words) -> PhraseIndex:
    index = PhraseIndex()
    for w in words:
        index.add(phrase_key(w), w)
    return index


def regions_named(rules: RuleSet, subdivision: str | None, words: tuple[str, ...]) -> tuple:
    """`region_hit` of every region embargo of every pack, in pack order: all findings read of an address.
    Most addresses name no region at all, which one scan over all the embargoes' words shows (a phrase
    any single embargo finds starts where that scan, finding nothing, looked)."""
    pairs, index = _region_embargoes(rules)
    if words and not index.find(list(words)):
        words = ()
    return tuple(region_hit(rules, pack, emb, subdivision, words) for pack, emb in pairs)


def _finding(emb: Embargo, pack: Pack, matched: str, kind: str = "embargo") -> Finding:
    return Finding(kind=kind, rule=emb.id, action=emb.action, category="sanctions", message=emb.message, matched=matched,
                   ref=str(emb.ref), source=emb.source, pack=pack.label, unverified=emb.unverified)


def _unit_value_in(order: Order, value: Decimal, currency: str, when: dt.date) -> Decimal | None:
    if currency == order.currency:
        return value
    try:
        return customs_rates().quote(order.currency, currency, when).convert(value)
    except RateNotFound:
        return None


def embargo_findings(rules: RuleSet, order: Order, contexts: list[Context],
                     exporters: list[Pack]) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """(order-level findings, line index -> findings) from the exporter packs' embargoes."""
    order_level: list[Finding] = []
    per_line: dict[int, list[Finding]] = {}
    words = None
    for pack in exporters:
        for emb in pack.sanctions.embargoes:
            if not active(emb, order.date):
                continue
            where = None
            if order.destination_country in emb.destinations:
                where = f"destination {order.destination_country}"
            elif emb.regions or emb.region_words:
                words = order_address_words(order) if words is None else words
                where = region_hit(rules, pack, emb, order.destination_subdivision, words)
            if where is None:
                continue
            if emb.goods is None and emb.above is None:
                order_level.append(_finding(emb, pack, where))
                continue
            for i, (line, ctx) in enumerate(zip(order.lines, contexts)):
                if emb.goods is not None and not emb.goods.matches(ctx):
                    continue
                why = where + (f"; HS {ctx.hs}" if emb.goods is not None and emb.goods.hs else "")
                if emb.above is not None:
                    unit = _unit_value_in(order, line.unit_value, emb.above.currency, order.date)
                    if unit is None:
                        why += f"; unit value could not be converted to {emb.above.currency}, so the threshold is assumed exceeded"
                    elif unit <= emb.above.amount:
                        continue
                    else:
                        why += f"; unit value {unit.quantize(Decimal('0.01'))} {emb.above.currency} > {emb.above}"
                per_line.setdefault(i, []).append(_finding(emb, pack, why))
    return order_level, per_line


def export_control_findings(rules: RuleSet, contexts: list[Context], exporters: list[Pack]) -> dict[int, list[Finding]]:
    per_line: dict[int, list[Finding]] = {}
    for pack in exporters:
        lst = pack.sanctions.dual_use
        if lst is None:
            continue
        for row in dual_use_rows(rules, lst.name):
            for i, ctx in enumerate(contexts):
                if ctx.hs and hs_matches(row.hs, ctx.hs):
                    per_line.setdefault(i, []).append(Finding(
                        kind="export_control", rule=f"{lst.name}:{row.entry}", action="licence", category="dual_use",
                        message=f"needs licence check: HS {ctx.hs} correlates with {lst.title} entry {row.entry} ({row.description}); "
                                "classify the item against the entry's technical parameters before export",
                        matched=f"HS {ctx.hs} in {', '.join(row.hs)}", ref=str(lst.ref), pack=pack.label))
    return per_line
